// One store per app instance (zustand vanilla store, provided by React Context): two embedded
// views on one page never share state. Slices are combined here; `persist` is applied once,
// on the combined store, and keeps only the preferences (language, theme). Every other setting
// lives in the URL (state/url), and its last value in localStorage under STATE_KEY: a link
// with state wins over storage; an embedded view (`embed=1`) reads and writes no storage.
import { createStore } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { parseBackendParam } from './backendParam';
import { detectLang, validPrefs } from './prefs';
import type { AppState, AppStore, UrlNotice } from './appState';
import { decodeHash, type Decoded } from './url/urlState';
import { urlPatch } from './url/apply';
import {
  browserStorage,
  entryMark,
  isReload,
  readStoredHash,
  tabSessionId,
  type Mark,
} from './url/storage';
import { UNREADABLE_HASH, unpackHash } from './url/pack';
import { createExploreSlice } from './explore/slice';
import { createTrainSlice } from './train/slice';
import { createApplicationsSlice } from './applications/slice';
import { createLandscapeFileSlice } from './applications/landscapeFile';
import { createLessonSlice } from './lesson/slice';

export type { AppState, AppStore, BackendState, ShellState, UrlNotice } from './appState';

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

/**
 * Where the state comes from: the link when it has any, else storage, else the defaults. Two
 * exceptions keep the user's work (issue 18): a link that cannot be read at all (too long,
 * damaged) leaves the stored state in place and says so; and on a reload of the same tab,
 * storage written after the URL (a flush at pagehide, newer revision) wins.
 */
function initialDecode(init: StoreInit): { dec: Decoded; notice: UrlNotice | null } {
  const fromUrl = decodeHash(init.hash ?? '');
  const urlNotice = fromUrl.ignored.length
    ? { source: 'url' as const, keys: fromUrl.ignored }
    : null;
  if (fromUrl.draft.embed || !init.storage) return { dec: fromUrl, notice: urlNotice };
  const refused = fromUrl.ignored.includes('url');
  const session = init.session;
  const stored = readStoredHash(init.storage);
  const newer =
    stored.hash !== null &&
    session?.reload === true &&
    stored.mark?.sid === session.id &&
    session.entry?.sid === session.id &&
    stored.mark.rev > session.entry.rev;
  if (fromUrl.hasState && !refused && !newer) return { dec: fromUrl, notice: urlNotice };
  if (stored.hash === null)
    return {
      dec: fromUrl,
      notice: stored.corrupt ? { source: 'storage', keys: ['storage'] } : urlNotice,
    };
  const dec = decodeHash(stored.hash);
  if (newer) return { dec, notice: null };
  dec.draft.lesson.hide = []; // a lock (hide=) belongs to the link that set it, not to storage
  if (refused) return { dec, notice: { source: 'url', keys: ['url'], kept: true } };
  // The link's tab, if it names one, beats the stored one.
  if (/^#\/[a-z]/.test(init.hash ?? '')) dec.draft.tab = fromUrl.draft.tab;
  return { dec, notice: dec.ignored.length ? { source: 'storage', keys: dec.ignored } : urlNotice };
}

export function createAppStore(init: StoreInit = {}): AppStore {
  const { dec, notice } = initialDecode(init);
  const embed = dec.draft.embed;
  // Two iframes of one course page must not overwrite each other's storage.
  const storage = embed ? null : init.storage;
  const store = createStore<AppState>()(
    persist(
      (set, get, api) => ({
        ...createExploreSlice(set, get, api),
        ...createTrainSlice(set, get, api),
        ...createApplicationsSlice(set, get, api),
        ...createLandscapeFileSlice(set, get, api),
        ...createLessonSlice(set, get, api),
        tab: dec.draft.tab,
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
  store.setState(urlPatch(store.getState(), dec, true));
  return store;
}

/** The store for this page: URL, browser languages and localStorage of the current window. A
 *  packed link is unpacked first (async), so the first render already shows its state. */
export async function createBrowserStore(): Promise<AppStore> {
  const unpacked = await unpackHash(window.location.hash);
  return createAppStore({
    search: window.location.search,
    // A packed link that cannot be read is refused whole, as an over-long one is.
    hash: unpacked.ok ? unpacked.hash : UNREADABLE_HASH,
    languages: navigator.languages,
    storage: browserStorage(),
    session: { id: tabSessionId(), entry: entryMark(window.history.state), reload: isReload() },
  });
}
