// Opening, revealing and retrying a lesson on a store. Every view change goes through the URL
// reader (decodeHash + urlPatch), like a followed link, so a lesson cannot set what a link
// could not. The lesson's own keys (hide, origins, the lesson) are never changed by a reveal.
import { createAppStore, type AppStore } from '../store';
import { urlPatch } from '../url/apply';
import { decodeHash, draftOf, encodeHash } from '../url/urlState';
import { builtinLesson, type BuiltinLesson } from './builtins';
import type { LessonRef } from './slice';

const cache = new Map<string, string>();

/** A built-in lesson's link (its hash): its view, and the lesson. */
export function builtinLessonHash(l: BuiltinLesson): string {
  const hit = cache.get(l.id);
  if (hit) return hit;
  const store = createAppStore({});
  l.view(store.getState());
  store.getState().setTab(l.tab);
  store.getState().lessonActions.openLesson({ kind: 'builtin', id: l.id });
  const hash = encodeHash(draftOf(store.getState()));
  cache.set(l.id, hash);
  return hash;
}

/** Applies a hash as a followed link would, keeping language, theme and the lesson's keys. */
export function applyView(store: AppStore, hash: string): string[] {
  const dec = decodeHash(hash);
  const cur = store.getState();
  dec.draft.lesson = cur.lesson;
  store.setState(urlPatch(cur, dec, true));
  return dec.ignored;
}

/** Opens a link's hash with its lesson (the lesson's keys included). */
export function openLessonHash(store: AppStore, hash: string): void {
  store.setState(urlPatch(store.getState(), decodeHash(hash), true));
}

/** After the answer: the reveal's change of view, then (if the lesson says so) play. */
export function revealLesson(store: AppStore, ref: LessonRef): void {
  let play: boolean;
  if (ref.kind === 'builtin') {
    const l = builtinLesson(ref.id);
    if (!l) return;
    l.reveal(store.getState());
    play = l.play;
  } else {
    if (ref.spec.reveal) applyView(store, ref.spec.reveal);
    play = ref.spec.play;
  }
  if (play && store.getState().tab === 'train') {
    // Playback waits while the new run computes, then replays it from its start.
    const a = store.getState().trainActions;
    a.setStep(0);
    a.setPlaying(true);
  }
}
