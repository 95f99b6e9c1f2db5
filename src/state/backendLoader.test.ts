// The switch after a lost WebGL context: between dropping webgl and wasm being ready tfjs has no
// backend it can start synchronously, so nothing may call into it (the tensor-count poll did,
// and threw "The highest priority backend 'wasm' has not yet been initialized" as a page error).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './store';

const fake = vi.hoisted(() => {
  const state = {
    switching: false,
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

vi.mock('../math', () => fake.module);

afterEach(() => {
  vi.useRealTimers();
});

describe('backend loader after a lost WebGL context', () => {
  it('does not poll tfjs while the backend switches, and resumes after', async () => {
    vi.useFakeTimers();
    const { startBackend } = await import('./backendLoader');
    const store = createAppStore({ search: '?backend=webgl' });
    const stop = startBackend(store);
    await vi.waitFor(() => expect(store.getState().backend.status).toBe('ready'));
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.state.onLost).not.toBeNull();

    fake.state.onLost!();
    expect(store.getState().backend.status).toBe('loading');
    expect(fake.state.switching).toBe(true);
    // Three poll periods inside the switch: a poll here would throw out of the timer.
    await vi.advanceTimersByTimeAsync(3000);

    fake.state.finishSwitch!();
    await vi.waitFor(() => expect(store.getState().backend.status).toBe('ready'));
    expect(store.getState().backend.info?.name).toBe('wasm');
    store.getState().setBackend({ tensors: 0 });
    await vi.advanceTimersByTimeAsync(1000);
    expect(store.getState().backend.tensors).toBe(7);
    stop();
  });
});
