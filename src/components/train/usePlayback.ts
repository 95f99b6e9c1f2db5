// Replays the computed path: `speed` steps per animation frame while playing, stopping at the
// last state (the end of the run, or the step where it diverged). One store update per frame,
// so the charts redraw at most once per frame.
import { useCallback, useEffect } from 'react';
import { useAppStoreApi } from '../../state/StoreProvider';

export function usePlayback(playing: boolean, lastStep: number): void {
  const store = useAppStoreApi();
  useEffect(() => {
    if (!playing || lastStep < 0) return;
    let frame = requestAnimationFrame(function tick() {
      const { train, trainRuntime, trainActions } = store.getState();
      const next = Math.min(lastStep, trainRuntime.step + train.speed);
      trainActions.setStep(next);
      if (next >= lastStep) trainActions.setPlaying(false);
      else frame = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing, lastStep, store]);
}

/** Play or pause; at the end of the run, play replays it from the start. */
export function usePlayToggle(last: number): () => void {
  const store = useAppStoreApi();
  return useCallback(() => {
    const { trainRuntime, trainActions } = store.getState();
    if (!trainRuntime.playing && last >= 0 && trainRuntime.step >= last) trainActions.setStep(0);
    trainActions.togglePlay();
  }, [store, last]);
}

/** Space toggles play, except where Space already means something (typing, buttons, lists). */
export function useSpaceToggle(toggle: (() => void) | null): void {
  useEffect(() => {
    if (!toggle) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== ' ' || e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
      const el = e.target as HTMLElement | null;
      if (
        el?.closest(
          'input:not([type=range]), textarea, select, button, a, summary, [contenteditable=true], [role=tab]',
        )
      )
        return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
