// The types of the app store: the shell's state and each tab's slice. Apart from store.ts (which
// creates the store) so that state/url and state/undo can name them without importing the
// store, which imports them: no file circle.
import type { StoreApi } from 'zustand/vanilla';
import type { BackendInfo, SurfaceEngineInfo } from '../math';
import type { BackendRequest } from './backendParam';
import type { Lang, Theme } from './prefs';
import type { TabId } from './tabs';
import type { ExploreSlice } from './explore/slice';
import type { TrainSlice } from './train/slice';
import type { ApplicationsSlice } from './applications/slice';
import type { LandscapeFileSlice } from './applications/landscapeFile';
import type { LessonSlice } from './lesson/slice';

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

/** Settings of a link or of storage that were ignored, named by key. */
export interface UrlNotice {
  source: 'url' | 'storage';
  keys: string[];
  /** The link could not be read at all, and the stored state was kept in its place. */
  kept?: boolean;
}

export interface ShellState {
  tab: TabId;
  /** `embed=1`: one view, minimal chrome, nothing persisted. Fixed for the page's life. */
  embed: boolean;
  urlNotice: UrlNotice | null;
  lang: Lang;
  /** null follows prefers-color-scheme. */
  theme: Theme | null;
  backend: BackendState;
  setTab(tab: TabId): void;
  setLang(lang: Lang): void;
  setTheme(theme: Theme | null): void;
  setBackend(patch: Partial<BackendState>): void;
  setUrlNotice(notice: UrlNotice | null): void;
}

/** The shell's state and each tab's slice (state/<tab>/slice.ts). */
export type AppState = ShellState &
  ExploreSlice &
  TrainSlice &
  ApplicationsSlice &
  LandscapeFileSlice &
  LessonSlice;

export type AppStore = StoreApi<AppState>;
