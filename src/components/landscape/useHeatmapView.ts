// The heatmap's behaviour, kept apart from its markup: d3-zoom on the overlay (the window it
// shows goes up to the parent, which recomputes the grid for it), the canvas painted from the
// grid's ImageData, and the pointer/keyboard cursor that reads the surface and picks a start.
import { scaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from 'react';
import { gridPixels } from './colorScale';
import type { LiveGrid } from './liveGrid';
import {
  sampleGrid,
  valueTransform,
  type Grid,
  type ValueTransform,
  type Window,
} from './surfaceGeometry';

/** Zoom and pan from `base`: the current scales, reported to `onView` as they change. */
export function useZoomWindow(base: Window, iw: number, ih: number, onView: (w: Window) => void) {
  const overlayRef = useRef<SVGRectElement>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const report = useRef(onView);
  useEffect(() => {
    report.current = onView;
  });
  const baseX = useMemo(() => scaleLinear().domain(base.w).range([0, iw]), [base, iw]);
  const baseY = useMemo(() => scaleLinear().domain(base.b).range([ih, 0]), [base, ih]);
  const x = useMemo(() => t.rescaleX(baseX), [t, baseX]);
  const y = useMemo(() => t.rescaleY(baseY), [t, baseY]);
  // A new base (new data, Fit) remounts the heatmap (the parent keys it): the transform starts
  // from identity.
  useEffect(() => {
    const [w0, w1] = x.domain();
    const [b0, b1] = y.domain();
    report.current({ w: [w0, w1], b: [b0, b1] });
  }, [x, y]);
  useEffect(() => {
    const el = overlayRef.current;
    if (!el) return;
    const behaviour = zoom<SVGRectElement, unknown>()
      .scaleExtent([0.02, 200])
      .on('zoom', (ev: D3ZoomEvent<SVGRectElement, unknown>) => setT(ev.transform));
    const sel = select(el).call(behaviour);
    sel.call(behaviour.transform, zoomIdentity);
    return () => void sel.on('.zoom', null);
  }, [base]);
  return { x, y, overlayRef };
}

type Scale = (v: number) => number;

/**
 * The grid painted on the canvas under the overlay, in the current scales; with `live`, each
 * drag frame is painted the moment it arrives, before React renders it.
 */
export function useHeatmapCanvas(
  grid: Grid | null,
  tr: ValueTransform | null,
  x: Scale,
  y: Scale,
  iw: number,
  ih: number,
  live?: LiveGrid | null,
): RefObject<HTMLCanvasElement | null> {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const view = useRef({ x, y, iw, ih });
  // The grid's pixels at grid resolution (one offscreen canvas, reused), scaled by drawImage.
  const image = useRef<{ grid: Grid | null; canvas: HTMLCanvasElement | null }>({
    grid: null,
    canvas: null,
  });
  useEffect(() => {
    view.current = { x, y, iw, ih };
  });
  const paint = useCallback((g: Grid | null, t: ValueTransform | null) => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    const { x, y, iw, ih } = view.current;
    ctx.clearRect(0, 0, iw, ih);
    if (!g || !t) return;
    const gw = g.w.length;
    const gb = g.b.length;
    const img = image.current;
    if (img.grid !== g || !img.canvas) {
      const c = img.canvas ?? document.createElement('canvas');
      if (c.width !== gw || c.height !== gb) [c.width, c.height] = [gw, gb];
      c.getContext('2d')?.putImageData(
        new ImageData(gridPixels(g.values, gw, gb, t), gw, gb),
        0,
        0,
      );
      image.current = { grid: g, canvas: c };
    }
    const dw = (g.w[gw - 1] - g.w[0]) / (gw - 1);
    const db = (g.b[gb - 1] - g.b[0]) / (gb - 1);
    const [x0, x1] = [x(g.w[0] - dw / 2), x(g.w[gw - 1] + dw / 2)];
    const [y0, y1] = [y(g.b[gb - 1] + db / 2), y(g.b[0] - db / 2)];
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(image.current.canvas!, x0, y0, x1 - x0, y1 - y0);
  }, []);
  useEffect(() => paint(grid, tr), [paint, grid, tr, x, y, iw, ih]);
  useEffect(() => live?.subscribe((g) => paint(g, valueTransform(g.values))), [live, paint]);
  return canvasRef;
}

type Hover = { w: number; b: number; loss: number } | null;
type InvScale = { (v: number): number; invert(p: number): number; domain(): number[] };

/**
 * The surface read under the pointer or the keyboard cursor (arrow keys move it, Enter picks),
 * reported to `onHover`; a click or Enter picks a start.
 */
export function useSurfaceCursor(
  grid: Grid | null,
  x: InvScale,
  y: InvScale,
  overlayRef: RefObject<SVGRectElement | null>,
  onHover?: (p: Hover) => void,
  onPick?: (w: number, b: number) => void,
) {
  const [hover, setHover] = useState<Hover>(null);
  const [cursor, setCursor] = useState<{ w: number; b: number } | null>(null);
  const toParams = (clientX: number, clientY: number) => {
    const r = overlayRef.current!.getBoundingClientRect();
    return { w: x.invert(clientX - r.left), b: y.invert(clientY - r.top) };
  };
  const report = (p: { w: number; b: number } | null) => {
    const h = p && grid ? { ...p, loss: sampleGrid(grid, p.w, p.b) } : null;
    setHover(h);
    onHover?.(h);
  };
  const onKeyDown = (e: KeyboardEvent<SVGRectElement>) => {
    const [w0, w1] = x.domain();
    const [b0, b1] = y.domain();
    const c = cursor ?? { w: (w0 + w1) / 2, b: (b0 + b1) / 2 };
    const [sw, sb] = [(w1 - w0) / 40, (b1 - b0) / 40];
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-sw, 0],
      ArrowRight: [sw, 0],
      ArrowUp: [0, sb],
      ArrowDown: [0, -sb],
    };
    if (moves[e.key]) {
      e.preventDefault();
      const next = { w: c.w + moves[e.key][0], b: c.b + moves[e.key][1] };
      setCursor(next);
      report(next);
    } else if ((e.key === 'Enter' || e.key === ' ') && cursor) {
      e.preventDefault();
      onPick?.(cursor.w, cursor.b);
    }
  };
  const handlers = {
    onPointerMove: (e: PointerEvent<SVGRectElement>) => report(toParams(e.clientX, e.clientY)),
    onPointerLeave: () => report(null),
    onKeyDown,
    onClick: (e: { clientX: number; clientY: number }) => {
      const p = toParams(e.clientX, e.clientY);
      onPick?.(p.w, p.b);
    },
  };
  return { hover, cursor, handlers };
}
