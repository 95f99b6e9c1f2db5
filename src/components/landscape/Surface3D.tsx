// The loss surface as a rotatable 3-D mesh: an orthographic projection drawn on a canvas with
// the painter's algorithm (far quads first), coloured by the same viridis scale as the heatmap,
// with w, b and loss axes (ticks and labels), the grid minimum and the optimizers' paths on it,
// and the colour scale beside it. Drag or arrow keys rotate; wheel or +/− zoom.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePointerDrag } from '../charts/usePointerDrag';
import { ColorLegend } from './ColorLegend';
import type { LandscapePath } from './SurfaceHeatmap';
import { drawScene, type SceneLabels } from './surface3dDraw';
import { valueTransform, type Grid } from './surfaceGeometry';
import type { Camera } from './surface3dGeometry';

export { project } from './surface3dGeometry';

export interface Surface3DProps {
  grid: Grid | null;
  paths: LandscapePath[];
  step: number;
  width: number;
  height: number;
  label: string;
  /** Axis names (default w, b, loss; α and β on an MLP slice) and the minimum's name. */
  labels?: Partial<SceneLabels>;
  /** The camera to start from (the URL's), and where to report it as the user moves it. */
  camera?: Camera;
  onCamera?(camera: Camera): void;
}

const LEGEND_W = 64;

export function Surface3D(props: Surface3DProps) {
  const { grid, paths, step, width, height } = props;
  const ref = useRef<HTMLCanvasElement>(null);
  const [view, setView] = useState<Camera>(() => props.camera ?? { az: -0.7, el: 0.6, zoom: 1 });
  const report = useRef(props.onCamera);
  useEffect(() => {
    report.current = props.onCamera;
  });
  useEffect(() => report.current?.(view), [view]);
  const tr = useMemo(() => (grid ? valueTransform(grid.values) : null), [grid]);
  const cw = Math.max(120, width - LEGEND_W);
  const dpr = typeof window === 'undefined' ? 1 : Math.min(2, window.devicePixelRatio || 1);
  const labels: SceneLabels = { w: 'w', b: 'b', loss: 'loss', minimum: 'minimum', ...props.labels };
  const key = JSON.stringify(labels);
  useEffect(() => {
    const ctx = ref.current?.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, cw, height);
    if (grid && tr) drawScene(ctx, { grid, tr, paths, step, view, width: cw, height, labels });
    // labels by value (key): a new object each render must not redraw
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [grid, tr, paths, step, view, cw, height, dpr, key]);
  const handlers = useRotate(setView);
  return (
    <div
      className="surface3d"
      style={{ width, height }}
      tabIndex={0}
      role="img"
      aria-label={props.label}
      data-testid="surface-3d"
      data-export=""
      data-azimuth={view.az.toFixed(2)}
      {...handlers}
    >
      <canvas
        ref={ref}
        width={Math.round(cw * dpr)}
        height={Math.round(height * dpr)}
        style={{ width: cw, height }}
        aria-hidden="true"
      />
      {tr && <ColorLegend tr={tr} width={LEGEND_W} height={height} title={labels.loss} />}
    </div>
  );
}

/** Drag (one pointer), arrow keys and the wheel turn and zoom the camera. */
function useRotate(setView: (f: (v: Camera) => Camera) => void) {
  const drag = useRef<{ x: number; y: number } | null>(null);
  const reduced =
    typeof matchMedia !== 'undefined' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const rotate = (daz: number, del: number) =>
    setView((v) => ({ ...v, az: v.az + daz, el: Math.max(-0.2, Math.min(1.5, v.el + del)) }));
  const zoomBy = (f: number) =>
    setView((v) => ({ ...v, zoom: Math.max(0.3, Math.min(4, v.zoom * f)) }));
  const onKeyDown = (e: KeyboardEvent) => {
    const k: Record<string, () => void> = {
      ArrowLeft: () => rotate(-0.1, 0),
      ArrowRight: () => rotate(0.1, 0),
      ArrowUp: () => rotate(0, 0.08),
      ArrowDown: () => rotate(0, -0.08),
      '+': () => zoomBy(1.15),
      '-': () => zoomBy(1 / 1.15),
    };
    if (k[e.key]) {
      e.preventDefault();
      k[e.key]();
    }
  };
  const { handlers } = usePointerDrag<HTMLDivElement>({
    onStart: (e) => {
      drag.current = { x: e.clientX, y: e.clientY };
    },
    onDrag: (e) => {
      if (!drag.current) return;
      const f = reduced ? 0.5 : 1;
      rotate(((e.clientX - drag.current.x) / 150) * f, ((e.clientY - drag.current.y) / 200) * f);
      drag.current = { x: e.clientX, y: e.clientY };
    },
    onEnd: () => {
      drag.current = null;
    },
  });
  return {
    onKeyDown,
    // One pointer rotates (mouse, pen or the first finger); a second finger is ignored.
    ...handlers,
    onWheel: (e: { deltaY: number }) => zoomBy(Math.exp(-e.deltaY / 500)),
  };
}
