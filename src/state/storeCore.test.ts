import { describe, expect, it, vi } from 'vitest';
import { bareStart, buildStore, type StoreInit } from './storeCore';
import { createAppStore } from './store';
import { bareTab, defaultDraft } from './url/defaults';
import { decodeHash, draftOf, FIELDS } from './url/urlState';
import { STATE_KEY, STATE_MARK_KEY } from './url/storage';
import { createUndo } from './undo/controller';
import { undoFor } from './undo/undo';

type Mem = ReturnType<typeof memory>;
function memory(initial: Record<string, string> = {}) {
  const data: Record<string, string> = { ...initial };
  return {
    data,
    getItem: (k: string) => data[k] ?? null,
    setItem: (k: string, v: string) => void (data[k] = v),
    removeItem: (k: string) => void delete data[k],
  };
}

/** Row ids come from one running counter: two fresh drafts differ only in them. */
const noIds = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(noIds)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.entries(v)
            .filter(([k]) => k !== 'id')
            .map(([k, x]) => [k, noIds(x)]),
        )
      : v;

const shown = (init: StoreInit) => {
  const s = createAppStore(init).getState();
  return { draft: noIds(draftOf(s)), notice: s.urlNotice, lang: s.lang, theme: s.theme };
};
const bare = (init: StoreInit) => {
  const start = bareStart(init);
  if (!start) return null;
  const s = buildStore(init, start).getState();
  return { draft: noIds(draftOf(s)), notice: s.urlNotice, lang: s.lang, theme: s.theme };
};
const stored = (hash: string, mark?: object) =>
  memory({ [STATE_KEY]: hash, ...(mark ? { [STATE_MARK_KEY]: JSON.stringify(mark) } : {}) });

describe('the defaults without the URL reader', () => {
  it('equal what the reader makes of a link without state, and every schema accepts them', () => {
    for (const tab of ['explore', 'train', 'applications', 'guide'] as const) {
      const d = decodeHash(`#/${tab}`);
      expect(d.ignored).toEqual([]);
      expect(noIds(defaultDraft(tab))).toEqual(noIds(d.draft));
    }
    const d = defaultDraft();
    for (const f of FIELDS) expect(f.schema(d).safeParse(f.get(d)).success, f.key).toBe(true);
  });

  it('bareTab names the tab of a hash without state, and nothing else', () => {
    expect(bareTab('')).toBe('explore');
    expect(bareTab('#')).toBe('explore');
    expect(bareTab('#/')).toBe('explore');
    expect(bareTab('#/train')).toBe('train');
    for (const h of ['#/train?v=1', '#/nope', '#/Train', '#?tlr=1', '#main', '#/train?'])
      expect(bareTab(h), h).toBeNull();
  });
});

describe('bareStart', () => {
  const session = { id: 's1', entry: { sid: 's1', rev: 5 }, reload: true };
  const cases: [string, StoreInit][] = [
    ['no hash', { hash: '' }],
    ['a tab', { hash: '#/train', languages: ['zh-CN'] }],
    ['empty storage', { hash: '#/guide', storage: memory() }],
    ['a stored tab', { hash: '', storage: stored('#/train') }],
    ['the link tab over a stored one', { hash: '#/guide', storage: stored('#/train') }],
    [
      'a newer stored tab on a reload',
      { hash: '#/guide', storage: stored('#/train', { sid: 's1', rev: 9 }), session },
    ],
    [
      'an older stored tab on a reload',
      { hash: '#/guide', storage: stored('#/train', { sid: 's1', rev: 2 }), session },
    ],
    ['corrupt storage', { hash: '#/train', storage: stored('garbage') }],
    [
      'stored prefs',
      {
        hash: '',
        storage: memory({
          'losscape:prefs': '{"state":{"lang":"zh-CN","theme":"dark"},"version":1}',
        }),
      },
    ],
  ];
  it.each(cases)('starts as createAppStore does: %s', (_, init) => {
    // Each side reads its own copy of storage (a corrupt entry is removed when read).
    const copy = (i: StoreInit): StoreInit =>
      i.storage ? { ...i, storage: memory({ ...(i.storage as Mem).data }) } : i;
    const b = bare(copy(init));
    expect(b).not.toBeNull();
    expect(b).toEqual(shown(copy(init)));
  });

  it('leaves any link or stored state with settings to the URL reader', () => {
    for (const init of [
      { hash: '#/train?v=1&tlr=0.05' },
      { hash: '#/nope' },
      { hash: '#/explore?embed=1' },
      { hash: '', storage: stored('#/train?v=1&tlr=0.05') },
    ])
      expect(bareStart(init), JSON.stringify(init.hash)).toBeNull();
  });
});

describe('undo made after the first paint', () => {
  it('the changes made before it loaded are its first step', () => {
    const store = createAppStore({ hash: '#/explore' });
    const from = store.getState();
    store.getState().setTab('train');
    const undo = createUndo(store, 10, from);
    const stop = undo.attach();
    expect(undo.status.getState().canUndo).toBe(true);
    expect(undo.undo()).toBe(true);
    expect(store.getState().tab).toBe('explore');
    stop();
  });

  it('undoFor answers at once and forwards to the history once loaded', async () => {
    const store = createAppStore({ hash: '#/explore' });
    const undo = undoFor(store);
    expect(undo.undo()).toBe(false);
    const stop = undo.attach();
    store.getState().setTab('guide');
    await vi.waitFor(() => expect(undo.status.getState().canUndo).toBe(true));
    expect(undo.undo()).toBe(true);
    expect(store.getState().tab).toBe('explore');
    stop();
  });
});
