// An authored lesson ("predict, then reveal"): what the learner reads, the question and its
// choices, which one is right, the explanation, and the reveal — a view (URL-state hash) the
// app switches to after the answer, and whether it then plays the training. Validated with zod
// wherever it comes from (a link, a JSON file); text is the author's and is only ever rendered
// as text. Pure: no store, no DOM.
import { z } from 'zod/mini';

export const LESSON_LIMITS = {
  title: 120,
  text: 2000,
  question: 400,
  choice: 200,
  choicesMin: 2,
  choicesMax: 6,
  explanation: 2000,
  hash: 8000,
} as const;
const L = LESSON_LIMITS;

const text = (min: number, max: number) =>
  z.string().check(
    z.maxLength(max),
    z.refine((s) => s.trim().length >= min),
  );
/** A URL-state hash (`#/train?v=1&…`) or '' (no view change); its keys are validated when applied. */
const hash = z.string().check(
  z.maxLength(L.hash),
  z.refine((s) => s === '' || s.startsWith('#/')),
);

export const LessonSpecSchema = z
  .object({
    title: text(1, L.title),
    text: text(0, L.text),
    question: text(1, L.question),
    choices: z.array(text(1, L.choice)).check(z.minLength(L.choicesMin), z.maxLength(L.choicesMax)),
    answer: z.int().check(z.gte(0), z.lt(L.choicesMax)),
    explanation: text(0, L.explanation),
    reveal: hash,
    play: z.boolean(),
  })
  .check(z.refine((s) => s.answer < s.choices.length, { path: ['answer'] }));
export type LessonSpec = z.infer<typeof LessonSpecSchema>;

/** The downloadable file: the spec plus the view the lesson opens on. */
export const LessonFileSchema = z.object({
  losscape: z.literal('lesson'),
  version: z.literal(1),
  view: hash,
  lesson: LessonSpecSchema,
});
export type LessonFile = z.infer<typeof LessonFileSchema>;

/** A JSON file larger than this is refused before parsing. */
export const MAX_LESSON_FILE = 64 * 1024;

export type ReadResult<T> = { ok: true; value: T } | { ok: false; error: string };

/** Where a zod issue points, e.g. `choices.2`, for the message the author reads. */
function issuePath(e: z.core.$ZodError): string {
  const first = e.issues[0];
  return first && first.path.length ? first.path.map(String).join('.') : '';
}

/** Reads a lesson file's text; never throws. The error names the first bad field. */
export function readLessonFile(raw: string): ReadResult<LessonFile> {
  if (raw.length > MAX_LESSON_FILE) return { ok: false, error: 'tooLarge' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'notJson' };
  }
  const r = LessonFileSchema.safeParse(data);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, error: `field:${issuePath(r.error) || 'lesson'}` };
}

export function lessonFileText(view: string, lesson: LessonSpec): string {
  const file: LessonFile = { losscape: 'lesson', version: 1, view, lesson };
  return JSON.stringify(file, null, 2);
}

// In a link the spec travels as base64url of its UTF-8 JSON: compact, and no character of the
// author's text needs escaping.
export function encodeSpec(spec: LessonSpec): string {
  const bytes = new TextEncoder().encode(JSON.stringify(spec));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The spec of a link's value, or null when it is not base64url of a valid spec. */
export function decodeSpec(s: string): LessonSpec | null {
  if (s.length > 24_000 || !/^[A-Za-z0-9_-]*$/.test(s)) return null;
  try {
    const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    const data: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    const r = LessonSpecSchema.safeParse(data);
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}
