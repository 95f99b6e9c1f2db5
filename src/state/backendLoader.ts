// Starts tfjs after the shell has painted: the math module (and with it tfjs, ~370 KB gzip) is
// a dynamic import, so it lands in its own chunk. Then polls the live tensor count.
import type { AppStore } from './store';

export type MathBackend = typeof import('../math');

const started = new WeakMap<AppStore, Promise<MathBackend | null>>();
const POLL_MS = 1000;

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

/**
 * Initialises the backend once per store (safe under StrictMode's double effects) and polls
 * the tensor count until the returned function is called.
 */
export function startBackend(store: AppStore): () => void {
  const promise = mathModule(store);
  let timer: ReturnType<typeof setInterval> | undefined;
  let stopped = false;
  void promise.then((math) => {
    if (!math || stopped) return;
    timer = setInterval(() => {
      // Not while the backend is switching (a lost WebGL context): with webgl removed and wasm
      // not yet ready, tf.memory() asks tfjs for a backend it cannot start synchronously.
      if (store.getState().backend.status !== 'ready') return;
      const tensors = math.tensorCount();
      if (tensors !== store.getState().backend.tensors) store.getState().setBackend({ tensors });
    }, POLL_MS);
  });
  return () => {
    stopped = true;
    if (timer !== undefined) clearInterval(timer);
  };
}
