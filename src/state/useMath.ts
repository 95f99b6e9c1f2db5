// The math module for components: null until tfjs has loaded and its backend is live (the shell
// paints before that), then the module; null again while a lost backend is being replaced. Derived data (curves, surfaces) is computed from it in
// hooks, never stored.
import { useEffect, useState } from 'react';
import { mathModule, type MathBackend } from './backendLoader';
import { useAppStore, useAppStoreApi } from './StoreProvider';

export function useMath(): MathBackend | null {
  const store = useAppStoreApi();
  const [math, setMath] = useState<MathBackend | null>(null);
  // A retried or replaced backend (Retry after a failed load, a lost WebGL context) asks again.
  const status = useAppStore((s) => s.backend.status);
  useEffect(() => {
    let live = true;
    void mathModule(store).then((m) => {
      if (live) setMath(m);
    });
    return () => {
      live = false;
    };
  }, [store, status]);
  // While a backend is switching (status 'loading' after a lost WebGL context) tfjs has no
  // backend it can use synchronously: no component may compute until the new one is ready.
  return status === 'ready' ? math : null;
}
