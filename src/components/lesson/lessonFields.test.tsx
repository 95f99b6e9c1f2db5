import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../charts/svgSnapshot';
import { LessonFields } from './LessonFields';
import { EMPTY_FORM, type LessonForm } from './useLessonAuthor';

const render = (form: LessonForm) =>
  renderMarkup(<LessonFields form={form} set={() => {}} onSaveReveal={() => {}} />);
const buttons = (html: string) => html.match(/<button[^>]*>[^<]*<\/button>/g) ?? [];
const disabled = (html: string, label: string) =>
  buttons(html)
    .find((b) => b.includes(label))
    ?.includes('disabled=""');

describe('LessonFields', () => {
  it('an empty lesson has two choices, the first marked right; a choice can be added, none removed', () => {
    const html = render(EMPTY_FORM);
    expect(html.match(/type="radio"/g)).toHaveLength(2);
    expect(html).toMatch(/type="radio"[^>]*checked=""[^>]*>.*data-testid="author-choice-0"/);
    expect(disabled(html, 'Add a choice')).toBe(false);
    expect(disabled(html, 'Remove')).toBe(true);
    expect(html).toContain('maxLength="120"');
    expect(html).toContain('No change of view');
  });

  it('six choices: none more can be added; the saved reveal is said to be set', () => {
    const form = {
      ...EMPTY_FORM,
      choices: ['a', 'b', 'c', 'd', 'e', 'f'],
      answer: 5,
      reveal: '#/x',
    };
    const html = render(form);
    expect(html.match(/data-testid="author-choice-\d"/g)).toHaveLength(6);
    expect(disabled(html, 'Add a choice')).toBe(true);
    expect(disabled(html, 'Remove')).toBe(false);
    expect(html).toContain('A view is saved as the reveal.');
    expect(html).not.toContain('No change of view');
  });
});
