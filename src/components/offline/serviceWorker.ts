// Registers the offline service worker (src/offline/sw.ts) and notices a new version: a worker
// that has installed while this page is already controlled waits, and the page offers to
// reload; on Reload it is told to take over and the page reloads once it has. Every setting is
// in the URL, flushed before the reload, so a reload loses nothing.
import { createStore } from 'zustand/vanilla';
import { flushUrlState } from '../../state/url/flush';

export interface UpdateState {
  /** A new version's worker, installed and waiting; null when there is none. */
  waiting: ServiceWorker | null;
}

export const updateStore = createStore<UpdateState>()(() => ({ waiting: null }));

/** The parts of a registration read here (a real one, or a test's stand-in). */
type Registration = Pick<ServiceWorkerRegistration, 'waiting' | 'installing'> & EventTarget;

/**
 * Calls onWaiting with a worker that waits to replace the one controlling the page: one
 * already waiting, or one that finishes installing later.
 */
export function watchForUpdate(
  reg: Registration,
  controlled: () => boolean,
  onWaiting: (worker: ServiceWorker) => void,
): void {
  const check = () => {
    if (reg.waiting && controlled()) onWaiting(reg.waiting);
  };
  check();
  reg.addEventListener('updatefound', () => {
    const worker = reg.installing;
    worker?.addEventListener('statechange', () => {
      if (worker.state === 'installed') check();
    });
  });
}

/** Asks the waiting worker to take over; the page reloads when it has. */
export function applyUpdate(worker: ServiceWorker): void {
  worker.postMessage({ type: 'skip-waiting' });
}

/**
 * Production builds only (main.tsx passes import.meta.env.PROD): the dev server's modules are
 * not the built files, so there a worker left by a build served on the same origin is removed.
 */
export function registerServiceWorker(production: boolean): void {
  if (!('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  if (!production) {
    container
      .getRegistrations()
      .then((regs) => regs.forEach((r) => void r.unregister()))
      .catch(() => undefined);
    return;
  }
  // A page that was controlled reloads when a new worker takes over (its Reload, or another
  // tab's), so it never runs old code against the new cache. The first install's takeover
  // (clients.claim) finds no controller before it, and changes nothing.
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (!hadController) return;
    // The last edits reach the URL and storage before the page goes (issue 18).
    flushUrlState();
    window.location.reload();
  });
  container
    .register('./sw.js')
    .then((reg) =>
      watchForUpdate(
        reg,
        () => container.controller !== null,
        (waiting) => updateStore.setState({ waiting }),
      ),
    )
    // No service worker (a private window, storage off): the app works online as before.
    .catch((err: unknown) => console.warn('losscape: offline use is not available here', err));
}
