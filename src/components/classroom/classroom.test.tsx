import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../state/store';
import { renderMarkup } from '../charts/svgSnapshot';
import { PresentButton } from './PresentButton';
import { Presentation, PRESENT_BUTTON_ID } from './Presentation';
import { PrintLink } from './PrintLink';

// Rendered in Node, presentation mode is off (its server snapshot): the way in, as first painted.
describe('PresentButton', () => {
  const html = renderMarkup(<PresentButton />);
  it('a toggle button, off, with its shortcut and what it does in its title', () => {
    const tag = /<button[^>]*>/.exec(html)![0];
    expect(tag).toContain(`id="${PRESENT_BUTTON_ID}"`);
    expect(tag).toContain('aria-pressed="false"');
    expect(tag).toContain('aria-keyshortcuts="P"');
    expect(tag).toContain('title="Presentation mode: large type, high contrast, no chrome (P)"');
    expect(html).toContain('<span class="button-text">Present</span>');
  });
});

describe('Presentation', () => {
  it('out of presentation mode: an empty status line and no exit button', () => {
    const html = renderMarkup(<Presentation />);
    expect(html).toBe('<p class="visually-hidden" role="status"></p>');
    expect(html).not.toContain('present-exit');
  });
});

describe('PrintLink', () => {
  it('a footer that says where the page was printed from; the link is filled in at print', () => {
    const html = renderMarkup(<PrintLink />, { store: createAppStore() });
    expect(html).toMatch(/^<footer class="print-link" data-testid="print-link">/);
    expect(html).toContain('<span>Printed from losscape</span>');
    expect(html).toContain('<span class="print-url"></span>');
  });
});
