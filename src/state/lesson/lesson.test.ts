import { describe, expect, it } from 'vitest';
import { createAppStore } from '../store';
import { STATE_KEY } from '../url/storage';
import { decodeHash, draftOf, encodeHash } from '../url/urlState';
import { BUILTIN_LESSONS } from './builtins';
import { builtinLessonHash, revealLesson } from './run';
import {
  decodeSpec,
  encodeSpec,
  LESSON_LIMITS,
  lessonFileText,
  readLessonFile,
  type LessonSpec,
} from './spec';

const spec: LessonSpec = {
  title: 'Où va le minimum ? 最小值 <b>',
  text: 'Line one\nline two & "quotes"',
  question: 'Which?',
  choices: ['a', 'b', 'c'],
  answer: 2,
  explanation: '',
  reveal: '#/train?v=1&tl=mae',
  play: true,
};

describe('lesson spec', () => {
  it('round-trips through a link value and a file, unicode and markup kept as text', () => {
    const v = encodeSpec(spec);
    expect(v).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSpec(v)).toEqual(spec);
    const file = readLessonFile(lessonFileText('#/train?v=1', spec));
    expect(file).toEqual({
      ok: true,
      value: { losscape: 'lesson', version: 1, view: '#/train?v=1', lesson: spec },
    });
  });

  it('refuses bad specs and files with a reason naming the field', () => {
    const bad: Partial<Record<keyof LessonSpec, unknown>>[] = [
      { answer: 3 },
      { answer: -1 },
      { choices: ['only one'] },
      { choices: ['a', '   '] },
      { title: '  ' },
      { title: 'x'.repeat(LESSON_LIMITS.title + 1) },
      { reveal: 'javascript:alert(1)' },
      { play: 'yes' },
    ];
    for (const b of bad) {
      expect(decodeSpec(encodeSpec({ ...spec, ...b } as LessonSpec)), JSON.stringify(b)).toBeNull();
      const r = readLessonFile(
        JSON.stringify({ losscape: 'lesson', version: 1, view: '', lesson: { ...spec, ...b } }),
      );
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toMatch(/^field:lesson\./);
    }
    expect(readLessonFile('{')).toEqual({ ok: false, error: 'notJson' });
    expect(readLessonFile('x'.repeat(70_000))).toEqual({ ok: false, error: 'tooLarge' });
    expect(
      readLessonFile(JSON.stringify({ losscape: 'lesson', version: 2, view: '', lesson: spec })),
    ).toEqual({
      ok: false,
      error: 'field:version',
    });
    for (const v of ['', '!!!', 'e30', btoa('not json'), 'A'.repeat(30_000)])
      expect(decodeSpec(v)).toBeNull();
  });
});

describe('lesson URL keys', () => {
  it('hide: known ids kept in table order, unknown ones named in the notice', () => {
    const d = decodeHash('#/train?v=1&hide=lr,bogus,tabs,lr');
    expect(d.draft.lesson.hide).toEqual(['tabs', 'lr']);
    expect(d.ignored).toEqual(['hide:bogus']);
    expect(decodeHash('#/train?v=1&hide=<img src=x>').ignored).toEqual(['hide']);
  });

  it('hide is kept from a link, not from storage (a reload of the bare app unlocks)', () => {
    const stored = '#/train?v=1&tlr=0.05&hide=lr';
    const storage = {
      getItem: (k: string) => (k === STATE_KEY ? stored : null),
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    const fromStorage = createAppStore({ hash: '', storage }).getState();
    expect(fromStorage.train.optimizer.lr).toBe(0.05);
    expect(fromStorage.lesson.hide).toEqual([]);
    expect(createAppStore({ hash: stored, storage }).getState().lesson.hide).toEqual(['lr']);
  });

  it('origins: only exact http(s) origins', () => {
    expect(
      decodeHash('#/train?v=1&origins=https://a.edu,http://localhost:8080').draft.lesson.origins,
    ).toEqual(['https://a.edu', 'http://localhost:8080']);
    for (const bad of [
      '*',
      'https://a.edu/path',
      'javascript:x',
      'https://a.edu,null',
      'ftp://a.edu',
    ])
      expect(decodeHash(`#/train?v=1&origins=${encodeURIComponent(bad)}`).ignored, bad).toEqual([
        'origins',
      ]);
  });

  it('ls and lj carry a lesson; a broken one is named and dropped', () => {
    expect(decodeHash('#/train?v=1&ls=momentum').draft.lesson.lesson).toEqual({
      kind: 'builtin',
      id: 'momentum',
    });
    expect(decodeHash('#/train?v=1&ls=nope').ignored).toEqual(['ls']);
    const d = decodeHash(`#/train?v=1&lj=${encodeSpec(spec)}`);
    expect(d.draft.lesson.lesson).toEqual({ kind: 'custom', spec });
    expect(decodeHash(`#/train?v=1&lj=${encodeSpec(spec).slice(0, 20)}`).ignored).toEqual(['lj']);
    // And written back the same way.
    expect(decodeHash(encodeHash(d.draft)).draft.lesson).toEqual(d.draft.lesson);
  });
});

describe('built-in lessons', () => {
  it('each link opens its view with the lesson, and nothing is ignored', () => {
    for (const l of BUILTIN_LESSONS) {
      const d = decodeHash(builtinLessonHash(l));
      expect(d.ignored).toEqual([]);
      expect(d.draft.tab).toBe(l.tab);
      expect(d.draft.lesson.lesson).toEqual({ kind: 'builtin', id: l.id });
    }
  });

  it('the reveal changes the view, keeps the lesson and plays', () => {
    const store = createAppStore({ hash: builtinLessonHash(BUILTIN_LESSONS[0]) });
    revealLesson(store, { kind: 'builtin', id: 'outlier' });
    const s = store.getState();
    expect(s.train.loss).toBe('mae');
    expect(s.trainRuntime.playing).toBe(true);
    expect(s.lesson.lesson).toEqual({ kind: 'builtin', id: 'outlier' });
    expect(encodeHash(draftOf(s))).toContain('ls=outlier');
  });

  it('a custom reveal goes through the URL reader and cannot change the lesson keys', () => {
    const custom = { ...spec, reveal: '#/train?v=1&tl=mae&tlr=-1&hide=&ls=lrHigh' };
    const store = createAppStore({ hash: `#/train?v=1&hide=lr&lj=${encodeSpec(custom)}` });
    revealLesson(store, { kind: 'custom', spec: custom });
    const s = store.getState();
    expect(s.train.loss).toBe('mae');
    expect(s.train.optimizer.lr).toBe(0.1);
    expect(s.lesson.hide).toEqual(['lr']);
    expect(s.lesson.lesson).toEqual({ kind: 'custom', spec: custom });
  });
});
