// The one poll of tfjs's live tensor count (tf.memory()), shown by the status bar.
import type { MathBackend } from '../../state/backendLoader';
import type { AppStore } from '../../state/store';

export const POLL_MS = 1000;

/** Calls `onRead` with the tensor count every `ms` until the returned function is called. */
export function startTensorPoll(
  store: AppStore,
  math: Pick<MathBackend, 'tensorCount'>,
  onRead: (count: number) => void,
  ms = POLL_MS,
): () => void {
  const id = setInterval(() => {
    // Not while the backend is switching (a lost WebGL context): with webgl removed and wasm
    // not yet ready, tf.memory() asks tfjs for a backend it cannot start synchronously, and
    // throws. The status bar's useMath() drops the module then too, but only at its next
    // render: a tick can come first.
    if (store.getState().backend.status !== 'ready') return;
    onRead(math.tensorCount());
  }, ms);
  return () => clearInterval(id);
}
