// The training path for the current settings: ONE trainPath (or trainMlp) call for the whole
// planned run (so optimizer state carries across steps), computed off the input path —
// debounced, cancelled when newer settings arrive (the latest request wins). The UI replays the
// returned arrays.
import { startTransition, useEffect, useRef, useState } from 'react';
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
 * While a data point is held, a move does not cancel the run in flight: it finishes (its slices
 * yield every few ms, recordPath's SLICE_MS, so the landscape's live frames keep their frames)
 * and then the latest plan runs. The path follows the hand a run behind; cancelling on every
 * move would show no new path until the hand stopped. Between two runs of a drag the main thread
 * rests as long as the last run took (at most half of it goes to training: measured, back-to-back
 * runs left the drag's frames no idle time and slowed each move by half).
 */
const DRAG_MIN_GAP_MS = 16;
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
  /** The run being computed, and the plan it is for. */
  const inflight = useRef<{ key: string; controller: AbortController } | null>(null);
  /** When the last run ended and how long it took (performance.now() ms). */
  const lastEnd = useRef({ at: -Infinity, took: 0 });

  useEffect(() => {
    if (!math || !plan) return;
    const busy = inflight.current;
    const next = nextRunStep({
      key,
      doneKey: doneKey.current,
      busyKey: busy?.key ?? null,
      dragging,
    });
    if (busy && next.abort) {
      busy.controller.abort(); // superseded: it stops at its next step, its tensors freed
      inflight.current = null;
    }
    if (!next.start) return;
    const controller = new AbortController();
    const timer = setTimeout(
      async () => {
        inflight.current = { key, controller };
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
          // An interruptible render: a run that lands during a drag waits for the drag's frames.
          startTransition(() => setState({ run, error: null, key: plan.key }));
        } catch (err) {
          if (controller.signal.aborted) return;
          setState((s) => ({
            ...s,
            error: err instanceof Error ? err.message : String(err),
            key: plan.key,
          }));
        } finally {
          if (inflight.current?.controller === controller) inflight.current = null;
          lastEnd.current = { at: performance.now(), took: performance.now() - t0 };
        }
      },
      dragging
        ? Math.max(DRAG_MIN_GAP_MS, lastEnd.current.at + lastEnd.current.took - performance.now())
        : DEBOUNCE_MS,
    );
    return () => clearTimeout(timer);
    // The plan is identified by its key; a new object with the same key is the same run.
    // state.key: a run that finished during a drag lets the latest plan start.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [math, key, store, dragging, state.key]);
  // The view goes: its run stops.
  useEffect(() => () => inflight.current?.controller.abort(), []);

  return {
    run: state.run,
    pending: !!plan && state.key !== key,
    error: state.key === key ? state.error : null,
  };
}

/**
 * What a change of plan does to the runs: abort the run in flight, start one for the plan.
 * - The plan's run is the one shown (a release after it finished, or settings typed back to the
 *   shown run's while another was computing): nothing to start, and a run in flight for other
 *   settings is aborted, except during a drag. Left to land, it would show a run for settings
 *   no longer asked for, then recompute the shown one.
 * - That very plan is being computed: wait for it.
 * - A drag lets the run in flight finish first (its result re-runs the effect, and the latest
 *   plan then runs).
 * - Otherwise the run in flight is superseded, and the plan's run starts.
 */
export function nextRunStep(p: {
  key: string;
  doneKey: string;
  busyKey: string | null;
  dragging: boolean;
}): { abort: boolean; start: boolean } {
  const busy = p.busyKey !== null;
  if (p.doneKey === p.key) return { abort: busy && !p.dragging, start: false };
  if (!busy) return { abort: false, start: true };
  if (p.busyKey === p.key || p.dragging) return { abort: false, start: false };
  return { abort: true, start: true };
}

export const trainLine = (math: MathBackend, plan: RunPlan, signal: AbortSignal) =>
  math.trainPath({ ...plan.request, signal });
export const trainNet = (math: MathBackend, plan: MlpPlan, signal: AbortSignal) =>
  math.trainMlp({ ...plan.request, signal });
