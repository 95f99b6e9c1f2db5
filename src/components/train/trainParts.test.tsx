// The Train tab's small parts rendered in Node: the readout, the log, the status line, the
// divergence notice, the transport and the learning-rate field, and the data chart's domains.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import type { Curvature } from '../../math';
import { createAppStore } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { StoreProvider } from '../../state/StoreProvider';
import type { StabilityInfo } from '../landscape/useStability';
import { dataDomain } from './dataDomain';
import { DivergenceNotice } from './DivergenceNotice';
import { LrField } from './LrField';
import type { StepView } from './modelView';
import { Readout } from './Readout';
import { RunStatusLine } from './RunStatusLine';
import { TrainLayout } from './TrainLayout';
import { TrainLog } from './TrainLog';
import { fmtEpoch, Transport } from './Transport';

/** The readout's items as [label, value, title, testid]. */
const items = (html: string) =>
  [
    ...html.matchAll(
      /<dt>([^<]*)<\/dt><dd(?: title="([^"]*)")?(?: data-testid="([^"]*)")?>([^<]*)<\/dd>/g,
    ),
  ].map((m) => ({ label: m[1], title: m[2], id: m[3], value: m[4] }));

describe('dataDomain', () => {
  it('pads the extent by 15 % each side and takes in 0 on both axes', () => {
    const d = dataDomain(
      [
        { x: 1, y: 2 },
        { x: 3, y: 6 },
      ],
      'linear',
    );
    // x: [1, 3] ± 0.3 → [0.7, 3.3], then 0 is taken in; y: [2, 6] ± 0.6 → [1.4, 6.6] → [0, 6.6].
    expect(d.x[0]).toBe(0);
    expect(d.x[1]).toBeCloseTo(3.3, 12);
    expect(d.y[0]).toBe(0);
    expect(d.y[1]).toBeCloseTo(6.6, 12);
  });

  it('keeps a negative lower end; one point spans max(1, |v|)', () => {
    const d = dataDomain([{ x: -4, y: -2 }], 'linear');
    expect(d.x[0]).toBeCloseTo(-4.6, 12);
    expect(d.x[1]).toBeCloseTo(-3.4, 12);
    expect(d.y[0]).toBeCloseTo(-2.3, 12);
    expect(d.y[1]).toBeCloseTo(-1.7, 12);
    const zero = dataDomain([{ x: 0, y: 0 }], 'linear');
    expect(zero.x).toEqual([-0.15, 0.15]);
  });

  it('no points: [−1, 1] on both axes; logistic: y is a probability', () => {
    expect(dataDomain([], 'linear')).toEqual({ x: [-1, 1], y: [-1, 1] });
    const d = dataDomain(
      [
        { x: 2, y: 0 },
        { x: 4, y: 1 },
      ],
      'logistic',
    );
    expect(d.y).toEqual([-0.1, 1.1]);
    // The logistic x axis is not pulled to 0.
    expect(d.x[0]).toBeCloseTo(1.7, 12);
  });
});

describe('fmtEpoch', () => {
  it('whole epochs as integers, fractions with two decimals', () => {
    expect(fmtEpoch(3)).toBe('3');
    expect(fmtEpoch(1.5)).toBe('1.50');
    expect(fmtEpoch(2 / 3)).toBe('0.67');
  });
});

