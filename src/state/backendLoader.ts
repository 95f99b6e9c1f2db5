// Starts tfjs after the shell has painted: the math module (and with it tfjs, ~370 KB gzip) is
// a dynamic import, so it lands in its own chunk. The live tensor count is read by the status
// bar (components/layout/tensorPoll.ts), the one poll of tf.memory().
import type { AppStore } from './store';

export type MathBackend = typeof import('../math');

const started = new WeakMap<AppStore, Promise<MathBackend | null>>();

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

async function init(store: AppStore): Promise<MathBackend | null> {
  const { request } = store.getState().backend;
  let math: MathBackend;
  try {
    math = await import('../math');
  } catch (err) {
    store.getState().setBackend({ status: 'failed', error: `loading tfjs: ${message(err)}` });
    return null;
  }
  try {
    const info = await math.initBackend(request.force ? { force: request.force } : {});
    store.getState().setBackend({ status: 'ready', info, tensors: math.tensorCount() });
    math.onWebglContextLost(() => void afterContextLoss(store, math));
    return math;
  } catch (err) {
    store.getState().setBackend({ status: 'failed', error: message(err) });
    return null;
  }
}

/** The GPU dropped webgl's context: switch to the next backend and keep computing. */
async function afterContextLoss(store: AppStore, math: MathBackend): Promise<void> {
  store.getState().setBackend({ status: 'loading' });
  try {
    const info = await math.replaceLostWebgl();
    store.getState().setBackend({ status: 'ready', info, tensors: math.tensorCount() });
  } catch (err) {
    store.getState().setBackend({ status: 'failed', error: message(err) });
  }
}

/**
 * The math module once its backend is live (null where tfjs failed to load or start); starts
 * the backend on first call. One promise per store.
 */
export function mathModule(store: AppStore): Promise<MathBackend | null> {
  let promise = started.get(store);
  if (!promise) {
    promise = init(store);
    started.set(store, promise);
  }
  return promise;
}

/**
 * Tries again after tfjs failed to load or start (a dropped connection while its chunk
 * downloaded): forgets the failed attempt and starts a new one.
 */
export function retryBackend(store: AppStore): Promise<MathBackend | null> {
  if (store.getState().backend.status !== 'failed') return mathModule(store);
  started.delete(store);
  store.getState().setBackend({ status: 'loading', error: null });
  return mathModule(store);
}

/** Initialises the backend once per store (safe under StrictMode's double effects). */
export function startBackend(store: AppStore): void {
  void mathModule(store);
}
