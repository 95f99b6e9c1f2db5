// SVG snapshots of Explore's charts, rendered in Node with the real math core (tfjs on cpu):
// the curves and their marker, the margin and probability views, the distributions of a row.
// Numbers are rounded to one decimal (svgSnapshot.tsx), so a geometry change is a readable diff.
import '../../math/test/setup';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { lossesEn } from '../../i18n/losses/en';
import { lossesZhCN } from '../../i18n/losses/zhCN';
import * as math from '../../math';
import { DEFAULT_PARAMS, type ClassRow, type Row } from '../../state/explore/model';
import { createAppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreProvider';
import { chartSnapshot, tidyMarkup } from '../charts/svgSnapshot';
import { overlayLosses, pointValues, rowPointValues } from './compute';
import { CurvesView } from './CurvesView';
import { DistributionsView } from './DistributionsView';
import { ExplainPanel, type ExplainPanelProps } from './ExplainPanel';
import { MarginView } from './MarginView';
import { ProbabilityView } from './ProbabilityView';

const defs = new Map(math.LOSSES.map((d) => [d.id, d]));
// The seed example: y = 2x, predictions of w = b = 0.5.
const seed: Row[] = [2, 4, 6, 8].map((y, i) => ({ id: i + 1, y, yHat: 1 + 0.5 * i }));
const snap = (node: ReactNode) => chartSnapshot(node, { store: createAppStore() });

/** Rendered in Chinese: its strings are a lazy chunk, loaded before the render. */
async function snapZh(node: ReactNode) {
  const i18n = createI18n('en');
  await i18n.changeLanguage('zh-CN');
  return tidyMarkup(
    renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <StoreProvider store={createAppStore()}>{node}</StoreProvider>
      </I18nextProvider>,
    ),
  );
}

describe('Explore views (SVG snapshots)', () => {
  it('draws MSE, MAE and Huber over ŷ for row 2, with the marker at its ŷ and a legend', async () => {
    const before = math.tensorCount();
    const html = snap(
      <CurvesView
        math={math}
        k="regression"
        ids={['mse', 'mae', 'huber']}
        rows={seed}
        selected={1}
        params={DEFAULT_PARAMS}
        defs={defs}
      />,
    );
    expect(math.tensorCount()).toBe(before);
    // Row 2: y = 4, ŷ = 1.5, e = −2.5: MSE 6.25, MAE 2.5, Huber (δ = 1) 2; ℓ′ −5, −1, −1.
    expect(html).toContain('data-testid="loss-chart"');
    expect(html).toContain('data-testid="grad-chart"');
    expect(html).toMatch(/data-loss="mse"[^]*?>6\.3<\/td>\s*<td[^>]*>−5</);
    expect(html).toContain('Mean squared error (MSE)');
    expect(html).toContain('aria-valuenow="1.5"');
    await expect(html).toMatchFileSnapshot('__snapshots__/CurvesView.regression.html');
  });

  it('the marker takes ℓ and ℓ′ from the per-row call with gradients: same values, same chart', () => {
    const ids = ['mse', 'huber', 'logcosh', 'quantile', 'mae'] as const;
    const props = {
      math,
      k: 'regression' as const,
      ids: [...ids],
      rows: seed,
      selected: 2,
      params: DEFAULT_PARAMS,
      defs,
    };
    const before = math.tensorCount();
    const perRow = overlayLosses(math, 'regression', [...ids], seed, DEFAULT_PARAMS, {
      grad: true,
    });
    const here = rowPointValues(perRow, 2);
    const exact = pointValues(
      math,
      'regression',
      [...ids],
      seed[2].y,
      seed[2].yHat,
      DEFAULT_PARAMS,
    );
    expect(math.tensorCount()).toBe(before);
    expect(here.map((p) => p.id)).toEqual(exact.map((p) => p.id));
    here.forEach((p, i) => {
      expect(p.loss).toBeCloseTo(exact[i].loss, 5);
      expect(p.grad as number).toBeCloseTo(exact[i].grad as number, 5);
    });
    // Row 3: y = 6, ŷ = 2, e = −4: MSE 16 and ℓ′ = 2e = −8.
    expect(here[0]).toEqual({ id: 'mse', loss: 16, grad: -8 });
    expect(snap(<CurvesView {...props} here={here} />)).toBe(snap(<CurvesView {...props} />));
  });

  it('names the losses in Chinese and says which one has no gradient (0-1)', async () => {
    const rows: Row[] = [
      { id: 1, y: 1, yHat: 0.8 },
      { id: 2, y: -1, yHat: 0.3 },
    ];
    const html = await snapZh(
      <CurvesView
        math={math}
        k="margin"
        ids={['hinge', 'zero_one']}
        rows={rows}
        selected={0}
        params={DEFAULT_PARAMS}
        defs={defs}
      />,
    );
    expect(html).toContain('合页损失');
    expect(html).toContain('0-1 损失');
    // The 0-1 loss has no ℓ′: its legend cell is a dash and a note names it.
    expect(html).toMatch(/data-loss="zero_one"[\s\S]*?—/);
  });

  it('draws the margin losses over m = y·f', async () => {
    const html = snap(<MarginView math={math} k="margin" rows={seed} />);
    expect(html).toContain('<svg');
    await expect(html).toMatchFileSnapshot('__snapshots__/MarginView.html');
  });

  it('draws cross-entropy and focal over p', async () => {
    const html = snap(<ProbabilityView math={math} params={DEFAULT_PARAMS} />);
    expect(html).toContain('<svg');
    await expect(html).toMatchFileSnapshot('__snapshots__/ProbabilityView.html');
  });

  it('draws P and Q of one row as bars', async () => {
    const row: ClassRow = { id: 1, y: [0, 1, 0], yHat: [0.2, 0.7, 0.1] };
    const html = snap(<DistributionsView math={math} row={row} index={0} errors={{}} />);
    expect(html).toContain('<svg');
    await expect(html).toMatchFileSnapshot('__snapshots__/DistributionsView.html');
  });

  it('explains a loss in the current language, from its texts in src/i18n, beside its likelihood', async () => {
    const props: ExplainPanelProps = {
      math,
      k: 'regression',
      def: defs.get('mae')!,
      title: 'MAE',
      rows: seed,
      mean: 2.75,
      perRow: [1, 2.5, 3.5, 4],
      params: DEFAULT_PARAMS,
    };
    const en = snap(<ExplainPanel {...props} />);
    for (const f of ['measures', 'use', 'range'] as const) expect(en).toContain(lossesEn.mae[f]);
    // MAE assumes Laplace noise: the residual histogram with its density.
    expect(en).toContain('Laplace');
    await expect(en).toMatchFileSnapshot('__snapshots__/ExplainPanel.mae.html');
    const zh = await snapZh(<ExplainPanel {...props} />);
    expect(zh).toContain(lossesZhCN.mae.measures);
    expect(zh).not.toContain(lossesEn.mae.measures);
  });
});
