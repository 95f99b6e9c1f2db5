// Loss vs ŷ for the selected row, with its derivative beside it: one batched lossCurve call per
// loss; a draggable marker at the row's ŷ (mouse, touch, keyboard) updates every chart.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossDef, LossId } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { Params, Row, ScalarKey } from '../../state/explore/model';
import { fmt, fmtLong } from '../charts/format';
import { LineChart, type LineChartProps, type LineSeries } from '../charts/LineChart';
import { ChartTable } from '../charts/ChartTable';
import {
  curves,
  grid,
  pointValues,
  rememberPerX,
  sweepDomain,
  type Curve,
  type PointValue,
} from './compute';
import { styleOf, Swatch } from './LossPicker';
import { attempt, useExploreActions, useLastValid, type Attempt } from './useExplore';
import { useCurveHeight } from './useCurveHeight';
import { curveYDomain } from './curveRange';

const X_LABEL = {
  regression: 'explore.curves.xLabel',
  binaryProb: 'explore.curves.xLabelP',
  binaryLogit: 'explore.curves.xLabelScore',
  margin: 'explore.curves.xLabelScore',
} as const;

export interface CurvesViewProps {
  math: MathBackend;
  k: ScalarKey;
  ids: LossId[];
  rows: Row[];
  selected: number;
  params: Params;
  defs: Map<LossId, LossDef>;
  /**
   * ℓ and ℓ′ of each loss at the selected row's ŷ, when the caller has them (its per-row call
   * with gradients); computed here otherwise.
   */
  here?: PointValue[];
}

export function CurvesView(props: CurvesViewProps) {
  const { math, k, ids, rows, selected, params, defs } = props;
  const { t } = useTranslation();
  const a = useExploreActions();
  const chartH = useCurveHeight();
  const row = rows[selected];
  const sweep = useMemo(() => sweepDomain(k, row), [k, row]);
  // While the marker is dragged the ŷ axis holds still (else it would grow under the pointer
  // at every move); a drag past its end stops there, and the axis regrows on release.
  const [frozen, setFrozen] = useState<typeof sweep | null>(null);
  const { domain, step } = frozen ?? sweep;
  const [lo, hi] = domain;
  const xs = useMemo(() => grid(lo, hi), [lo, hi]);
  const xDomain = useMemo((): [number, number] => [lo, hi], [lo, hi]);
  const result = useMemo(
    () => attempt(() => curves(math, k, ids, row.y, xs, params)),
    [math, k, ids, row.y, xs, params],
  );
  const { value: cs, error } = useLastValid(result);
  // Exact ℓ and ℓ′ at one ŷ, remembered per ŷ until y, the losses or their parameters change
  // (a hover's tooltips). A drag asks for the marker's ŷ and both tooltips ask for the same ŷ
  // (the snapped pointer): the row's ŷ, whose values the caller's per-row call already holds,
  // so a move costs no tfjs call here.
  const computeAt = useMemo(
    () => rememberPerX((x) => attempt(() => pointValues(math, k, ids, row.y, x, params))),
    [math, k, ids, row.y, params],
  );
  const given = props.here;
  const valuesAt = (x: number): Attempt<PointValue[]> =>
    given && x === row.yHat ? { ok: true, value: given } : computeAt(x);
  const here = valuesAt(row.yHat);
  const short = (id: LossId) => defs.get(id)?.short ?? id;
  const { lossSeries, gradSeries, lossY, gradY } = useCurveSeries(cs, k, defs);
  if (!cs) return <p className="ex-error">{error}</p>;

  const pts = here.ok ? here.value : [];
  const xLabel = t(X_LABEL[k]);
  const rowNo = selected + 1;
  const marker = (what: 'loss' | 'grad') => ({
    x: row.yHat,
    label: t('explore.curves.marker', { row: rowNo }),
    valueText: `ŷ = ${fmt(row.yHat)}`,
    min: lo,
    max: hi,
    step,
    onChange: (v: number) => a.setYHat(selected, v),
    onDragChange: (on: boolean) => setFrozen(on ? { domain, step } : null),
    points: pts.map((p) => ({
      y: what === 'loss' ? p.loss : (p.grad ?? NaN),
      color: styleOf(k, p.id).color,
    })),
  });
  const tip = (what: 'loss' | 'grad') => (x: number) => {
    const r = valuesAt(x);
    if (!r.ok) return null;
    return {
      title: `ŷ = ${fmtLong(x)}`,
      rows: r.value
        .filter((p) => what === 'loss' || p.grad !== null)
        .map((p) => ({
          label: what === 'loss' ? `${short(p.id)}` : `${short(p.id)}′`,
          value: fmtLong(what === 'loss' ? p.loss : (p.grad as number)),
          color: styleOf(k, p.id).color,
        })),
    };
  };
  const list = (what: 'loss' | 'grad') =>
    pts
      .filter((p) => what === 'loss' || p.grad !== null)
      .map((p) => `${short(p.id)} ${fmt(what === 'loss' ? p.loss : (p.grad as number))}`)
      .join(', ');
  const axes = { x: xs, xDomain, xLabel, height: chartH };
  const noGrad = ids.filter((id) => defs.get(id)?.differentiable === false);
  return (
    <div className="ex-curves" data-testid="curves-view">
      {error && (
        <p className="ex-error" role="alert">
          {t('explore.mathError', { message: error })}
        </p>
      )}
      <div className="ex-chart-pair">
        <CurveBox
          title={t('explore.curves.lossTitle', { row: rowNo, y: fmt(row.y) })}
          testId="loss-chart"
          label={t('explore.curves.summaryLoss', {
            row: rowNo,
            y: fmt(row.y),
            lo: fmt(lo),
            hi: fmt(hi),
            x: fmt(row.yHat),
            values: list('loss'),
          })}
          series={lossSeries}
          yDomain={lossY}
          yLabel={t('explore.curves.yLoss')}
          marker={marker('loss')}
          tooltip={tip('loss')}
          {...axes}
        />
        <CurveBox
          title={t('explore.curves.gradTitle')}
          testId="grad-chart"
          label={t('explore.curves.summaryGrad', {
            row: rowNo,
            x: fmt(row.yHat),
            values: list('grad'),
          })}
          series={gradSeries}
          yDomain={gradY}
          yLabel={t('explore.curves.yGrad')}
          marker={marker('grad')}
          tooltip={tip('grad')}
          {...axes}
        />
      </div>
      <ChartTable
        title={t('explore.curves.lossTitle', { row: rowNo, y: fmt(row.y) })}
        columns={[
          xLabel,
          ...cs.flatMap((c) => [`ℓ ${short(c.id)}`, ...(c.grad ? [`ℓ′ ${short(c.id)}`] : [])]),
        ]}
        count={xs.length}
        row={(i) => [xs[i], ...cs.flatMap((c) => [c.loss[i], ...(c.grad ? [c.grad[i]] : [])])]}
        testId="curves-table"
      />
      <p className="ex-hint">{t('explore.curves.dragHint')}</p>
      <CurvesLegend k={k} points={pts} x={row.yHat} />
      <p className="ex-note" data-testid="grad-note">
        {t('explore.curves.gradNote', { n: rows.length })}
      </p>
      {noGrad.map((id) => (
        <p key={id} className="ex-hint">
          {t('explore.curves.noGrad', { name: defs.get(id)?.short ?? id })}
        </p>
      ))}
    </div>
  );
}

