// The MLP's loss landscape, which lives in 4h + 1 dimensions: a 2-D slice through the current
// weights along two seeded filter-normalised random directions (Li et al., 2018), drawn by the
// shared SurfaceHeatmap with α as its first axis and β as its second, the optimizer's path
// projected on the slice's plane; and the 1-D interpolation of the loss from the start weights
// to the current ones (Goodfellow et al., 2015). Each view is recomputed for the replayed step
// at most once per frame (the latest step wins).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MlpProblem } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { fmt } from '../charts/format';
import { LineChart } from '../charts/LineChart';
import { PALETTE } from '../charts/palette';
import { useSize } from '../charts/useSize';
import { NumberField } from '../controls/NumberField';
import { useFrameLatest } from '../train/useFrameLatest';
import { SurfaceHeatmap, useSurfaceLabels } from './SurfaceHeatmap';
import { gridMinimum, type Grid } from './surfaceGeometry';
import './landscape.css';

export interface MlpLandscapeProps {
  math: MathBackend;
  /** The training problem (train points, loss, network, penalty) the run descended. */
  problem: MlpProblem;
  /** θ at every state of the run. */
  thetas: Float32Array[];
  step: number;
  dirSeed: number;
  onDirSeed(seed: number): void;
}

const G = 41;
const RANGES = [0.25, 0.5, 1, 2] as const;
const noop = () => undefined;
const LABELS = [
  'train.mlp.alpha',
  'train.mlp.beta',
  'train.lossChart.loss',
  'train.mlp.sliceMin',
] as const;

interface SliceView {
  grid: Grid;
  alpha: number[];
  beta: number[];
  centre: number;
}

/** The slice through θ at the step shown and the interpolation from the start to it. */
function useMlpViews(
  math: MathBackend,
  problem: MlpProblem,
  thetas: Float32Array[],
  step: number,
  dirSeed: number,
  range: number,
) {
  const centre = thetas[Math.min(step, thetas.length - 1)];
  const sliceReq = useMemo(
    () => (centre ? { problem, thetas, centre, seed: dirSeed, range } : null),
    [problem, thetas, centre, dirSeed, range],
  );
  const slice = useFrameLatest(sliceReq, async (r): Promise<SliceView> => {
    const s = await math.mlpSlice({
      ...r.problem,
      center: r.centre,
      seed: r.seed,
      range: r.range,
      g: G,
    });
    const proj = math.projectOnSlice(r.centre, s.d1, s.d2, r.thetas);
    return {
      grid: { w: s.alpha, b: s.beta, values: s.values },
      alpha: proj.map((p) => p[0]),
      beta: proj.map((p) => p[1]),
      centre: s.values[((G - 1) / 2) * G + (G - 1) / 2],
    };
  });
  const interpReq = useMemo(
    () => (centre ? { problem, from: thetas[0], to: centre } : null),
    [problem, thetas, centre],
  );
  const interp = useFrameLatest(interpReq, (r) =>
    math.mlpInterpolation({ ...r.problem, from: r.from, to: r.to, n: 61 }),
  );
  return { view: slice?.value ?? null, shownSeed: slice?.input.seed, interp: interp?.value };
}

