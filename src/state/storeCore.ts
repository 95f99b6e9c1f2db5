// The store itself, without the URL reader: slices, shell fields, backend request and the
// persisted preferences. store.ts (createAppStore) starts it from a decoded link or storage;
// browserStore.ts starts it at once from the defaults when neither carries any state, so the
// first paint of a plain link loads no codec and no zod.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { parseBackendParam } from './backendParam';
import { detectLang, validPrefs } from './prefs';
import type { AppState, AppStore, UrlNotice } from './appState';
import { bareTab } from './url/defaults';
import { readStoredHash, type Mark, type Stored } from './url/storage';
import type { TabId } from './tabs';
import { createExploreSlice } from './explore/slice';
import { createTrainSlice } from './train/slice';
import { createApplicationsSlice } from './applications/slice';
import { createLandscapeFileSlice } from './applications/landscapeFile';
import { createLessonSlice } from './lesson/slice';

export interface StoreInit {
  search?: string;
  hash?: string;
  languages?: readonly string[];
  /** Where preferences and the last state persist; localStorage in the browser, none when absent. */
  storage?: StateStorage | null;
  /** This tab's session id, the current history entry's mark, and whether the load is a reload. */
  session?: { id: string; entry: Mark | null; reload: boolean };
}

export const PREFS_KEY = 'losscape:prefs';

const noStorage: StateStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/**
 * The prefs storage, written only when the stored text changes: zustand's persist writes on every
 * `set`, and the store is set on every drag move and every replayed step (a localStorage write
 * each, for two fields that almost never change).
 */
export function writeOnChange(storage: StateStorage): StateStorage {
  const last = new Map<string, string>();
  return {
    getItem: (key) => storage.getItem(key),
    setItem: (key, value) => {
      if (last.get(key) === value) return;
      last.set(key, value);
      return storage.setItem(key, value);
    },
    removeItem: (key) => {
      last.delete(key);
      return storage.removeItem(key);
    },
  };
}

/** What the store starts with besides the defaults of every setting. */
export interface StoreStart {
  tab: TabId;
  embed: boolean;
  notice: UrlNotice | null;
}

/** On a reload of the same tab, whether storage was written after the URL (issue 18). */
export function storedIsNewer(stored: Stored, session: StoreInit['session']): boolean {
  return (
    stored.hash !== null &&
    session?.reload === true &&
    stored.mark?.sid === session.id &&
    session.entry?.sid === session.id &&
    stored.mark.rev > session.entry.rev
  );
}

/**
 * The start of a store whose link and stored state carry no settings (only a tab, or nothing):
 * what createAppStore would make of them, without the URL reader; null when it is needed.
 */
export function bareStart(init: StoreInit): StoreStart | null {
  const hash = init.hash ?? '';
  const tab = bareTab(hash);
  if (tab === null) return null;
  if (!init.storage) return { tab, embed: false, notice: null };
  const stored = readStoredHash(init.storage);
  if (stored.hash === null) {
    const notice: UrlNotice | null = stored.corrupt
      ? { source: 'storage', keys: ['storage'] }
      : null;
    return { tab, embed: false, notice };
  }
  const storedTab = bareTab(stored.hash);
  if (storedTab === null) return null;
  // The link's tab, if it names one, beats the stored one, unless storage is newer.
  const linkTab = /^#\/[a-z]/.test(hash) && !storedIsNewer(stored, init.session);
  return { tab: linkTab ? tab : storedTab, embed: false, notice: null };
}

/** A store with every setting at its default, started as `start` says. */
export function buildStore(init: StoreInit, { tab, embed, notice }: StoreStart): AppStore {
  // Two iframes of one course page must not overwrite each other's storage.
  const storage = embed ? null : init.storage;
  return createStore<AppState>()(
    persist(
      (set, get, api) => ({
        ...createExploreSlice(set, get, api),
        ...createTrainSlice(set, get, api),
        ...createApplicationsSlice(set, get, api),
        ...createLandscapeFileSlice(set, get, api),
        ...createLessonSlice(set, get, api),
        tab,
        embed,
        urlNotice: notice,
        lang: detectLang(init.languages ?? []),
        theme: null,
        backend: {
          status: 'loading',
          request: parseBackendParam(init.search ?? ''),
          info: null,
          error: null,
          tensors: null,
          surface: null,
          surfaceForce: parseBackendParam(init.search ?? '', 'surface').force,
        },
        setTab: (tab) => set({ tab }),
        setLang: (lang) => set({ lang }),
        setTheme: (theme) => set({ theme }),
        setBackend: (patch) => set((s) => ({ backend: { ...s.backend, ...patch } })),
        setUrlNotice: (urlNotice) => set({ urlNotice }),
      }),
      {
        name: PREFS_KEY,
        version: 1,
        storage: createJSONStorage(() => writeOnChange(storage ?? noStorage)),
        partialize: (s) => ({ lang: s.lang, theme: s.theme }),
        // Stored values are validated: a bad one is dropped and its default stays.
        merge: (persisted, current) => ({ ...current, ...validPrefs(persisted) }),
      },
    ),
  );
}
