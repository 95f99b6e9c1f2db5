// A state file opened by the user, from the header's Export dialog or from Applications' landscape
// card: read (refused unread when too big), validated like a link, and applied to the store — the
// settings as a link's, and the landscape it carries (if any) as the open landscape file.
import type { AppState, AppStore } from '../state/appState';
import { urlPatch } from '../state/url/apply';
import { absoluteLink, hashFor } from '../state/url/link';
import { draftOf } from '../state/url/urlState';
import {
  checkStateSize,
  h5StateJson,
  readStateFile,
  stateFileText,
  type StateFileResult,
} from './stateFile';

/** The state file of the app's state: its settings, their link (`location` is the page's), and
 *  the open landscape file while one is open and small enough to carry. */
export function savedStateText(s: AppState, location: Parameters<typeof absoluteLink>[0]) {
  const draft = draftOf(s);
  const { surface, projection, directions } = s.landscapeFiles;
  const h5 = surface ? h5StateJson({ surface, projection, directions }) : null;
  return stateFileText(draft, absoluteLink(location, hashFor(draft)), h5 ?? undefined);
}

/** The file read and validated; nothing is applied. */
export async function openStateFile(f: Blob): Promise<StateFileResult> {
  const tooBig = checkStateSize(f.size);
  if (tooBig) return { ok: false, reason: tooBig };
  return readStateFile(await f.text());
}

/** Applies a state file that was read: its settings (ignored keys named in the notice) and its
 *  landscape, which replaces the open one; a file without a landscape leaves that open. */
export function applyStateFile(store: AppStore, r: Extract<StateFileResult, { ok: true }>) {
  const s = store.getState();
  store.setState(urlPatch(s, r.decoded, false));
  s.setUrlNotice(r.decoded.ignored.length ? { source: 'url', keys: r.decoded.ignored } : null);
  if (r.h5) s.setLandscapeFiles({ ...r.h5, field: '' });
}
