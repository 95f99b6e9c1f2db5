import { describe, expect, it } from 'vitest';
import { LineChart, type LineChartProps } from './LineChart';
import { chartSnapshot } from './svgSnapshot';

// y = x² and y = |x| on x ∈ [−2, 2], with a gap (NaN) in the second: known curves, so the
// snapshot's paths can be read (x = 0 sits at the middle of the 350 px plot).
const xs = Array.from({ length: 9 }, (_, i) => -2 + i * 0.5);
const base: LineChartProps = {
  label: 'Two curves',
  x: xs,
  xDomain: [-2, 2],
  xLabel: 'ŷ',
  yLabel: 'loss',
  series: [
    { id: 'sq', label: 'square', y: xs.map((v) => v * v), color: '#111', dash: '' },
    {
      id: 'abs',
      label: 'absolute',
      y: xs.map((v, i) => (i === 4 ? NaN : Math.abs(v))),
      color: '#222',
      dash: '4 2',
    },
  ],
  testId: 'chart',
};

describe('LineChart (SVG snapshots)', () => {
  it('draws curves with a y range from the data (zero included) and a gap at NaN', async () => {
    await expect(chartSnapshot(<LineChart {...base} />)).toMatchFileSnapshot(
      '__snapshots__/LineChart.curves.html',
    );
  });

  it('pins curves to a fixed y range, draws a zero line, dots (hollow too) and a marker', async () => {
    const html = chartSnapshot(
      <LineChart
        {...base}
        yDomain={[-1, 2]}
        height={200}
        dots={[
          { x: -1, y: 1, color: '#333', label: 'a' },
          { x: 1, y: 5, color: '#444', label: 'b (clamped)', hollow: true },
        ]}
        marker={{
          x: 0.5,
          label: 'prediction',
          valueText: '0.5',
          min: -2,
          max: 2,
          step: 0.1,
          onChange: () => {},
          points: [
            { y: 0.25, color: '#111' },
            { y: NaN, color: '#222' },
          ],
        }}
      />,
    );
    expect(html).toContain('role="slider"');
    expect(html).toContain('aria-valuenow="0.5"');
    expect(html).toContain('class="grid-zero"');
    await expect(html).toMatchFileSnapshot('__snapshots__/LineChart.marker.html');
  });

  it('a marker without onChange is shown but not focusable', () => {
    const html = chartSnapshot(
      <LineChart
        {...base}
        marker={{ x: 0, label: 'at', valueText: '0', min: -2, max: 2, step: 0.1 }}
      />,
    );
    expect(html).toContain('tabindex="-1"');
  });

  it('with no finite value, the y range falls back to [0, 1]', () => {
    const html = chartSnapshot(
      <LineChart
        {...base}
        series={[{ id: 'n', label: 'n', y: [NaN, NaN], color: '#000', dash: '' }]}
      />,
    );
    expect(html).toMatch(/<path class="curve" d=""/);
  });
});
