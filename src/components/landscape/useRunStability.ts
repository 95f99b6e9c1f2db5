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
  const path = run?.path;
  // A quadratic loss has one Hessian: read it at the start, not at the step shown (the slider,
  // the note and the divergence message then show one number from a fresh load to the end).
  const k = path ? (isQuadratic(problem) ? 0 : Math.min(step, path.w.length - 1)) : -1;
  const w = path && k >= 0 ? path.w[k] : NaN;
  const b = path && k >= 0 ? path.b[k] : NaN;
  const at = useMemo(() => (Number.isFinite(w) && Number.isFinite(b) ? { w, b } : null), [w, b]);
  return useStability(problem, at, req?.optimizer ?? null);
}
