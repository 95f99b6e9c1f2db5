// The URL table of lessons and of the classroom settings (state/lesson): `hide` (controls to
// hide), `origins` (who may drive an embedded view by postMessage), `ls` (a built-in lesson by
// id) and `lj` (an authored lesson, base64url JSON). Each is validated with zod like every key.
import { z } from 'zod/mini';
import { splitControls } from '../lesson/controls';
import { BUILTIN_LESSONS } from '../lesson/builtins';
import { LessonSpecSchema, decodeSpec, encodeSpec, type LessonSpec } from '../lesson/spec';
import type { Draft } from './field';
import { oneOf } from './schemas';
import { continuous, discrete, fields, row, words, type Row } from './table';

export const MAX_ORIGINS = 8;

/** An origin as `location.origin` writes it: http(s), a host, maybe a port; no path, no `*`. */
export function isOrigin(s: string): boolean {
  if (s.length > 200 || !/^https?:\/\//.test(s)) return false;
  try {
    return new URL(s).origin === s;
  } catch {
    return false;
  }
}

const token = z.string().check(z.regex(/^[a-z0-9-]{1,24}$/i));
const origin = z.string().check(z.refine(isOrigin));

export const LESSON_TABLE: Row[] = [
  discrete('hide', 'lesson.hide', z.array(token).check(z.maxLength(32)), words),
  continuous('origins', 'lesson.origins', z.array(origin).check(z.maxLength(MAX_ORIGINS)), words),
  row<string | null>({
    key: 'ls',
    at: {
      get: (d) => (d.lesson.lesson?.kind === 'builtin' ? d.lesson.lesson.id : null),
      set: (d, v) => void (d.lesson.lesson = v === null ? null : { kind: 'builtin', id: v }),
    },
    schema: z.nullable(oneOf(BUILTIN_LESSONS.map((l) => l.id))),
    codec: { read: (s) => s, write: (v) => v ?? '' },
    discrete: true,
  }),
  row<LessonSpec | null>({
    key: 'lj',
    at: {
      get: (d) => (d.lesson.lesson?.kind === 'custom' ? d.lesson.lesson.spec : null),
      set: (d, v) => void (d.lesson.lesson = v === null ? null : { kind: 'custom', spec: v }),
    },
    schema: z.nullable(LessonSpecSchema),
    // A value that is not base64url of a valid lesson reads as undefined, which the schema refuses.
    codec: { read: (s) => decodeSpec(s) ?? undefined, write: (v) => (v ? encodeSpec(v) : '') },
    discrete: true,
  }),
];

export const LESSON_FIELDS = fields(LESSON_TABLE);

/** Drops the hide ids no control has; returns them as `hide:<id>` for the notice. */
export function lessonIgnored(d: Draft): string[] {
  const { known, unknown } = splitControls(d.lesson.hide);
  d.lesson.hide = known;
  return unknown.map((id) => `hide:${id.slice(0, 24)}`);
}
