// KaTeX, typeset to HTML only (no MathML, no eval: it runs under the app's strict CSP). The
// typeset output is hidden from screen readers; `label` is what they read instead.
import katex from 'katex';
import 'katex/dist/katex.min.css';
import { memo, useLayoutEffect, useMemo, useRef, useState } from 'react';

export interface FormulaProps {
  tex: string;
  /** What a screen reader says; the TeX source when absent. */
  label?: string;
  display?: boolean;
  className?: string;
  /** Shrink the type (to 60 % at least) until the formula fits its box's width; it scrolls past that. */
  fit?: boolean;
}

export const FIT_MIN = 0.6;

/** The font scale that makes a formula `natural` px wide (at scale 1) fit `avail` px. */
export function fitScale(natural: number, avail: number): number {
  if (!(natural > 0) || !(avail > 0)) return 1;
  return Math.max(FIT_MIN, Math.min(1, Math.floor((avail / natural) * 50) / 50));
}

/** The scale for `fit`: measured on every change of the box's width or of the formula. */
function useFit(on: boolean, tex: string) {
  const ref = useRef<HTMLSpanElement>(null);
  const [scale, setScale] = useState(1);
  const current = useRef(1);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!on || !el || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      // The typeset width: KaTeX's inline run of boxes (the display block takes the box's width).
      const html = el.querySelector('.katex-html');
      // Past the box, the scrolled width is exact (and catches what overhangs KaTeX's run).
      const run = html ? html.getBoundingClientRect().width : 0;
      const width = el.scrollWidth > el.clientWidth ? Math.max(run, el.scrollWidth) : run;
      const next = fitScale(width / current.current, el.clientWidth);
      if (Math.abs(next - current.current) < 0.01) return;
      current.current = next;
      setScale(next);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    // KaTeX's fonts load on first use and widen the formula without resizing its box.
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    fonts?.addEventListener?.('loadingdone', measure);
    void fonts?.ready?.then(measure);
    return () => {
      ro.disconnect();
      fonts?.removeEventListener?.('loadingdone', measure);
    };
    // Measured again after each change of scale, until it settles (a step under 1 %).
  }, [on, tex, scale]);
  return { ref, scale };
}

/** Memoised on its props (all strings and booleans): a formula whose TeX did not change is
 * neither typeset nor reconciled again when its panel re-renders (a drag re-renders it often). */
export const Formula = memo(function Formula({
  tex,
  label,
  display = false,
  className,
  fit = false,
}: FormulaProps) {
  const { ref, scale } = useFit(fit, tex);
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
      ref={ref}
      className={`formula ${className ?? ''}`}
      style={fit ? { overflowX: 'auto' } : undefined}
      data-fit={fit ? scale : undefined}
      role="img"
      aria-label={label ?? tex}
      // A display formula may scroll sideways on a phone: keyboard users can scroll it too.
      tabIndex={display ? 0 : undefined}
    >
      <span
        aria-hidden="true"
        style={fit && scale < 1 ? { fontSize: `${scale}em` } : undefined}
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </span>
  );
});

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
