// The lesson author as it opens (rendered in Node): the view is captured on opening, the empty
// form says what is missing, and nothing that needs a valid lesson is offered yet. Typing needs
// a browser (e2e); the outputs of a filled form are authoring.test.ts's.
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { renderMarkup } from '../charts/svgSnapshot';
import LessonAuthor from './LessonAuthor';

const buttons = (html: string) =>
  [...html.matchAll(/<button[^>]*>([^<]*)<\/button>/g)].map((m) => ({
    text: m[1],
    off: m[0].includes('disabled=""'),
  }));

describe('LessonAuthor', () => {
  const open = renderMarkup(<LessonAuthor open onClose={() => {}} />, { store: createAppStore() });

  it('a dialog named by its title, the view captured at opening', () => {
    expect(open).toContain('data-testid="lesson-dialog"');
    expect(open).toContain('aria-labelledby="lesson-dialog-title"');
    expect(open).toContain('<h2 id="lesson-dialog-title">Save as lesson</h2>');
    expect(open).toMatch(/<p class="muted">The lesson opens on the view saved at [^<]+\.<\/p>/);
  });

  it('an empty form: the link is replaced by what is missing; Copy, Open and Download are off', () => {
    expect(open).toContain(
      'data-testid="author-invalid">Fill in a title, a question and at least two choices.</p>',
    );
    expect(open).not.toContain('data-testid="author-link"');
    const b = buttons(open);
    const state = (text: string) => b.find((x) => x.text === text)?.off;
    expect(state('Copy the link')).toBe(true);
    expect(state('Open the lesson here')).toBe(true);
    expect(state('Download JSON')).toBe(true);
    expect(state('Import a lesson JSON')).toBe(false);
    expect(state('Save the lesson view')).toBe(false);
    expect(open).not.toContain('author-note');
  });

  it('the form, the hide= picker (none hidden) and a hidden JSON import', () => {
    expect(open).toContain('<legend>Hide these controls</legend>');
    expect(open.match(/type="checkbox"/g)?.length).toBeGreaterThanOrEqual(11);
    expect(open).not.toMatch(/data-control="\w+" checked=""/);
    const file = /<input type="file"[^>]*>/.exec(open)![0];
    expect(file).toContain('accept=".json,application/json"');
    expect(file).toContain('hidden=""');
  });

  it('closed: only the dialog’s head, and no view captured', () => {
    const closed = renderMarkup(<LessonAuthor open={false} onClose={() => {}} />, {
      store: createAppStore(),
    });
    expect(closed).toContain('Save as lesson');
    expect(closed).not.toContain('author-invalid');
    expect(closed).not.toContain('saved at');
  });
});
