// The frame of a one-figure embed (`fig=`): the figure's controls (only those its link allows),
// the figure laid out in what is left of the frame (its charts take that height: ChartFillContext;
// scaled as a whole only when its other content cannot fit), and a foot line with the figure's title
// and the "open in losscape" link, in a row of its own so it covers nothing.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ChartFillContext } from '../charts/chartFill';
import { OpenInLosscape } from '../layout/OpenInLosscape';
import './figures.css';

/** The narrowest a figure is laid out before it is scaled as a whole instead. */
const MIN_WIDTH = 260;

/**
 * Its child laid out to fit the box's height: charts take their height from their width, so a
 * figure too tall for the box is laid out narrower (centred) until it fits, and only below
 * MIN_WIDTH scaled down as a whole, like an image; content wider than the box (a formula that
 * cannot wrap) is scaled down too. Widths only shrink until the box changes size, so the
 * fitting ends.
 */
function FitBox({ children, narrow }: { children: ReactNode; narrow: boolean }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<{ width: number | null; scale: number }>({
    width: null,
    scale: 1,
  });
  const fitNow = useRef(fit);
  useLayoutEffect(() => {
    fitNow.current = fit;
  }, [fit]);
  useLayoutEffect(() => {
    const o = outer.current;
    const i = inner.current;
    if (!o || !i) return;
    let box = '';
    const measure = () => {
      const room = o.clientHeight;
      const full = o.clientWidth;
      const need = i.offsetHeight;
      const key = `${full}x${room}`;
      if (key !== box) {
        box = key;
        // Start again from the full width; a fit that is already there is measured as it is
        // (no layout change would call back).
        if (fitNow.current.width !== null || fitNow.current.scale !== 1) {
          setFit({ width: null, scale: 1 });
          return;
        }
      }
      // Content wider than its box (a long formula) counts too: it would be cut at the side.
      const laidOut = i.offsetWidth;
      const wide = i.scrollWidth;
      const tall = need > room + 0.5;
      if (room <= 0 || laidOut <= 0) return;
      setFit((f) => {
        const width = f.width ?? full;
        if (narrow && tall && width > MIN_WIDTH) {
          const next = Math.max(MIN_WIDTH, Math.floor(width * Math.max(0.6, room / need)));
          return next < width ? { width: next, scale: 1 } : f;
        }
        // From what is laid out now (a transform changes no layout, so this settles), up as
        // well as down: a passing overflow while the charts size themselves is not kept.
        const scale = Math.min(1, room / need, laidOut / Math.max(laidOut, wide));
        if (Math.abs(scale - f.scale) < 0.005) return f;
        return scale < 1 ? { width, scale } : { width: f.width, scale };
      });
    };
    // A child may overflow for a frame or two while the charts size themselves, without the
    // boxes observed here changing size: look again over the next frames after each change.
    let frames = 0;
    let raf = 0;
    const again = () => {
      measure();
      if (++frames < 30) raf = requestAnimationFrame(again);
    };
    const onResize = () => {
      frames = 0;
      cancelAnimationFrame(raf);
      again();
    };
    onResize();
    const ro = new ResizeObserver(onResize);
    ro.observe(o);
    ro.observe(i);
    return () => {
      ro.disconnect();
      cancelAnimationFrame(raf);
    };
  }, [narrow]);
  return (
    <div ref={outer} className="fig-fit">
      <div
        ref={inner}
        className="fig-fit-inner"
        style={{
          width: fit.width ?? undefined,
          transform: fit.scale < 1 ? `scale(${fit.scale.toFixed(3)})` : undefined,
        }}
      >
        {children}
      </div>
    </div>
  );
}

export interface FigureFrameProps {
  title: string;
  /** The allowed controls, already chosen; nothing when the link names none. */
  controls?: ReactNode;
  /** Lay the figure out narrower before scaling it (charts whose height follows their width);
   *  false for text that only grows taller when narrower (the step-by-step computation). */
  narrow?: boolean;
  children: ReactNode;
}

export function FigureFrame({ title, controls, narrow = true, children }: FigureFrameProps) {
  return (
    <div className="fig-frame" data-testid="fig-frame">
      {controls && (
        <div className="fig-controls" data-testid="fig-controls">
          {controls}
        </div>
      )}
      <FitBox narrow={narrow}>
        <div className="fig-body" data-testid="fig-body">
          <ChartFillContext.Provider value={true}>{children}</ChartFillContext.Provider>
        </div>
      </FitBox>
      <div className="fig-foot">
        <span className="fig-title">{title}</span>
        <OpenInLosscape inline />
      </div>
    </div>
  );
}

/** What a figure shows while its data are not there, or when the link's state does not fit it. */
export function FigureNote({ text, busy = false }: { text: string; busy?: boolean }) {
  return (
    <p className="fig-note muted" role="status" aria-busy={busy || undefined}>
      {text}
    </p>
  );
}
