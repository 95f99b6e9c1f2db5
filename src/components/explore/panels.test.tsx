// Explore's panels without the math core: the step-by-step rows (stepRows, shared by the panel
// and the steps figure), the step-by-step panel and the contributions as markup, and the data
// tables' shared parts (select, delete, add) in the scalar and the multi-class table.
import { describe, expect, it } from 'vitest';
import type { LossDef, LossId, ParamSpec } from '../../math';
import { DEFAULT_PARAMS, type ClassRow, type Row } from '../../state/explore/model';
import { createAppStore } from '../../state/store';
import { chartSnapshot, renderMarkup } from '../charts/svgSnapshot';
import { ClassTable, trueClass } from './ClassTable';
import { Contributions, contributionLosses } from './Contributions';
import { DataTable } from './DataTable';
import { LossPicker } from './LossPicker';
import { ParamControls } from './ParamControls';
import { StepByStep } from './StepByStep';
import { stepRows, type StepHeaderKey } from './terms';

const seed: Row[] = [2, 4, 6, 8].map((y, i) => ({ id: i + 1, y, yHat: 1 + 0.5 * i }));
const t = (key: StepHeaderKey) => `<${key}>`;
/** The seed example under MSE: ℓᵢ = 1, 6.25, 12.25, 20.25. */
const mseSteps = () =>
  stepRows('regression', 'mse', seed, [1, 6.25, 12.25, 20.25], DEFAULT_PARAMS, t);
const store = () => ({ store: createAppStore() });

describe('stepRows', () => {
  it('heads a regression with y, ŷ and the error, and writes each row with its numbers', () => {
    const { headers, items } = mseSteps();
    expect(headers).toEqual(['y', 'ŷ', 'e = ŷ − y']);
    expect(items).toHaveLength(4);
    expect(items[1]).toEqual({ cells: ['4', '1.5', '−2.5'], loss: 6.25, tex: '(1.5 - 4)^2' });
  });

  it('heads a classification with the label and the margin the task reads', () => {
    const rows: Row[] = [{ id: 1, y: 0, yHat: 0.5 }];
    expect(stepRows('margin', 'hinge', rows, [1], DEFAULT_PARAMS, t).headers).toEqual([
      '<explore.data.label>',
      'ŷ',
      '<explore.data.margin>',
    ]);
    const p = stepRows(
      'binaryProb',
      'bce',
      [{ id: 1, y: 1, yHat: 0.5 }],
      [0.69],
      DEFAULT_PARAMS,
      t,
    );
    expect(p.headers[2]).toBe('<explore.data.marginP>');
    // p = 0.5 is logit 0: the margin cell reads 0; the term is −log p.
    expect(p.items[0].cells[2]).toBe('0');
    expect(p.items[0].tex).toBe('-\\log 0.5');
    // Margin labels: y = 0 is read as −1, so the margin of ŷ = 0.5 is −0.5.
    expect(stepRows('margin', 'hinge', rows, [1.5], DEFAULT_PARAMS, t).items[0].cells[2]).toBe(
      '−0.5',
    );
  });
});

describe('Explore panels (markup)', () => {
  it('shows the step-by-step sum and mean of the seed example under MSE', async () => {
    const { headers, items } = mseSteps();
    const html = chartSnapshot(
      <StepByStep
        title="Mean squared error (MSE)"
        latex="L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i - y_i)^2"
        headers={headers}
        items={items}
        mean={9.9375}
      />,
    );
    expect(html).toMatch(/data-testid="step-sum"[^]*39\.8/);
    expect(html).toMatch(/data-testid="step-mean"[^]*9\.9/);
    await expect(html).toMatchFileSnapshot('__snapshots__/StepByStep.mse.html');
  });

  it('draws each row’s share of Σℓᵢ per loss, from the losses’ short names and styles', async () => {
    const defs = new Map<LossId, LossDef>([
      ['mse', { short: 'MSE' } as LossDef],
      ['mae', { short: 'MAE' } as LossDef],
    ]);
    const losses = contributionLosses(
      'regression',
      [
        { id: 'mse', perRow: [1, 1, 2] },
        { id: 'mae', perRow: [1, 1, 0] },
      ],
      defs,
    );
    expect(losses.map((l) => l.name)).toEqual(['MSE', 'MAE']);
    expect(losses[0].color).not.toBe(losses[1].color);
    expect(contributionLosses('regression', null, defs)).toEqual([]);
    const html = chartSnapshot(<Contributions losses={losses} n={3} selected={2} />);
    // MSE: row 3 holds 2 of 4 = 50 %; MAE: 0 %.
    expect(html).toContain('50 %');
    await expect(html).toMatchFileSnapshot('__snapshots__/Contributions.html');
  });
});

