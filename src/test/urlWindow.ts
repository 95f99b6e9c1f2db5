// Test doubles for the URL sync (src/state/url/history.ts): a window with a session history and
// a storage in memory.
import type { StateStorage } from 'zustand/middleware';

/** A window with a session history: enough of location, history and events for the sync. */
export function fakeWindow(hash = '') {
  const entries = [hash];
  let index = 0;
  const listeners: Record<string, (() => void)[]> = {};
  const win = {
    location: {
      pathname: '/',
      search: '',
      get hash() {
        return entries[index];
      },
    },
    history: {
      state: null,
      pushState: (_: unknown, __: string, url: string) => {
        entries.splice(index + 1, Infinity, url.slice(url.indexOf('#')));
        index++;
      },
      replaceState: (_: unknown, __: string, url: string) => {
        entries[index] = url.slice(url.indexOf('#'));
      },
    },
    addEventListener: (t: string, f: () => void) => (listeners[t] ??= []).push(f),
    removeEventListener: (t: string, f: () => void) => {
      listeners[t] = (listeners[t] ?? []).filter((g) => g !== f);
    },
    back() {
      index--;
      listeners.popstate?.forEach((f) => f());
    },
    forward() {
      index++;
      listeners.popstate?.forEach((f) => f());
    },
    entries,
    get index() {
      return index;
    },
  };
  return win;
}

export function memory(): StateStorage & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}
