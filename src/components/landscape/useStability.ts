// The curvature readout for "why a learning rate diverges": the Hessian at a point (exact for
// quadratic losses), λ_max, κ, and the stability limit of the optimizer, or why there is none.
import { useEffect, useMemo, useState } from 'react';
import type { Curvature, OptimizerSpec } from '../../math';
import { useMath } from '../../state/useMath';
import type { LandscapeProblem } from './useSurface';

export type StabilityInfo =
  | {
      kind: 'limit';
      curvature: Curvature;
      limit: number;
      optimizer: 'sgd' | 'momentum';
      beta?: number;
    }
  | { kind: 'na'; reason: 'adaptive' | 'piecewise' | 'concave'; curvature: Curvature | null }
  | { kind: 'none' };

/**
 * True when the loss is quadratic in (w, b) (MSE on the linear model, an L2 penalty at most): its
 * Hessian is the same everywhere, so it is read at one point (the run's start) and the "exact"
 * eigenvalues and limit do not drift with the float32 rounding of the point shown.
 */
export function isQuadratic(problem: LandscapeProblem | null): boolean {
  return (
    !!problem &&
    problem.model === 'linear' &&
    problem.loss === 'mse' &&
    !((problem.regularization?.l1 ?? 0) > 0)
  );
}

export function useStability(
  problem: LandscapeProblem | null,
  at: { w: number; b: number } | null,
  optimizer: Pick<OptimizerSpec, 'name' | 'momentum'> | null,
): StabilityInfo {
  const math = useMath();
  // The point settles 250 ms after it stops moving: during playback it moves every frame, and a
  // Hessian per frame (several tfjs gradient reads) would slow the replay for nothing.
  const [settled, setSettled] = useState(at);
  const moved = at?.w !== settled?.w || at?.b !== settled?.b;
  useEffect(() => {
    if (!moved) return;
    const id = setTimeout(() => setSettled(at), 250);
    return () => clearTimeout(id);
  }, [at, moved]);
  return useMemo(() => {
    const p = settled;
    if (!math || !problem || !p || !optimizer || !Number.isFinite(p.w) || !Number.isFinite(p.b))
      return { kind: 'none' };
    let c: Curvature;
    try {
      c = math.curvature({ ...problem, at: p });
    } catch {
      return { kind: 'none' };
    }
    if (c.notApplicable === 'piecewise-linear')
      return { kind: 'na', reason: 'piecewise', curvature: c };
    if (optimizer.name !== 'sgd' && optimizer.name !== 'momentum')
      return { kind: 'na', reason: 'adaptive', curvature: c };
    const limit = math.stabilityLimit(c.lambdaMax, optimizer);
    if (limit === null) return { kind: 'na', reason: 'concave', curvature: c };
    return {
      kind: 'limit',
      curvature: c,
      limit,
      optimizer: optimizer.name,
      beta: optimizer.name === 'momentum' ? (optimizer.momentum ?? 0.9) : undefined,
    };
  }, [math, problem, settled, optimizer]);
}
