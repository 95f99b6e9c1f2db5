// The training path for the current settings: ONE trainPath call for the whole planned run (so
// optimizer state carries across steps), computed off the input path — debounced, cancelled
// when newer settings arrive (the latest request wins). The UI replays the returned arrays.
import { useEffect, useRef, useState } from 'react';
import type { TrainResult } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { RunPlan } from '../../state/train/runPlan';

export interface TrainRun {
  plan: RunPlan;
  path: TrainResult;
  /** Wall time of the trainPath call, ms. */
  ms: number;
}

export interface RunStatus {
  run: TrainRun | null;
  /** The plan's key differs from the run's: a newer run is being computed. */
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 60;

/** Loss by epoch, at most ~400 points: what a ghost keeps of a run. */
function ghostOf(run: TrainRun): { epochs: number[]; loss: number[] } {
  const { loss } = run.path;
  const stride = Math.max(1, Math.ceil(loss.length / 400));
  const epochs: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < loss.length; i += stride) {
    epochs.push(i / run.plan.stepsPerEpoch);
    out.push(loss[i]);
  }
  return { epochs, loss: out };
}

export function useTrainRun(
  math: MathBackend | null,
  plan: RunPlan | null,
  ghostLabel: (plan: RunPlan) => string,
): RunStatus {
  const store = useAppStoreApi();
  const [state, setState] = useState<{ run: TrainRun | null; error: string | null; key: string }>({
    run: null,
    error: null,
    key: '',
  });
  const last = useRef<TrainRun | null>(null);
  const labelRef = useRef(ghostLabel);
  useEffect(() => {
    labelRef.current = ghostLabel;
  });
  const key = plan?.key ?? '';

  useEffect(() => {
    if (!math || !plan) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const t0 = performance.now();
      try {
        const path = await math.trainPath({ ...plan.request, signal: controller.signal });
        if (controller.signal.aborted) return;
        const run: TrainRun = { plan, path, ms: performance.now() - t0 };
        const prev = last.current;
        // A ghost is an earlier run on the same data with other settings.
        if (
          prev &&
          prev.plan.dataKey === plan.dataKey &&
          prev.plan.settingsKey !== plan.settingsKey &&
          prev.path.loss.length > 1
        )
          store
            .getState()
            .trainActions.addGhost({ label: labelRef.current(prev.plan), ...ghostOf(prev) });
        last.current = run;
        setState({ run, error: null, key: plan.key });
      } catch (err) {
        if (controller.signal.aborted) return;
        setState((s) => ({
          ...s,
          error: err instanceof Error ? err.message : String(err),
          key: plan.key,
        }));
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The plan is identified by its key; a new object with the same key is the same run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [math, key, store]);

  return {
    run: state.run,
    pending: !!plan && state.key !== key,
    error: state.key === key ? state.error : null,
  };
}
