import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { chartSnapshot } from '../charts/svgSnapshot';
import { DataScatter } from './DataScatter';

const rows = [
  { id: 1, y: 1, yHat: 1.5 },
  { id: 2, y: 2, yHat: 1 },
  { id: 3, y: 3, yHat: 3 },
];

describe('DataScatter (SVG snapshot)', () => {
  it('draws each row: y hollow, ŷ a draggable slider, the error between, the selected row marked', async () => {
    const html = chartSnapshot(<DataScatter rows={rows} k="regression" selected={1} />, {
      store: createAppStore(),
    });
    expect(html.match(/role="slider"/g)).toHaveLength(3);
    expect(html.match(/class="ex-scatter-hit"/g)).toHaveLength(3);
    // Every drag target carries its row (the shared drag handlers read data-index).
    const idx = (html.match(/data-index="\d"/g) ?? []).sort();
    expect(idx.join(' ')).toBe('0 0 1 1 2 2'.replace(/\d/g, (d) => `data-index="${d}"`));
    expect(html.match(/ex-scatter-row selected/g)).toHaveLength(1);
    // The value domain pads the data by 15 % (at least 0.5): 1 − 0.5 to 3 + 0.5.
    expect(html).toContain('aria-valuemin="0.5" aria-valuemax="3.5"');
    await expect(html).toMatchFileSnapshot('__snapshots__/DataScatter.html');
  });

  it('holds a probability task to [0, 1]', () => {
    const html = chartSnapshot(
      <DataScatter rows={[{ id: 1, y: 1, yHat: 0.8 }]} k="binaryProb" selected={0} />,
      { store: createAppStore() },
    );
    expect(html).toContain('aria-valuemin="0" aria-valuemax="1"');
  });
});
