// The switch after a lost WebGL context: between dropping webgl and wasm being ready tfjs has no
// backend it can start synchronously, so nothing may call into it (a tensor-count poll did, and
// threw "The highest priority backend 'wasm' has not yet been initialized" as a page error).
// The real loader (state/backendLoader.ts) switches a fake math module; the status bar's poll
// runs beside it on fake timers.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mathModule } from '../../state/backendLoader';
import { createAppStore } from '../../state/store';
import { POLL_MS, startTensorPoll } from './tensorPoll';

const fake = vi.hoisted(() => {
  const state = {
    switching: false,
    calls: 0,
    onLost: null as null | (() => void),
    finishSwitch: null as null | (() => void),
  };
  const info = (name: string) => ({
    name,
    renderer: null,
    software: false,
    reason: name,
    reasonCode: 'forced',
    failures: [],
  });
  return {
    state,
    module: {
      initBackend: async () => info('webgl'),
      tensorCount: () => {
        state.calls++;
        if (state.switching)
          throw new Error("The highest priority backend 'wasm' has not yet been initialized");
        return 7;
      },
      onWebglContextLost: (cb: () => void) => {
        state.onLost = cb;
        return () => {};
      },
      replaceLostWebgl: () =>
        new Promise((resolve) => {
          state.switching = true;
          state.finishSwitch = () => {
            state.switching = false;
            resolve(info('wasm'));
          };
        }),
    },
  };
});

vi.mock('../../math', () => fake.module);

afterEach(() => {
  vi.useRealTimers();
});

describe('the tensor-count poll after a lost WebGL context', () => {
  it('does not call tfjs while the backend switches, and resumes after', async () => {
    vi.useFakeTimers();
    const store = createAppStore({ search: '?backend=webgl' });
    const math = await mathModule(store);
    expect(math).not.toBeNull();
    expect(store.getState().backend.status).toBe('ready');
    const reads: number[] = [];
    const stop = startTensorPoll(store, math!, (n) => reads.push(n));
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(reads).toEqual([7]);

    fake.state.onLost!();
    expect(store.getState().backend.status).toBe('loading');
    expect(fake.state.switching).toBe(true);
    const calls = fake.state.calls;
    // Three poll periods inside the switch: a read here would throw out of the timer.
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(fake.state.calls).toBe(calls);
    expect(reads).toEqual([7]);

    fake.state.finishSwitch!();
    await vi.waitFor(() => expect(store.getState().backend.status).toBe('ready'));
    expect(store.getState().backend.info?.name).toBe('wasm');
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(reads).toEqual([7, 7]);
    stop();
    await vi.advanceTimersByTimeAsync(3 * POLL_MS);
    expect(reads).toEqual([7, 7]);
  });
});
