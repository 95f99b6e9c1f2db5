// The loss surface as a rotatable 3-D mesh: an orthographic projection drawn on a canvas with
// the painter's algorithm (far quads first), coloured by the same viridis scale as the heatmap,
// with the optimizers' paths on it. Drag or arrow keys rotate; wheel or +/− zoom.
import {
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type WheelEvent,
} from 'react';
import { colorFor } from './colorScale';
import type { LandscapePath } from './SurfaceHeatmap';
import { sampleGrid, valueTransform, type Grid } from './surfaceGeometry';

export interface Surface3DProps {
  grid: Grid | null;
  paths: LandscapePath[];
  step: number;
  width: number;
  height: number;
  label: string;
  /** The camera to start from (the URL's), and where to report it as the user moves it. */
  camera?: View;
  onCamera?(camera: View): void;
}

const MAX_SIDE = 56; // quads per side drawn: a subsample of the grid keeps a frame under ~10 ms

interface View {
  az: number;
  el: number;
  zoom: number;
}

export function project(
  view: View,
  p: [number, number, number],
): { x: number; y: number; depth: number } {
  const [ca, sa, ce, se] = [
    Math.cos(view.az),
    Math.sin(view.az),
    Math.cos(view.el),
    Math.sin(view.el),
  ];
  const rx = p[0] * ca - p[1] * sa;
  const ry = p[0] * sa + p[1] * ca;
  return { x: rx, y: -(p[2] * ce - ry * se), depth: ry * ce + p[2] * se };
}

