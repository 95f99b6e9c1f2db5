// The Train settings in Node, from a store in a given state: which fields each model and each
// optimizer shows, what hide= removes, and the data bar's preset and seed. Rendered before the
// math core has loaded (math = null), as the page first paints.
import { describe, expect, it } from 'vitest';
import type { ControlId } from '../../state/lesson/controls';
import { PRESET_IDS } from '../../state/train/presets';
import { createAppStore } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { shallow } from 'zustand/shallow';
import { Controls, selectForm } from './Controls';
import { BatchFields, MlpFields, OptimizerFields } from './ControlFields';
import { PresetBar } from './PresetBar';

type Store = ReturnType<typeof createAppStore>;
type State = ReturnType<Store['getState']>;

/** The test ids of the rendered fields, in order. */
const ids = (html: string) => [...html.matchAll(/data-testid="([\w-]+)"/g)].map((m) => m[1]);
const selectedIn = (html: string, testId: string) => {
  const select = new RegExp(`<select[^>]*data-testid="${testId}"[^>]*>(.*?)</select>`).exec(html);
  return select ? /<option value="([^"]+)" selected=""/.exec(select[1])?.[1] : undefined;
};
const valueOf = (html: string, testId: string) =>
  new RegExp(`data-testid="${testId}" value="([^"]*)"`).exec(html)?.[1];

describe('OptimizerFields', () => {
  const fields = (o: Partial<State['train']['optimizer']>, withLr = false) => {
    const store = storeWith((s) => s.trainActions.setOptimizer(o));
    const s = store.getState().train;
    return renderMarkup(<OptimizerFields s={s} withLr={withLr} />, { store });
  };

  it.each([
    ['sgd', [], 'θ ← θ − η·g'],
    ['momentum', ['opt-momentum'], 'v ← β·v + g'],
    ['rmsprop', ['opt-decay', 'opt-momentum', 'opt-epsilon'], 's ← ρ·s + (1 − ρ)·g²'],
    ['adagrad', ['opt-initialAccumulator'], 's ← s + g²'],
    ['adam', ['opt-beta1', 'opt-beta2', 'opt-epsilon'], 'θ ← θ − η·m̂/(√v̂ + ε)'],
  ] as const)('%s: its own parameters and its update rule', (name, params, rule) => {
    const html = fields({ name });
    expect(selectedIn(html, 'optimizer-select')).toBe(name);
    expect(ids(html).filter((i) => i.startsWith('opt-'))).toEqual(params);
    expect(html).toContain(`<p class="hint">${rule}`);
  });

  it('shows the store’s parameter values; the learning rate only when asked', () => {
    const html = fields({ name: 'adam', beta1: 0.85, lr: 0.03 });
    expect(valueOf(html, 'opt-beta1')).toBe('0.85');
    expect(html).not.toContain('train-lr-slider');
    const withLr = fields({ name: 'adam', lr: 0.03 }, true);
    expect(valueOf(withLr, 'lr-input')).toBe('0.03');
    expect(withLr).toContain('id="train-lr-slider"');
  });

  it('lists the five optimizers, named', () => {
    const html = fields({});
    const names = [...html.matchAll(/<option value="(\w+)"[^>]*>([^<]*)</g)].map((m) => m[2]);
    expect(names).toEqual(['Gradient descent (SGD)', 'Momentum', 'RMSProp', 'Adagrad', 'Adam']);
  });
});

describe('MlpFields', () => {
  it('hidden units and activation, with the parameter count 4h + 1', () => {
    const store = storeWith((s) => s.trainActions.setMlp({ hidden: 6, activation: 'relu' }));
    const html = renderMarkup(<MlpFields s={store.getState().train} />, { store });
    expect(valueOf(html, 'hidden-input')).toBe('6');
    expect(selectedIn(html, 'activation-select')).toBe('relu');
    // 2·6 + 6 weights and biases in, 6 + 1 out: 25.
    expect(html).toContain('6 hidden units: 25 parameters');
    expect(html).toContain('<legend>Network: 2 inputs → hidden layer → 1 logit</legend>');
  });
});

describe('BatchFields', () => {
  const batch = (b: 'full' | 'mini' | 'one', size?: number) => {
    const store = storeWith((s) => s.trainActions.setBatch(b, size));
    return renderMarkup(<BatchFields s={store.getState().train} />, { store });
  };
  const checked = (html: string) =>
    [...html.matchAll(/<input type="radio"[^>]*>/g)]
      .filter((m) => m[0].includes('checked=""'))
      .map((m) => /value="(\w+)"/.exec(m[0])![1]);

  it('a named radio group with the store’s choice; the size only for mini-batches', () => {
    const full = batch('full');
    expect(full).toContain('role="radiogroup" aria-label="Batch size"');
    expect(checked(full)).toEqual(['full']);
    expect(full).not.toContain('mini-batch-input');
    const mini = batch('mini', 3);
    expect(checked(mini)).toEqual(['mini']);
    expect(valueOf(mini, 'mini-batch-input')).toBe('3');
    expect(checked(batch('one'))).toEqual(['one']);
  });

  it('hidden by hide=batch', () => {
    const store = storeWith((s) => ({ lesson: { ...s.lesson, hide: ['batch'] } }));
    expect(renderMarkup(<BatchFields s={store.getState().train} />, { store })).toBe('');
  });
});

