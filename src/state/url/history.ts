// Keeps the URL and the store in step. A discrete change (tab, task, preset, loss, optimizer…:
// the fields marked `discrete`) is a history entry of its own (pushState), so Back undoes it;
// continuous ones (dragging, typing, sliders) rewrite the current entry once they pause
// (debounced replaceState), so Back never steps through drag frames. Back/Forward and edited
// links are read back into the store. An embedded view only ever replaces: an iframe's
// pushState would add entries to the course page's own Back button.
import type { StateStorage } from 'zustand/middleware';
import type { AppState, AppStore } from '../appState';
import { urlPatch } from './apply';
import { writeStoredHash } from './storage';
import { FIELDS, decodeHash, draftOf, encodeHash } from './urlState';

export const REPLACE_DEBOUNCE_MS = 300;
const MAX_WAIT_MS = 1000;
const DISCRETE = FIELDS.filter((f) => f.discrete);

/** What makes a change discrete: the tab and the discrete fields' values. */
export function signature(s: AppState): string {
  const d = draftOf(s);
  return [d.tab, ...DISCRETE.map((f) => f.write(f.get(d)))].join('|');
}

export const watched = (s: AppState, p: AppState) =>
  s.tab !== p.tab ||
  s.lang !== p.lang ||
  s.theme !== p.theme ||
  s.explore !== p.explore ||
  s.train !== p.train ||
  s.applications !== p.applications ||
  s.lesson !== p.lesson;

/** Hashes this app reads: `#/…`, a v0 link `#?…`, or none (`#main` and the like are not ours). */
const ours = (hash: string) => hash === '' || hash.startsWith('#/') || hash.startsWith('#?');

export interface SyncEnv {
  win: Window;
  storage: StateStorage | null;
}

export function startUrlSync(store: AppStore, { win, storage }: SyncEnv): () => void {
  const embed = store.getState().embed;
  const persist = embed ? null : storage;
  const urlOf = (hash: string) => `${win.location.pathname}${win.location.search}${hash}`;
  let lastHash = encodeHash(draftOf(store.getState()));
  let lastSig = signature(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let applying = false;

  if (win.location.hash !== lastHash)
    win.history.replaceState(win.history.state, '', urlOf(lastHash));
  writeStoredHash(persist, lastHash);

  const flush = (push: boolean) => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = 0;
    const hash = encodeHash(draftOf(store.getState()));
    if (hash === lastHash) return;
    if (push && !embed) win.history.pushState(null, '', urlOf(hash));
    else win.history.replaceState(win.history.state, '', urlOf(hash));
    lastHash = hash;
    writeStoredHash(persist, hash);
  };

  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer !== null) clearTimeout(timer);
    const wait = Math.max(0, Math.min(REPLACE_DEBOUNCE_MS, firstPending + MAX_WAIT_MS - now));
    timer = setTimeout(() => flush(false), wait);
  };

  const unsubscribe = store.subscribe((s, prev) => {
    if (applying || !watched(s, prev)) return;
    const sig = signature(s);
    if (sig !== lastSig) {
      lastSig = sig;
      flush(true);
    } else schedule();
  });

  const onNavigate = () => {
    const hash = win.location.hash;
    if (hash === lastHash || !ours(hash)) return;
    if (timer !== null) flush(false); // a pending edit belongs to the entry being left
    const dec = decodeHash(hash);
    // The store change below must not write the link back as a new entry.
    applying = true;
    try {
      store.setState(urlPatch(store.getState(), dec, false));
    } finally {
      applying = false;
    }
    lastSig = signature(store.getState());
    const canonical = encodeHash(draftOf(store.getState()));
    if (canonical !== hash) win.history.replaceState(win.history.state, '', urlOf(canonical));
    lastHash = canonical;
    writeStoredHash(persist, canonical);
    if (dec.ignored.length) store.getState().setUrlNotice({ source: 'url', keys: dec.ignored });
  };

  const onHide = () => {
    if (timer !== null) flush(false);
  };

  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('pagehide', onHide);
  return () => {
    unsubscribe();
    if (timer !== null) flush(false);
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('pagehide', onHide);
  };
}
