// The store for this page: URL, browser languages and localStorage of the current window. A
// link (or stored state) without settings starts from the defaults at once, without the URL
// reader; any other loads it first (store.ts, with zod and the tables), and a packed link is
// unpacked, so the first render already shows the link's state: no flash of the defaults.
import type { AppStore } from './appState';
import { bareStart, buildStore, type StoreInit } from './storeCore';
import { browserStorage, entryMark, isReload, tabSessionId } from './url/storage';

export async function createBrowserStore(): Promise<AppStore> {
  const init: StoreInit = {
    search: window.location.search,
    hash: window.location.hash,
    languages: navigator.languages,
    storage: browserStorage(),
    session: { id: tabSessionId(), entry: entryMark(window.history.state), reload: isReload() },
  };
  const bare = bareStart(init);
  if (bare) return buildStore(init, bare);
  const [{ createAppStore }, { unpackHash, UNREADABLE_HASH }] = await Promise.all([
    import('./store'),
    import('./url/pack'),
  ]);
  const unpacked = await unpackHash(init.hash ?? '');
  // A packed link that cannot be read is refused whole, as an over-long one is.
  return createAppStore({ ...init, hash: unpacked.ok ? unpacked.hash : UNREADABLE_HASH });
}
