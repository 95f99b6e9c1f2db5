// From a decoded URL to a store update: only the areas whose settings differ are replaced (so
// Back to another tab does not restart a training run), and the run-time fields of a replaced
// area (the step shown, playing, the typed drafts) start afresh.
import type { AppState } from '../store';
import { initialExploreRuntime } from '../explore/slice';
import { initialTrainRuntime } from '../train/slice';
import { initialApplicationsRuntime } from '../applications/slice';
import { areaText, draftOf, type Decoded } from './urlState';

export function urlPatch(cur: AppState, dec: Decoded, initial: boolean): Partial<AppState> {
  const d = dec.draft;
  const now = draftOf(cur);
  const patch: Partial<AppState> = { tab: d.tab };
  if (areaText(now, 'explore') !== areaText(d, 'explore')) {
    patch.explore = d.explore;
    patch.exploreRuntime = initialExploreRuntime();
  }
  if (areaText(now, 'train') !== areaText(d, 'train')) {
    patch.train = d.train;
    patch.trainRuntime = initialTrainRuntime();
  }
  if (areaText(now, 'applications') !== areaText(d, 'applications')) {
    patch.applications = d.applications;
    patch.applicationsRuntime = {
      ...initialApplicationsRuntime(),
      classifier: { playing: false, generation: cur.applicationsRuntime.classifier.generation + 1 },
    };
  }
  if (areaText(now, 'lesson') !== areaText(d, 'lesson')) patch.lesson = d.lesson;
  // On first load a link without `l` leaves the stored or browser language; moving through the
  // history, such an entry was written in English (the writer omits `l=en`).
  if (dec.present.has('l') || !initial) patch.lang = dec.present.has('l') ? d.lang : 'en';
  if (dec.present.has('th') || !initial) patch.theme = dec.present.has('th') ? d.theme : null;
  return patch;
}
