// The landscape charts of the Applications tab as SVG snapshots (issue 19.6): an opened HDF5
// surface (H5Chart, 2-D and 1-D) and the network's slice (NetLandscape's SliceChart), both drawn
// through PlaneChart; their marks checked against a hand computation.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../i18n';
import type { PlaneInfo } from '../../../math/nets/protocol';
import type { H5Surface } from '../../../state/applications/h5Types';
import { chartSnapshot, renderMarkup } from '../../charts/svgSnapshot';
import { H5Chart } from './H5Chart';
import { SliceChart } from './NetLandscape';

// L = x² + y² on a 5 × 5 grid over [−2, 2]²: its minimum 0 at the centre.
const axis = [-2, -1, 0, 1, 2];
const bowl = Float32Array.from(axis.flatMap((b) => axis.map((w) => w * w + b * b)));

const surface: H5Surface = {
  kind: 'surface',
  name: 'surface.h5',
  x: axis,
  y: axis,
  fields: { train_loss: bowl, test_loss: bowl.map((v) => v + 1) },
  order: ['train_loss', 'test_loss'],
  missing: { train_loss: 0, test_loss: 0 },
};
const projection = { kind: 'projection' as const, name: 'p.h5', x: [2, 1, 0], y: [2, 0.5, 0] };

/** The bowl's minimum (0, 0) is marked in the middle of the plot (the canvas under the svg). */
function expectMinimumInMiddle(html: string) {
  const [iw, ih] = /<canvas width="(\d+)" height="(\d+)"/.exec(html)!.slice(1).map(Number);
  const at = /class="minimum" transform="translate\(([\d.]+),([\d.]+)\)"/.exec(html)!;
  const [mx, my] = at.slice(1).map(Number);
  expect(mx).toBeCloseTo(iw / 2, 0);
  expect(my).toBeCloseTo(ih / 2, 0);
  // The projected path, all three points, ends there too.
  expect(html).toMatch(/class="path"[^>]*data-points="3"/);
  expect(html).toContain(`<circle class="path-now" cx="${mx}" cy="${my}"`);
}

describe('H5Chart', () => {
  it('a 2-D surface: heatmap named by field and file, x and y axes, the minimum, the path (SVG snapshot)', async () => {
    const html = chartSnapshot(
      <H5Chart surface={surface} projection={projection} field="train_loss" />,
    );
    expect(html).toContain('role="group" aria-label="train_loss from surface.h5"');
    expect(html).toContain('data-path="3"');
    expectMinimumInMiddle(html);
    expect(html).toMatch(/class="axis-label"[^>]*>x</);
    expect(html).toMatch(/class="axis-label"[^>]*>y</);
    expect(html).not.toContain('data-testid="surface-3d"');
    await expect(html).toMatchFileSnapshot('__snapshots__/H5Chart.surface.html');
  });

  it('a 1-D surface: one line per field, no heatmap (SVG snapshot)', async () => {
    const line = {
      ...surface,
      y: null,
      fields: { train_loss: Float32Array.from([4, 1, 0, 1, 4]) },
      order: ['train_loss'],
    };
    const html = chartSnapshot(<H5Chart surface={line} projection={null} field="train_loss" />);
    expect(html).toContain('data-testid="h5-line"');
    expect(html).not.toContain('data-testid="heatmap"');
    await expect(html).toMatchFileSnapshot('__snapshots__/H5Chart.line.html');
  });

  it('adds the 3-D view when asked', () => {
    const html = renderMarkup(
      <H5Chart surface={surface} projection={null} field="test_loss" show3d />,
    );
    expect(html).toContain('data-testid="heatmap"');
    expect(html).toContain('data-testid="surface-3d"');
  });
});

describe("NetLandscape's slice chart", () => {
  const pca: PlaneInfo = { xs: axis, ys: axis, explained: [0.8, 0.15], path: projection };
  const props = { values: bowl, complete: true, kind: 'mlp' as const, show3d: false };

  it('a PCA plane: PC1/PC2 axes, the path, the minimum in the middle (SVG snapshot)', async () => {
    const html = chartSnapshot(<SliceChart {...props} plane={pca} />);
    expect(html).toContain('data-plane="pca"');
    expect(html).toContain('data-complete="true"');
    expect(html).toContain('data-min="0"');
    expect(html).toContain('data-path="3"');
    expectMinimumInMiddle(html);
    expect(html).toMatch(/class="axis-label"[^>]*>PC 1</);
    expect(html).toMatch(/class="axis-label"[^>]*>PC 2</);
    await expect(html).toMatchFileSnapshot('__snapshots__/SliceChart.pca.html');
  });

  it('a random plane: α and β axes, no path; nothing drawn before values come', () => {
    const html = renderMarkup(
      <SliceChart {...props} plane={{ xs: axis, ys: axis }} complete={false} />,
    );
    expect(html).toContain('data-plane="random"');
    expect(html).toContain('data-complete="false"');
    expect(html).toContain('data-path="0"');
    expect(html).toMatch(/class="axis-label"[^>]*>α/);
    expect(html).toMatch(/class="axis-label"[^>]*>β/);
    const empty = renderMarkup(<SliceChart {...props} plane={pca} values={null} />);
    expect(empty).not.toContain('<svg');
    expect(empty).toContain('data-min=""');
  });

  it('reads in Chinese', async () => {
    const i18n = createI18n('en');
    await i18n.changeLanguage('zh-CN');
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <SliceChart {...props} plane={pca} />
      </I18nextProvider>,
    );
    expect(html).toMatch(/aria-label="[^"]*[\u4e00-\u9fff]/);
    expect(html).not.toMatch(/aria-label="[^"]*[A-Za-z]{4,}/);
    expect(html).not.toMatch(/class="axis-label"[^>]*>[^<]*[A-Za-z]{4,}/);
  });
});
