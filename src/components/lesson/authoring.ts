// The lesson author's outputs from its form: the spec (validated), the link and the file.
// Pure over a store snapshot: no DOM.
import type { AppState } from '../../state/store';
import type { ControlId } from '../../state/lesson/controls';
import { LessonSpecSchema, lessonFileText, type LessonSpec } from '../../state/lesson/spec';
import { decodeHash, draftOf, encodeHash } from '../../state/url/urlState';

/** The view of a state without its lesson (what "Save the lesson view" keeps). */
export function viewOf(s: AppState): string {
  const d = draftOf(s);
  return encodeHash({ ...d, embed: false, lesson: { ...d.lesson, lesson: null } });
}

/** The view with the chosen hidden controls and, for a link, the lesson itself. */
export function lessonHash(view: string, hide: ControlId[], spec: LessonSpec | null): string {
  const d = decodeHash(view).draft;
  d.lesson = {
    hide,
    origins: [],
    lesson: spec ? { kind: 'custom', spec } : null,
  };
  return encodeHash(d);
}

export const validSpec = (form: unknown): LessonSpec | null => {
  const r = LessonSpecSchema.safeParse(form);
  return r.success ? r.data : null;
};

export const fileOf = (view: string, hide: ControlId[], spec: LessonSpec) =>
  lessonFileText(lessonHash(view, hide, null), spec);
