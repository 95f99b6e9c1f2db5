// Backend choice for the main-thread tfjs engine (DESIGN.md, "The surface engine" policy):
// webgl on a hardware GPU; wasm when WebGL is missing or is a software renderer (SwiftShader,
// llvmpipe), because there software WebGL trains at ~350 steps/s against wasm's ~4,300
// (measured here, Chromium 156, 2 cores); cpu last, and always in Node.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { CONTEXT_LOST } from './contextLost';
import { registerBackend } from './registerBackend';

export type BackendName = 'webgl' | 'wasm' | 'cpu';

export interface BackendInfo {
  /** The backend tfjs is running on now. */
  name: BackendName;
  /** WebGL's unmasked renderer string where WebGL exists, e.g. "ANGLE (Google, SwiftShader …)". */
  renderer: string | null;
  /** True when the renderer is a software rasterizer. */
  software: boolean;
  /** Why this backend was chosen, in English (the UI translates by `reasonCode`). */
  reason: string;
  reasonCode: 'forced' | 'hardware-gpu' | 'software-webgl' | 'no-webgl' | 'node' | 'fallback';
  /** Backends that failed to initialise on the way, with their errors. */
  failures: { name: BackendName; error: string }[];
}

const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render|microsoft basic/i;

export function isSoftwareRenderer(renderer: string | null): boolean {
  return renderer !== null && SOFTWARE_RENDERERS.test(renderer);
}

/** The WebGL renderer string, or null where there is no WebGL (or no DOM, as in Node). */
export function probeWebglRenderer(): string | null {
  if (typeof document === 'undefined') return null;
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ??
      canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return null;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return renderer;
  } catch {
    return null;
  }
}

async function trySetBackend(name: BackendName): Promise<void> {
  await registerBackend(name);
  const ok = await tf.setBackend(name);
  if (!ok) throw new Error(`tf.setBackend('${name}') returned false`);
  await tf.ready();
  // A smoke computation: some backends register but fail at their first kernel.
  const t = tf.tidy(() => tf.add(tf.scalar(1), tf.scalar(2)));
  const v = (await t.data())[0];
  t.dispose();
  if (v !== 3) throw new Error(`backend ${name} computed 1 + 2 = ${v}`);
}

function order(
  force: BackendName | undefined,
  renderer: string | null,
): {
  order: BackendName[];
  reasonCode: BackendInfo['reasonCode'];
  reason: string;
} {
  if (force)
    return {
      order: [force, 'wasm', 'cpu'],
      reasonCode: 'forced',
      reason: `forced by the URL (backend=${force})`,
    };
  if (typeof document === 'undefined')
    return { order: ['cpu'], reasonCode: 'node', reason: 'no browser: tfjs cpu backend' };
  if (renderer === null)
    return {
      order: ['wasm', 'cpu'],
      reasonCode: 'no-webgl',
      reason: 'no WebGL: wasm is the fastest backend left',
    };
  if (isSoftwareRenderer(renderer))
    return {
      order: ['wasm', 'webgl', 'cpu'],
      reasonCode: 'software-webgl',
      reason: 'WebGL is a software renderer: wasm measured ~12× faster for training here',
    };
  return {
    order: ['webgl', 'wasm', 'cpu'],
    reasonCode: 'hardware-gpu',
    reason: 'hardware GPU: WebGL',
  };
}

let current: BackendInfo | null = null;

/**
 * Picks and initialises the main-thread backend by the policy above. A backend that fails to
 * initialise is recorded in `failures` and the next one is tried; cpu is the last resort.
 */
export async function initBackend(opts: { force?: BackendName } = {}): Promise<BackendInfo> {
  const renderer = probeWebglRenderer();
  const plan = order(opts.force, renderer);
  const failures: BackendInfo['failures'] = [];
  const tried = [...new Set(plan.order)];
  for (const name of tried) {
    try {
      await trySetBackend(name);
      const fellBack = failures.length > 0;
      current = {
        name,
        renderer,
        software: isSoftwareRenderer(renderer),
        reason: fellBack
          ? `${plan.reason}; fell back after ${failures.map((f) => f.name).join(', ')} failed`
          : plan.reason,
        reasonCode: fellBack ? 'fallback' : plan.reasonCode,
        failures,
      };
      return current;
    } catch (err) {
      failures.push({ name, error: err instanceof Error ? err.message : String(err) });
    }
  }
  throw new Error(
    `no tfjs backend could start: ${failures.map((f) => `${f.name}: ${f.error}`).join('; ')}`,
  );
}

/** The backend chosen by the last `initBackend`, or null before it ran. */
export function backendInfo(): BackendInfo | null {
  return current;
}

/** Live tensor count: tests and the status bar read it to show that nothing leaks. */
export function tensorCount(): number {
  return tf.memory().numTensors;
}

export { CONTEXT_LOST };

/**
 * Calls `onLost` once when the GPU drops the WebGL context of tfjs's webgl backend (a driver
 * reset, too many contexts, a tab in the background on a phone). Returns the unsubscribe.
 */
export function onWebglContextLost(onLost: () => void): () => void {
  if (tf.getBackend() !== 'webgl') return () => {};
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  const canvas = gl?.canvas;
  if (!canvas || !('addEventListener' in canvas)) return () => {};
  const handler = () => onLost();
  canvas.addEventListener('webglcontextlost', handler, { once: true });
  return () => canvas.removeEventListener('webglcontextlost', handler);
}

/**
 * After a lost context: webgl is dropped (its textures are gone) and the next backend of the
 * policy takes over, wasm then cpu. Tensors on webgl are lost with it; the app recomputes
 * from its state, which holds no tensors.
 */
export async function replaceLostWebgl(): Promise<BackendInfo> {
  try {
    tf.removeBackend('webgl');
  } catch {
    // Disposing a backend whose context is gone may throw; it is unusable either way.
  }
  const info = await initBackend({ force: 'wasm' });
  current = {
    ...info,
    reasonCode: 'fallback',
    reason: `${CONTEXT_LOST}: fell back to ${info.name}`,
    failures: [{ name: 'webgl', error: CONTEXT_LOST }, ...info.failures],
  };
  return current;
}
