import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store';
import { REPLACE_DEBOUNCE_MS, startUrlSync } from './history';
import { STATE_KEY, STATE_MARK_KEY } from './storage';
import { fakeWindow, memory } from '../../test/urlWindow';

afterEach(() => vi.useRealTimers());

describe('startUrlSync', () => {
  it('pushes discrete changes, replaces drags once they pause, and follows Back/Forward', () => {
    vi.useFakeTimers();
    const win = fakeWindow('');
    const storage = memory();
    const store = createAppStore({ hash: '', storage });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage });
    expect(win.entries).toEqual(['#/explore']);

    store.getState().setTab('train'); // discrete: a new entry
    expect(win.entries).toEqual(['#/explore', '#/train']);
    for (let i = 1; i <= 30; i++)
      store.getState().trainActions.setOptimizer({ lr: 0.1 + i / 1000 });
    expect(win.entries.length).toBe(2); // dragging: no entry per frame
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(win.entries).toEqual(['#/explore', '#/train?v=1&tlr=0.13']);
    expect(storage.data[STATE_KEY]).toBe('#/train?v=1&tlr=0.13');

    store.getState().trainActions.setOptimizer({ name: 'adam' });
    expect(win.entries.length).toBe(3);
    win.back();
    expect(store.getState().train.optimizer).toMatchObject({ name: 'sgd', lr: 0.13 });
    win.back();
    expect(store.getState().tab).toBe('explore');
    expect(store.getState().train.optimizer.lr).toBe(0.1);
    win.forward();
    win.forward();
    expect(store.getState().train.optimizer.name).toBe('adam');
    expect(win.entries.length).toBe(3); // reading the history wrote no entries
    stop();
  });

  it('an edited link with a bad value is applied, named, and rewritten canonically', () => {
    const win = fakeWindow('#/explore');
    const store = createAppStore({ hash: '#/explore' });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage: null });
    win.entries.push('#/train?v=1&tep=abc&tlr=0.05');
    win.forward();
    expect(store.getState().tab).toBe('train');
    expect(store.getState().train.optimizer.lr).toBe(0.05);
    expect(store.getState().urlNotice).toEqual({ source: 'url', keys: ['tep'] });
    expect(win.entries[1]).toBe('#/train?v=1&tlr=0.05');
    stop();
  });

  it('an embedded view never pushes and never writes storage', () => {
    const win = fakeWindow('#/train?v=1&embed=1');
    const storage = memory();
    const store = createAppStore({ hash: win.location.hash, storage });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage });
    store.getState().trainActions.setLoss('mae');
    expect(win.entries).toEqual(['#/train?v=1&embed=1&tl=mae']);
    expect(storage.data).toEqual({});
    stop();
  });
});

describe('createAppStore with URL and storage', () => {
  it('a link with state wins over storage; a bare link restores it', () => {
    const storage = memory();
    storage.data[STATE_KEY] = '#/train?v=1&tlr=0.02';
    const bare = createAppStore({ hash: '', storage }).getState();
    expect(bare.tab).toBe('train');
    expect(bare.train.optimizer.lr).toBe(0.02);
    const tabOnly = createAppStore({ hash: '#/guide', storage }).getState();
    expect(tabOnly.tab).toBe('guide');
    expect(tabOnly.train.optimizer.lr).toBe(0.02);
    const link = createAppStore({ hash: '#/train?v=1&tep=9', storage }).getState();
    expect(link.train.optimizer.lr).toBe(0.1);
    expect(link.train.epochs).toBe(9);
  });

  it('a corrupt stored state is discarded with a notice', () => {
    const storage = memory();
    storage.data[STATE_KEY] = '{"oops"';
    const s = createAppStore({ hash: '', storage }).getState();
    expect(s.urlNotice).toEqual({ source: 'storage', keys: ['storage'] });
    expect(storage.data[STATE_KEY]).toBeUndefined();
    storage.data[STATE_KEY] = '#/train?v=1&tlr=zzz';
    expect(createAppStore({ hash: '', storage }).getState().urlNotice).toEqual({
      source: 'storage',
      keys: ['tlr'],
    });
  });

  it('an embedded view reads no storage', () => {
    const storage = memory();
    storage.data[STATE_KEY] = '#/train?v=1&tlr=0.02';
    const s = createAppStore({ hash: '#/train?embed=1', storage }).getState();
    expect(s.embed).toBe(true);
    expect(s.train.optimizer.lr).toBe(0.1);
  });
});

