// The loss surface over (w, b): a canvas heatmap (ImageData, as TensorFlow Playground does) under
// an SVG overlay with d3 contours, axes, the grid minimum, the optimizers' paths and the current
// points. d3-zoom owns zoom/pan/pinch on the overlay; the view window goes up to the parent,
// which recomputes the grid for it. Click restarts a run from that point.
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomTransform } from 'd3-zoom';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import { Axis } from '../charts/Axis';
import { clippedPath, plotBox } from '../charts/clip';
import { fmt } from '../charts/format';
import { gridPixels } from './colorScale';
import {
  contourLevels,
  contourPaths,
  gridMinimum,
  sampleGrid,
  valueTransform,
  type Grid,
  type Window,
} from './surfaceGeometry';

export interface LandscapePath {
  id: string;
  label: string;
  color: string;
  w: number[];
  b: number[];
  /** The loss at each step, where the caller has it (for the data table). */
  loss?: number[];
  divergedAt?: number;
}

export interface SurfaceHeatmapProps {
  grid: Grid | null;
  /** The window the parent asked for; zoom and pan start from it. */
  base: Window;
  paths: LandscapePath[];
  step: number;
  width: number;
  height: number;
  labels: { w: string; b: string; loss: string; minimum: string; summary: string };
  /** Short names of the two axes in the tooltip (default w and b; α and β on an MLP slice). */
  symbols?: { w: string; b: string };
  onView(win: Window): void;
  onPick?(w: number, b: number): void;
  onHover?(p: { w: number; b: number; loss: number } | null): void;
  /** Extra geometry drawn under the paths in the current scales (regularisation, batch). */
  layers?(x: ScaleLinear<number, number>, y: ScaleLinear<number, number>): ReactNode;
  /** The grid minimum's cross (off when a layer marks refined minima instead). */
  showMinimum?: boolean;
}

const M = { top: 10, right: 12, bottom: 42, left: 52 };

