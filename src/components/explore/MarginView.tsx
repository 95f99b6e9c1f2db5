// The classic figure: surrogate losses against the margin m = y·f, with the logistic loss in
// bits (÷ ln 2) so every surrogate passes through (0, 1) and bounds the 0-1 loss; the rows as
// dots on the margin axis.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { marginOf, type Row, type ScalarKey } from '../../state/explore/model';
import { fmt, fmtLong } from '../charts/format';
import { LineChart, type LineSeries } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';
import { grid } from './compute';
import { Segmented } from './Segmented';
import { Swatch } from './LossPicker';
import { attempt, useExplore, useExploreActions, useLastValid } from './useExplore';

const IDS: LossId[] = ['zero_one', 'hinge', 'squared_hinge', 'bce_logits', 'exponential'];
const X_DOMAIN: [number, number] = [-3, 3];
const Y_DOMAIN: [number, number] = [0, 4];

export function MarginView({ math, k, rows }: { math: MathBackend; k: ScalarKey; rows: Row[] }) {
  const { t } = useTranslation();
  const unit = useExplore().marginUnit;
  const a = useExploreActions();
  const ms = useMemo(() => grid(...X_DOMAIN), []);
  const scale = unit === 'bits' ? 1 / Math.LN2 : 1;
  const label = (id: LossId) =>
    id === 'bce_logits'
      ? t('explore.margin.logistic')
      : id === 'zero_one'
        ? t('explore.margin.zeroOne')
        : t(`losses.${id}.name`);
  const result = useMemo(
    () =>
      attempt(() =>
        IDS.map((id) => {
          const loss = math.lossCurve(id, 1, ms, undefined, { grad: false }).loss;
          return id === 'bce_logits' ? loss.map((v) => v * scale) : loss;
        }),
      ),
    [math, ms, scale],
  );
  const { value } = useLastValid(result);
  const series: LineSeries[] = (value ?? []).map((y, i) => ({
    id: IDS[i],
    label: label(IDS[i]),
    y,
    color: colorAt(i),
    dash: dashAt(i),
  }));
  const margins = rows.map((r) => marginOf(k, r));
  const tip = (m: number) => {
    const r = attempt(() =>
      math
        .lossPerPoint(IDS.map((id) => ({ loss: id, y: [1], yHat: [m] })))
        .map((o) => o.perPoint[0]),
    );
    if (!r.ok) return null;
    return {
      title: `m = ${fmtLong(m)}`,
      rows: r.value.map((v, i) => ({
        label: label(IDS[i]),
        value: fmtLong(IDS[i] === 'bce_logits' ? v * scale : v),
        color: colorAt(i),
      })),
    };
  };
  return (
    <div data-testid="margin-view">
      <h3 className="ex-h3">{t('explore.margin.title')}</h3>
      <Segmented
        label={t('explore.margin.unit')}
        value={unit}
        options={(['bits', 'nats'] as const).map((v) => ({
          value: v,
          label: t(`explore.margin.${v}`),
        }))}
        onChange={a.setMarginUnit}
        testId="margin-unit"
      />
      <LineChart
        testId="margin-chart"
        label={t('explore.margin.summary', { ms: margins.map((m) => fmt(m)).join(', ') })}
        x={ms}
        xDomain={X_DOMAIN}
        yDomain={Y_DOMAIN}
        series={series}
        xLabel={t('explore.margin.xLabel')}
        yLabel={t('explore.margin.yLabel')}
        height={300}
        tooltip={tip}
        dots={margins.map((m, i) => ({
          x: Math.max(X_DOMAIN[0], Math.min(X_DOMAIN[1], m)),
          y: 0,
          color: 'var(--text)',
          hollow: m <= 0,
          label: `#${i + 1}: m = ${fmt(m)}`,
        }))}
      />
      <ul className="ex-inline-legend">
        {series.map((s) => (
          <li key={s.id}>
            <Swatch color={s.color} dash={s.dash} /> {s.label}
          </li>
        ))}
      </ul>
      <p className="ex-note">
        {t(unit === 'bits' ? 'explore.margin.noteBits' : 'explore.margin.noteNats')}
      </p>
      <p className="ex-hint">{t('explore.margin.rows')}</p>
    </div>
  );
}
