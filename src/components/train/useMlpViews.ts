// Derived views of an MLP run: the held-out loss and accuracy along the path (sampled, computed
// between frames), and at the replayed step the decision probability on a grid of inputs plus
// the held-out loss and accuracy (once per animation frame at most, the latest step wins).
import { useEffect, useMemo, useState } from 'react';
import type { MlpProblem } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import type { Domain } from './dataDomain';
import { accuracyOf, inputGrid } from './decisionGrid';
import { useFrameLatest } from './useFrameLatest';
import type { Curve } from './useHeldOutCurve';
import type { MlpRun } from './useTrainRun';

/** Grid points per side of the decision heatmap. */
export const HEAT_G = 48;
const SAMPLES = 100;

/** The held-out points as a problem of their own (same loss, network and penalty). */
export function heldProblem(run: MlpRun): MlpProblem | null {
  const { held, request } = run.plan;
  if (held.x.length === 0) return null;
  return {
    x: held.x,
    y: held.y,
    loss: request.loss,
    mlp: request.mlp,
    ...(request.regularization ? { regularization: request.regularization } : {}),
  };
}

/**
 * L(θ) on a problem. The math core has no per-θ MLP loss yet, so this reads the start of a
 * zero-length interpolation (from = to = θ): every point of it is L(θ).
 */
async function lossAtTheta(math: MathBackend, p: MlpProblem, theta: Float32Array) {
  const r = await math.mlpInterpolation({ ...p, from: theta, to: theta, n: 2 });
  return r.loss[0];
}

export function useMlpHeldCurves(
  math: MathBackend | null,
  run: MlpRun | null,
): { loss: Curve; accuracy: Curve } | null {
  const [out, setOut] = useState<{ run: MlpRun; loss: Curve; accuracy: Curve } | null>(null);
  useEffect(() => {
    const p = run ? heldProblem(run) : null;
    if (!math || !run || !p) return;
    let cancelled = false;
    const { theta } = run.path;
    const stride = Math.max(1, Math.ceil(theta.length / SAMPLES));
    const steps: number[] = [];
    for (let i = 0; i < theta.length; i += stride) steps.push(i);
    if (steps[steps.length - 1] !== theta.length - 1) steps.push(theta.length - 1);
    void (async () => {
      const loss: Curve = { epochs: [], loss: [] };
      const accuracy: Curve = { epochs: [], loss: [] };
      try {
        for (const k of steps) {
          if (cancelled) return;
          const prob = await math.mlpPredict(p.mlp, theta[k], p.x);
          const l = await lossAtTheta(math, p, theta[k]);
          const e = k / run.plan.stepsPerEpoch;
          loss.epochs.push(e);
          loss.loss.push(l);
          accuracy.epochs.push(e);
          accuracy.loss.push(accuracyOf(prob, p.y));
        }
      } catch {
        return; // a diverged path may leave the finite range
      }
      if (!cancelled) setOut({ run, loss, accuracy });
    })();
    return () => {
      cancelled = true;
    };
  }, [math, run]);
  return out && out.run === run ? { loss: out.loss, accuracy: out.accuracy } : null;
}

export interface MlpStepView {
  step: number;
  /** p on the HEAT_G² grid over `domain`. */
  heat: { domain: Domain; g: number; p: Float32Array };
  heldLoss: number;
  heldAccuracy: number;
}

export function useMlpStep(
  math: MathBackend | null,
  run: MlpRun | null,
  step: number,
  domain: Domain,
): MlpStepView | null {
  const grid = useMemo(() => inputGrid(domain, HEAT_G), [domain]);
  const req = useMemo(
    () =>
      math && run && run.path.theta[step]
        ? { run, step, domain, grid, theta: run.path.theta[step] }
        : null,
    [math, run, step, domain, grid],
  );
  const out = useFrameLatest(req, async (r): Promise<MlpStepView> => {
    const held = heldProblem(r.run);
    const pts = held ? [...r.grid.points, ...held.x] : r.grid.points;
    const p = await math!.mlpPredict(r.run.plan.request.mlp, r.theta, pts);
    const cells = HEAT_G * HEAT_G;
    return {
      step: r.step,
      heat: { domain: r.domain, g: HEAT_G, p: p.subarray(0, cells) },
      heldLoss: held ? await lossAtTheta(math!, held, r.theta) : NaN,
      heldAccuracy: held ? accuracyOf(p, held.y, cells) : NaN,
    };
  });
  return out && out.input.run === run ? out.value : null;
}