describe('Readout', () => {
  const view: StepView = {
    w: 1.987654321,
    b: -0.5,
    loss: 0.0123456789,
    pull: [],
    gradNorm: 2,
    heldLoss: 0.25,
    quality: { train: 0.875, held: NaN },
  };

  it('linear: epoch (its step in the title), w, b, loss, gradient norm, R², backend loading', () => {
    const html = renderMarkup(
      <Readout view={view} epoch={1.5} step={3} model="linear" hasHeld={false} />,
      { store: createAppStore() },
    );
    expect(html).toContain('aria-labelledby="train-readout-h"');
    const it = items(html);
    expect(it.map((i) => i.label)).toEqual([
      'Epoch',
      'Weight w',
      'Bias b',
      'Loss',
      'Gradient norm ‖∇L‖',
      'R²',
      'Backend',
    ]);
    expect(it[0]).toMatchObject({ value: '1.50', title: 'step 3', id: 'readout-epoch' });
    expect(it[1]).toMatchObject({ value: '1.988', id: 'readout-w' });
    expect(it[1].title).toMatch(/^1\.98765/);
    expect(it[2]).toMatchObject({ value: '−0.5', id: 'readout-b' });
    expect(it[5]).toMatchObject({ value: '0.875', id: 'readout-quality' });
    expect(it[6]).toMatchObject({ value: 'loading…', id: 'readout-backend' });
    expect(html).not.toContain('readout-held');
  });

  it('logistic with held-out points: accuracy in per cent, held-out rows, NaN as a dash', () => {
    const html = renderMarkup(<Readout view={view} epoch={2} step={4} model="logistic" hasHeld />, {
      store: createAppStore(),
    });
    const it = items(html);
    const labels = it.map((i) => i.label);
    expect(labels).toContain('Held-out loss');
    expect(labels).toContain('Accuracy');
    expect(labels).toContain('Accuracy (held out)');
    expect(it.find((i) => i.id === 'readout-held')?.value).toBe('0.25');
    expect(it.find((i) => i.id === 'readout-quality')?.value).toBe('87.5 %');
    expect(it.find((i) => i.label === 'Accuracy (held out)')?.value).toBe('–');
  });

  it('MLP: the weight norm instead of w, b and the gradient; the live backend by name', () => {
    const store = storeWith((s) =>
      s.setBackend({
        status: 'ready',
        info: {
          name: 'cpu',
          renderer: null,
          software: true,
          reason: 'r',
          reasonCode: 'fallback',
          failures: [],
        },
      }),
    );
    const html = renderMarkup(
      <Readout view={null} epoch={0} step={0} model="mlp" hasHeld={false} weightNorm={3.25} />,
      { store },
    );
    const it = items(html);
    expect(it.map((i) => i.id)).toEqual([
      'readout-epoch',
      'readout-norm',
      'readout-loss',
      'readout-quality',
      'readout-backend',
    ]);
    expect(it[1]).toMatchObject({ label: 'Weight norm ‖W‖', value: '3.25' });
    // Before a run: dashes, no titles.
    expect(it[2]).toMatchObject({ value: '–', title: undefined });
    expect(it[4].value).toBe('cpu');
  });
});

describe('TrainLog', () => {
  // 20 epochs of 2 steps: a line every 2 epochs (logInterval), the loss after epoch e's update
  // at step (e + 1)·2.
  const loss = Array.from({ length: 41 }, (_, k) => 100 / (k + 1));
  const log = (step: number, l: number[] | null = loss) =>
    renderMarkup(<TrainLog loss={l} stepsPerEpoch={2} epochs={20} step={step} />);
  const lines = (html: string) =>
    [...html.matchAll(/<li data-epoch="(\d+)">([^<]*)<\/li>/g)].map((m) => [+m[1], m[2]]);

  it('prints the lines the replay has passed, every 2nd epoch, with the loss after the update', () => {
    const html = log(6);
    expect(html).toContain('Log (every 2 epochs)');
    // Epoch 0 at step 2 (100/3), epoch 2 at step 6 (100/7); epoch 4 (step 10) not yet.
    expect(lines(html)).toEqual([
      [0, 'Epoch 0, Loss: 33.33333'],
      [2, 'Epoch 2, Loss: 14.28571'],
    ]);
    expect(html).toContain('tabindex="0"');
    expect(html).not.toContain('class="muted"');
  });

  it('at the end prints all ten lines; before the first line, or without a run, says Play', () => {
    expect(lines(log(40))).toHaveLength(10);
    expect(lines(log(40)).at(-1)?.[0]).toBe(18);
    for (const html of [log(1), log(40, null)]) {
      expect(lines(html)).toEqual([]);
      expect(html).toContain('<li class="muted">Press Play');
    }
  });

  it('stops at the end of a diverged (shorter) path', () => {
    expect(lines(log(40, loss.slice(0, 7)))).toHaveLength(2);
  });
});

describe('RunStatusLine', () => {
  const line = (math: boolean, pending: boolean, ran: { steps: number; ms: number } | null) =>
    renderMarkup(<RunStatusLine math={math} pending={pending} ran={ran} />);

  it('one polite line: loading, computing, or the run with rounded milliseconds', () => {
    expect(line(false, false, null)).toContain('Loading tfjs…');
    expect(line(true, true, null)).toContain('Computing the run…');
    expect(line(true, true, null)).not.toContain('Loading');
    const ran = line(true, false, { steps: 40, ms: 12.6 });
    expect(ran).toContain('aria-live="polite"');
    expect(ran).toContain(
      '<p class="muted" data-testid="run-info">Trained 40 steps with tfjs in 13 ms; replaying.</p>',
    );
    expect(line(true, false, null)).toBe('<div class="train-status" aria-live="polite"></div>');
  });
});

