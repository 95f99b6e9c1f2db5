// The held-out loss along the path, at up to 200 evenly spaced steps, computed in slices between
// frames so that a long run never blocks input.
import { useEffect, useState } from 'react';
import type { MathBackend } from '../../state/backendLoader';
import { lossAt, type ViewInput } from './modelView';
import type { TrainRun } from './useTrainRun';

export interface Curve {
  epochs: number[];
  loss: number[];
}

const SAMPLES = 200;
const SLICE = 25;

export function useHeldOutCurve(
  math: MathBackend | null,
  run: TrainRun | null,
  view: ViewInput | null,
): Curve | null {
  const [curve, setCurve] = useState<{ run: TrainRun; curve: Curve } | null>(null);
  useEffect(() => {
    if (!math || !run || !view || view.heldIdx.length === 0) return;
    let cancelled = false;
    const { w, b } = run.path;
    const stride = Math.max(1, Math.ceil(w.length / SAMPLES));
    const steps: number[] = [];
    for (let i = 0; i < w.length; i += stride) steps.push(i);
    if (steps[steps.length - 1] !== w.length - 1) steps.push(w.length - 1);
    const out: Curve = { epochs: [], loss: [] };
    let k = 0;
    const work = () => {
      if (cancelled) return;
      for (const end = Math.min(steps.length, k + SLICE); k < end; k++) {
        out.epochs.push(steps[k] / run.plan.stepsPerEpoch);
        out.loss.push(lossAt(math, view, view.heldIdx, w[steps[k]], b[steps[k]]));
      }
      if (k < steps.length) setTimeout(work, 0);
      else setCurve({ run, curve: out });
    };
    const timer = setTimeout(work, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [math, run, view]);
  return curve && curve.run === run ? curve.curve : null;
}
