// Cross-entropy and focal loss against the predicted probability p, for y = 1 and y = 0; the
// focal γ and α come from the parameters beside it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { Params } from '../../state/explore/model';
import { fmt, fmtLong } from '../charts/format';
import { LineChart, type LineSeries } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';
import { grid } from './compute';
import { Swatch } from './LossPicker';
import { attempt, useLastValid } from './useExplore';

const CURVES: { id: LossId; y: 0 | 1; key: 'ce1' | 'ce0' | 'f1' | 'f0' }[] = [
  { id: 'bce', y: 1, key: 'ce1' },
  { id: 'bce', y: 0, key: 'ce0' },
  { id: 'focal', y: 1, key: 'f1' },
  { id: 'focal', y: 0, key: 'f0' },
];
const X_DOMAIN: [number, number] = [0, 1];
const Y_DOMAIN: [number, number] = [0, 5];

export function ProbabilityView({ math, params }: { math: MathBackend; params: Params }) {
  const { t } = useTranslation();
  const ps = useMemo(() => grid(0, 1), []);
  const result = useMemo(
    () =>
      attempt(() => CURVES.map((c) => math.lossCurve(c.id, c.y, ps, params, { grad: false }).loss)),
    [math, ps, params],
  );
  const { value } = useLastValid(result);
  const series: LineSeries[] = (value ?? []).map((y, i) => ({
    id: CURVES[i].key,
    label: t(`explore.probability.${CURVES[i].key}`),
    y,
    color: colorAt(i < 2 ? 0 : 1),
    dash: dashAt(i % 2 === 0 ? 0 : 2),
  }));
  const tip = (p: number) => {
    const r = attempt(() =>
      math
        .lossPerPoint(
          CURVES.map((c) => ({ loss: c.id, y: [c.y], yHat: [p] })),
          params,
        )
        .map((o) => o.perPoint[0]),
    );
    if (!r.ok) return null;
    return {
      title: `p = ${fmtLong(p)}`,
      rows: r.value.map((v, i) => ({
        label: series[i]?.label ?? '',
        value: fmtLong(v),
        color: series[i]?.color,
      })),
    };
  };
  return (
    <div data-testid="probability-view">
      <h3 className="ex-h3">{t('explore.probability.title')}</h3>
      <LineChart
        testId="probability-chart"
        label={t('explore.probability.summary', { g: fmt(params.gamma), a: fmt(params.alpha) })}
        x={ps}
        xDomain={X_DOMAIN}
        yDomain={Y_DOMAIN}
        series={series}
        xLabel={t('explore.probability.xLabel')}
        yLabel={t('explore.probability.yLabel')}
        height={300}
        tooltip={tip}
      />
      <ul className="ex-inline-legend">
        {series.map((s) => (
          <li key={s.id}>
            <Swatch color={s.color} dash={s.dash} /> {s.label}
          </li>
        ))}
      </ul>
      <p className="ex-note">{t('explore.probability.note')}</p>
    </div>
  );
}
