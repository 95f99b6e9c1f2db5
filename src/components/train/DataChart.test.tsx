import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { renderMarkup } from '../charts/svgSnapshot';
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
