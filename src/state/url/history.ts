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
import { createEditTracker, REPLACE_DEBOUNCE_MS } from './editTracker';
import { addFlusher } from './flush';
import { decodeHash, draftOf, encodeHash } from './urlState';

export { REPLACE_DEBOUNCE_MS, signature, watched } from './editTracker';
import { watched } from './editTracker';
const MAX_WAIT_MS = 1000;
const STORE_EVERY_MS = 100;

/** Hashes this app reads: `#/…`, a v0 link `#?…`, or none (`#main` and the like are not ours). */
const ours = (hash: string) => hash === '' || hash.startsWith('#/') || hash.startsWith('#?');

export interface SyncEnv {
  win: Window;
  storage: StateStorage | null;
  /** This tab's session id (sessionStorage in the browser). */
  sid?: string;
  /**
   * The state the page started with, when the sync starts later (it loads after the first
   * paint): the URL is written for it, and the changes made since follow as edits would.
   */
  from?: AppState;
}

// Called before the page reloads itself (a new version).
export { flushUrlState } from './flush';

export function startUrlSync(
  store: AppStore,
  { win, storage, sid: given, from }: SyncEnv,
): () => void {
  const embed = store.getState().embed;
  const persist = embed ? null : storage;
  const sid = given ?? (persist ? tabSessionId() : '');
  const urlOf = (hash: string) => `${win.location.pathname}${win.location.search}${hash}`;
  let lastHash = encodeHash(draftOf(from ?? store.getState()));
  /** What the URL shows for lastHash: itself, or its packed form once that is ready. */
  let shown = lastHash;
  /** What storage holds (written with the URL, or ahead of it: storeNow below). */
  let storedHash = lastHash;
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
    lastHash = shown = storedHash = hash;
    writeStoredHash(persist, hash, sid ? m : undefined);
    if (how !== 'hide') pack(hash);
  };

  write(lastHash, 'replace');

  /** Writes the state now, when it differs from the URL's. */
  const flush = (push: boolean, how: 'replace' | 'hide' = 'replace') => {
    const hash = encodeHash(draftOf(store.getState()));
    if (hash === lastHash) return;
    write(hash, push && !embed ? 'push' : how);
  };

  const edits = createEditTracker(store, {
    debounceMs: REPLACE_DEBOUNCE_MS,
    maxWaitMs: MAX_WAIT_MS,
    onDiscrete: () => flush(true),
    onSettle: () => flush(false),
  });
  const unsubscribe = edits.listen(from);

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
    edits.applying(() => store.setState(urlPatch(store.getState(), dec, false)));
    const canonical = encodeHash(draftOf(store.getState()));
    if (canonical !== win.location.hash)
      win.history.replaceState(win.history.state, '', urlOf(canonical));
    lastHash = shown = storedHash = canonical;
    writeStoredHash(persist, canonical, sid ? mark() : undefined);
    pack(canonical);
    if (dec.ignored.length) store.getState().setUrlNotice({ source: 'url', keys: dec.ignored });
  };

  const onNavigate = () => {
    const hash = win.location.hash;
    if (hash === lastHash || hash === shown || !ours(hash)) return;
    if (edits.settle()) flush(false); // a pending edit belongs to the entry being left
    const token = ++navigation;
    if (!isPacked(hash)) return apply(hash);
    void unpackHash(hash).then((u) => {
      // A later navigation has moved on: this one is stale.
      if (!disposed && token === navigation) apply(u.ok ? u.hash : UNREADABLE_HASH);
    });
  };

  const onHide = () => {
    if (edits.settle()) flush(false, 'hide');
  };
  const onVisibility = () => {
    if (win.document?.visibilityState === 'hidden' && edits.settle()) flush(false);
  };
  const flushNow = () => {
    if (edits.settle()) flush(false);
  };

  // Storage does not wait for the URL's debounce: a committed edit is stored at once (at most
  // every STORE_EVERY_MS, the last one always), so a reload right after an edit finds it even
  // when the old page's pagehide flush lands too late (issue 18; seen ~1 in 20 under load).
  let lastStored = 0;
  let storeTimer: ReturnType<typeof setTimeout> | null = null;
  const storeNow = () => {
    storeTimer = null;
    lastStored = Date.now();
    const hash = encodeHash(draftOf(store.getState()));
    if (disposed || hash === storedHash) return;
    storedHash = hash;
    writeStoredHash(persist, hash, sid ? mark() : undefined);
  };
  const scheduleStore = (wait: number) => {
    if (wait <= 0) storeNow();
    else storeTimer = setTimeout(storeNow, wait);
  };
  // While a pointer is held (a drag, a slider), neither the URL nor storage is written per move:
  // encoding the state and writing it cost a drag frame its budget (issue 15). The release
  // stores the last edit at once and starts the URL's debounce; pagehide flushes a held edit.
  const down = new Set<number>();
  let heldEdit = false;
  const hold = (on: boolean) => {
    edits.hold(on);
    if (on || !heldEdit || disposed) return;
    heldEdit = false;
    if (storeTimer !== null) clearTimeout(storeTimer);
    scheduleStore(0);
  };
  const onDown = (e: PointerEvent) => {
    down.add(e.pointerId);
    hold(true);
  };
  const onUp = (e: PointerEvent) => {
    down.delete(e.pointerId);
    if (!down.size) hold(false);
  };
  const onBlur = () => {
    down.clear();
    hold(false);
  };
  const unstore = persist
    ? store.subscribe((s, p) => {
        if (!watched(s, p)) return;
        if (down.size) return void (heldEdit = true);
        if (storeTimer !== null) return;
        scheduleStore(STORE_EVERY_MS - (Date.now() - lastStored));
      })
    : () => undefined;

  const unflush = addFlusher(flushNow);
  win.addEventListener('popstate', onNavigate);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('pagehide', onHide);
  win.document?.addEventListener('visibilitychange', onVisibility);
  const capture = { capture: true };
  win.addEventListener('pointerdown', onDown, capture);
  win.addEventListener('pointerup', onUp, capture);
  win.addEventListener('pointercancel', onUp, capture);
  win.addEventListener('blur', onBlur);
  return () => {
    win.removeEventListener('pointerdown', onDown, capture);
    win.removeEventListener('pointerup', onUp, capture);
    win.removeEventListener('pointercancel', onUp, capture);
    win.removeEventListener('blur', onBlur);
    unsubscribe();
    unstore();
    if (storeTimer !== null) clearTimeout(storeTimer);
    if (edits.settle()) flush(false);
    disposed = true;
    unflush();
    win.removeEventListener('popstate', onNavigate);
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('pagehide', onHide);
    win.document?.removeEventListener('visibilitychange', onVisibility);
  };
}
