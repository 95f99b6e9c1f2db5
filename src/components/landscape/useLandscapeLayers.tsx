// The teaching layers of the (w, b) heatmap: regularisation geometry when a penalty is on, and
// the current mini-batch's surface when training on mini-batches. Each needs one more surface
// (data loss without the penalty; the batch's loss), computed by the surface engine on its own
// channel, off the input path like the main one.
import type { ScaleLinear } from 'd3-scale';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { useMath } from '../../state/useMath';
import { BatchLayer } from './BatchLayer';
import { hasPenalty } from './regGeometry';
import { RegLayer } from './RegLayer';
import type { Window } from './surfaceGeometry';
import { useSurface, type LandscapeProblem } from './useSurface';

/** The mini-batch schedule of the run (trainPath's batchSize and seed). */
export interface BatchSpec {
  size: number;
  seed: number;
}

/** The batch surface's grid: coarser than the main one, as it changes at every step. */
const BATCH_G = 64;

export function useLandscapeLayers(
  problem: LandscapeProblem | null,
  view: Window | null,
  g: number,
  /** draw: the 2-D heatmap is shown (the layers are drawn on it only). */
  opts: { draw: boolean; batch: BatchSpec | null; step: number },
): {
  layers?: (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => ReactNode;
  showMinimum: boolean;
  notes: ReactNode;
} {
  const { t } = useTranslation();
  const math = useMath();
  const reg = problem?.regularization;
  const penalised = hasPenalty(reg);
  const regOn = opts.draw && penalised;
  const dataProblem = useMemo(
    () => (regOn && problem ? { ...problem, regularization: undefined } : null),
    [regOn, problem],
  );
  const data = useSurface(dataProblem, view, g, 'data').grid;

  const m = problem?.x.length ?? 0;
  const { batch, step } = opts;
  const key = useMemo(() => {
    if (!opts.draw || !math || !batch || batch.size >= m) return null;
    try {
      return math.batchAt(m, batch.size, batch.seed, step).join(',');
    } catch {
      return null;
    }
  }, [opts.draw, math, batch, m, step]);
  const batchProblem = useMemo(() => {
    if (!problem || key === null) return null;
    const idx = key.split(',').map(Number);
    return { ...problem, x: idx.map((i) => problem.x[i]), y: idx.map((i) => problem.y[i]) };
  }, [problem, key]);
  const batchGrid = useSurface(batchProblem, view, BATCH_G, 'batch').grid;
  const batchOn = batchProblem !== null && batchGrid !== null;

  const penalty = [
    (reg?.l2 ?? 0) > 0 ? `${fmt(reg!.l2!)}·w²` : '',
    (reg?.l1 ?? 0) > 0 ? `${fmt(reg!.l1!)}·|w|` : '',
  ]
    .filter(Boolean)
    .join(' + ');
  // Memoised, as the notes below: a drag frame re-renders the view, not its layers.
  const regLabels = useMemo(
    () => ({
      dataMin: t('landscape.reg.dataMin'),
      regMin: t('landscape.reg.regMin', { penalty }),
      trajectory: t('landscape.reg.trajectory'),
      penaltyLine: t('landscape.reg.penaltyLine'),
    }),
    [t, penalty],
  );
  const layers = useMemo(
    () =>
      (regOn && data) || batchOn
        ? (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => (
            <>
              {regOn && data && reg && (
                <RegLayer data={data} reg={reg} x={x} y={y} labels={regLabels} />
              )}
              {batchOn && (
                <BatchLayer grid={batchGrid} x={x} y={y} minLabel={t('landscape.batch.min')} />
              )}
            </>
          )
        : undefined,
    [regOn, data, reg, batchOn, batchGrid, regLabels, t],
  );
  const hasProblem = problem !== null;
  const batchN = batchProblem?.x.length ?? null;
  const notes = useMemo(
    () =>
      hasProblem ? (
        <div className="landscape-notes">
          <p className="landscape-surface-label" data-testid="surface-label">
            {penalised
              ? t('landscape.reg.surfaceWith', { penalty })
              : t('landscape.reg.surfaceWithout')}
          </p>
          {regOn && data && (
            <ul className="landscape-keys" data-testid="reg-keys">
              <li>
                <KeyGlyph kind="data-min" /> {regLabels.dataMin}
              </li>
              <li>
                <KeyGlyph kind="reg-min" /> {regLabels.regMin}
              </li>
              <li>
                <KeyGlyph kind="reg-trajectory" /> {regLabels.trajectory}
              </li>
              <li>
                <KeyGlyph kind="penalty-line" /> {regLabels.penaltyLine}
              </li>
              <li>
                <KeyGlyph kind="touching-contour" /> {t('landscape.reg.touching')}
              </li>
            </ul>
          )}
          {batchN !== null && (
            <p data-testid="batch-note">
              <KeyGlyph kind="batch-contour" /> {t('landscape.batch.note', { n: batchN, m, step })}
            </p>
          )}
        </div>
      ) : null,
    [hasProblem, penalised, penalty, regOn, data, regLabels, batchN, m, step, t],
  );
  return { layers, showMinimum: !(regOn && data), notes };
}

/** A legend glyph: the layer's own mark on a dark tile, as it looks on the heatmap. */
function KeyGlyph({ kind }: { kind: string }) {
  return (
    <svg className="landscape-key" width={22} height={16} aria-hidden="true">
      <rect width={22} height={16} rx={2} />
      {kind === 'data-min' && <circle className="data-min-mark" cx={11} cy={8} r={5} />}
      {kind === 'reg-min' && <path className="reg-min-mark" d="M11,2L17,8L11,14L5,8Z" />}
      {kind === 'batch-contour' || kind === 'touching-contour' || kind === 'reg-trajectory' ? (
        <path className={kind} d="M2,12Q11,0 20,12" />
      ) : null}
      {kind === 'penalty-line' && (
        <>
          <line className="penalty-line strong" x1={7} x2={7} y1={1} y2={15} />
          <line className="penalty-line strong" x1={15} x2={15} y1={1} y2={15} />
        </>
      )}
    </svg>
  );
}