describe('Controls', () => {
  const controls = (change: (s: State) => Partial<State> | void, withLr = true) =>
    renderMarkup(<Controls math={null} withLr={withLr} />, { store: storeWith(change) });
  const hide = (hidden: ControlId[]) => (s: State) => ({ lesson: { ...s.lesson, hide: hidden } });

  it('the linear model’s settings in order; before the math loads, the loss is kept as it is', () => {
    const html = controls(() => {});
    expect(html).toContain('<h3 id="train-controls-h">Settings</h3>');
    expect(selectedIn(html, 'model-select')).toBe('linear');
    const loss = /<select[^>]*data-testid="loss-select"[^>]*>(.*?)<\/select>/.exec(html)![1];
    const s = createAppStore().getState().train;
    expect(loss).toBe(`<option value="${s.loss}" selected="">${s.loss}</option>`);
    const order = ids(html).filter((i) => !i.startsWith('code'));
    expect(order.slice(0, 3)).toEqual(['model-select', 'loss-select', 'optimizer-select']);
    expect(order).toContain('lr-input');
    expect(order.slice(-2)).toEqual(['l2-input', 'epochs-input']);
    expect(order).not.toContain('hidden-input');
    expect(valueOf(html, 'epochs-input')).toBe(String(s.epochs));
  });

  it('the MLP adds its network fields', () => {
    const html = controls((s) => s.trainActions.setModel('mlp'));
    expect(selectedIn(html, 'model-select')).toBe('mlp');
    expect(ids(html)).toContain('hidden-input');
    expect(ids(html)).toContain('activation-select');
  });

  it('without the learning rate where the layout shows it elsewhere', () => {
    expect(ids(controls(() => {}, false))).not.toContain('lr-input');
  });

  it('hide= removes exactly the controls it names', () => {
    const all = ids(controls(() => {}));
    const html = controls(hide(['model', 'loss', 'lr', 'reg', 'epochs']));
    const left = ids(html);
    for (const gone of ['model-select', 'loss-select', 'lr-input', 'l2-input', 'epochs-input'])
      expect(left).not.toContain(gone);
    expect(left).toContain('optimizer-select');
    expect(all.length - left.length).toBe(5);
    // hide=optimizer takes the select and the parameters but not the learning rate.
    const opt = ids(controls(hide(['optimizer'])));
    expect(opt).not.toContain('optimizer-select');
    expect(opt).toContain('lr-input');
  });
});

describe('Controls subscription', () => {
  it('a dragged point leaves what the form reads unchanged, until the labels change kind', () => {
    const store = createAppStore();
    const p = store.getState().train.points[1];
    // The drag's first move makes the data your own (preset: custom); the next ones change only points.
    store.getState().trainActions.movePoint(1, { ...p, y: p.y + 0.1 });
    const before = selectForm(store.getState());
    store.getState().trainActions.movePoint(1, { ...p, y: p.y + 0.37 });
    expect(store.getState().train.points[1].y).not.toBe(p.y);
    expect(shallow(selectForm(store.getState()), before)).toBe(true);
    // A negative label rules out the losses for y ≥ 0: the form re-renders with its losses.
    store.getState().trainActions.movePoint(1, { ...p, y: -5 });
    expect(selectForm(store.getState()).rules).not.toBe(before.rules);
  });
});

describe('PresetBar', () => {
  const bar = (change: (s: State) => Partial<State> | void) =>
    renderMarkup(<PresetBar />, { store: storeWith(change) });
  const options = (html: string) => [...html.matchAll(/<option value="(\w+)"/g)].map((m) => m[1]);

  it('the presets with the store’s selected, and its data seed', () => {
    const html = bar((s) => s.trainActions.loadPreset('noisy', 42));
    expect(html).toContain('aria-label="Data"');
    expect(selectedIn(html, 'preset-select')).toBe('noisy');
    expect(options(html)).toEqual([...PRESET_IDS]);
    expect(valueOf(html, 'data-seed')).toBe('42');
    expect(html).toContain('>Noisy line</option>');
  });

  it('your own data is an extra first choice, shown as selected', () => {
    const html = bar((s) =>
      s.trainActions.setPoints([
        { x: 0, y: 1 },
        { x: 1, y: 2 },
      ]),
    );
    expect(options(html)[0]).toBe('custom');
    expect(selectedIn(html, 'preset-select')).toBe('custom');
    expect(html).toContain('>Your data</option>');
  });

  it('CSV import through a hidden file input, named; export beside it; no message yet', () => {
    const html = bar(() => {});
    const file = /<input type="file"[^>]*>/.exec(html)![0];
    expect(file).toContain('accept=".csv,text/csv,text/plain"');
    expect(file).toContain('tabindex="-1"');
    expect(file).toContain('data-testid="csv-file"');
    expect(file).toMatch(/aria-label="[^"]+"/);
    expect(html.match(/<button type="button" class="button">/g)).toHaveLength(2);
    expect(html).not.toContain('role="alert"');
    expect(html).not.toContain('csv-notice');
  });
});
