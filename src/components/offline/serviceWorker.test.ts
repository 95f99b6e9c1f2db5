import { describe, expect, it } from 'vitest';
import { watchForUpdate } from './serviceWorker';

/** A registration and its workers as plain event targets with the fields read. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}
class FakeRegistration extends EventTarget {
  waiting: ServiceWorker | null = null;
  installing: ServiceWorker | null = null;
  /** A new version starts installing, then finishes. */
  update(): FakeWorker {
    const w = new FakeWorker();
    this.installing = w as unknown as ServiceWorker;
    this.dispatchEvent(new Event('updatefound'));
    return w;
  }
  installed(w: FakeWorker) {
    this.installing = null;
    this.waiting = w as unknown as ServiceWorker;
    w.become('installed');
  }
}

describe('watchForUpdate', () => {
  it('reports a worker already waiting when the page is controlled', () => {
    const reg = new FakeRegistration();
    const w = new FakeWorker();
    reg.waiting = w as unknown as ServiceWorker;
    const seen: unknown[] = [];
    watchForUpdate(
      reg,
      () => true,
      (x) => seen.push(x),
    );
    expect(seen).toEqual([w]);
  });

  it('reports a new version once it has installed, not while it installs', () => {
    const reg = new FakeRegistration();
    const seen: unknown[] = [];
    watchForUpdate(
      reg,
      () => true,
      (x) => seen.push(x),
    );
    expect(seen).toEqual([]);
    const w = reg.update();
    w.become('installing');
    expect(seen).toEqual([]);
    reg.installed(w);
    expect(seen).toEqual([w]);
  });

  it('reports nothing on the first install (no page is controlled yet)', () => {
    const reg = new FakeRegistration();
    const seen: unknown[] = [];
    watchForUpdate(
      reg,
      () => false,
      (x) => seen.push(x),
    );
    reg.installed(reg.update());
    expect(seen).toEqual([]);
  });
});
