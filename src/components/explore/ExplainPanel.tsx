// Beside the chosen loss: its metadata text in the current language, and the likelihood it
// assumes — the residual histogram with the implied noise density (Gaussian for MSE, Laplace
// for MAE, exp(−ℓ/s) otherwise), or each row's Bernoulli likelihood for cross-entropy.
import { bin } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossDef } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { Params, Row, TaskKey } from '../../state/explore/model';
import { Axis } from '../charts/Axis';
import { fmt } from '../charts/format';
import { useSize } from '../charts/useSize';
import { grid } from './compute';
import { attempt } from './useExplore';

export interface ExplainPanelProps {
  math: MathBackend;
  k: TaskKey;
  def: LossDef;
  title: string;
  /** Scalar rows, or none (multi-class). */
  rows: Row[];
  mean: number;
  perRow: number[];
  params: Params;
}

const ABOUT = ['measures', 'use', 'avoid', 'range', 'gradient'] as const;
const M = { top: 10, right: 12, bottom: 40, left: 50 };

/** A row number, or nothing between rows. */
const rowTick = (v: number) => (Number.isInteger(v) ? fmt(v) : '');

function Bars(props: {
  label: string;
  bars: { x0: number; x1: number; h: number }[];
  curve?: { x: number[]; y: number[] };
  xDomain: [number, number];
  xLabel: string;
  yLabel: string;
  /** Rows on the x axis: whole-number ticks, and bars no wider than 48 px (one row filled the plot). */
  rowAxis?: boolean;
}) {
  const [ref, size] = useSize<HTMLDivElement>({ width: 360, height: 200 });
  const w = Math.max(120, size.width - M.left - M.right);
  const h = 200 - M.top - M.bottom;
  const x = useMemo(() => scaleLinear().domain(props.xDomain).range([0, w]), [props.xDomain, w]);
  const top = Math.max(
    ...props.bars.map((b) => b.h),
    ...(props.curve?.y.filter(Number.isFinite) ?? [0]),
    1e-9,
  );
  const y = useMemo(() => scaleLinear().domain([0, top]).range([h, 0]).nice(), [top, h]);
  const d = props.curve
    ? line<number>()
        .defined((i) => Number.isFinite(props.curve!.y[i]))
        .x((i) => x(props.curve!.x[i]))
        .y((i) => y(props.curve!.y[i]))(props.curve.x.map((_, i) => i))
    : null;
  return (
    <div className="chart" ref={ref} role="figure" aria-label={props.label} data-export="">
      <svg width={w + M.left + M.right} height={200}>
        <g transform={`translate(${M.left},${M.top})`}>
          <Axis
            scale={x}
            orient="bottom"
            at={[0, h]}
            ticks={props.rowAxis ? Math.min(5, props.bars.length) : 5}
            tickFormat={props.rowAxis ? rowTick : fmt}
            label={props.xLabel}
          />
          <Axis scale={y} orient="left" ticks={4} tickFormat={fmt} label={props.yLabel} />
          {props.bars.map((b, i) => {
            const full = Math.max(1, x(b.x1) - x(b.x0) - 2);
            const bw = props.rowAxis ? Math.min(48, full) : full;
            return (
              <rect
                key={i}
                className="ex-hist-bar"
                x={x(b.x0) + 1 + (full - bw) / 2}
                width={bw}
                y={y(b.h)}
                height={h - y(b.h)}
              />
            );
          })}
          {d && <path className="curve" d={d} stroke="var(--accent)" />}
        </g>
      </svg>
    </div>
  );
}

/**
 * The residual histogram with the implied density exp(−ℓ(e)/s) normalised, s = 2L for MSE
 * (σ² = L) and s = L otherwise. The 241-point curve is one values-only lossCurve call per change
 * of the loss, its parameters or the range (not per render).
 */
