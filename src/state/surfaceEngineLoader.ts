// The surface engine (a worker with its own tfjs) starts when a landscape first needs it, not at
// page load: it costs a second tfjs instance. One engine per store, like the math module. The
// engine is chosen by measurement (math/engineChoice.ts): a small probe, after first paint.
import { mathModule, type MathBackend } from './backendLoader';
import type { AppStore } from './store';

type Engine = Awaited<ReturnType<MathBackend['startMeasuredSurfaceEngine']>>;

const engines = new WeakMap<AppStore, Promise<Engine | null>>();

export function surfaceEngine(store: AppStore): Promise<Engine | null> {
  let promise = engines.get(store);
  if (!promise) {
    promise = mathModule(store).then(async (math) => {
      if (!math) return null;
      const engine = await math.startMeasuredSurfaceEngine({
        force: store.getState().backend.surfaceForce,
      });
      store.getState().setBackend({ surface: engine.info });
      return engine;
    });
    engines.set(store, promise);
  }
  return promise;
}
