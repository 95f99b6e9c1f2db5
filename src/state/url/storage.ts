// The last state of this browser: the URL hash it was written to, under one key. What is read
// back is decoded like any link (bad keys fall back and are named); a value that is not a hash
// at all is discarded.
import type { StateStorage } from 'zustand/middleware';

export const STATE_KEY = 'losscape:state';

export function readStoredHash(storage: StateStorage): { hash: string | null; corrupt: boolean } {
  let raw: unknown;
  try {
    raw = storage.getItem(STATE_KEY);
  } catch {
    return { hash: null, corrupt: false };
  }
  if (raw === null || raw === undefined) return { hash: null, corrupt: false };
  if (typeof raw !== 'string' || !raw.startsWith('#/')) {
    try {
      storage.removeItem(STATE_KEY);
    } catch {
      /* storage refused: nothing to clean */
    }
    return { hash: null, corrupt: true };
  }
  return { hash: raw, corrupt: false };
}

export function writeStoredHash(storage: StateStorage | null, hash: string): void {
  try {
    storage?.setItem(STATE_KEY, hash);
  } catch {
    /* quota or blocked storage: the URL still holds the state */
  }
}

/** This window's localStorage, or null where it is blocked (a sandboxed iframe, a privacy mode). */
export function browserStorage(): StateStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