/** The loss and gradient curves as chart series, with their y domains: once per computed curves. */
function useCurveSeries(cs: Curve[] | null | undefined, k: ScalarKey, defs: Map<LossId, LossDef>) {
  return useMemo(() => {
    const short = (id: LossId) => defs.get(id)?.short ?? id;
    const lossSeries: LineSeries[] = (cs ?? []).map((c) => ({
      id: c.id,
      label: short(c.id),
      y: c.loss,
      ...styleOf(k, c.id),
    }));
    const gradSeries: LineSeries[] = (cs ?? [])
      .filter((c) => c.grad)
      .map((c) => ({ id: c.id, label: short(c.id), y: c.grad!, ...styleOf(k, c.id) }));
    return {
      lossSeries,
      gradSeries,
      lossY: curveYDomain(lossSeries.map((c) => c.y)),
      gradY: curveYDomain(gradSeries.map((c) => c.y)),
    };
  }, [cs, k, defs]);
}

/** One chart of the pair under its heading. */
function CurveBox({ title, ...chart }: { title: string } & LineChartProps) {
  return (
    <div className="ex-chart-box">
      <h3 className="ex-h3">{title}</h3>
      <LineChart {...chart} />
    </div>
  );
}

/** Each loss at the marker's ŷ: its name, ℓ and ℓ′ (— where it has no gradient). */
function CurvesLegend({ k, points, x }: { k: ScalarKey; points: PointValue[]; x: number }) {
  const { t } = useTranslation();
  return (
    <table className="ex-legend" data-testid="legend">
      <caption className="visually-hidden">{t('explore.curves.legend')}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t('explore.curves.legend')}</span>
          </th>
          <th scope="col">{`ℓ ${t('explore.curves.at', { x: fmt(x) })}`}</th>
          <th scope="col">ℓ′</th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.id} data-loss={p.id}>
            <th scope="row">
              <Swatch {...styleOf(k, p.id)} /> {t(`losses.${p.id}.name`)}
            </th>
            <td className="ex-num" title={fmtLong(p.loss)}>
              {fmt(p.loss)}
            </td>
            <td className="ex-num" title={p.grad === null ? '' : fmtLong(p.grad)}>
              {p.grad === null ? '—' : fmt(p.grad)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
