// The URL keys of lessons and of the classroom settings (state/lesson): `hide` (controls to
// hide), `origins` (who may drive an embedded view by postMessage), `ls` (a built-in lesson by
// id) and `lj` (an authored lesson, base64url JSON). Each is validated with zod like every key.
import { z } from 'zod/mini';
import { splitControls } from '../lesson/controls';
import { BUILTIN_LESSONS } from '../lesson/builtins';
import { LessonSpecSchema, decodeSpec, encodeSpec, type LessonSpec } from '../lesson/spec';
import { field, type Draft, type Field } from './field';
import { oneOf } from './schemas';

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

const list = (s: string) => (s === '' ? [] : s.split(','));
const token = z.string().check(z.regex(/^[a-z0-9-]{1,24}$/i));

export const LESSON_FIELDS: Field[] = [
  field<string[]>({
    key: 'hide',
    read: list,
    schema: () => z.array(token).check(z.maxLength(32)),
    write: (v) => v.join(','),
    get: (d) => d.lesson.hide,
    set: (d, v) => {
      d.lesson.hide = v;
    },
    discrete: true,
  }),
  field<string[]>({
    key: 'origins',
    read: list,
    schema: () => z.array(z.string().check(z.refine(isOrigin))).check(z.maxLength(MAX_ORIGINS)),
    write: (v) => v.join(','),
    get: (d) => d.lesson.origins,
    set: (d, v) => {
      d.lesson.origins = v;
    },
  }),
  field<string | null>({
    key: 'ls',
    read: (s) => s,
    schema: () => z.nullable(oneOf(BUILTIN_LESSONS.map((l) => l.id))),
    write: (v) => v ?? '',
    get: (d) => (d.lesson.lesson?.kind === 'builtin' ? d.lesson.lesson.id : null),
    set: (d, v) => {
      d.lesson.lesson = v === null ? null : { kind: 'builtin', id: v };
    },
    discrete: true,
  }),
  field<LessonSpec | null>({
    key: 'lj',
    // A value that is not base64url of a valid lesson reads as undefined, which the schema refuses.
    read: (s) => decodeSpec(s) ?? undefined,
    schema: () => z.nullable(LessonSpecSchema),
    write: (v) => (v ? encodeSpec(v) : ''),
    get: (d) => (d.lesson.lesson?.kind === 'custom' ? d.lesson.lesson.spec : null),
    set: (d, v) => {
      d.lesson.lesson = v === null ? null : { kind: 'custom', spec: v };
    },
    discrete: true,
  }),
];

/** Drops the hide ids no control has; returns them as `hide:<id>` for the notice. */
export function lessonIgnored(d: Draft): string[] {
  const { known, unknown } = splitControls(d.lesson.hide);
  d.lesson.hide = known;
  return unknown.map((id) => `hide:${id.slice(0, 24)}`);
}