export function MlpLandscape({
  math,
  problem,
  thetas,
  step,
  dirSeed,
  onDirSeed,
}: MlpLandscapeProps) {
  const { t } = useTranslation();
  const [range, setRange] = useState<number>(1);
  const [box, size] = useSize<HTMLDivElement>({ width: 520, height: 420 });
  const { view, shownSeed, interp } = useMlpViews(math, problem, thetas, step, dirSeed, range);
  const min = useMemo(() => (view ? gridMinimum(view.grid) : null), [view]);
  // A fingerprint of the slice's values (for tests: other directions, other values).
  const sum = useMemo(
    () =>
      view ? view.grid.values.reduce((acc, v) => (Number.isFinite(v) ? acc + v : acc), 0) : NaN,
    [view],
  );
  const base = useMemo(
    () => ({ w: [-range, range] as [number, number], b: [-range, range] as [number, number] }),
    [range],
  );
  const paths = useMemo(
    () =>
      view
        ? [
            {
              id: 'mlp',
              label: t('train.mlp.path'),
              color: PALETTE[1],
              w: view.alpha,
              b: view.beta,
            },
          ]
        : [],
    [view, t],
  );
  const n = problem.mlp.hidden * 4 + 1;
  const summary = view
    ? t('train.mlp.sliceSummary', {
        seed: shownSeed ?? dirSeed,
        centre: fmt(view.centre),
        min: min ? fmt(min.value) : '–',
        step,
      })
    : t('train.mlp.sliceLoading');
  const axes = useSurfaceLabels(LABELS);
  const labels = useMemo(() => ({ ...axes, summary }), [axes, summary]);
  const width = Math.min(560, Math.max(260, size.width));
  const height = Math.round(Math.min(440, width * 0.85));

  return (
    <section
      className="mlp-landscape"
      aria-labelledby="mlp-landscape-h"
      data-testid="mlp-landscape"
    >
      <h3 id="mlp-landscape-h">{t('train.mlp.landscapeTitle')}</h3>
      <p className="train-note" role="note" data-testid="slice-note">
        {t('train.mlp.sliceNote', { n })}
      </p>
      <div className="mlp-landscape-grid">
        <figure className="mlp-slice" ref={box}>
          <figcaption>
            <span className="figure-title">{t('train.mlp.sliceTitle')}</span>
          </figcaption>
          <SliceControls dirSeed={dirSeed} onDirSeed={onDirSeed} range={range} onRange={setRange} />
          <div
            className="mlp-slice-plot chart"
            data-testid="mlp-slice"
            data-seed={shownSeed ?? ''}
            data-centre={view ? view.centre : ''}
            data-min={min ? min.value : ''}
            data-sum={view ? sum : ''}
          >
            <SurfaceHeatmap
              key={`${range}`}
              grid={view?.grid ?? null}
              base={base}
              paths={paths}
              step={step}
              width={width}
              height={height}
              labels={labels}
              symbols={{ w: 'α', b: 'β' }}
              onView={noop}
            />
          </div>
          <p className="hint">{summary}</p>
        </figure>
        <InterpFigure interp={interp ?? null} step={step} />
      </div>
    </section>
  );
}

/** The slice's directions (seed, new ones) and its range. */
function SliceControls({
  dirSeed,
  onDirSeed,
  range,
  onRange,
}: {
  dirSeed: number;
  onDirSeed(seed: number): void;
  range: number;
  onRange(r: number): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="mlp-slice-controls">
      <NumberField
        label={t('train.mlp.dirSeed')}
        value={dirSeed}
        min={0}
        max={2 ** 31 - 1}
        integer
        onCommit={onDirSeed}
        testId="dir-seed"
      />
      <button type="button" className="button" onClick={() => onDirSeed(dirSeed + 1)}>
        {t('train.mlp.newDirections')}
      </button>
      <label className="field">
        <span className="field-label">{t('train.mlp.range')}</span>
        <select
          value={range}
          onChange={(e) => onRange(Number(e.target.value))}
          data-testid="slice-range"
        >
          {RANGES.map((r) => (
            <option key={r} value={r}>
              ±{r}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}

/** The loss along the straight line from the start weights (t = 0) to the current ones (t = 1). */
function InterpFigure({
  interp,
  step,
}: {
  interp: { t: number[]; loss: Float32Array } | null;
  step: number;
}) {
  const { t } = useTranslation();
  const interpLoss = interp?.loss;
  const interpT = interp?.t;
  const atT = (x: number) => {
    if (!interpT || !interpLoss) return NaN;
    const k = interpT.findIndex((v) => Math.abs(v - x) < 1e-9);
    return k >= 0 ? interpLoss[k] : NaN;
  };
  return (
    <figure className="mlp-interp">
      <figcaption>
        <span className="figure-title">{t('train.mlp.interpTitle')}</span>
      </figcaption>
      <LineChart
        testId="mlp-interp"
        label={t('train.mlp.interpSummary', {
          start: fmt(atT(0)),
          now: fmt(atT(1)),
          step,
        })}
        x={interpT ?? []}
        xDomain={[-0.25, 1.25]}
        series={
          interpLoss
            ? [
                {
                  id: 'interp',
                  label: t('train.lossChart.loss'),
                  y: interpLoss,
                  color: PALETTE[0],
                  dash: '',
                },
              ]
            : []
        }
        dots={
          interpLoss
            ? [
                { x: 0, y: atT(0), color: PALETTE[2], label: t('train.mlp.start') },
                { x: 1, y: atT(1), color: PALETTE[1], label: t('train.mlp.now') },
              ].filter((d) => Number.isFinite(d.y))
            : []
        }
        xLabel={t('train.mlp.interpX')}
        yLabel={t('train.lossChart.loss')}
        height={260}
      />
      <p className="hint">{t('train.mlp.interpHelp')}</p>
    </figure>
  );
}