describe('DivergenceNotice', () => {
  const notice = (limit: number | null) =>
    renderMarkup(
      <DivergenceNotice epoch="1.50" lr={1.2} limit={limit} suggested={0.45} onApply={() => {}} />,
    );

  it('an alert with the epoch, the learning rate and the stability limit', () => {
    const html = notice(0.5);
    expect(html).toMatch(/^<div class="divergence" role="alert" data-testid="divergence">/);
    expect(html).toContain('<strong>The training diverged at epoch 1.50.</strong>');
    expect(html).toContain('learning rate η = 1.2,');
    expect(html).toContain('stability limit is η &lt; 0.5');
    expect(html).toContain('try η = 0.45.');
    expect(html).toMatch(/data-testid="apply-lr">Use η = 0.45<\/button>/);
  });

  it('without an exact limit: just a smaller rate', () => {
    const html = notice(null);
    expect(html).toContain('Try a smaller learning rate, such as η = 0.45.');
    expect(html).not.toContain('stability limit');
  });
});

describe('Transport', () => {
  const transport = (last: number, step: number, disabled = false, playing = false) => {
    const store = storeWith((s) => ({ trainRuntime: { ...s.trainRuntime, step, playing } }));
    return renderMarkup(
      <Transport last={last} stepsPerEpoch={4} lossAt={(k) => 10 - k} disabled={disabled} />,
      { store },
    );
  };
  const button = (html: string, text: string) =>
    new RegExp(`<button[^>]*>${text}</button>`).exec(html)?.[0] ?? '';
  const off = (b: string) => b.includes('disabled=""');

  it('the scrubber at the store’s step: its range, epoch and loss in words', () => {
    const html = transport(20, 6);
    const range = /<input id="train-scrubber"[^>]*>/.exec(html)![0];
    expect(range).toContain('max="20"');
    expect(range).toContain('value="6"');
    expect(range).toContain('aria-valuetext="epoch 1.50, step 6, loss 4"');
    expect(html).toContain('data-testid="scrub-epoch">Epoch 1.50 / 5</output>');
    expect(off(button(html, '▶ Play'))).toBe(false);
    expect(off(button(html, 'One step'))).toBe(false);
  });

  it('clamps a step past the end of the run; at the end One step is off', () => {
    const html = transport(8, 30);
    expect(html).toContain('value="8"');
    expect(html).toContain('Epoch 2 / 2');
    expect(off(button(html, 'One step'))).toBe(true);
    expect(off(button(html, 'Reset'))).toBe(false);
  });

  it('before a run everything but Re-initialize is off; disabled turns that off too', () => {
    const html = transport(-1, 0);
    expect(off(button(html, '▶ Play'))).toBe(true);
    expect(off(button(html, 'Reset'))).toBe(true);
    expect(off(button(html, 'Re-initialize'))).toBe(false);
    expect(html).toContain('max="0"');
    expect(off(button(transport(10, 0, true), 'Re-initialize'))).toBe(true);
  });

  it('says Pause while playing; the speed select lists every speed with the store’s selected', () => {
    expect(button(transport(10, 2, false, true), '❚❚ Pause')).toContain('data-testid="play"');
    const html = transport(10, 2);
    const opts = [...html.matchAll(/<option value="(\d+)"( selected="")?>/g)];
    expect(opts.map((o) => +o[1])).toEqual([1, 2, 5, 10, 25, 50, 100]);
    expect(opts.filter((o) => o[2]).map((o) => +o[1])).toEqual([
      createAppStore().getState().train.speed,
    ]);
    expect(html).toContain('aria-keyshortcuts="Space"');
  });
});

