// The lesson card (built-in and authored), the lessons list, the hide= picker and Lockable,
// rendered in Node from a store in a given state.
import { describe, expect, it } from 'vitest';
import type { ControlId } from '../../state/lesson/controls';
import { BUILTIN_LESSONS } from '../../state/lesson/builtins';
import type { LessonRef } from '../../state/lesson/slice';
import { createAppStore } from '../../state/store';
import { decodeHash } from '../../state/url/urlState';
import { renderMarkup, storeWith } from '../charts/svgSnapshot';
import { ControlPicker } from './ControlPicker';
import { LessonCard } from './LessonCard';
import { LessonList } from './LessonList';
import { Lockable } from './Lockable';

const card = (ref: LessonRef | null) =>
  renderMarkup(<LessonCard />, {
    store: storeWith((s) => s.lessonActions.openLesson(ref)),
  });
const choices = (html: string) =>
  [
    ...html.matchAll(/<label class="lesson-choice"><input type="radio"[^>]*\/> ([^<]*)<\/label>/g),
  ].map((m) => m[1]);

describe('LessonCard', () => {
  it('nothing without an open lesson, or with an unknown built-in', () => {
    expect(card(null)).toBe('');
    expect(card({ kind: 'builtin', id: 'nope' })).toBe('');
  });

  it('a built-in lesson in its words: title as the heading, the question as legend, its choices', () => {
    const html = card({ kind: 'builtin', id: 'outlier' });
    expect(html).toContain('data-testid="lesson-card"');
    expect(html).toContain('<p class="lesson-label">Lesson</p>');
    const title = /<h2 id="([^"]+)" class="lesson-title">([^<]*)<\/h2>/.exec(html)!;
    expect(title[2]).toBe('An outlier: MSE or MAE?');
    // The section is named by its heading.
    expect(html).toContain(`aria-labelledby="${title[1]}"`);
    expect(html).toMatch(/<legend>Switch the loss to the mean absolute error/);
    expect(choices(html)).toEqual([
      'Further up, closer to the three outliers',
      'Down, close to the twelve points on the line',
      'Nowhere: MAE has the same minimum as MSE',
      'Training diverges',
    ]);
    // Unanswered: no choice checked, the questions open, Check and Close offered, no result.
    expect(html).not.toContain('checked=""');
    expect(html).not.toMatch(/<fieldset[^>]*disabled/);
    expect(html).toMatch(/data-testid="lesson-check">Check my answer</);
    expect(html).toContain('>Close the lesson</button>');
    expect(html).not.toContain('lesson-result');
    expect(html).not.toContain('role="alert"');
  });

  it('every built-in has as many choices as it declares, all radios of one group', () => {
    for (const l of BUILTIN_LESSONS) {
      const html = card({ kind: 'builtin', id: l.id });
      expect(choices(html), l.id).toHaveLength(l.choices);
      const names = new Set([...html.matchAll(/type="radio" name="([^"]+)"/g)].map((m) => m[1]));
      expect(names.size, l.id).toBe(1);
    }
  });

  it('an authored lesson shows its own text as text, and no empty paragraph', () => {
    const spec = {
      title: '<b>Mine</b>',
      text: '',
      question: 'Which?',
      choices: ['one', 'two', 'three'],
      answer: 2,
      explanation: '',
      reveal: '',
      play: false,
    };
    const html = card({ kind: 'custom', spec });
    expect(html).toContain('&lt;b&gt;Mine&lt;/b&gt;</h2>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('lesson-text');
    expect(html).toContain('<legend>Which?</legend>');
    expect(choices(html)).toEqual(['one', 'two', 'three']);
  });
});

describe('LessonList', () => {
  const html = renderMarkup(<LessonList />, { store: createAppStore() });

  it('one card per built-in lesson, named by its title, with its question', () => {
    expect(html).toContain('<h3 id="lesson-list-h">Lessons: predict, then reveal</h3>');
    expect(html).toContain('aria-labelledby="lesson-list-h"');
    const ids = [...html.matchAll(/data-lesson="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(BUILTIN_LESSONS.map((l) => l.id));
    expect(html).toContain('>An outlier: MSE or MAE?</a>');
    expect(html).toContain('<p>What happens at η = 0.15?</p>');
  });

  it('each card is a real link that opens its view with the lesson', () => {
    const links = [...html.matchAll(/<a href="([^"]+)" class="preset-link">/g)].map((m) =>
      m[1].replace(/&amp;/g, '&'),
    );
    expect(links).toHaveLength(BUILTIN_LESSONS.length);
    links.forEach((href, i) => {
      expect(href.startsWith('#/')).toBe(true);
      const d = decodeHash(href);
      expect(d.ignored).toEqual([]);
      expect(d.draft.lesson.lesson).toEqual({ kind: 'builtin', id: BUILTIN_LESSONS[i].id });
    });
    // The lr lesson opens on η = 0.1 (its text says so).
    expect(decodeHash(links[2]).draft.train.optimizer.lr).toBe(0.1);
  });
});

describe('ControlPicker', () => {
  const picker = (value: ControlId[]) =>
    renderMarkup(<ControlPicker legend="Hide" value={value} onChange={() => {}} />);

  it('a labelled checkbox per control id, in table order, checked as listed', () => {
    const html = picker(['lr', 'tabs']);
    expect(html).toContain('<legend>Hide</legend>');
    const boxes = [...html.matchAll(/<input type="checkbox"([^>]*)\/> ([^<]*)</g)].map((m) => [
      m[0],
      m[1],
      /data-control="(\w+)"/.exec(m[1])![1],
      m[2],
    ]);
    expect(boxes.map((b) => b[2])).toEqual([
      'tabs',
      'presets',
      'task',
      'data',
      'loss',
      'model',
      'optimizer',
      'lr',
      'batch',
      'reg',
      'epochs',
    ]);
    expect(boxes.find((b) => b[2] === 'lr')?.[3]).toBe('Learning rate');
    expect(boxes.filter((b) => b[1].includes('checked=""')).map((b) => b[2])).toEqual([
      'tabs',
      'lr',
    ]);
    expect(picker([])).not.toContain('checked=""');
  });
});

describe('Lockable (hide=)', () => {
  const render = (hide: ControlId[]) =>
    renderMarkup(
      <>
        <Lockable id="lr">
          <span>lr</span>
        </Lockable>
        <Lockable id="batch">
          <span>batch</span>
        </Lockable>
      </>,
      { store: storeWith((s) => ({ lesson: { ...s.lesson, hide } })) },
    );

  it('renders a control unless the link hides it', () => {
    expect(render([])).toBe('<span>lr</span><span>batch</span>');
    expect(render(['lr'])).toBe('<span>batch</span>');
    expect(render(['lr', 'batch'])).toBe('');
  });
});
