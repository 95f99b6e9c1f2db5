import type { AppStore } from '../../state/store';
import { urlPatch } from '../../state/url/apply';
import { decodeHash } from '../../state/url/urlState';
import { presetHash, type PresetKey } from './presets';

/**
 * Opens a preset as if its link had been followed, keeping the language and theme: the URL sync
 * sees a discrete change and makes it a history entry, so Back returns to the view before.
 */
export function openPreset(store: AppStore, key: PresetKey): void {
  store.setState(urlPatch(store.getState(), decodeHash(presetHash(key)), true));
  window.scrollTo?.(0, 0);
}
