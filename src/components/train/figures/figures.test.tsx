// The Train workspace's two figures rendered in Node with the store and the app's strings: the
// loss (and accuracy) by epoch with its legend and log switch, and the data with the model's fit,
// its caption, legend and hold-out note. Snapshots are paired with values read back.
import { describe, expect, it } from 'vitest';
import { HOLDOUT_MIN } from '../../../state/train/presets';
import { MAX_STEPS } from '../../../state/train/runPlan';
import { createAppStore } from '../../../state/store';
import { chartSnapshot, renderMarkup } from '../../charts/svgSnapshot';
import type { StepView } from '../modelView';
import { DataFitFigure, type DataFitFigureProps } from './DataFitFigure';
import { EpochFigure, type EpochFigureProps } from './EpochFigure';

const noop = () => {};
const withStore = { store: createAppStore() };
const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** The tag of the input with this test id (React orders its attributes its own way). */
const input = (html: string, id: string) =>
  new RegExp(`<input[^>]*data-testid="${id}"[^>]*>`).exec(html)?.[0] ?? '';

// Five steps, two per epoch: the loss halves each step.
const epochProps = (over: Partial<EpochFigureProps> = {}): EpochFigureProps => ({
  loss: [4, 2, 1, 0.5, 0.25],
  stepsPerEpoch: 2,
  held: null,
  ghosts: [],
  epochs: 2,
  step: 2,
  divergedAt: null,
  log: false,
  onLog: noop,
  onClearGhosts: noop,
  ...over,
});

describe('EpochFigure', () => {
  it('plots the loss by epoch with the replayed step marked and says so in its label', async () => {
    const html = chartSnapshot(<EpochFigure {...epochProps()} />, withStore);
    const raw = renderMarkup(<EpochFigure {...epochProps()} />, withStore);
    // Step 2 of 2 per epoch is epoch 1; the loss there is 1; the last step (4) is epoch 2.
    expect(raw).toContain(
      'aria-label="Loss vs epoch. Training loss from 4 at epoch 0 to 0.25 at epoch 2; at epoch 1: 1."',
    );
    // Five points over 470 px: one per half epoch, 117.5 px apart; the marker at epoch 1.
    const d = /class="curve-train" d="M([^"]+)"/.exec(html)?.[1] ?? '';
    const xs = d.split('L').map((p) => Number(p.split(',')[0]));
    expect(xs).toEqual([0, 117.5, 235, 352.5, 470]);
    expect(html).toMatch(/<line class="now" x1="235" x2="235"/);
    expect(html).toMatch(/<circle class="now-dot" cx="235"/);
    // Linear scale: equal loss steps are equal heights, so 4 → 2 drops twice as far as 2 → 1.
    const ys = d.split('L').map((p) => Number(p.split(',')[1]));
    expect(ys[1] - ys[0]).toBeCloseTo(2 * (ys[2] - ys[1]), 0);
    // The log box is unchecked; one legend entry; no accuracy chart; a closed data table.
    expect(input(html, 'log-scale')).not.toContain('checked');
    expect(count(html, /<li>/g)).toBe(1);
    expect(html).toContain('training loss');
    expect(html).not.toContain('accuracy');
    expect(html).toContain('data-testid="loss-table"');
    await expect(html).toMatchFileSnapshot('__snapshots__/EpochFigure.linear.html');
  });

  it('switches to a log scale by itself when the loss spans more than three decades', () => {
    const loss = [1000, 10, 0.1, 0.001, 0.0001];
    const html = renderMarkup(<EpochFigure {...epochProps({ loss })} />, withStore);
    expect(input(html, 'log-scale')).toContain('checked=""');
    // On a log scale each ×0.01 is the same height.
    const d = /class="curve-train" d="M([^"]+)"/.exec(html)?.[1] ?? '';
    const ys = d.split('L').map((p) => Number(p.split(',')[1]));
    expect(ys[1] - ys[0]).toBeCloseTo(ys[2] - ys[1], 1);
    expect(ys[2] - ys[1]).toBeCloseTo(ys[3] - ys[2], 1);
    // Until the user picks, the stored flag does not matter: a loss within 3 decades stays linear.
    const small = renderMarkup(<EpochFigure {...epochProps({ log: true })} />, withStore);
    expect(input(small, 'log-scale')).not.toContain('checked');
    // Not so on a linear scale: 1000 → 10 would take almost the whole height.
    expect(ys[1] - ys[0]).toBeLessThan(3 * (ys[4] - ys[3]));
  });

  it('keeps the user’s pick of the scale over the automatic one', () => {
    // A store whose server render reads its current state (zustand's server snapshot is the
    // initial state, which setState does not change).
    const s = createAppStore();
    s.setState((st) => ({ train: { ...st.train, logPicked: true } }));
    const store = { ...s, getInitialState: s.getState };
    const loss = [1000, 10, 0.1, 0.001, 0.0001];
    const picked = renderMarkup(<EpochFigure {...epochProps({ loss, log: false })} />, { store });
    expect(input(picked, 'log-scale')).not.toContain('checked');
    // Picked and on: a loss that spans little is still drawn on the log scale.
    const on = renderMarkup(<EpochFigure {...epochProps({ log: true })} />, { store });
    expect(input(on, 'log-scale')).toContain('checked=""');
  });

  it('lists earlier runs with a Clear button and the held-out curve in the legend', () => {
    const ghosts = [
      { id: 1, label: 'SGD, η=0.1', epochs: [0, 1, 2], loss: [4, 3, 2] },
      { id: 2, label: 'Adam, η=0.05', epochs: [0, 1, 2], loss: [4, 1, 0.5] },
    ];
    const held = { epochs: [0, 0.5, 1, 1.5, 2], loss: [5, 3, 2, 1.5, 1.2] };
    const html = renderMarkup(<EpochFigure {...epochProps({ ghosts, held })} />, withStore);
    expect(html).toContain('<span class="ghost-labels">SGD, η=0.1; Adam, η=0.05</span>');
    expect(html).toMatch(/<button type="button" class="button small">Clear<\/button>/);
    expect(html).toContain('held-out loss');
    expect(count(html, /<li>/g)).toBe(3);
    expect(count(html, /class="ghost/g)).toBeGreaterThanOrEqual(2);
  });

  it('shows nothing to read before the first run, without crashing', () => {
    const html = renderMarkup(<EpochFigure {...epochProps({ loss: null, step: 0 })} />, withStore);
    expect(html).toContain('data-testid="loss-chart"');
    expect(html).toContain('aria-label="Loss vs epoch. "');
    expect(html).toContain('<path class="curve-train" d=""></path>');
  });

  it('adds the accuracy chart for the network, with percentages in its label', async () => {
    const accuracy = { train: [0.5, 0.625, 0.75, 0.875, 1], held: null };
    const raw = renderMarkup(<EpochFigure {...epochProps({ accuracy })} />, withStore);
    expect(raw).toContain('class="epoch-charts two"');
    expect(raw).toContain(
      'Training accuracy from 50.0 % at epoch 0 to 100.0 %; at epoch 1: 75.0 %.',
    );
    expect(raw).toContain('training loss / accuracy');
  });
});

