// The training path for the current settings: ONE trainPath (or trainMlp) call for the whole
// planned run (so optimizer state carries across steps), computed off the input path —
// debounced, cancelled when newer settings arrive (the latest request wins). The UI replays the
// returned arrays.
import { useEffect, useRef, useState } from 'react';
import type { MlpTrainResult, TrainResult } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { MlpPlan } from '../../state/train/mlpPlan';
import type { RunPlan } from '../../state/train/runPlan';

export interface PlanLike {
  key: string;
  settingsKey: string;
  dataKey: string;
  stepsPerEpoch: number;
}

export interface Run<P extends PlanLike, R extends { loss: number[] }> {
  plan: P;
  path: R;
  /** Wall time of the training call, ms. */
  ms: number;
}

export type TrainRun = Run<RunPlan, TrainResult>;
export type MlpRun = Run<MlpPlan, MlpTrainResult>;

export interface RunStatus<Rn> {
  run: Rn | null;
  /** The plan's key differs from the run's: a newer run is being computed. */
  pending: boolean;
  error: string | null;
}

const DEBOUNCE_MS = 60;
/**
 * While a data point is held, the run waits until the pointer rests this long (or lets go): the
 * run's chunks share the main thread with the landscape's live frames, and the frames come first
 * (measured at M = 1,000: re-training on every move held each frame back by ~0.4 s). The path
 * shown meanwhile is the last one; it follows the point once the hand pauses.
 */
const DRAG_REST_MS = 250;

/** Loss by epoch, at most ~400 points: what a ghost keeps of a run. */
function ghostOf(loss: number[], stepsPerEpoch: number): { epochs: number[]; loss: number[] } {
  const stride = Math.max(1, Math.ceil(loss.length / 400));
  const epochs: number[] = [];
  const out: number[] = [];
  for (let i = 0; i < loss.length; i += stride) {
    epochs.push(i / stepsPerEpoch);
    out.push(loss[i]);
  }
  return { epochs, loss: out };
}

export function useRun<P extends PlanLike, R extends { loss: number[] }>(
  math: MathBackend | null,
  plan: P | null,
  train: (math: MathBackend, plan: P, signal: AbortSignal) => Promise<R>,
  ghostLabel: (plan: P) => string,
): RunStatus<Run<P, R>> {
  const store = useAppStoreApi();
  const [state, setState] = useState<{ run: Run<P, R> | null; error: string | null; key: string }>({
    run: null,
    error: null,
    key: '',
  });
  const last = useRef<Run<P, R> | null>(null);
  const fns = useRef({ train, ghostLabel });
  useEffect(() => {
    fns.current = { train, ghostLabel };
  });
  const key = plan?.key ?? '';
  const dragging = useAppStore((s) => s.trainRuntime.dragging !== null);
  const doneKey = useRef('');
  doneKey.current = state.key;

  useEffect(() => {
    if (!math || !plan) return;
    // A release after the run for this plan finished during a pause: nothing to redo.
    if (doneKey.current === key) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const t0 = performance.now();
      try {
        const path = await fns.current.train(math, plan, controller.signal);
        if (controller.signal.aborted) return;
        const run: Run<P, R> = { plan, path, ms: performance.now() - t0 };
        const prev = last.current;
        // A ghost is an earlier run on the same data with other settings.
        if (
          prev &&
          prev.plan.dataKey === plan.dataKey &&
          prev.plan.settingsKey !== plan.settingsKey &&
          prev.path.loss.length > 1
        )
          store.getState().trainActions.addGhost({
            label: fns.current.ghostLabel(prev.plan),
            ...ghostOf(prev.path.loss, prev.plan.stepsPerEpoch),
          });
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
    }, dragging ? DRAG_REST_MS : DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // The plan is identified by its key; a new object with the same key is the same run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [math, key, store, dragging]);

  return {
    run: state.run,
    pending: !!plan && state.key !== key,
    error: state.key === key ? state.error : null,
  };
}

export const trainLine = (math: MathBackend, plan: RunPlan, signal: AbortSignal) =>
  math.trainPath({ ...plan.request, signal });
export const trainNet = (math: MathBackend, plan: MlpPlan, signal: AbortSignal) =>
  math.trainMlp({ ...plan.request, signal });
