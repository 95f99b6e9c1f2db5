// `?backend=webgl|wasm|cpu` forces the main-thread tfjs backend. A bad value is not an error:
// the app chooses automatically and says so (`invalid` holds what was given).
import { z } from 'zod/mini';
import type { BackendName } from '../math';

const BACKENDS = ['webgl', 'wasm', 'cpu'] as const satisfies readonly BackendName[];
const BackendParam = z.enum(BACKENDS);

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
  const parsed = BackendParam.safeParse(raw.toLowerCase());
  return parsed.success ? { force: parsed.data } : { invalid: raw.slice(0, 40) };
}
