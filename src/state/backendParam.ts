// `?backend=webgl|wasm|cpu` forces the main-thread tfjs backend. A bad value is not an error:
// the app chooses automatically and says so (`invalid` holds what was given).
import type { BackendName } from '../math';

const BACKENDS = ['webgl', 'wasm', 'cpu'] as const satisfies readonly BackendName[];
const isBackend = (v: string): v is BackendName => (BACKENDS as readonly string[]).includes(v);

export interface BackendRequest {
  force?: BackendName;
  invalid?: string;
}

/** Reads `?backend=` (the main thread's backend) or, with key 'surface', the surface worker's. */
export function parseBackendParam(
  search: string,
  key: 'backend' | 'surface' = 'backend',
): BackendRequest {
  const raw = new URLSearchParams(search).get(key);
  if (raw === null || raw === '' || raw === 'auto') return {};
  const name = raw.toLowerCase();
  return isBackend(name) ? { force: name } : { invalid: raw.slice(0, 40) };
}
