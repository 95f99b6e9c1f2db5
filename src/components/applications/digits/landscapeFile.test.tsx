import { describe, expect, it } from 'vitest';
import type { H5Surface } from '../../../state/applications/h5Types';
import { createAppStore } from '../../../state/store';
import { renderMarkup } from '../../charts/svgSnapshot';
import { H5Chart } from './H5Chart';
import { LandscapeFile } from './LandscapeFile';

const surface: H5Surface = {
  kind: 'surface',
  name: 'surface.h5',
  x: [-1, 0, 1],
  y: [-0.5, 0.5],
  fields: {
    train_loss: Float32Array.from([0.3, 0.1, 0.2, 0.25, 0.2, 0.4]),
    test_loss: Float32Array.from([0.35, 0.15, 0.25, 0.3, 0.25, 0.45]),
  },
  order: ['train_loss', 'test_loss'],
  missing: { train_loss: 0, test_loss: 0 },
};
const projection = {
  kind: 'projection' as const,
  name: 'p.h5',
  x: [0.9, 0.5, 0],
  y: [0.4, 0.2, 0],
};

describe('the landscape card (Applications → Open a landscape file)', () => {
  it('is empty before a file is opened: pick, drop, open a state file', () => {
    const html = renderMarkup(<LandscapeFile />, { store: createAppStore({}) });
    expect(html).toContain('data-testid="h5-input"');
    expect(html).toContain('data-testid="h5-state-input"');
    expect(html).not.toContain('h5-files');
    expect(html).not.toContain('h5-save-state');
    expect(html).toContain('data-path="0"');
  });
  // (What it shows of an open landscape is read by e2e/nets.spec.ts: a server render sees only
  // the store's initial state.)
});

describe('H5Chart', () => {
  it('draws a 1-D surface as lines, one per field', () => {
    const line = {
      ...surface,
      y: null,
      fields: { train_loss: Float32Array.from([0.3, 0.1, 0.2]) },
      order: ['train_loss'],
    };
    const html = renderMarkup(<H5Chart surface={line} projection={null} field="train_loss" />);
    expect(html).toContain('data-testid="h5-line"');
    expect(html).not.toContain('heatmap');
  });

  it('draws a 2-D surface as a heatmap named by its field and file', () => {
    const html = renderMarkup(
      <H5Chart surface={surface} projection={projection} field="train_loss" />,
    );
    expect(html).toContain('train_loss from surface.h5');
    expect(html).not.toContain('h5-line');
  });
});
