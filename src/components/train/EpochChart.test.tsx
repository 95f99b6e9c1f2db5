import { describe, expect, it } from 'vitest';
import { chartSnapshot } from '../charts/svgSnapshot';
import { AccuracyChart } from './AccuracyChart';
import { LossChart } from './LossChart';

// A loss halving each epoch (4 → 0.25) over 4 epochs, a held-out loss above it and one ghost.
const epochs = [0, 1, 2, 3, 4];
const train = { epochs, loss: [4, 2, 1, 0.5, 0.25] };
const held = { epochs, loss: [4.5, 2.5, 1.5, 1, 0.8] };

describe('EpochChart uses (SVG snapshots)', () => {
  it('LossChart: ghost, held-out and training curves, the divergence mark and the current dot', async () => {
    const html = chartSnapshot(
      <LossChart
        train={train}
        held={held}
        ghosts={[{ id: 7, label: 'earlier', epochs, loss: [3, 3, 3, 3, 3] }]}
        epochs={4}
        at={2}
        atLoss={1}
        divergedAt={3}
        log={false}
        summary="Loss 1 at epoch 2."
      />,
    );
    expect(html).toContain('aria-label="Loss vs epoch. Loss 1 at epoch 2."');
    expect(html.indexOf('class="ghost"')).toBeLessThan(html.indexOf('class="curve-train"'));
    await expect(html).toMatchFileSnapshot('__snapshots__/LossChart.linear.html');
  });

  it('LossChart on a log axis floors zero losses (no NaN in the paths or the dot)', async () => {
    const html = chartSnapshot(
      <LossChart
        train={{ epochs, loss: [100, 10, 1, 0.1, 0] }}
        held={null}
        ghosts={[]}
        epochs={4}
        at={4}
        atLoss={0}
        divergedAt={null}
        log
        summary=""
      />,
    );
    expect(html).not.toContain('diverged-mark');
    expect(html).not.toContain('NaN');
    await expect(html).toMatchFileSnapshot('__snapshots__/LossChart.log.html');
  });

  it('AccuracyChart: a 0–1 axis, held-out under training accuracy, no dot', async () => {
    const html = chartSnapshot(
      <AccuracyChart
        train={{ epochs, loss: [0.5, 0.7, 0.9, 0.95, 1] }}
        held={{ epochs: [0, 2, 4], loss: [0.5, 0.8, 0.9] }}
        epochs={4}
        at={1}
        summary="Accuracy 70 %."
      />,
    );
    expect(html).toContain('data-testid="accuracy-chart"');
    // 70 % at epoch 1 sits 30 % down the 0–100 % axis (the plot is 120 px high).
    expect(html).toContain('L117.5,36L');
    expect(html).not.toContain('now-dot');
    await expect(html).toMatchFileSnapshot('__snapshots__/AccuracyChart.html');
  });
});
