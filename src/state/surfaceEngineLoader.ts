// The surface engine (a worker with its own tfjs) starts when a landscape first needs it, not at
// page load: it costs a second tfjs instance. One engine per store, like the math module.
import { mathModule, type MathBackend } from './backendLoader';
import type { AppStore } from './store';

type Engine = Awaited<ReturnType<MathBackend['startSurfaceEngine']>>;

const engines = new WeakMap<AppStore, Promise<Engine | null>>();

export function surfaceEngine(store: AppStore): Promise<Engine | null> {
  let promise = engines.get(store);
  if (!promise) {
    promise = mathModule(store).then(async (math) => {
      if (!math) return null;
      const engine = await math.startSurfaceEngine({
        force: store.getState().backend.surfaceForce,
      });
      store.getState().setBackend({ surface: engine.info });
      return engine;
    });
    engines.set(store, promise);
  }
  return promise;
}
