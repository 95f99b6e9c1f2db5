// The Embed dialog as it opens (rendered in Node: its choices start from the tab and language on
// screen), and its classroom part. Typing and choosing need a browser (e2e/embed specs).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../state/store';
import { decodeHash } from '../../state/url/urlState';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { EmbedClassroom } from '../lesson/EmbedClassroom';
import EmbedDialog from './EmbedButton';
import ShareDialog from './ShareButton';

type Store = ReturnType<typeof createAppStore>;

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

beforeEach(() => {
  vi.stubGlobal('window', {
    location: { origin: 'https://t.org', pathname: '/app/', search: '?x=1' },
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('EmbedDialog', () => {
  const dialog = (store: Store, open = true) =>
    renderMarkup(<EmbedDialog open={open} onClose={() => {}} />, { store });
  const selected = (html: string, testId: string) => {
    const select = new RegExp(`<select[^>]*data-testid="${testId}"[^>]*>(.*?)</select>`).exec(
      html,
    )![1];
    return /<option value="([^"]+)"[^>]*selected=""/.exec(select)![1];
  };

  it('closed: the dialog’s head only, no snippet', () => {
    const html = dialog(createAppStore(), false);
    expect(html).toContain('data-testid="embed-dialog"');
    expect(html).toContain('<h2 id="embed-dialog-title">Embed this view</h2>');
    expect(html).not.toContain('embed-snippet');
  });

  it('opens on the tab and language on screen; whole views and one figure to choose from', () => {
    const html = dialog(
      storeWith((s) => {
        s.setTab('train');
        s.setLang('zh-CN');
      }),
    );
    expect(selected(html, 'embed-target')).toBe('tab:train');
    expect(html).toContain('<option value="zh-CN" lang="zh-CN" selected="">简体中文</option>');
    const groups = [...html.matchAll(/<optgroup label="([^"]+)">(.*?)<\/optgroup>/g)];
    expect(groups.map((g) => g[1])).toEqual(['A whole view', 'One figure']);
    expect(groups[0][2].match(/<option/g)).toHaveLength(4);
    expect(groups[1][2]).toContain('value="fig:landscape"');
    expect(groups[1][2]).toContain('value="fig:h5"');
  });

  it('the snippet: an iframe of the chosen size whose link embeds this view', () => {
    const html = dialog(
      storeWith((s) => {
        s.setTab('train');
        s.trainActions.setEpochs(60);
      }),
    );
    expect(html).toContain('data-testid="embed-width" value="900"');
    expect(html).toContain('data-testid="embed-height" value="640"');
    expect(selected(html, 'embed-format')).toBe('html');
    const src = unescape(/data-src="([^"]*)"/.exec(html)![1]);
    expect(src).toMatch(/^https:\/\/t\.org\/app\/\?x=1#\/train\?/);
    const d = decodeHash(src.slice(src.indexOf('#')));
    expect(d.ignored).toEqual([]);
    expect(d.draft.embed).toBe(true);
    expect(d.draft.train.epochs).toBe(60);
    const snippet = unescape(/<textarea[^>]*>([^<]*)<\/textarea>/.exec(html)![1]);
    expect(snippet).toMatch(
      /^<iframe src="[^"]+" width="900" height="640" title="losscape: Train"/,
    );
    expect(snippet).toContain('loading="lazy"');
    // The preview frames the same link.
    expect(unescape(/<iframe src="([^"]*)"/.exec(html)![1])).toBe(src);
  });

  it('a whole-view embed offers the hide= picker and the origins field; no figure options', () => {
    const html = dialog(createAppStore());
    expect(html).toContain('Hide controls in the embedded view');
    expect(html).toContain('data-testid="embed-origins"');
    expect(html).not.toContain('embed-controls');
    expect(html).not.toContain('embed-h5');
  });
});

describe('EmbedClassroom', () => {
  const render = (origins: string, showHide = true) =>
    renderMarkup(
      <EmbedClassroom value={{ hide: ['lr'], origins }} onChange={() => {}} showHide={showHide} />,
    );

  it('valid origins: a hint tied to the field, which is not invalid', () => {
    const html = render('https://a.edu, https://b.edu:8443');
    const input = /<input type="text"[^>]*data-testid="embed-origins"[^>]*>/.exec(html)![0];
    expect(input).toContain('aria-invalid="false"');
    expect(input).toContain('maxLength="2000"');
    const hintId = /aria-describedby="([^"]+)"/.exec(input)![1];
    expect(html).toContain(`<p id="${hintId}" class="hint">For the postMessage API`);
    expect(html).toContain('data-control="lr"');
  });

  it('a bad origin is an alert that names it; the field is invalid', () => {
    const html = render('https://a.edu, ftp://x');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(
      /class="lesson-error" role="alert">Not an origin: “ftp:\/\/x” \(write https:\/\/host/,
    );
  });

  it('a figure’s embed has no hide= picker', () => {
    expect(render('', false)).not.toContain('type="checkbox"');
    expect(render('', true).match(/type="checkbox"/g)).toHaveLength(11);
  });
});

describe('ShareDialog', () => {
  it('stays closed until the link is ready (packing is async): no link shown before it', () => {
    const html = renderMarkup(<ShareDialog open onClose={() => {}} />, { store: createAppStore() });
    expect(html).toContain('data-testid="share-dialog"');
    expect(html).toContain('aria-labelledby="share-dialog-title"');
    expect(html).not.toContain('share-link');
  });
});
