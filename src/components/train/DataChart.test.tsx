import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { DataChart } from './DataChart';

// The per-point marks are memoised components (DataPoints.tsx); these pin what they draw.
const points = [
  { x: 1, y: 2 },
  { x: 2, y: 4.5 },
  { x: 3, y: 6 },
];

const render = () =>
  renderMarkup(
    <DataChart
      points={points}
      held={[false, true, false]}
      model="linear"
      fit={{ w: 2, b: 0 }}
      pull={[0, -1, 2]}
      summary="s"
    />,
    { store: createAppStore() },
  );

describe('DataChart point marks', () => {
  it('names each point (held-out ones as such) and classes it', () => {
    const html = render();
    expect(html.match(/<circle[^>]*class="pt"/g)).toHaveLength(2);
    expect(html.match(/<circle[^>]*class="pt held"/g)).toHaveLength(1);
    expect(html).toContain('aria-label="Point 2 (held out): x = 2, y = 4.5"');
    expect(html).toMatch(/aria-label="Point 3: x = 3, y = 6"/);
  });

  it('draws residuals for training points only, and a pull arrow only where ℓ′ is long enough', () => {
    const html = render();
    // Points 1 and 3 are training points; point 2 is held out.
    expect(html.match(/class="residual"/g)).toHaveLength(2);
    // Point 1's ℓ′ is 0: no arrow; point 3's is 2.
    expect(html.match(/class="pull"/g)).toHaveLength(1);
    expect(html).toMatch(/class="pull"[^>]*marker-end="url\(#[^)]*-arrow\)"/);
  });
});

describe('DataChart (SVG snapshots)', () => {
  it('linear: the fit, the hovered fit, residuals and pulls, clipped to the plot', async () => {
    const html = chartSnapshot(
      <DataChart
        points={points}
        held={[false, true, false]}
        model="linear"
        fit={{ w: 2, b: 0 }}
        hoverFit={{ w: 1, b: 1 }}
        pull={[0, -1, 2]}
        summary="ŷ = 2·x + 0"
      />,
      { store: createAppStore() },
    );
    expect(html).toContain('data-testid="fit-hover"');
    expect(html.indexOf('class="fit-hover"')).toBeLessThan(html.indexOf('class="fit"'));
    expect(html).not.toContain('decision-canvas');
    await expect(html).toMatchFileSnapshot('__snapshots__/DataChart.linear.html');
  });

  it('logistic: the p = 0.5 threshold and the sigmoid; no fit before a run', async () => {
    const labelled = [
      { x: -1, y: 0 },
      { x: 0.5, y: 1 },
      { x: 2, y: 1 },
    ];
    const props = { points: labelled, held: [false, false, false], summary: 's' };
    const html = chartSnapshot(
      <DataChart {...props} model="logistic" fit={{ w: 3, b: -1 }} pull={[0.2, -0.4, -0.1]} />,
      { store: createAppStore() },
    );
    expect(html).toContain('class="threshold"');
    expect(html.match(/class="fit" d="([^"]*)"/)?.[1].match(/L/g)).toHaveLength(119);
    await expect(html).toMatchFileSnapshot('__snapshots__/DataChart.logistic.html');
    const before = renderMarkup(<DataChart {...props} model="logistic" fit={null} pull={[]} />, {
      store: createAppStore(),
    });
    expect(before).not.toContain('class="fit"');
    expect(before).not.toContain('class="residual"');
  });

  it('MLP: classes, the heat canvas and the p = 0.5 boundary, no fit line', async () => {
    const pts = [
      { x: -1, y: -1, label: 0 as const },
      { x: 1, y: 1, label: 1 as const },
    ];
    // p rises left to right: the boundary is the middle column.
    const heat = { domain: { x: [-2, 2], y: [-2, 2] } as const, g: 2, p: [0.1, 0.9, 0.1, 0.9] };
    const html = chartSnapshot(
      <DataChart
        points={pts}
        held={[false, false]}
        model="mlp"
        fit={null}
        pull={[]}
        summary="s"
        heat={{ ...heat, domain: { x: [-2, 2], y: [-2, 2] } }}
      />,
      { store: createAppStore() },
    );
    expect(html).toContain('data-testid="decision-canvas"');
    expect(html).toContain('data-testid="decision-boundary"');
    expect(html.match(/class="pt cls[01]"/g)).toHaveLength(2);
    expect(html).not.toContain('class="fit"');
    await expect(html).toMatchFileSnapshot('__snapshots__/DataChart.mlp.html');
  });
});
