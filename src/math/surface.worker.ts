// The surface worker: owns its own tfjs instance, on webgl (OffscreenCanvas) where it can get it,
// and computes one surface per message with the fused program; elsewhere with chunked tfjs ops on
// wasm or cpu. Off the main thread, so a surface never blocks input.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { canRunFused, fusedLossSurface } from './fusedSurface';
import { registerBackend } from './registerBackend';
import { lossSurface } from './surface';
import type { SurfaceEngineInfo, WorkerReply, WorkerRequest } from './surfaceProtocol';

const post = (m: WorkerReply, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(m, transfer);

function webglRenderer(): string | null {
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const r = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return r;
  } catch {
    return null;
  }
}

async function start(name: 'webgl' | 'wasm' | 'cpu'): Promise<boolean> {
  try {
    await registerBackend(name);
    if (!(await tf.setBackend(name))) return false;
    await tf.ready();
    return true;
  } catch {
    return false;
  }
}

async function init(force?: 'webgl' | 'wasm' | 'cpu'): Promise<SurfaceEngineInfo> {
  const renderer = typeof OffscreenCanvas === 'undefined' ? null : webglRenderer();
  const order: ('webgl' | 'wasm' | 'cpu')[] = force
    ? [force, 'wasm', 'cpu']
    : ['webgl', 'wasm', 'cpu'];
  for (const name of order) {
    if (name === 'webgl' && renderer === null) continue;
    if (!(await start(name))) continue;
    const fused = canRunFused();
    return {
      backend: name,
      engine: fused ? 'fused-webgl' : 'chunked-ops',
      renderer: name === 'webgl' ? renderer : null,
      thread: 'worker',
      reason: force
        ? `forced by the URL (surface=${force})`
        : fused
          ? 'one fused WebGL program per surface'
          : renderer === null
            ? 'no WebGL in the worker: chunked tfjs ops'
            : 'WebGL 2 unavailable: chunked tfjs ops',
    };
  }
  throw new Error('no tfjs backend could start in the surface worker');
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  const msg = ev.data;
  if (msg.type === 'init') {
    try {
      post({ type: 'ready', info: await init(msg.force) });
    } catch (err) {
      post({ type: 'init-failed', error: err instanceof Error ? err.message : String(err) });
    }
    return;
  }
  const t0 = performance.now();
  try {
    const { values } = canRunFused() ? await fusedLossSurface(msg.req) : await lossSurface(msg.req);
    post({ type: 'result', id: msg.id, values, ms: performance.now() - t0 }, [values.buffer]);
  } catch (err) {
    const e = err as Error & { field?: string };
    post({
      type: 'error',
      id: msg.id,
      error: { name: e.name ?? 'Error', message: e.message ?? String(err), field: e.field },
    });
  }
};
