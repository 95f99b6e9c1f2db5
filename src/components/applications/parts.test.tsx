import { describe, expect, it } from 'vitest';
import { initialApplications, type ApplicationsActions } from '../../state/applications/slice';
import { K_PRESETS } from '../../state/applications/presets';
import { renderMarkup } from '../charts/svgSnapshot';
import { AddPointForm } from './AddPointForm';
import { GlyphCard } from './GlyphCard';
import { KMeansSettings, KMeansTransport } from './KMeansControls';

const tag = (html: string, id: string) =>
  new RegExp(`<[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
const actions = new Proxy({}, { get: () => () => undefined }) as ApplicationsActions;

describe('GlyphCard', () => {
  const card = (p: { probs: number[] | null; ce: number | null; relabelled?: boolean }) =>
    renderMarkup(
      <GlyphCard
        index={2}
        image={new Array(64).fill(0)}
        label={1}
        relabelled={p.relabelled ?? false}
        probs={p.probs}
        ce={p.ce}
        classNames={['circle', 'cross', 'bar']}
      />,
    );

  it('sums itself up for a screen reader: number, class, p of its class, CE', () => {
    const html = card({ probs: [0.25, 0.5, 0.25], ce: 0.693 });
    expect(html).toContain('aria-label="Example 3, labelled cross: p = 0.5, cross-entropy 0.693."');
    expect(html).toContain('aria-label="An 8×8 glyph of class cross"');
  });

  it('one bar per class, its width the probability, the labelled class marked', () => {
    const html = card({ probs: [0.125, 0.75, 0.125], ce: 0.288 });
    const list = /<ul class="ap-bars">(.*?)<\/ul>/.exec(html)![1];
    const bars = list
      .split('</li>')
      .filter(Boolean)
      .map((li) => ({
        name: /ap-bar-name">(\w+)</.exec(li)![1],
        width: /width:([\d.]+)%/.exec(li)![1],
        value: /ap-bar-value">([^<]+)</.exec(li)![1],
        label: li.startsWith('<li class="is-label"'),
      }));
    expect(bars).toEqual([
      { name: 'circle', width: '12.5', value: '0.125', label: false },
      { name: 'cross', width: '75', value: '0.75', label: true },
      { name: 'bar', width: '12.5', value: '0.125', label: false },
    ]);
    expect(html).toContain('✓'); // its class is the top one
    expect(html).not.toContain('is-high');
  });

  it('a wrong top class gets ✗, a CE above 2 is marked high, a relabelled example tagged', () => {
    const html = card({ probs: [0.9, 0.05, 0.05], ce: 3, relabelled: true });
    expect(html).toContain('✗');
    expect(html).toContain('ap-glyph-ce is-high');
    expect(html).toContain('class="ap-glyph is-wrong"');
    expect(html).toContain('<span class="ap-tag">relabelled</span>');
  });

  it('before the first snapshot: dashes, no verdict', () => {
    const html = card({ probs: null, ce: null });
    expect(html).toContain('p = —, cross-entropy —.');
    expect(html).not.toMatch(/[✓✗]/);
    expect(html.match(/class="ap-bar-value">—</g)).toHaveLength(3);
  });
});

describe('KMeansSettings', () => {
  const s = initialApplications().kmeans;
  it('the presets, k with its value, the initialisation and the seed field', () => {
    const html = renderMarkup(<KMeansSettings s={s} a={actions} />);
    const options = [...html.matchAll(/<option value="(\w+)"/g)].map((m) => m[1]);
    expect(options).toEqual([...K_PRESETS]);
    expect(html).toContain(`<option value="${s.preset}" selected="">`);
    expect(html).toMatch(new RegExp(`data-testid="kmeans-k">${s.k}<`));
    const slider = tag(html, 'kmeans-k-slider');
    expect(slider).toContain('min="1"');
    expect(slider).toContain('max="10"');
    expect(slider).toContain(`value="${s.k}"`);
    expect(tag(html, 'kmeans-init')).toContain('<fieldset');
    expect(tag(html, 'kmeans-seed')).toContain(`value="${s.seed}"`);
  });

  it('a custom data set is shown as such, and cannot be picked', () => {
    const html = renderMarkup(<KMeansSettings s={{ ...s, preset: 'custom' }} a={actions} />);
    expect(html).toMatch(/<option value="custom" disabled="" selected="">Custom<\/option>/);
  });
});

describe('KMeansTransport', () => {
  const transport = (p: { ready: boolean; done: boolean; playing: boolean }) =>
    renderMarkup(<KMeansTransport a={actions} step={0} {...p} />);
  const disabled = (html: string, id: string) => tag(html, id).includes('disabled');

  it('a named group; Step and Run need a run, Step not at its end, Run not at its end unless playing', () => {
    const idle = transport({ ready: true, done: false, playing: false });
    expect(idle).toContain('role="group" aria-label="Lloyd’s algorithm"');
    expect([disabled(idle, 'kmeans-step'), disabled(idle, 'kmeans-run')]).toEqual([false, false]);
    const none = transport({ ready: false, done: false, playing: false });
    expect([disabled(none, 'kmeans-step'), disabled(none, 'kmeans-run')]).toEqual([true, true]);
    const end = transport({ ready: true, done: true, playing: false });
    expect([disabled(end, 'kmeans-step'), disabled(end, 'kmeans-run')]).toEqual([true, true]);
    const ending = transport({ ready: true, done: true, playing: true });
    expect(disabled(ending, 'kmeans-run')).toBe(false); // Pause stays possible
    expect(ending).toMatch(/data-testid="kmeans-run">Pause</);
    expect(disabled(end, 'kmeans-reset')).toBe(false);
  });
});

describe('AddPointForm', () => {
  it('two decimal fields starting at (5, 5), an Add button, no error yet', () => {
    const html = renderMarkup(<AddPointForm full={false} onAdd={() => undefined} />);
    for (const id of ['kmeans-add-x', 'kmeans-add-y']) {
      const input = tag(html, id);
      expect(input).toContain('value="5"');
      expect(input).toContain('inputMode="decimal"');
      expect(input).not.toContain('aria-invalid');
    }
    expect(html).toMatch(/<label>x₁ <input/);
    expect(html).toMatch(/data-testid="kmeans-add">Add point</);
    expect(html).toContain('or click the plane');
    expect(html).not.toContain('role="alert"');
  });
});
