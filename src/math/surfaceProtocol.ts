// Messages between the main thread and the surface worker.
import type { EngineChoice } from './engineChoice';
import type { SurfaceRequest } from './surface';

export type SurfaceEngineKind = 'fused-webgl' | 'chunked-ops';

export interface SurfaceEngineInfo {
  /** tfjs backend in the worker (or on the main thread, where no worker could start). */
  backend: 'webgl' | 'wasm' | 'cpu';
  engine: SurfaceEngineKind;
  renderer: string | null;
  /** Where the surfaces are computed: one worker, a pool of workers splitting the grid, or the page. */
  thread: 'worker' | 'workers' | 'main';
  /** Pool size, where thread is 'workers'. */
  workers?: number;
  reason: string;
  /** The measurement that chose this engine (absent when forced or started directly). */
  choice?: EngineChoice;
}

export type WorkerRequest =
  | { type: 'init'; force?: 'webgl' | 'wasm' | 'cpu' }
  | { type: 'surface'; id: number; req: Omit<SurfaceRequest, 'signal'> };

export type WorkerReply =
  | { type: 'ready'; info: SurfaceEngineInfo }
  | { type: 'init-failed'; error: string }
  | { type: 'result'; id: number; values: Float32Array; ms: number }
  | { type: 'error'; id: number; error: { name: string; message: string; field?: string } };