export function Surface3D({
  grid,
  paths,
  step,
  width,
  height,
  label,
  camera,
  onCamera,
}: Surface3DProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [view, setView] = useState<View>(() => camera ?? { az: -0.7, el: 0.6, zoom: 1 });
  const report = useRef(onCamera);
  useEffect(() => {
    report.current = onCamera;
  });
  useEffect(() => report.current?.(view), [view]);
  const drag = useRef<{ x: number; y: number } | null>(null);
  const reduced =
    typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;

  const mesh = useMemo(() => {
    if (!grid) return null;
    const tr = valueTransform(grid.values);
    const gw = grid.w.length;
    const gb = grid.b.length;
    const stride = Math.max(1, Math.ceil(Math.max(gw, gb) / MAX_SIDE));
    const [lo, hi] = [tr.f(tr.lo), tr.f(tr.hi)];
    const zOf = (v: number) =>
      (Number.isFinite(v) && hi > lo ? (tr.f(v) - lo) / (hi - lo) : 1) * 1.1 - 0.55;
    const sx = (j: number) => (j / (gw - 1)) * 2 - 1;
    const sy = (i: number) => (i / (gb - 1)) * 2 - 1;
    const js = Array.from({ length: Math.ceil(gw / stride) }, (_, k) =>
      Math.min(k * stride, gw - 1),
    );
    const is = Array.from({ length: Math.ceil(gb / stride) }, (_, k) =>
      Math.min(k * stride, gb - 1),
    );
    return { tr, zOf, sx, sy, js, is, color: colorFor(tr) };
  }, [grid]);

  useEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx) return;
    ctx.clearRect(0, 0, width, height);
    if (!grid || !mesh) return;
    const s = (Math.min(width, height) / 3.2) * view.zoom;
    const toScreen = (p: [number, number, number]) => {
      const q = project(view, p);
      return { x: width / 2 + q.x * s, y: height / 2 + q.y * s, depth: q.depth };
    };
    const gw = grid.w.length;
    const quads: { pts: { x: number; y: number }[]; depth: number; fill: string }[] = [];
    for (let a = 0; a + 1 < mesh.is.length; a++) {
      for (let c = 0; c + 1 < mesh.js.length; c++) {
        const corners = [
          [mesh.is[a], mesh.js[c]],
          [mesh.is[a], mesh.js[c + 1]],
          [mesh.is[a + 1], mesh.js[c + 1]],
          [mesh.is[a + 1], mesh.js[c]],
        ].map(([i, j]) => toScreen([mesh.sx(j), mesh.sy(i), mesh.zOf(grid.values[i * gw + j])]));
        const v = grid.values[mesh.is[a] * gw + mesh.js[c]];
        quads.push({
          pts: corners,
          depth: corners.reduce((d, p) => d + p.depth, 0) / 4,
          fill: mesh.color(v),
        });
      }
    }
    quads.sort((p, q) => q.depth - p.depth);
    for (const q of quads) {
      ctx.beginPath();
      q.pts.forEach((p, k) => (k ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
      ctx.closePath();
      ctx.fillStyle = q.fill;
      ctx.strokeStyle = q.fill;
      ctx.fill();
      ctx.stroke();
    }
    const [w0, w1] = [grid.w[0], grid.w[gw - 1]];
    const [b0, b1] = [grid.b[0], grid.b[grid.b.length - 1]];
    for (const p of paths) {
      const n = Math.min(step + 1, p.w.length);
      ctx.beginPath();
      let started = false;
      for (let k = 0; k < n; k++) {
        const v = sampleGrid(grid, p.w[k], p.b[k]);
        if (!Number.isFinite(v)) continue;
        const q = toScreen([
          ((p.w[k] - w0) / (w1 - w0)) * 2 - 1,
          ((p.b[k] - b0) / (b1 - b0)) * 2 - 1,
          mesh.zOf(v) + 0.01,
        ]);
        if (started) ctx.lineTo(q.x, q.y);
        else ctx.moveTo(q.x, q.y);
        started = true;
      }
      ctx.lineWidth = 4;
      ctx.strokeStyle = 'white';
      ctx.stroke();
      ctx.lineWidth = 2;
      ctx.strokeStyle = p.color;
      ctx.stroke();
      ctx.lineWidth = 1;
    }
  }, [grid, mesh, paths, step, view, width, height]);

  const rotate = (daz: number, del: number) =>
    setView((v) => ({ ...v, az: v.az + daz, el: Math.max(-0.2, Math.min(1.5, v.el + del)) }));
  const onKey = (e: KeyboardEvent) => {
    const k: Record<string, () => void> = {
      ArrowLeft: () => rotate(-0.1, 0),
      ArrowRight: () => rotate(0.1, 0),
      ArrowUp: () => rotate(0, 0.08),
      ArrowDown: () => rotate(0, -0.08),
      '+': () => setView((v) => ({ ...v, zoom: Math.min(4, v.zoom * 1.15) })),
      '-': () => setView((v) => ({ ...v, zoom: Math.max(0.3, v.zoom / 1.15) })),
    };
    if (k[e.key]) {
      e.preventDefault();
      k[e.key]();
    }
  };
  return (
    <canvas
      ref={ref}
      className="surface3d"
      width={width}
      height={height}
      tabIndex={0}
      role="img"
      aria-label={label}
      data-testid="surface-3d"
      data-export=""
      data-azimuth={view.az.toFixed(2)}
      onKeyDown={onKey}
      onPointerDown={(e: PointerEvent<HTMLCanvasElement>) => {
        // One pointer rotates (mouse, pen or the first finger); a second finger is ignored.
        if (!e.isPrimary) return;
        drag.current = { x: e.clientX, y: e.clientY };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (!drag.current || !e.isPrimary) return;
        const f = reduced ? 0.5 : 1;
        rotate(((e.clientX - drag.current.x) / 150) * f, ((e.clientY - drag.current.y) / 200) * f);
        drag.current = { x: e.clientX, y: e.clientY };
      }}
      onPointerUp={(e) => e.isPrimary && (drag.current = null)}
      onPointerCancel={(e) => e.isPrimary && (drag.current = null)}
      onWheel={(e: WheelEvent) =>
        setView((v) => ({
          ...v,
          zoom: Math.max(0.3, Math.min(4, v.zoom * Math.exp(-e.deltaY / 500))),
        }))
      }
    />
  );
}