function Residuals({
  math,
  def,
  rows,
  mean,
  params,
}: Pick<ExplainPanelProps, 'math' | 'def' | 'rows' | 'mean' | 'params'>) {
  const { t } = useTranslation();
  const es = rows.map((r) => r.yHat - r.y);
  const ext = Math.max(1, ...es.map(Math.abs)) * 1.15;
  const xDomain: [number, number] = [-ext, ext];
  const bins = bin()
    .domain(xDomain)
    .thresholds(Math.min(20, Math.max(5, Math.ceil(Math.sqrt(es.length) * 2))))(es);
  const bars = bins.map((b) => ({
    x0: b.x0 ?? 0,
    x1: b.x1 ?? 0,
    h: b.length / (es.length * ((b.x1 ?? 0) - (b.x0 ?? 0) || 1)),
  }));
  const shiftInvariant = def.id !== 'poisson';
  const s = def.id === 'mse' ? 2 * mean : mean;
  const xs = useMemo(() => grid(-ext, ext, 241), [ext]);
  const ls = useMemo(
    () =>
      shiftInvariant
        ? attempt(() => math.lossCurve(def.id, 0, xs, params, { grad: false }).loss)
        : null,
    [math, def.id, xs, params, shiftInvariant],
  );
  const curve = useMemo(() => {
    if (!ls?.ok || !(s > 0)) return undefined;
    const un = Array.from(ls.value, (l) => Math.exp(-l / s));
    const dx = xs[1] - xs[0];
    const z = un.reduce((a, b) => a + b, 0) * dx;
    return { x: xs, y: un.map((u) => u / z) };
  }, [ls, s, xs]);
  const text =
    def.id === 'mse'
      ? 'gaussian'
      : def.id === 'mae'
        ? 'laplace'
        : shiftInvariant
          ? 'generic'
          : null;
  return (
    <>
      {text && <p className="ex-note">{t(`explore.explain.${text}`, { s: fmt(mean) })}</p>}
      <Bars
        label={t('explore.explain.summary', { n: es.length })}
        bars={bars}
        curve={curve}
        xDomain={xDomain}
        xLabel={t('explore.explain.residuals')}
        yLabel={t('explore.explain.density')}
      />
    </>
  );
}

function Likelihood({
  math,
  k,
  def,
  rows,
  mean,
  perRow,
  params,
}: Omit<ExplainPanelProps, 'title'>) {
  const { t } = useTranslation();
  if (k === 'regression')
    return <Residuals math={math} def={def} rows={rows} mean={mean} params={params} />;
  if (def.id === 'bce' || def.id === 'bce_logits') {
    // exp(−ℓᵢ) is the likelihood of row i's own label under Bernoulli(p).
    const lik = perRow.map((l) => Math.exp(-l));
    return (
      <>
        <p className="ex-note">{t('explore.explain.bernoulli')}</p>
        <Bars
          label={t('explore.explain.summaryBars', { values: lik.map((v) => fmt(v)).join(', ') })}
          bars={lik.map((v, i) => ({ x0: i + 0.5, x1: i + 1.5, h: v }))}
          xDomain={[0.5, lik.length + 0.5]}
          xLabel="#"
          yLabel={t('explore.explain.rowLik')}
          rowAxis
        />
      </>
    );
  }
  if (k === 'multiclass') return <p className="ex-note">{t('explore.explain.categorical')}</p>;
  return <p className="ex-note">{t('explore.explain.marginLik')}</p>;
}

export function ExplainPanel(props: ExplainPanelProps) {
  const { t } = useTranslation();
  return (
    <section
      className="ex-card ex-explain"
      aria-labelledby="ex-explain-title"
      data-testid="explain"
    >
      <h2 id="ex-explain-title" className="ex-h2">
        {t('explore.explain.title', { name: props.title })}
      </h2>
      <div className="ex-explain-grid">
        <dl className="ex-about">
          {ABOUT.map((key) => (
            <div key={key}>
              <dt>{t(`explore.explain.${key}`)}</dt>
              <dd>{t(`losses.${props.def.id}.${key}`)}</dd>
            </div>
          ))}
        </dl>
        <div>
          <h3 className="ex-h3">{t('explore.explain.likelihood')}</h3>
          <Likelihood {...props} />
        </div>
      </div>
    </section>
  );
}
