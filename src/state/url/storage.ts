// The last state of this browser: the URL hash it was written to, under one key, and beside it
// which tab session wrote it and when (its revision). What is read back is decoded like any
// link (bad keys fall back and are named); a value that is not a hash at all is discarded.
//
// Revisions (issue 18 part 2): every write of the state is numbered, and the history entry it
// went to is marked with the same tab-session id and revision (history.state). A flush at
// pagehide reaches storage but may come too late for the reload's URL, so it writes storage
// with a newer revision and leaves the entry's mark as it was: on a reload of the same tab, a
// newer stored revision means the URL missed the last edits and storage wins. Back/Forward and
// links from outside are never reloads, and always win.
import type { StateStorage } from 'zustand/middleware';

export const STATE_KEY = 'losscape:state';
export const STATE_MARK_KEY = 'losscape:state-mark';
const SESSION_KEY = 'losscape:tab-session';

/** Which tab session wrote a state, and its revision. */
export interface Mark {
  sid: string;
  rev: number;
}

export const isMark = (v: unknown): v is Mark =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Mark).sid === 'string' &&
  Number.isFinite((v as Mark).rev);

export interface Stored {
  hash: string | null;
  corrupt: boolean;
  mark?: Mark | null;
}

export function readStoredHash(storage: StateStorage): Stored {
  let raw: unknown;
  let mark: Mark | null = null;
  try {
    raw = storage.getItem(STATE_KEY);
    const m = storage.getItem(STATE_MARK_KEY);
    if (typeof m === 'string') {
      const parsed: unknown = JSON.parse(m);
      if (isMark(parsed)) mark = parsed;
    }
  } catch {
    if (raw === undefined) return { hash: null, corrupt: false };
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
  return { hash: raw, corrupt: false, mark };
}

export function writeStoredHash(storage: StateStorage | null, hash: string, mark?: Mark): void {
  try {
    storage?.setItem(STATE_KEY, hash);
    if (mark) storage?.setItem(STATE_MARK_KEY, JSON.stringify(mark));
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

/** This tab's session id: kept in sessionStorage, so it survives reloads of this tab only. */
export function tabSessionId(): string {
  const fresh = () => Math.random().toString(36).slice(2, 12);
  try {
    const s = window.sessionStorage;
    const id = s.getItem(SESSION_KEY);
    if (id) return id;
    const made = fresh();
    s.setItem(SESSION_KEY, made);
    return made;
  } catch {
    return fresh();
  }
}

/** The mark of the current history entry, if it has one. */
export function entryMark(state: unknown): Mark | null {
  const m = (state as { losscape?: unknown } | null)?.losscape;
  return isMark(m) ? m : null;
}

/** A history state with this app's mark, keeping whatever else is there. */
export function withMark(state: unknown, mark: Mark): Record<string, unknown> {
  const base = typeof state === 'object' && state !== null ? (state as Record<string, unknown>) : {};
  return { ...base, losscape: mark };
}

/** Whether this page load is a reload (the Navigation Timing entry says so). */
export function isReload(): boolean {
  try {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return nav?.type === 'reload';
  } catch {
    return false;
  }
}
