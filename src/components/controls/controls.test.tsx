import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../charts/svgSnapshot';
import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';
import { NumberField } from './NumberField';
import { Segmented } from './Segmented';

/** The opening tag of the first element matching `re` (a tag name and attributes). */
const tagOf = (html: string, re: RegExp) => re.exec(html)?.[0] ?? '';

describe('Segmented', () => {
  const html = renderMarkup(
    <Segmented
      label="Task"
      value="b"
      options={[
        { value: 'a', label: 'Regression' },
        { value: 'b', label: 'Binary' },
        { value: 'c', label: 'Multi-class' },
      ]}
      onChange={() => undefined}
      testId="task"
      classPrefix="ex-segmented"
    />,
  );

  it('is a fieldset named by its legend, one radio per option, in one group', () => {
    expect(html).toMatch(/^<fieldset class="ex-segmented" data-testid="task">/);
    expect(html).toContain('<legend class="ex-segmented-label">Task</legend>');
    const radios = [
      ...html.matchAll(/<input type="radio" name="([^"]+)"(?: checked="")? value="(\w)"/g),
    ];
    expect(radios.map((r) => r[2])).toEqual(['a', 'b', 'c']);
    expect(new Set(radios.map((r) => r[1])).size).toBe(1); // one name: one tab stop, arrow keys
  });

  it('checks and marks the current value only', () => {
    expect(html.match(/checked=""/g)).toHaveLength(1);
    expect(html).toMatch(
      /<label class="is-on"><input type="radio" name="[^"]+" checked="" value="b"/,
    );
    expect(html.match(/class="is-on"/g)).toHaveLength(1);
    expect(html).toContain('<span>Multi-class</span>');
  });
});

describe('NumberField', () => {
  const field = (p: Partial<Parameters<typeof NumberField>[0]> = {}) =>
    renderMarkup(
      <NumberField
        label="Learning rate"
        value={0.1}
        onCommit={() => undefined}
        testId="lr"
        {...p}
      />,
    );

  it('a decimal text input named by its label, without an error when the value is valid', () => {
    const html = field();
    const input = tagOf(html, /<input[^>]*>/);
    expect(input).toContain('type="text"');
    expect(input).toContain('inputMode="decimal"');
    expect(input).toContain('value="0.1"');
    const by = /aria-labelledby="([^"]+)"/.exec(input)![1];
    expect(html).toContain(`<span id="${by}" class="field-label">Learning rate</span>`);
    expect(input).not.toContain('aria-invalid');
    expect(input).not.toContain('aria-describedby');
    expect(html).not.toContain('role="alert"');
  });

  it('hides the label visually (still named) when asked', () => {
    expect(field({ hideLabel: true })).toContain('class="visually-hidden">Learning rate</span>');
  });

  it('a value outside its bounds shows why, tied to the input, and the value kept', () => {
    const html = field({ value: 5, min: 0, max: 1 });
    const input = tagOf(html, /<input[^>]*>/);
    expect(input).toContain('aria-invalid="true"');
    const msg = /aria-describedby="([^"]+)"/.exec(input)![1];
    expect(html).toMatch(
      new RegExp(
        `<span id="${msg}" class="field-error" role="alert"[^>]*>Allowed: 0 to 1. Still using 5.</span>`,
      ),
    );
  });

  it('an integer field refuses a fraction with the whole-number message', () => {
    const html = field({ value: 2.5, min: 1, max: 9, integer: true });
    expect(html).toContain('A whole number, 1 to 9.');
    expect(html).toContain('Still using 2.5.');
  });
});

describe('DialogActions', () => {
  const actions = (p: Partial<Parameters<typeof DialogActions>[0]>) =>
    renderMarkup(
      <DialogActions statusTestId="st" {...p}>
        <button type="button">Copy</button>
      </DialogActions>,
    );
  const status = (html: string) => /<p role="status"[^>]*>([^<]*)<\/p>/.exec(html)![1];

  it('a status line after the actions, empty until something happened', () => {
    const html = actions({});
    expect(html).toMatch(
      /^<div class="dialog-actions"><button type="button">Copy<\/button><p role="status"/,
    );
    expect(status(html)).toBe('');
  });

  it('the shared copy words, or the dialog’s own', () => {
    expect(status(actions({ copy: 'copied' }))).toBe('Copied to the clipboard.');
    expect(status(actions({ copy: 'failed' }))).toMatch(/^The clipboard is not available here/);
    expect(status(actions({ copy: 'copied', copiedText: 'Code copied' }))).toBe('Code copied');
    expect(status(actions({ copy: 'failed', copyFailedText: 'No clipboard' }))).toBe(
      'No clipboard',
    );
  });

  it('a status message wins over the copy words', () => {
    expect(status(actions({ copy: 'copied', status: 'Saved.' }))).toBe('Saved.');
  });
});

describe('Dialog', () => {
  const dialog = (open: boolean) =>
    renderMarkup(
      <Dialog
        id="share-dialog"
        title="Share"
        open={open}
        onClose={() => undefined}
        className="wide"
      >
        <p>inside</p>
      </Dialog>,
    );

  it('is named by its title and has a Close button', () => {
    const html = dialog(true);
    expect(tagOf(html, /<dialog[^>]*>/)).toContain('aria-labelledby="share-dialog-title"');
    expect(html).toContain('<h2 id="share-dialog-title">Share</h2>');
    expect(html).toMatch(/<button type="button" class="button">Close<\/button>/);
    expect(tagOf(html, /<dialog[^>]*>/)).toContain('class="dialog wide"');
  });

  it('renders its content only while open', () => {
    expect(dialog(true)).toContain('<p>inside</p>');
    expect(dialog(false)).not.toContain('inside');
    expect(dialog(false)).toContain('Share'); // the shell stays, for showModal later
  });
});
