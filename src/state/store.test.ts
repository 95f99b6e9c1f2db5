import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAppStore, PREFS_KEY } from './store';
import { detectLang } from './prefs';
import { watched } from './url/history';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & {
  data: Record<string, string>;
} {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

describe('createAppStore', () => {
  it('reads the tab and the backend request from the URL', () => {
    const s = createAppStore({ hash: '#/guide', search: '?backend=cpu' }).getState();
    expect(s.tab).toBe('guide');
    expect(s.backend).toMatchObject({ status: 'loading', request: { force: 'cpu' } });
  });

  it('persists language and theme only', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    store.getState().setLang('zh-CN');
    store.getState().setTheme('dark');
    store.getState().setTab('train');
    const saved = JSON.parse(storage.data[PREFS_KEY]);
    expect(saved.state).toEqual({ lang: 'zh-CN', theme: 'dark' });
    const again = createAppStore({ storage }).getState();
    expect(again.lang).toBe('zh-CN');
    expect(again.theme).toBe('dark');
    expect(again.tab).toBe('explore');
  });

  it('writes the prefs only when they change, not on every set (a drag sets the store each move)', () => {
    const storage = memoryStorage();
    let writes = 0;
    const counting = {
      ...storage,
      setItem: (k: string, v: string) => (writes++, storage.setItem(k, v)),
    };
    const store = createAppStore({ storage: counting });
    const first = writes;
    for (let k = 0; k < 50; k++) store.getState().setTab(k % 2 ? 'train' : 'explore');
    expect(writes).toBe(first);
    store.getState().setTheme('dark');
    expect(writes).toBe(first + 1);
    expect(JSON.parse(storage.data[PREFS_KEY]).state.theme).toBe('dark');
    store.getState().setTheme('light');
    store.getState().setTheme('dark');
    expect(writes).toBe(first + 3);
  });

  it('drops invalid stored values, keeping the defaults', () => {
    const storage = memoryStorage({
      [PREFS_KEY]: JSON.stringify({ state: { lang: 'fr', theme: 'dark' }, version: 1 }),
    });
    const s = createAppStore({ storage, languages: ['en-US'] }).getState();
    expect(s.lang).toBe('en');
    expect(s.theme).toBe('dark');
  });

  it('two stores never share state', () => {
    const a = createAppStore();
    const b = createAppStore();
    a.getState().setTab('train');
    expect(b.getState().tab).toBe('explore');
  });
});

describe('detectLang', () => {
  it('picks the first known language', () => {
    expect(detectLang(['zh-TW', 'en'])).toBe('zh-CN');
    expect(detectLang(['fr', 'en-GB', 'zh'])).toBe('en');
    expect(detectLang([])).toBe('en');
  });
});

describe('settings and runtime state', () => {
  it('runtime changes (playback, hover, drafts, notices, run generations) wake no URL or undo listener', () => {
    const store = createAppStore();
    const s = store.getState();
    const prev = store.getState();
    s.trainActions.setStep(7);
    s.trainActions.setPlaying(true);
    s.trainActions.setHover({ w: 1, b: 2 });
    s.trainActions.setDragging(1);
    s.trainActions.addGhost({ label: 'a', epochs: [0], loss: [1] });
    s.exploreActions.editCell(s.explore.rows.regression[0].id, 'yHat', 'abc');
    s.exploreActions.deleteRow(0);
    s.exploreActions.deleteRow(0);
    s.exploreActions.deleteRow(0);
    s.exploreActions.deleteRow(0); // the last row stays, with a notice
    const afterExplore = store.getState();
    expect(afterExplore.exploreRuntime.notice).toBe('lastRow');
    s.applicationsActions.setKStep(3);
    s.applicationsActions.setKPlaying(true);
    s.applicationsActions.setClassifier({ playing: true });
    const now = store.getState();
    // The deletes changed the rows (settings); everything after them is runtime.
    expect(watched(now, afterExplore)).toBe(false);
    expect(now.train).toBe(prev.train);
    expect(now.applications).toBe(prev.applications);
  });

  it('a refused cell keeps the settings object; a valid one replaces it', () => {
    const store = createAppStore();
    const s = store.getState();
    const id = s.explore.rows.regression[0].id;
    s.exploreActions.editCell(id, 'yHat', 'x');
    expect(store.getState().explore).toBe(s.explore);
    expect(store.getState().exploreRuntime.drafts[`${id}.yHat`]).toBe('x');
    s.exploreActions.editCell(id, 'yHat', '3');
    expect(store.getState().explore).not.toBe(s.explore);
    expect(store.getState().explore.rows.regression[0].yHat).toBe(3);
  });
});

describe('where the start-up state comes from (issue 18)', () => {
  const urlHash = '#/train?v=1&tlr=0.5';
  const storedHash = '#/train?v=1&tlr=0.25';
  const withStored = (rev: number, sid = 'tab1') =>
    memoryStorage({
      'losscape:state': storedHash,
      'losscape:state-mark': JSON.stringify({ sid, rev }),
    });
  const lr = (s: ReturnType<typeof createAppStore>) => s.getState().train.optimizer.lr;

  it('a reload of the same tab takes storage when its revision is newer', () => {
    const session = { id: 'tab1', entry: { sid: 'tab1', rev: 5 }, reload: true };
    expect(lr(createAppStore({ hash: urlHash, storage: withStored(6), session }))).toBe(0.25);
    // Not newer, another tab's storage, or not a reload (Back/Forward, a link): the URL wins.
    expect(lr(createAppStore({ hash: urlHash, storage: withStored(5), session }))).toBe(0.5);
    expect(lr(createAppStore({ hash: urlHash, storage: withStored(9, 'tab2'), session }))).toBe(
      0.5,
    );
    const nav = { ...session, reload: false };
    expect(lr(createAppStore({ hash: urlHash, storage: withStored(9), session: nav }))).toBe(0.5);
    const outside = { ...session, entry: null };
    expect(lr(createAppStore({ hash: urlHash, storage: withStored(9), session: outside }))).toBe(
      0.5,
    );
  });

  it('a link that cannot be read leaves the stored work in place, with a choice', () => {
    const storage = withStored(1);
    const s = createAppStore({ hash: '#/train?z=d1.AAAA', storage });
    expect(lr(s)).toBe(0.25);
    expect(s.getState().urlNotice).toEqual({ source: 'url', keys: ['url'], kept: true });
    expect(storage.data['losscape:state']).toBe(storedHash);
  });
});
