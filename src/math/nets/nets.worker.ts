// The network worker: its own tfjs instance (tfjs-core on wasm, cpu where wasm cannot start)
// holding the digits, running training, slices, lines and sharpness off the main thread. Jobs
// yield between chunks, so a `cancel` (or a newer job) is seen within one chunk.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { parseDigits, splitDigits } from './digits';
import { loadSets, runJob, type LoadedSets } from './jobs';
import type { FromWorker, ToWorker } from './protocol';

const post = (m: FromWorker) => (self as unknown as Worker).postMessage(m);
let sets: LoadedSets | null = null;
let ready: Promise<void> | null = null;
const running = new Map<number, AbortController>();

async function startBackend(prefer: 'wasm' | 'cpu'): Promise<string> {
  if (prefer === 'wasm') {
    try {
      const [{ setWasmPaths }, { wasmPaths }] = await Promise.all([
        import('@tensorflow/tfjs-backend-wasm'),
        import('../wasmPaths'),
      ]);
      setWasmPaths(wasmPaths);
      if (await tf.setBackend('wasm')) {
        await tf.ready();
        return 'wasm';
      }
    } catch {
      // fall through to cpu
    }
  }
  await tf.setBackend('cpu');
  await tf.ready();
  return 'cpu';
}

async function init(dataUrl: string, prefer: 'wasm' | 'cpu') {
  try {
    const backend = await startBackend(prefer);
    const res = await fetch(dataUrl);
    if (!res.ok) throw new Error(`${dataUrl}: HTTP ${res.status}`);
    const { train, test } = splitDigits(parseDigits(new Uint8Array(await res.arrayBuffer())));
    sets = loadSets(train, test);
    post({ type: 'ready', backend, train: train.n, test: test.n });
  } catch (e) {
    post({ type: 'init-error', message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const m = ev.data;
  if (m.type === 'init') {
    ready ??= init(m.dataUrl, m.backend ?? 'wasm');
    return;
  }
  if (m.type === 'cancel') {
    running.get(m.id)?.abort();
    return;
  }
  await ready;
  const ctl = new AbortController();
  running.set(m.id, ctl);
  try {
    if (!sets) throw new Error('the digits are not loaded');
    const result = await runJob(m.id, m.job, sets, post, ctl.signal);
    post({ type: 'done', id: m.id, result });
  } catch (e) {
    post({
      type: 'error',
      id: m.id,
      message: e instanceof Error ? e.message : String(e),
      aborted: ctl.signal.aborted,
    });
  } finally {
    running.delete(m.id);
  }
};
