// Keeps the URL and the store in step. A discrete change (tab, task, preset, loss, optimizer…:
// the fields marked `discrete`) is a history entry of its own (pushState), so Back undoes it;
// continuous ones (dragging, typing, sliders) rewrite the current entry once they pause
// (debounced replaceState), so Back never steps through drag frames. Back/Forward and edited
// links are read back into the store. An embedded view only ever replaces: an iframe's
// pushState would add entries to the course page's own Back button.
import type { StateStorage } from 'zustand/middleware';
import type { AppState, AppStore } from '../appState';
import { urlPatch } from './apply';
import { isPacked, packHash, PACK_OVER, unpackHash, UNREADABLE_HASH } from './pack';
import { tabSessionId, withMark, writeStoredHash, type Mark } from './storage';
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
  /** This tab's session id (sessionStorage in the browser). */
  sid?: string;
}

/** The flushes of the running syncs: called before the page reloads itself (a new version). */
const flushers = new Set<() => void>();

/** Writes any pending edit to the URL and storage now (synchronously). */
export function flushUrlState(): void {
  flushers.forEach((f) => f());
}

export function startUrlSync(store: AppStore, { win, storage, sid: given }: SyncEnv): () => void {
  const embed = store.getState().embed;
  const persist = embed ? null : storage;
  const sid = given ?? (persist ? tabSessionId() : '');
  const urlOf = (hash: string) => `${win.location.pathname}${win.location.search}${hash}`;
  let lastHash = encodeHash(draftOf(store.getState()));
  /** What the URL shows for lastHash: itself, or its packed form once that is ready. */
  let shown = lastHash;
  let lastSig = signature(store.getState());
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let applying = false;
  let disposed = false;
  let navigation = 0;
  let rev = 0;
  const mark = (): Mark => ({ sid, rev: (rev = Math.max(rev + 1, Date.now())) });

  /** A long hash is shown packed once the compression stream has made it. */
  const pack = (hash: string) => {
    if (hash.length <= PACK_OVER) return;
    void packHash(hash).then((p) => {
      if (disposed || p === hash || lastHash !== hash) return;
      win.history.replaceState(win.history.state, '', urlOf(p));
      shown = p;
    });
  };

  /**
   * Writes a state to the URL (a new entry, or this one) and to storage, both marked with one
   * new revision. At pagehide the entry's mark stays as it was: the URL write may come too late
   * for a reload, and then the newer stored revision wins (storage.ts).
   */
  const write = (hash: string, how: 'push' | 'replace' | 'hide') => {
    const m = mark();
    if (how === 'push') win.history.pushState(withMark(null, m), '', urlOf(hash));
    else {
      const state = how === 'hide' ? win.history.state : withMark(win.history.state, m);
      win.history.replaceState(state, '', urlOf(hash));
    }
    lastHash = shown = hash;
    writeStoredHash(persist, hash, sid ? m : undefined);
    if (how !== 'hide') pack(hash);
  };

  write(lastHash, 'replace');

  const flush = (push: boolean, how: 'replace' | 'hide' = 'replace') => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    firstPending = 0;
    const hash = encodeHash(draftOf(store.getState()));
    if (hash === lastHash) return;
    write(hash, push && !embed ? 'push' : how);
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

  /** Reads a plain hash into the store; one that cannot be read at all changes nothing. */
  const apply = (plain: string) => {
    const dec = decodeHash(plain);
    if (dec.ignored.includes('url')) {
      // Never over the user's work: the view (and storage) stay, the URL shows them again.
      win.history.replaceState(win.history.state, '', urlOf(shown));
      store.getState().setUrlNotice({ source: 'url', keys: ['url'], kept: true });
      return;
    }
    // The store change below must not write the link back as a new entry.
    applying = true;
    try {
      store.setState(urlPatch(store.getState(), dec, false));
    } finally {
      applying = false;
    }
    lastSig = signature(store.getState());
    const canonical = encodeHash(draftOf(store.getState()));
    if (canonical !== win.location.hash)
      win.history.replaceState(win.history.state, '', urlOf(canonical));
    lastHash = shown = canonical;
    writeStoredHash(persist, canonical, sid ? mark() : undefined);
    pack(canonical);
    if (dec.ignored.length) store.getState().setUrlNotice({ source: 'url', keys: dec.ignored });
  };

  const onNavigate = () => {
    const hash = win.location.hash;
    if (hash === lastHash || hash === shown || !ours(hash)) return;
    if (timer !== null) flush(false); // a pending edit belongs to the entry being left
    const token = ++navigation;
    if (!isPacked(hash)) return apply(hash);
    void unpackHash(hash).then((u) => {
      // A later navigation has moved on: this one is stale.
      if (!disposed && token === navigation) apply(u.ok ? u.hash : UNREADABLE_HASH);
    });
  };

  const onHide = () => {
    if (timer !== null) flush(false, 'hide');
  };
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden' && timer !== null) flush(false);
  };
  const flushNow = () => {
    if (timer !== null) flush(false);
  };

  flushers.add(flushNow);
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('pagehide', onHide);
  win.document?.addEventListener('visibilitychange', onVisibility);
  return () => {
    unsubscribe();
    if (timer !== null) flush(false);
    disposed = true;
    flushers.delete(flushNow);
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('pagehide', onHide);
    win.document?.removeEventListener('visibilitychange', onVisibility);
  };
}
