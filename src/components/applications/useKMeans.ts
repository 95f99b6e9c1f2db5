// k-means' behaviour: the run and the elbow computed from the store's inputs (latest request
// wins), the half-step shown, and playback (one half-step every PLAY_MS until the end).
import { useEffect, useMemo } from 'react';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { KMeansState } from '../../state/applications/slice';
import { selectKMeansRun } from '../../state/selectors';
import { frameAt, lastStep } from './kmeansView';
import { useAsync } from './useAsync';

const select = (s: { applications: { kmeans: KMeansState } }) => s.applications.kmeans;
export const PLAY_MS = 700;

export function useKMeans(math: MathBackend | null) {
  const s = useAppStore(select);
  const { step: shown, playing } = useAppStore(selectKMeansRun);
  const a = useAppStoreApi().getState().applicationsActions;
  const { points, k, init, seed } = s;
  /** Lloyd's algorithm needs at least k points. */
  const enough = points.length >= k;

  const runJob = useMemo(
    () => (math && enough ? () => math.kmeansRun({ points, k, init, seed }) : null),
    [math, points, k, init, seed, enough],
  );
  const elbowJob = useMemo(
    () => (math && points.length > 0 ? () => math.kmeansElbow({ points, init, seed }) : null),
    [math, points, init, seed],
  );
  const run = useAsync(runJob);
  const elbow = useAsync(elbowJob);
  const r = enough ? run.value : null;
  const last = r ? lastStep(r) : 0;
  const step = Math.min(shown, last);
  const frame = useMemo(() => (r ? frameAt(r, step) : null), [r, step]);

  useEffect(() => {
    if (!playing || !r) return;
    if (step >= last) {
      a.setKPlaying(false);
      return;
    }
    const id = setTimeout(() => a.setKStep(step + 1), PLAY_MS);
    return () => clearTimeout(id);
  }, [playing, r, step, last, a]);

  return {
    s,
    playing,
    a,
    enough,
    /** The run shown (null while computing, with too few points or after an error). */
    r,
    runError: run.error,
    elbow: elbow.value,
    step,
    frame,
    done: !!r && step >= last,
  };
}
