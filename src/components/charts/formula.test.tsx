import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { FIT_MIN, fitScale, Formula } from './Formula';

// The one place the app renders HTML it did not write as JSX: KaTeX's output. Even a hostile
// TeX string (ours are generated, but a custom loss's text flows into its formula) yields no
// link, no script, no element with an event handler.
describe('Formula', () => {
  it.each([
    '\\href{javascript:alert(1)}{x}',
    '\\url{javascript:alert(1)}',
    '\\htmlClass{x}{y} \\htmlId{a}{b} \\htmlData{a=b}{c} \\htmlStyle{color:red}{d}',
    '<img src=x onerror=alert(1)><script>alert(1)</script>',
    '\\includegraphics{http://example.com/x.png}',
  ])('renders %j without active HTML', (tex) => {
    const html = renderToStaticMarkup(<Formula tex={tex} />);
    // The source may show as escaped text (content, aria-label, title); no tag may turn it
    // into markup: only known tags, and attribute names from a short, inert list.
    const tags = (html.match(/<[^/!][^>]*>/g) ?? []).map((t) => t.replace(/="[^"]*"/g, ''));
    expect(tags.length).toBeGreaterThan(1);
    for (const tag of tags) {
      expect(tag).toMatch(/^<(span|svg|path|line)\b/);
      const names = tag.slice(1, -1).trim().split(/\s+/).slice(1);
      for (const name of names)
        expect(name).toMatch(
          /^(class|role|aria-[\w-]+|style|title|tabindex|width|height|viewBox|preserveAspectRatio|d|xmlns)$/,
        );
    }
  });
});

describe('fitScale (a step formula fits its column, issue 14.9)', () => {
  it('shrinks a wide formula to its box, not below 60 %, and leaves a narrow one alone', () => {
    expect(fitScale(400, 300)).toBe(0.74);
    expect(fitScale(1000, 300)).toBe(FIT_MIN);
    expect(fitScale(200, 300)).toBe(1);
    expect(fitScale(0, 300)).toBe(1);
    expect(fitScale(400, 0)).toBe(1);
  });
});