describe('flushes before the page goes (issue 18)', () => {
  /** fakeWindow with a history state and a document for visibilitychange. */
  function marked() {
    const win = fakeWindow('');
    let state: unknown = null;
    const docListeners: (() => void)[] = [];
    const doc = {
      visibilityState: 'visible',
      addEventListener: (_: string, f: () => void) => docListeners.push(f),
      removeEventListener: () => undefined,
    };
    const replace = win.history.replaceState;
    const push = win.history.pushState;
    Object.defineProperty(win.history, 'state', { get: () => state });
    win.history.replaceState = (s: unknown, t: string, url: string) => {
      state = s;
      replace(s, t, url);
    };
    win.history.pushState = (s: unknown, t: string, url: string) => {
      state = s;
      push(s, t, url);
    };
    const hide = () => fire('pagehide');
    const listeners: Record<string, (() => void)[]> = {};
    const add = win.addEventListener;
    win.addEventListener = (t: string, f: () => void) => {
      (listeners[t] ??= []).push(f);
      return add(t, f);
    };
    const fire = (t: string) => listeners[t]?.forEach((f) => f());
    const pointer = (t: string) =>
      (listeners[t] as unknown as ((e: { pointerId: number }) => void)[] | undefined)?.forEach(
        (f) => f({ pointerId: 1 }),
      );
    const hidden = () => {
      doc.visibilityState = 'hidden';
      docListeners.forEach((f) => f());
    };
    return Object.assign(win, { document: doc, hide, hidden, pointer, state: () => state });
  }

  it('pagehide writes the last edit to storage with a newer revision than the entry', () => {
    vi.useFakeTimers();
    const win = marked();
    const storage = memory();
    const store = createAppStore({ hash: '#/train', storage });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage, sid: 's1' });
    const entry = (win.state() as { losscape: { sid: string; rev: number } }).losscape;
    expect(entry.sid).toBe('s1');
    store.getState().trainActions.setOptimizer({ lr: 0.123456789 });
    win.hide();
    expect(storage.data[STATE_KEY]).toBe('#/train?v=1&tlr=0.123456789');
    const mark = JSON.parse(storage.data[STATE_MARK_KEY]) as { sid: string; rev: number };
    expect(mark.sid).toBe('s1');
    expect(mark.rev).toBeGreaterThan(entry.rev);
    // The entry keeps its mark: a reload whose URL missed this write lets storage win.
    expect((win.state() as { losscape: unknown }).losscape).toEqual(entry);
    stop();
  });

  it('a held pointer defers the URL and storage; the release stores at once, pagehide flushes', () => {
    vi.useFakeTimers();
    const win = marked();
    const storage = memory();
    const store = createAppStore({ hash: '#/train', storage });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage, sid: 's1' });
    const before = storage.data[STATE_KEY];
    win.pointer('pointerdown');
    store.getState().trainActions.setOptimizer({ lr: 0.25 });
    vi.advanceTimersByTime(2000); // past the store interval and the URL's longest wait
    expect(storage.data[STATE_KEY]).toBe(before);
    expect(win.location.hash).toBe('#/train');
    win.pointer('pointerup');
    expect(storage.data[STATE_KEY]).toBe('#/train?v=1&tlr=0.25'); // stored on release
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS);
    expect(win.location.hash).toBe('#/train?v=1&tlr=0.25');
    // Held again, then the page goes: the held edit is flushed.
    win.pointer('pointerdown');
    store.getState().trainActions.setOptimizer({ lr: 0.75 });
    win.hide();
    expect(storage.data[STATE_KEY]).toBe('#/train?v=1&tlr=0.75');
    stop();
  });

  it('visibilitychange to hidden flushes URL and storage together', () => {
    vi.useFakeTimers();
    const win = marked();
    const storage = memory();
    const store = createAppStore({ hash: '#/train', storage });
    const stop = startUrlSync(store, { win: win as unknown as Window, storage, sid: 's1' });
    store.getState().trainActions.setOptimizer({ lr: 0.5 });
    win.hidden();
    expect(win.location.hash).toBe('#/train?v=1&tlr=0.5');
    expect(storage.data[STATE_KEY]).toBe('#/train?v=1&tlr=0.5');
    const mark = JSON.parse(storage.data[STATE_MARK_KEY]) as { rev: number };
    expect((win.state() as { losscape: { rev: number } }).losscape.rev).toBe(mark.rev);
    stop();
  });
});