describe('LrField', () => {
  const curvature = { lambdaMax: 4 } as Curvature;
  const limit = (l: number, optimizer: 'sgd' | 'momentum' = 'sgd'): StabilityInfo => ({
    kind: 'limit',
    curvature,
    limit: l,
    optimizer,
  });
  const field = (lr: number, stability?: StabilityInfo) =>
    renderMarkup(<LrField lr={lr} onChange={() => {}} stability={stability} />, {
      store: createAppStore(),
    });
  const slider = (html: string) => /<input id="train-lr-slider"[^>]*>/.exec(html)![0];

  it('a log-scale slider (10⁻⁴ … 10) at log10(η), read as η; the exact field beside it', () => {
    const html = field(0.01);
    expect(slider(html)).toContain('min="-4"');
    expect(slider(html)).toContain('max="1"');
    expect(slider(html)).toContain('value="-2"');
    expect(slider(html)).toContain('aria-valuetext="0.01"');
    expect(slider(html)).not.toContain('aria-describedby');
    expect(html).toContain('data-testid="lr-input"');
    expect(html).not.toContain('lr-mark');
    expect(html).not.toContain('lr-limit');
    // A rate beyond the track sits at its end.
    expect(slider(field(50))).toContain('value="1"');
  });

  it('a limit below 10 is a mark on the track, at the thumb centre’s place for it', () => {
    const html = field(0.1, limit(0.5));
    expect(slider(html)).toContain('aria-describedby="train-lr-limit"');
    expect(html).toContain('data-marked="true"');
    // log10(0.5) = −0.301 → (−0.301 + 4) / 5 = 0.7398 of the track.
    expect(html).toMatch(/class="lr-mark" style="left:calc\(8px \+ \(100% - 16px\) \* 0\.7398\)"/);
    const hint = /<p id="train-lr-limit"[^>]*>/.exec(html)![0];
    expect(hint).toContain('class="hint lr-limit ok"');
    expect(hint).toContain('data-limit="0.5"');
    expect(html).toContain('η &lt; 2/λ_max = 0.5 (λ_max = 4)');
    expect(html).not.toContain('is beyond it');
  });

  it('a rate over the limit is said to be; momentum names its own rule', () => {
    const html = field(0.8, limit(0.5, 'momentum'));
    expect(html).toContain('class="hint lr-limit over"');
    expect(html).toContain('2(1 + β)/λ_max = 0.5');
    expect(html).toContain('η = 0.8 is beyond it.');
  });

  it('a limit off the track (≥ 10) is said but not marked; no limit, no hint', () => {
    const html = field(0.1, limit(20));
    expect(html).not.toContain('lr-mark');
    expect(html).not.toContain('data-marked');
    expect(html).toContain('data-testid="lr-limit"');
    expect(field(0.1, { kind: 'none' })).not.toContain('lr-limit');
  });
});

describe('TrainLayout', () => {
  const html = renderMarkup(
    <TrainLayout
      bar={<i>bar</i>}
      notes={<i>notes</i>}
      landscape={<i>land</i>}
      data={<i>data</i>}
      epoch={<i>epoch</i>}
      rail={<i>rail</i>}
      more={<i>more</i>}
    />,
    { store: storeWith() },
  );

  it('puts each slot in its box, in reading order: bar, landscape, notes, data, epoch, rail, more', () => {
    const order = [...html.matchAll(/<i>(\w+)<\/i>/g)].map((m) => m[1]);
    expect(order).toEqual(['bar', 'land', 'notes', 'data', 'epoch', 'rail', 'more']);
    expect(html).toContain('<div class="ws-land" data-testid="ws-landscape"><i>land</i></div>');
    expect(html).toContain('<div class="ws-data"><i>data</i></div>');
  });

  it('a hidden heading names the workspace; the rail is a named aside', () => {
    expect(html).toContain('<h2 class="visually-hidden">Train</h2>');
    expect(html).toContain('<aside class="ws-rail" aria-label="Settings"><i>rail</i></aside>');
    expect(html).toMatch(/<p class="muted train-intro">[^<]+<\/p><i>more<\/i>/);
  });
});

describe('in Chinese', () => {
  /** Rendered in Chinese: its strings are a lazy chunk, loaded before the render. */
  async function renderZh(node: ReactNode) {
    const i18n = createI18n('en');
    await i18n.changeLanguage('zh-CN');
    return renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={createAppStore()}>{node}</StoreProvider>
      </I18nextProvider>,
    );
  }

  it('the log, the divergence notice and the readout speak Chinese, numbers unchanged', async () => {
    const log = await renderZh(
      <TrainLog loss={[9, 8, 7, 6, 5]} stepsPerEpoch={1} epochs={4} step={4} />,
    );
    expect(log).toContain('日志（每 1 个轮次）');
    expect(log).toContain('<li data-epoch="0">轮次 0，损失：8</li>');
    expect(log).not.toMatch(/Epoch|Loss/);
    const notice = await renderZh(
      <DivergenceNotice epoch="2" lr={1.2} limit={null} suggested={0.45} onApply={() => {}} />,
    );
    expect(notice).toContain('训练在第 2 轮发散。');
    expect(notice).toContain('试试更小的学习率，例如 η = 0.45。');
    expect(notice).toContain('>使用 η = 0.45</button>');
    const readout = await renderZh(
      <Readout view={null} epoch={0} step={0} model="linear" hasHeld={false} />,
    );
    expect(readout).toContain('<h3 id="train-readout-h">当前</h3>');
    expect(readout).toContain('<dt>权重 w</dt>');
    expect(readout).toContain('title="第 0 步"');
  });
});
