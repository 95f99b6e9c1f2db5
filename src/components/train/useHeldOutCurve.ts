// The held-out loss at every step of the path, in one batched pathLoss call (the same loss
// expression and penalty as trainPath, so it is comparable with the training loss), computed
// off the input path; a newer run drops the result of an older one.
import { useEffect, useMemo, useState } from 'react';
import type { MathBackend } from '../../state/backendLoader';
import type { ViewInput } from './modelView';
import type { TrainRun } from './useTrainRun';

type HeldData = Pick<ViewInput, 'model' | 'loss' | 'params'> & { x: number[]; y: number[] };

export interface Curve {
  epochs: number[];
  loss: number[];
}

export function useHeldOutCurve(
  math: MathBackend | null,
  run: TrainRun | null,
  view: ViewInput | null,
): Curve | null {
  const [curve, setCurve] = useState<{ run: TrainRun; curve: Curve } | null>(null);
  // Keyed by the held-out points' values, not the view's identity: dragging a training point
  // makes a new view on every move, and must not recompute this curve on every move.
  const key = useMemo(
    () =>
      view && view.heldIdx.length > 0
        ? JSON.stringify({
            model: view.model,
            loss: view.loss,
            params: view.params,
            x: view.heldIdx.map((i) => view.points[i].x),
            y: view.heldIdx.map((i) => view.points[i].y),
          })
        : '',
    [view],
  );
  const held = useMemo(() => (key ? (JSON.parse(key) as HeldData) : null), [key]);
  useEffect(() => {
    if (!math || !run || !held) return;
    let cancelled = false;
    const { w, b } = run.path;
    const req = run.plan.request;
    math
      .pathLoss({
        ...held,
        ...(req.regularization ? { regularization: req.regularization } : {}),
        w,
        b,
      })
      .then((loss) => {
        if (cancelled) return;
        const epochs = Array.from(loss, (_, i) => i / run.plan.stepsPerEpoch);
        setCurve({ run, curve: { epochs, loss: Array.from(loss) } });
      })
      .catch(() => undefined); // a diverged path can leave the finite range: no curve
    return () => {
      cancelled = true;
    };
  }, [math, run, held]);
  return curve && curve.run === run ? curve.curve : null;
}
