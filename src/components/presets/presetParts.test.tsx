// What each preset's link sets (against the comment that explains it), opening a preset on a
// store, and the gallery's cards and button rendered in Node.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../state/store';
import { decodeHash } from '../../state/url/urlState';
import { renderMarkup } from '../charts/svgSnapshot';
import { openPreset } from './openPreset';
import { PresetList } from './PresetList';
import { PresetsButton } from './PresetsButton';
import { GALLERY, GUIDE_ONLY, presetHash, PRESETS, type PresetKey } from './presets';

const draft = (key: PresetKey) => decodeHash(presetHash(key)).draft;

describe('presets: each link sets what its comment says', () => {
  it('the training presets: the seed data with their optimizer, rate and epochs', () => {
    const m = draft('momentumVsGd').train;
    expect(m.optimizer).toMatchObject({ name: 'momentum', lr: 0.02, momentum: 0.9 });
    expect(m.epochs).toBe(300);
    expect(draft('adamValley').train.optimizer).toMatchObject({ name: 'adam', lr: 0.1 });
    // lrTooHigh: 0.15 is above 2/λmax ≈ 0.12 of the seed data.
    expect(draft('lrTooHigh').train.optimizer.lr).toBeGreaterThan(2 / 16.7);
    for (const k of ['seedLinear', 'lrTooHigh', 'momentumVsGd', 'adamValley'] as const) {
      expect(draft(k).tab, k).toBe('train');
      expect(draft(k).train.preset, k).toBe('seed');
    }
  });

  it('the Explore presets: task, active loss, overlay and view', () => {
    const mse = draft('mseMaeOutlier').explore;
    expect(mse.task).toBe('regression');
    expect(mse.active.regression).toBe('mse');
    // The default overlay's Huber is toggled off: MSE against MAE alone.
    expect(mse.overlay.regression).toEqual(['mse', 'mae']);
    expect(createAppStore({}).getState().explore.overlay.regression).toContain('huber');
    expect(draft('ceNearZero').explore.active.binaryProb).toBe('bce');
    const exp = draft('expVsLog').explore;
    expect(exp.task).toBe('margin');
    expect(exp.active.margin).toBe('exponential');
    expect(exp.view.margin).toBe('margin');
    const focal = draft('focalEasy').explore;
    expect(focal.active.binaryProb).toBe('focal');
    expect(focal.selected.binaryProb).toBe(0);
    // MSE is toggled off the default binary overlay: focal loss beside cross-entropy.
    expect(focal.overlay.binaryProb).toEqual(['bce', 'focal']);
  });

  it('the guide-only presets', () => {
    const q = draft('quantile').explore;
    expect(q.active.regression).toBe('quantile');
    expect(q.params).toMatchObject({ tau: 0.9 });
    expect(draft('poisson').explore.active.regression).toBe('poisson');
    expect(draft('multiclass').explore.task).toBe('multiclass');
    expect(draft('zeroOne').explore.active.margin).toBe('zero_one');
    expect(draft('imbalanced').tab).toBe('applications');
    expect(presetHash('imbalanced')).toMatch(/^#\/applications\?/);
  });

  it('every key has a definition; the links are distinct and stable (cached)', () => {
    const keys = [...GALLERY, ...GUIDE_ONLY];
    expect(Object.keys(PRESETS).sort()).toEqual([...keys].sort());
    const hashes = keys.map(presetHash);
    expect(new Set(hashes).size).toBe(keys.length);
    expect(keys.map(presetHash)).toEqual(hashes);
    // Each link carries its own tab.
    keys.forEach((k, i) => expect(hashes[i].startsWith(`#/${PRESETS[k].tab}`), k).toBe(true));
  });
});

describe('openPreset', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('opens the preset’s view on the store, keeping the language and theme, and scrolls up', () => {
    const scrollTo = vi.fn();
    vi.stubGlobal('window', { scrollTo });
    const store = createAppStore({});
    store.getState().setLang('zh-CN');
    store.getState().setTheme('dark');
    store.getState().trainActions.setEpochs(17);
    openPreset(store, 'lrTooHigh');
    const s = store.getState();
    expect(s.tab).toBe('train');
    expect(s.train.optimizer.lr).toBe(0.15);
    expect(s.train.epochs).toBe(60);
    expect(s.lang).toBe('zh-CN');
    expect(s.theme).toBe('dark');
    expect(scrollTo).toHaveBeenCalledWith(0, 0);
  });

  it('a preset resets what its link does not set (it is a whole view)', () => {
    vi.stubGlobal('window', {});
    const store = createAppStore({});
    store.getState().trainActions.setOptimizer({ name: 'adam', lr: 0.3 });
    openPreset(store, 'seedLinear');
    expect(store.getState().train.optimizer).toMatchObject({ name: 'sgd', lr: 0.1 });
  });
});

describe('PresetList', () => {
  const cards = (html: string) =>
    [
      ...html.matchAll(
        /<li class="preset-card" data-preset="(\w+)"><a href="([^"]+)" class="preset-link">([^<]*)<\/a><p>([^<]*)<\/p><\/li>/g,
      ),
    ].map((m) => ({ key: m[1], href: m[2].replace(/&amp;/g, '&'), title: m[3], text: m[4] }));

  it('one card per gallery preset: a link to its view, its title and text', () => {
    const c = cards(renderMarkup(<PresetList />, { store: createAppStore() }));
    expect(c.map((x) => x.key)).toEqual([...GALLERY]);
    c.forEach((x) => expect(x.href).toBe(presetHash(x.key as PresetKey)));
    expect(c[0].title).toBe('Linear regression, step by step');
    expect(c[0].text).toMatch(/^The classic example/);
    expect(c.every((x) => x.title.length > 0 && x.text.length > 0)).toBe(true);
  });

  it('lists the keys it is given (the guide’s own)', () => {
    const c = cards(renderMarkup(<PresetList keys={GUIDE_ONLY} />, { store: createAppStore() }));
    expect(c.map((x) => x.key)).toEqual([...GUIDE_ONLY]);
  });
});

describe('PresetsButton', () => {
  it('a closed dialog renders only its button', () => {
    const html = renderMarkup(<PresetsButton />, { store: createAppStore() });
    expect(html).toMatch(/^<button type="button" class="button header-button">Presets<\/button>/);
    expect(html).not.toContain('preset-card');
  });
});
