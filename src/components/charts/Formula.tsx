// KaTeX, typeset to HTML only (no MathML, no eval: it runs under the app's strict CSP). The
// typeset output is hidden from screen readers; `label` is what they read instead.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { useMemo } from 'react';

export interface FormulaProps {
  tex: string;
  /** What a screen reader says; the TeX source when absent. */
  label?: string;
  display?: boolean;
  className?: string;
}

export function Formula({ tex, label, display = false, className }: FormulaProps) {
  const html = useMemo(
    () =>
      katex.renderToString(tex, {
        throwOnError: false,
        output: 'html',
        displayMode: display,
        // No \href, \url, \htmlClass…: the TeX is ours (generated from expression trees),
        // and even so KaTeX may emit no link or attribute from it.
        trust: false,
      }),
    [tex, display],
  );
  return (
    <span
      className={`formula ${className ?? ''}`}
      role="img"
      aria-label={label ?? tex}
      // A display formula may scroll sideways on a phone: keyboard users can scroll it too.
      tabIndex={display ? 0 : undefined}
    >
      <span aria-hidden="true" dangerouslySetInnerHTML={{ __html: html }} />
    </span>
  );
}

/** A number as TeX: 4 significant digits, a true minus, powers of ten written out. */
export function texNumber(text: string): string {
  return text
    .replace(/−/g, '-')
    .replace(
      /e([+-])(\d+)/,
      (_, s: string, d: string) => `\\times 10^{${s === '-' ? '-' : ''}${d}}`,
    )
    .replace('∞ (overflow)', '\\infty');
}