// y ≈ 2x: the fit ŷ = 2x − 0.5 at the replayed step, point 2 held out.
const now: StepView = {
  w: 2,
  b: -0.5,
  loss: 0.25,
  pull: [1, NaN, -1],
  gradNorm: 1,
  heldLoss: 0.25,
  quality: { train: 0.9, held: 0.8 },
};
const fitProps = (over: Partial<DataFitFigureProps> = {}): DataFitFigureProps => ({
  points: [
    { x: 1, y: 2 },
    { x: 2, y: 4 },
    { x: 3, y: 5 },
  ],
  held: [false, true, false],
  model: 'linear',
  now,
  heldCount: 1,
  summary: 'three points',
  ...over,
});

describe('DataFitFigure', () => {
  it('writes the fit in its caption and draws it with residuals and pulls for training points', async () => {
    const html = chartSnapshot(<DataFitFigure {...fitProps()} />, withStore);
    expect(html).toContain('<span class="fit-text" data-testid="fit-text">ŷ = 2·x − 0.5</span>');
    expect(html).toContain('data-testid="fit-line"');
    // Points 1 and 3 train (residual each), point 2 is held out.
    expect(count(html, /class="residual"/g)).toBe(2);
    expect(count(html, /class="pt held"/g)).toBe(1);
    expect(html).toContain('aria-label="Point 2 (held out): x = 2, y = 4"');
    expect(html).toContain('<desc id="id0-desc">three points</desc>');
    // Legend: training, held-out, residual, pull.
    expect(count(html, /<li>/g)).toBe(4);
    expect(html).toContain(
      '<p class="hint" data-testid="holdout-note">1 of 3 points are held out (a seeded 20 %) for the held-out loss.</p>',
    );
    expect(html).toContain('data-testid="data-table"');
    await expect(html).toMatchFileSnapshot('__snapshots__/DataFitFigure.linear.html');
  });

  it('writes a positive bias with a plus and the logistic fit as p = σ(…)', () => {
    const html = renderMarkup(
      <DataFitFigure {...fitProps({ model: 'logistic', now: { ...now, w: -1.5, b: 0.25 } })} />,
      withStore,
    );
    expect(html).toContain('>p = σ(−1.5·x + 0.25)</span>');
  });

  it('says when every point trains, and when the plan capped the epochs', () => {
    const html = renderMarkup(
      <DataFitFigure
        {...fitProps({ held: [false, false, false], heldCount: 0, capped: { epochs: 40 } })}
      />,
      withStore,
    );
    expect(html).toContain(
      `All points train the model; from ${HOLDOUT_MIN} points on, a seeded 20 % is held out for a held-out loss. Planned 40 epochs: a run takes at most ${MAX_STEPS} steps.`,
    );
    expect(html).not.toContain('key-held');
    expect(count(html, /<li>/g)).toBe(3);
  });

  it('has no caption formula or line before a run', () => {
    const html = renderMarkup(<DataFitFigure {...fitProps({ now: null })} />, withStore);
    expect(html).not.toContain('fit-text');
    expect(html).not.toContain('data-testid="fit-line"');
    expect(html).not.toContain('class="pull"');
  });

  it('for the network: class buttons (class 0 chosen), boundary legend and no data table', async () => {
    const html = chartSnapshot(
      <DataFitFigure
        {...fitProps({
          model: 'mlp',
          points: [
            { x: 0, y: 0, label: 0 },
            { x: 1, y: 1, label: 1 },
          ] as DataFitFigureProps['points'],
          held: [false, false],
          heldCount: 0,
        })}
      />,
      withStore,
    );
    expect(html).toContain('Data and decision boundary');
    expect(html).toContain('role="radiogroup" aria-label="New points:"');
    expect(input(html, 'new-class-0')).toContain('checked=""');
    expect(input(html, 'new-class-1')).not.toContain('checked');
    expect(html).toContain('decision boundary (p = 0.5)');
    expect(html).toContain('Click to add a point of class 0 (Shift+click: class 1)');
    expect(html).not.toContain('data-testid="data-table"');
    expect(html).not.toContain('fit-text');
    await expect(html).toMatchFileSnapshot('__snapshots__/DataFitFigure.mlp.html');
  });
});
