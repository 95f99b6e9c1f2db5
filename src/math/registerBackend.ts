// The webgl and wasm backends are loaded when one is first tried (the cpu backend comes with
// ./tf), so a machine that never uses one never downloads it: where WebGL is a software renderer
// the main thread runs on wasm and skips webgl's code, and the surface worker the other way round.
import * as tf from '@tensorflow/tfjs-core';
import './tf';

const loading = new Map<string, Promise<void>>();

async function load(name: 'webgl' | 'wasm'): Promise<void> {
  if (name === 'webgl') {
    await import('@tensorflow/tfjs-backend-webgl');
    return;
  }
  // The wasm binaries are served by the app itself (no CDN): see wasmPaths.ts.
  const [{ setWasmPaths }, { wasmPaths }] = await Promise.all([
    import('@tensorflow/tfjs-backend-wasm'),
    import('./wasmPaths'),
  ]);
  setWasmPaths(wasmPaths);
}

/** Makes `tf.setBackend(name)` possible: loads and registers the backend once. */
export function registerBackend(name: 'webgl' | 'wasm' | 'cpu'): Promise<void> {
  if (name === 'cpu' || tf.findBackendFactory(name)) return Promise.resolve();
  let p = loading.get(name);
  if (!p) {
    p = load(name).catch((err) => {
      loading.delete(name); // a failed download may be tried again
      throw err;
    });
    loading.set(name, p);
  }
  return p;
}