export function SurfaceHeatmap(props: SurfaceHeatmapProps) {
  const { grid, base, paths, step, width, height, labels, symbols = { w: 'w', b: 'b' } } = props;
  const clipId = `heatmap-clip-${useId().replace(/:/g, '')}`;
  const iw = Math.max(50, width - M.left - M.right);
  const ih = Math.max(50, height - M.top - M.bottom);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const overlayRef = useRef<SVGRectElement>(null);
  const [t, setT] = useState<ZoomTransform>(zoomIdentity);
  const [hover, setHover] = useState<{ w: number; b: number; loss: number } | null>(null);
  const [cursor, setCursor] = useState<{ w: number; b: number } | null>(null);
  const onView = useRef(props.onView);
  useEffect(() => {
    onView.current = props.onView;
  });

  const baseX = useMemo(() => scaleLinear().domain(base.w).range([0, iw]), [base, iw]);
  const baseY = useMemo(() => scaleLinear().domain(base.b).range([ih, 0]), [base, ih]);
  const x = useMemo(() => t.rescaleX(baseX), [t, baseX]);
  const y = useMemo(() => t.rescaleY(baseY), [t, baseY]);

  // A new base (new data, reset) remounts this component (the parent keys it), so the transform
  // starts from identity.
  useEffect(() => {
    const [w0, w1] = x.domain();
    const [b0, b1] = y.domain();
    onView.current({ w: [w0, w1], b: [b0, b1] });
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

  const tr = useMemo(() => (grid ? valueTransform(grid.values) : null), [grid]);
  const image = useMemo(() => {
    if (!grid || !tr || typeof document === 'undefined') return null;
    const c = document.createElement('canvas');
    [c.width, c.height] = [grid.w.length, grid.b.length];
    const ctx = c.getContext('2d');
    ctx?.putImageData(
      new ImageData(gridPixels(grid.values, c.width, c.height, tr), c.width, c.height),
      0,
      0,
    );
    return c;
  }, [grid, tr]);

  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, iw, ih);
    if (!image || !grid) return;
    const gw = grid.w.length;
    const gb = grid.b.length;
    const dw = (grid.w[gw - 1] - grid.w[0]) / (gw - 1);
    const db = (grid.b[gb - 1] - grid.b[0]) / (gb - 1);
    const [x0, x1] = [x(grid.w[0] - dw / 2), x(grid.w[gw - 1] + dw / 2)];
    const [y0, y1] = [y(grid.b[gb - 1] + db / 2), y(grid.b[0] - db / 2)];
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(image, x0, y0, x1 - x0, y1 - y0);
  }, [image, grid, x, y, iw, ih]);

  const contours = useMemo(
    () => (grid && tr ? contourPaths(grid, contourLevels(tr, 14), x, y) : []),
    [grid, tr, x, y],
  );
  const minimum = useMemo(() => (grid ? gridMinimum(grid) : null), [grid]);

  const toParams = (clientX: number, clientY: number) => {
    const r = overlayRef.current!.getBoundingClientRect();
    return { w: x.invert(clientX - r.left), b: y.invert(clientY - r.top) };
  };
  const report = (p: { w: number; b: number } | null) => {
    const h = p && grid ? { ...p, loss: sampleGrid(grid, p.w, p.b) } : null;
    setHover(h);
    props.onHover?.(h);
  };
  const onMove = (e: PointerEvent<SVGRectElement>) => report(toParams(e.clientX, e.clientY));
  const onKey = (e: KeyboardEvent<SVGRectElement>) => {
    const c = cursor ?? {
      w: (x.domain()[0] + x.domain()[1]) / 2,
      b: (y.domain()[0] + y.domain()[1]) / 2,
    };
    const sw = (x.domain()[1] - x.domain()[0]) / 40;
    const sb = (y.domain()[1] - y.domain()[0]) / 40;
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
      props.onPick?.(cursor.w, cursor.b);
    }
  };

  return (
    <div className="heatmap" style={{ width, height }} data-export="">
      <canvas
        ref={canvasRef}
        width={iw}
        height={ih}
        style={{ left: M.left, top: M.top, width: iw, height: ih }}
        aria-hidden="true"
      />
      <svg width={width} height={height} role="group" aria-label={labels.summary}>
        <defs>
          <clipPath id={clipId}>
            <rect width={iw} height={ih} />
          </clipPath>
        </defs>
        <g transform={`translate(${M.left},${M.top})`}>
          <g clipPath={`url(#${clipId})`}>
            {contours.map((c) => (
              <path key={c.level} d={c.d} className="contour" />
            ))}
            {props.layers?.(x, y)}
            {minimum && props.showMinimum !== false && (
              <g className="minimum" transform={`translate(${x(minimum.w)},${y(minimum.b)})`}>
                <title>{`${labels.minimum}: w = ${fmt(minimum.w)}, b = ${fmt(minimum.b)}, ${labels.loss} = ${fmt(minimum.value)}`}</title>
                <path d="M-7,0L7,0M0,-7L0,7" />
                <circle r={9} />
              </g>
            )}
            {paths.map((p) => {
              const n = Math.min(step + 1, p.w.length);
              // Clipped near the view: a diverged run's far points would otherwise put
              // coordinates in the millions into the layout.
              const pts = p.w.slice(0, n).map((w, k) => [x(w), y(p.b[k])] as [number, number]);
              const d = clippedPath(pts.length === 1 ? [pts[0], pts[0]] : pts, plotBox(iw, ih));
              const inView = (q: [number, number] | undefined) =>
                q && Math.abs(q[0]) < 4 * iw && Math.abs(q[1]) < 4 * ih;
              const now = pts[n - 1];
              return (
                <g
                  key={p.id}
                  className="path"
                  style={{ color: p.color }}
                  data-testid={`path-${p.id}`}
                  data-points={n}
                >
                  <path className="path-halo" d={d} />
                  <path className="path-line" d={d} />
                  {inView(pts[0]) && (
                    <rect
                      className="path-start"
                      x={pts[0][0] - 4}
                      y={pts[0][1] - 4}
                      width={8}
                      height={8}
                    />
                  )}
                  {inView(now) && <circle className="path-now" cx={now[0]} cy={now[1]} r={6} />}
                </g>
              );
            })}
            {cursor && <circle className="cursor" cx={x(cursor.w)} cy={y(cursor.b)} r={7} />}
          </g>
          <Axis scale={x} orient="bottom" at={[0, ih]} label={labels.w} tickFormat={fmt} />
          <Axis scale={y} orient="left" label={labels.b} tickFormat={fmt} />
          <rect
            ref={overlayRef}
            className="heatmap-overlay"
            width={iw}
            height={ih}
            tabIndex={0}
            role="application"
            aria-roledescription="loss surface"
            aria-label={labels.summary}
            data-testid="surface-overlay"
            onPointerMove={onMove}
            onPointerLeave={() => report(null)}
            onKeyDown={onKey}
            onClick={(e) => {
              const p = toParams(e.clientX, e.clientY);
              props.onPick?.(p.w, p.b);
            }}
          />
        </g>
      </svg>
      {hover && (
        <div
          className="heatmap-tip"
          data-testid="surface-tip"
          style={{ left: M.left + x(hover.w) + 12, top: M.top + y(hover.b) + 12 }}
        >
          {symbols.w} = {fmt(hover.w)}, {symbols.b} = {fmt(hover.b)}
          <br />
          {labels.loss} ≈ {fmt(hover.loss)}
        </div>
      )}
    </div>
  );
}
