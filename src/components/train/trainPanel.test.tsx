// The whole Train panel at first paint, before tfjs has loaded (rendered in Node): the seed's
// four points where the data domain puts them (checked by hand), the controls that need a run
// turned off, and the workspace's figures in their boxes.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import TrainPanel from './TrainPanel';

describe('TrainPanel (first paint, no math yet)', () => {
  const html = renderMarkup(<TrainPanel />, { store: createAppStore() });

  it('the seed’s points y = 2x at their pixels', () => {
    // x ∈ [1, 4] padded by 15 % of 3 and taken to 0: [0, 4.45] over 490 px; y ∈ [2, 8] padded
    // by 15 % of 6 and taken to 0: [0, 8.9] over 280 px, upwards.
    const pts = [
      ...html.matchAll(/<circle data-index="(\d)" class="pt" cx="([\d.]+)" cy="([\d.]+)"/g),
    ];
    expect(pts).toHaveLength(4);
    pts.forEach((m, i) => {
      const x = i + 1;
      expect(+m[2]).toBeCloseTo((x / 4.45) * 490, 6);
      expect(+m[3]).toBeCloseTo(280 - ((2 * x) / 8.9) * 280, 6);
    });
    expect(html).toContain('aria-label="Point 4: x = 4, y = 8"');
    expect(html).toContain('4 points; fit at epoch 0: </desc>');
  });

  it('before a run: loading said, no fit, Play, One step and the scrubber off', () => {
    expect(html).toContain('<p class="muted">Loading tfjs…</p>');
    expect(html).not.toContain('data-testid="fit-line"');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*data-testid="play">▶ Play</);
    expect(html).toMatch(/<input id="train-scrubber"[^>]*disabled=""/);
    expect(html).toContain('data-testid="scrub-epoch">Epoch 0 / 0</output>');
    expect(html).not.toContain('data-testid="divergence"');
  });

  it('the workspace: the bar with the learning rate, the figures, the rail with readout and settings', () => {
    const bar = /<div class="ws-bar">(.*?)<div class="ws-land"/.exec(html)![1];
    expect(bar).toContain('aria-label="Training controls"');
    expect(bar).toContain('id="train-lr-slider"');
    expect(bar).toContain('data-testid="lr-input" value="0.1"');
    const figs = /<div class="ws-figs">(.*?)<aside/.exec(html)![1];
    expect(figs).toContain('data-testid="data-chart"');
    expect(figs).toContain('data-testid="loss-chart"');
    const rail = /<aside class="ws-rail" aria-label="Settings">(.*?)<\/aside>/.exec(html)![1];
    expect(rail).toContain('id="train-readout-h"');
    expect(rail).toContain('data-testid="optimizer-select"');
    // The learning rate is in the bar, so the settings do not repeat it.
    expect(rail).not.toContain('train-lr-slider');
    expect(html.match(/data-testid="lr-input"/g)).toHaveLength(1);
  });

  it('the held-out note: every point trains while there are fewer than 30', () => {
    expect(html).toContain('data-testid="holdout-note">All points train the model');
    expect(html).not.toContain('class="pt held"');
  });
});

describe('TrainPanel with the MLP on XOR (first paint)', () => {
  const store = storeWith((s) => {
    s.trainActions.loadPreset('xor', 1);
    s.trainActions.setModel('mlp');
  });
  const html = renderMarkup(<TrainPanel />, { store });

  it('the decision canvas under the points, classes to add, the network’s readout', () => {
    expect(html).toContain('<span class="figure-title">Data and decision boundary</span>');
    expect(html.indexOf('data-testid="decision-canvas"')).toBeLessThan(
      html.indexOf('data-testid="data-chart"'),
    );
    expect(html).toMatch(/data-testid="new-class-0"[^>]*checked=""/);
    expect(html).toContain('>x₁</text>');
    expect(html).toContain('data-testid="readout-norm"');
    expect(html).not.toContain('data-testid="readout-w"');
    expect(html).toContain('80 points; at epoch 0 the training accuracy is –</desc>');
    expect(html.match(/class="pt( held)? cls[01]"/g)).toHaveLength(80);
  });

  // BUG (reported, not fixed here: tests only): the note and the marks tell two stories before
  // the first run. The marks come from heldOutMask (16 of the 80 points drawn as held out), but
  // the MLP panel counts held-out points from the run (heldCount = run.plan.heldIdx.length,
  // MlpTrain.tsx), so until tfjs has loaded and a run exists (for ever, if no backend starts)
  // the note says "All points train the model". Flip to `it` once the note counts the mask.
  it('the marks show the seeded 20 % held out', () => {
    expect(html.match(/class="pt held cls[01]"/g)).toHaveLength(16);
  });

  it('the held-out note names them too', () => {
    expect(html).toContain('data-testid="holdout-note">16 of 80 points are held out');
  });
});
