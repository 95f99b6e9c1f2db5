// The MLP's landscape rendered in Node: the slice and the interpolation are computed in effects
// (one per frame), so a server render is the view while they compute. Pinned here: the honest
// note on how many parameters a 2-D slice leaves out, the slice's controls, the heatmap on the
// ±range window with α and β, and the interpolation chart's empty state. The math core is never
// called during render, which the stub below checks.
import { describe, expect, it, vi } from 'vitest';
import type { MlpProblem } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { MlpLandscape } from './MlpLandscape';

const problem = (hidden: number): MlpProblem =>
  ({
    x: [
      [0, 0],
      [1, 1],
      [0, 1],
      [1, 0],
    ],
    y: [0, 0, 1, 1],
    loss: 'bce',
    mlp: { hidden, activation: 'tanh' },
  }) as unknown as MlpProblem;

const mathStub = () => {
  const mlpSlice = vi.fn();
  const mlpInterpolation = vi.fn();
  const projectOnSlice = vi.fn();
  return {
    math: { mlpSlice, mlpInterpolation, projectOnSlice } as unknown as MathBackend,
    mlpSlice,
    mlpInterpolation,
  };
};
const thetas = [new Float32Array(17), new Float32Array(17).fill(0.1)];

describe('MlpLandscape', () => {
  it('says a slice is a view of 4h + 1 parameters, and waits for it with its controls', async () => {
    const { math, mlpSlice, mlpInterpolation } = mathStub();
    const html = chartSnapshot(
      <MlpLandscape
        math={math}
        problem={problem(4)}
        thetas={thetas}
        step={1}
        dirSeed={7}
        onDirSeed={() => {}}
      />,
      { store: createAppStore() },
    );
    // Nothing is computed during render.
    expect(mlpSlice).not.toHaveBeenCalled();
    expect(mlpInterpolation).not.toHaveBeenCalled();
    expect(html).toContain('<h3 id="mlp-landscape-h">Loss landscape of the MLP</h3>');
    // 4 hidden units: 4·4 + 1 = 17 parameters.
    expect(html).toContain('the network has 17 parameters');
    expect(html).toContain('role="note" data-testid="slice-note"');
    // The seed field shows the seed; the range select offers ±0.25 … ±2 with ±1 chosen.
    expect(html).toMatch(/<input[^>]*value="7"/);
    const options = [
      ...html.matchAll(/<option value="([\d.]+)"( selected="")?>±[\d.]+<\/option>/g),
    ];
    expect(options.map((o) => o[1])).toEqual(['0.3', '0.5', '1', '2']); // 0.25 rounded by the tidier
    expect(options.filter((o) => o[2]).map((o) => o[1])).toEqual(['1']);
    expect(html).toContain('>New directions</button>');
    // The slice: still loading, no data attributes yet; the heatmap 520 × 440 over α, β ∈ [−1, 1].
    expect(html).toContain('data-seed="" data-centre="" data-min="" data-sum=""');
    expect(html).toContain('<p class="hint">Computing the slice…</p>');
    expect(html).toContain('<div class="heatmap" style="width:520px;height:440px"');
    expect(html).toContain('data-window="-1,1,-1,1"');
    expect(html).toContain('α (direction d₁)');
    expect(html).toContain('β (direction d₂)');
    await expect(html).toMatchFileSnapshot('__snapshots__/MlpLandscape.loading.html');
  });

  it('counts the parameters from the hidden width, and draws the interpolation empty until it comes', () => {
    const { math } = mathStub();
    const html = renderMarkup(
      <MlpLandscape
        math={math}
        problem={problem(8)}
        thetas={thetas}
        step={3}
        dirSeed={0}
        onDirSeed={() => {}}
      />,
      { store: createAppStore() },
    );
    expect(html).toContain('the network has 33 parameters');
    expect(html).toContain('1-D interpolation: start → now');
    // Neither end is known yet: the label says — for both, at the step shown.
    expect(html).toContain('Loss along θ(t) = (1 − t)·θ₀ + t·θ_now: — at the start, — at step 3.');
    expect(html).toContain('data-testid="mlp-interp"');
  });

  it('renders with no weights yet (no run) without touching the math core', () => {
    const { math, mlpSlice } = mathStub();
    const html = renderMarkup(
      <MlpLandscape
        math={math}
        problem={problem(2)}
        thetas={[]}
        step={0}
        dirSeed={1}
        onDirSeed={() => {}}
      />,
      { store: createAppStore() },
    );
    expect(mlpSlice).not.toHaveBeenCalled();
    expect(html).toContain('data-testid="mlp-slice"');
    expect(html).toContain('the network has 9 parameters');
  });
});
