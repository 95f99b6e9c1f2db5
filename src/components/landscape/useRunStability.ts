// The landscape problem of a Train run and the stability of its optimizer at the step shown,
// computed ONCE per Train tab: the learning-rate slider's mark and the landscape's note both read
// this result (a curvature is several tfjs gradient reads; it must not run twice).
import { useMemo } from 'react';
import type { TrainRequest } from '../../math';
import { isQuadratic, useStability, type StabilityInfo } from './useStability';
import type { LandscapeProblem } from './useSurface';

/** The fields of a trainPath request that define its loss surface. */
export function useRunProblem(req: Omit<TrainRequest, 'signal'> | null): LandscapeProblem | null {
  return useMemo(
    () =>
      req
        ? {
            model: req.model,
            x: req.x,
            y: req.y,
            loss: req.loss,
            params: req.params,
            regularization: req.regularization,
          }
        : null,
    [req],
  );
}

export function useRunStability(
  run: {
    plan: { request: Omit<TrainRequest, 'signal'> };
    path: { w: number[]; b: number[] };
  } | null,
  step: number,
): StabilityInfo {
  const req = run?.plan.request ?? null;
  const problem = useRunProblem(req);
  const at = stabilityPoint(problem, run?.path ?? null, step);
  const w = at?.w ?? NaN;
  const b = at?.b ?? NaN;
  const point = useMemo(() => (Number.isFinite(w) && Number.isFinite(b) ? { w, b } : null), [w, b]);
  return useStability(problem, point, req?.optimizer ?? null);
}

/**
 * Where the Hessian is read: at the state shown, except for a quadratic loss, whose Hessian is
 * the same everywhere: there at the run's start, so the slider, the note and the divergence
 * message show one number from a fresh load to the end of the run (float32 central differences
 * at another point would differ in the 4th digit).
 */
export function stabilityPoint(
  problem: LandscapeProblem | null,
  path: { w: number[]; b: number[] } | null,
  step: number,
): { w: number; b: number } | null {
  if (!path || path.w.length === 0) return null;
  const k = isQuadratic(problem) ? 0 : Math.max(0, Math.min(step, path.w.length - 1));
  return { w: path.w[k], b: path.b[k] };
}
