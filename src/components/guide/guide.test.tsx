import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { decodeHash } from '../../state/url/urlState';
import { renderMarkup } from '../charts/svgSnapshot';
import { PRESETS, presetHash, type PresetKey } from '../presets/presets';
import GuidePanel from './GuidePanel';

const html = renderMarkup(<GuidePanel />, { store: createAppStore() });
const items = [
  ...html.matchAll(
    /<div class="guide-item" data-item="(\w+)"><dt>([^<]+)<\/dt><dd><p>([^<]+)<\/p><a class="guide-show" href="([^"]+)"(?: data-preset="(\w+)")?>([^<]+)<\/a>/g,
  ),
].map(([, item, q, a, href, preset, show]) => ({ item, q, a, href, preset, show }));

describe('GuidePanel', () => {
  it('has its fifteen items in three sections, each with an answer and a link', () => {
    expect(items).toHaveLength(15);
    for (const i of items) {
      expect(i.q.length, i.item).toBeGreaterThan(5);
      expect(i.a.length, i.item).toBeGreaterThan(40);
      expect(i.q + i.a + i.show, i.item).not.toMatch(/guide\.|presets\./); // no key left untranslated
    }
    const sections = [
      ...html.matchAll(
        /<section class="guide-section" aria-labelledby="guide-(\w+)"><h3 id="guide-\1">/g,
      ),
    ];
    expect(sections.map((s) => s[1])).toEqual(['which', 'optimise', 'quality', 'presets']);
  });

  it('the contents link to every section, by its heading', () => {
    const nav = /<nav class="guide-toc" aria-label="([^"]+)">(.*?)<\/nav>/.exec(html)!;
    expect(nav[1]).not.toBe('');
    const toc = [...nav[2].matchAll(/<a href="#\/guide">([^<]+)<\/a>/g)].map((m) => m[1]);
    const headings = [...html.matchAll(/<h3 id="guide-\w+">([^<]+)<\/h3>/g)].map((m) => m[1]);
    expect(toc).toEqual(headings);
  });

  it('each answer links to its preset: a link that opens without an ignored setting', () => {
    const withPreset = items.filter((i) => i.preset);
    expect(withPreset.length).toBe(14);
    for (const i of withPreset) {
      const key = i.preset as PresetKey;
      expect(PRESETS[key], i.item).toBeDefined();
      expect(i.href.replace(/&amp;/g, '&')).toBe(presetHash(key));
      const dec = decodeHash(presetHash(key));
      expect(dec.ignored, `${i.item} → ${key}`).toEqual([]);
      expect(dec.draft.tab).toBe(PRESETS[key].tab);
    }
  });

  it('the flat-vs-sharp answer opens the Applications tab (the digits networks have no preset)', () => {
    const flat = items.find((i) => i.item === 'flatSharp')!;
    expect(flat.preset).toBeUndefined();
    expect(flat.href).toBe('#/applications');
  });
});
