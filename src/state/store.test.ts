import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { createAppStore, PREFS_KEY } from './store';
import { detectLang } from './prefs';

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
