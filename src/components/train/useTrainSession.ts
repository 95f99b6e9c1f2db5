// ONE training session, for every model: the run of the current plan (useRun: one trainPath or
// trainMlp call, debounced, the latest request wins, ghosts of earlier runs), its replay
// (usePlayback), the shown step clamped to the run, and the run published to the embed API
// (useLiveRun). The linear/logistic Train tab, the MLP Train tab and the embed figures all use
// this; each adds only its own views of the step (useLineSession, MlpTrain).
import { useAppStore } from '../../state/StoreProvider';
import { selectGhosts, selectHover, selectPlaying, selectStep } from '../../state/selectors';
import type { MathBackend } from '../../state/backendLoader';
import { useLiveRun } from '../../embed/liveRun';
import { usePlayback, usePlayToggle, useSpaceToggle } from './usePlayback';
import { useHeldStep } from './replayPaint';
import { useRun, type PlanLike } from './useTrainRun';

export interface SessionOptions {
  /** Space toggles play (the Train tab; not an embedded figure, whose page owns Space). */
  spaceKey?: boolean;
  /**
   * False: the session does not follow the replayed step (its `step` stays 0), so a replay's
   * frame does not re-render the component that holds it; the views of the step subscribe to it
   * themselves (useShownStep). True by default.
   */
  perStep?: boolean;
}

/** A step selector that follows nothing (the session's holder then ignores the replay). */
export const selectNoStep = () => 0;

/**
 * The replayed step, clamped to the run's last state (0 before a run), as a figure of the step
 * renders it: held while the replay plays (its frames are painted outside React, replayPaint),
 * or, with throttleMs, taken at most that often then (the log).
 */
export function useShownStep(last: number, throttleMs = Infinity): number {
  return useHeldStep(last, throttleMs);
}

export function useTrainSession<
  P extends PlanLike,
  R extends { loss: number[]; divergedAt?: number },
>(
  math: MathBackend | null,
  plan: P | null,
  train: (math: MathBackend, plan: P, signal: AbortSignal) => Promise<R>,
  ghostLabel: (plan: P) => string,
  { spaceKey = false, perStep = true }: SessionOptions = {},
) {
  const { run, pending, error } = useRun(math, plan, train, ghostLabel);
  const path = run?.path ?? null;
  const last = path ? path.loss.length - 1 : -1;
  const playing = useAppStore(selectPlaying);
  usePlayback(playing && !pending, last);
  const toggle = usePlayToggle(last);
  useSpaceToggle(spaceKey ? toggle : null);
  const step = Math.max(0, Math.min(useAppStore(perStep ? selectStep : selectNoStep), last));
  // Whether the replay has reached the end: a boolean, so a replay re-renders on the flip only.
  const atEnd = useAppStore((s) => last >= 0 && s.trainRuntime.step >= last);
  const ghosts = useAppStore(selectGhosts);
  const hover = useAppStore(selectHover);
  const spe = run?.plan.stepsPerEpoch ?? 1;
  useLiveRun(path?.loss ?? null, spe);
  const diverged = path?.divergedAt ?? null;
  return {
    run,
    pending,
    error,
    path,
    last,
    playing,
    step,
    epoch: step / spe,
    spe,
    ghosts,
    hover,
    diverged,
    /** The run diverged and the replay reached its last state. */
    showDiverged: diverged !== null && atEnd,
  };
}