describe('Explore data tables', () => {
  it('reads the true class of a one-hot label and calls a soft one −1', () => {
    expect(trueClass([0, 1, 0])).toBe(1);
    expect(trueClass([0.5, 0.5, 0])).toBe(-1);
    expect(trueClass([1, 1, 0])).toBe(-1);
  });

  it('gives both tables the same row select, delete button and add-row bar', () => {
    const rows: ClassRow[] = [
      { id: 1, y: [1, 0, 0], yHat: [0.7, 0.2, 0.1] },
      { id: 2, y: [0.5, 0.5, 0], yHat: [0.4, 0.4, 0.2] },
    ];
    const multi = renderMarkup(
      <ClassTable rows={rows} selected={1} perRow={[0.357, 0.916]} lossName="CCE" />,
      store(),
    );
    const scalar = renderMarkup(
      <DataTable
        rows={seed}
        k="regression"
        selected={0}
        errors={{}}
        rowLoss={null}
        lossName="MSE"
      />,
      store(),
    );
    for (const [html, n, group] of [
      [multi, 2, 'ex-selected-class-row'],
      [scalar, 4, 'ex-selected-row'],
    ] as const) {
      expect(html.match(new RegExp(`name="${group}"`, 'g'))).toHaveLength(n);
      expect(html).toContain(`aria-label="Delete row ${n}" title="Delete row ${n}"`);
      expect(html).toContain('data-testid="add-row"');
      expect(html).toContain(`${n} pairs`);
    }
    // The selected row is the checked radio; the soft label shows as such; losses or "…".
    expect(multi).toMatch(
      /<tr class="is-selected">[^]*?aria-label="Select row 2" name="ex-selected-class-row" checked=""/,
    );
    expect(multi).toContain('<option value="-1" selected="">soft</option>');
    expect(multi).toContain('data-testid="row-loss-1">0.916<');
    expect(scalar).toContain('data-testid="row-loss-0" title="">…<');
  });
});

describe('Explore loss controls', () => {
  it('lists the task’s losses by their i18n names, the overlaid ones checked', () => {
    const html = renderMarkup(<LossPicker k="regression" />, store());
    for (const name of ['Mean squared error (MSE)', 'Huber loss', 'Poisson loss'])
      expect(html).toContain(name);
    expect(html).not.toContain('Hinge loss');
  });

  it('names each parameter once, from src/i18n, with its slider range', () => {
    const delta: ParamSpec = {
      id: 'delta',
      symbol: '\\delta',
      default: 1,
      min: 0,
      max: 1e6,
      minInclusive: false,
      ui: { min: 0.05, max: 5, step: 0.05 },
    };
    const defs = [{ params: [delta] }, { params: [delta] }] as LossDef[];
    const html = renderMarkup(<ParamControls defs={defs} />, store());
    expect(html.match(/>Huber δ</g)).toHaveLength(1);
    expect(html).toContain('aria-label="Huber δ"');
    expect(html).toMatch(/type="range" min="0.05" max="5" step="0.05"/);
    expect(renderMarkup(<ParamControls defs={[]} />, store())).toContain('data-testid="params"');
  });
});
