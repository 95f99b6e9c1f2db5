// One store per app instance (zustand vanilla store, provided by React Context): two embedded
// views on one page never share state. Slices are combined here; `persist` is applied once,
// on the combined store, and keeps only the preferences.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import type { BackendInfo, SurfaceEngineInfo } from '../math';
import { parseBackendParam, type BackendRequest } from './backendParam';
import { detectLang, validPrefs, type Lang, type Theme } from './prefs';
import { parseTabHash, type TabId } from './tabs';
import { createExploreSlice, type ExploreSlice } from './explore/slice';
import { createTrainSlice, type TrainSlice } from './train/slice';
import { createApplicationsSlice, type ApplicationsSlice } from './applications/slice';

export interface BackendState {
  status: 'loading' | 'ready' | 'failed';
  request: BackendRequest;
  info: BackendInfo | null;
  error: string | null;
  /** Live tfjs tensor count; null before tfjs has loaded. */
  tensors: number | null;
  /** The surface engine, once a landscape has started it. */
  surface: SurfaceEngineInfo | null;
  /** `?surface=webgl|wasm|cpu` forces the surface worker's backend. */
  surfaceForce?: 'webgl' | 'wasm' | 'cpu';
}

export interface ShellState {
  tab: TabId;
  lang: Lang;
  /** null follows prefers-color-scheme. */
  theme: Theme | null;
  backend: BackendState;
  setTab(tab: TabId): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme | null): void;
  setBackend(patch: Partial<BackendState>): void;
}

/** The shell's state and each tab's slice (state/<tab>/slice.ts). */
export type AppState = ShellState & ExploreSlice & TrainSlice & ApplicationsSlice;

export type AppStore = StoreApi<AppState>;

export interface StoreInit {
  search?: string;
  hash?: string;
  languages?: readonly string[];
  /** Where preferences persist; localStorage in the browser, none when absent. */
  storage?: StateStorage | null;
}

export const PREFS_KEY = 'losscape:prefs';

const noStorage: StateStorage = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

export function createAppStore(init: StoreInit = {}): AppStore {
  return createStore<AppState>()(
    persist(
      (set, get, api) => ({
        ...createExploreSlice(set, get, api),
        ...createTrainSlice(set, get, api),
        ...createApplicationsSlice(set, get, api),
        tab: parseTabHash(init.hash ?? ''),
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
      }),
      {
        name: PREFS_KEY,
        version: 1,
        storage: createJSONStorage(() => init.storage ?? noStorage),
        partialize: (s) => ({ lang: s.lang, theme: s.theme }),
        // Stored values are validated: a bad one is dropped and its default stays.
        merge: (persisted, current) => ({ ...current, ...validPrefs(persisted) }),
      },
    ),
  );
}

/** The store for this page: URL, browser languages and localStorage of the current window. */
export function createBrowserStore(): AppStore {
  let storage: StateStorage | null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null; // storage blocked (e.g. a sandboxed iframe): preferences last one visit
  }
  return createAppStore({
    search: window.location.search,
    hash: window.location.hash,
    languages: navigator.languages,
    storage,
  });
}
