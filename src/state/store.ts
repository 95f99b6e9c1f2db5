// One store per app instance (zustand vanilla store, provided by React Context): two embedded
// views on one page never share state. Slices are combined in storeCore.ts; `persist` is applied
// once, on the combined store, and keeps only the preferences (language, theme). Every other
// setting lives in the URL (state/url), and its last value in localStorage under STATE_KEY: a
// link with state wins over storage; an embedded view (`embed=1`) reads and writes no storage.
// This module reads links with the URL reader (zod, the tables): the browser loads it only for
// a link or stored state that carries settings (browserStore.ts).
import type { UrlNotice } from './appState';
import { decodeHash, type Decoded } from './url/urlState';
import { urlPatch } from './url/apply';
import { readStoredHash } from './url/storage';
import { buildStore, storedIsNewer, type StoreInit } from './storeCore';
import type { AppStore } from './appState';

export type { AppState, AppStore, BackendState, ShellState, UrlNotice } from './appState';
export { PREFS_KEY, writeOnChange, type StoreInit } from './storeCore';

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
  const newer = storedIsNewer(stored, session);
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
  const store = buildStore(init, { tab: dec.draft.tab, embed: dec.draft.embed, notice });
  store.setState(urlPatch(store.getState(), dec, true));
  return store;
}
