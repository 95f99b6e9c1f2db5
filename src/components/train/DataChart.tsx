// The data with the model's current fit, each training point's residual (thin, dashed) and its
// pull (an arrow from the fit toward the point, of length ∝ |ℓ′|: half a y unit per unit of ℓ′
// for regression, so MSE's arrow (ℓ′ = 2e) reaches the point; one unit for logistic). Points are
// dragged (d3-drag on one <g>), moved with the arrow keys, added by clicking empty space and
// removed with Delete or Alt+click. For the MLP the decision probability p = σ(z) is painted on
// a canvas under the SVG (ImageData, as TensorFlow Playground does) with the p = 0.5 contour.
import { drag } from 'd3-drag';
import { scaleLinear } from 'd3-scale';
import { clampTo, clippedPath, plotBox } from '../charts/clip';
import { select } from 'd3-selection';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Axis } from '../charts/Axis';
import { fmt } from '../charts/format';
import { useSize } from '../charts/useSize';
import { useCoarsePointer } from '../charts/useCoarsePointer';
import { useAppStoreApi } from '../../state/StoreProvider';
import type { Point } from '../../state/train/presets';
import { contourPaths } from '../landscape/surfaceGeometry';
import { dataDomain, type Domain } from './dataDomain';
import { decisionPixels } from './decisionGrid';
import { HitMark, PointMark, PullMark } from './DataPoints';
import { sigmoid } from './modelView';

const M = { top: 14, right: 16, bottom: 46, left: 54 };

export interface DataChartProps {
  points: Point[];
  held: boolean[];
  model: 'linear' | 'logistic' | 'mlp';
  /** Current weights, or null before the first run. */
  fit: { w: number; b: number } | null;
  /** The model under the pointer on the loss landscape, drawn faintly. */
  hoverFit?: { w: number; b: number } | null;
  pull: number[];
  summary: string;
  /** The MLP's p on a G×G grid of inputs over `domain` (row-major over x₂, cell centres). */
  heat?: { domain: Domain; g: number; p: ArrayLike<number> } | null;
  /** Class of a point added by a click (Shift+click: the other class). */
  newClass?: 0 | 1;
  /** Take the height of the box the layout gives (the Train workspace), not one from the width. */
  fill?: boolean;
}

export function DataChart({
  points,
  held,
  model,
  fit,
  hoverFit = null,
  pull,
  summary,
  heat = null,
  newClass = 0,
  fill = false,
}: DataChartProps) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 340 });
  const width = size.width;
  const height = fill
    ? Math.max(140, size.height)
    : Math.round(Math.min(420, Math.max(250, width * 0.6)));
  const iw = Math.max(10, width - M.left - M.right);
  const ih = height - M.top - M.bottom;
  const markerId = useId().replace(/:/g, '');
  const coarse = useCoarsePointer();
  const twoD = model === 'mlp';
  const logistic = model === 'logistic';

  // While a point is dragged the axes stay put (else the point would run from the pointer).
  const [frozen, setFrozen] = useState<Domain | null>(null);
  const live = useMemo(() => dataDomain(points, twoD ? 'linear' : model), [points, model, twoD]);
  const domain = frozen ?? live;
  const sx = useMemo(() => scaleLinear().domain(domain.x).range([0, iw]), [domain, iw]);
  const sy = useMemo(() => scaleLinear().domain(domain.y).range([ih, 0]), [domain, ih]);

  const pathOf = useCallback(
    (m: { w: number; b: number } | null) => {
      if (!m || twoD) return '';
      const count = logistic ? 120 : 2;
      const xs = Array.from(
        { length: count },
        (_, k) => domain.x[0] + ((domain.x[1] - domain.x[0]) * k) / (count - 1),
      );
      const f = (x: number) => (logistic ? sigmoid(m.w * x + m.b) : m.w * x + m.b);
      // Clipped analytically near the plot: a steep (or diverged) fit keeps its true slope in
      // view, and no coordinate in the millions reaches the layout.
      return clippedPath(
        xs.map((x) => [sx(x), sy(f(x))]),
        plotBox(iw, ih),
      );
    },
    [twoD, logistic, domain, sx, sy, iw, ih],
  );
  const fitPath = useMemo(() => pathOf(fit), [pathOf, fit]);
  const hoverPath = useMemo(() => pathOf(hoverFit), [pathOf, hoverFit]);

  // Latest values for the d3-drag handlers (bound once per set of circles).
  const latest = useRef({ sx, sy, logistic, twoD, points, domain: live, view: domain });
  useEffect(() => {
    latest.current = { sx, sy, logistic, twoD, points, domain: live, view: domain };
  });
  const plot = useRef<SVGGElement>(null);
  const dots = useRef<SVGGElement>(null);

  const toPoint = (i: number, px: number, py: number): Point => {
    const { sx: X, sy: Y, logistic: lg, points: pts } = latest.current;
    const x = round(X.invert(px));
    const y = round(Y.invert(py));
    if (pts[i]?.label !== undefined) return { x, y, label: pts[i].label };
    return lg ? { x, y: y >= 0.5 ? 1 : 0 } : { x, y };
  };

  useEffect(() => {
    if (!dots.current || !plot.current) return;
    const container = plot.current;
    const behaviour = drag<SVGCircleElement, unknown>()
      .container(() => container)
      .filter((ev: globalThis.MouseEvent) => !ev.altKey && !ev.button)
      // From the point's centre, not the pointer: grabbing the edge of a hit circle moves the
      // point with the finger instead of making it jump under it.
      .subject(function () {
        const { sx: X, sy: Y, points: pts } = latest.current;
        const p = pts[Number(this.dataset.index)];
        return p ? { x: X(p.x), y: Y(p.y) } : { x: 0, y: 0 };
      })
      .on('start', function () {
        setFrozen(latest.current.domain);
        // The landscape follows the point while it is held (useSurface's live frames).
        store.getState().trainActions.setDragging(Number(this.dataset.index));
      })
      .on('drag', function (ev: { x: number; y: number }) {
        const i = Number(this.dataset.index);
        store.getState().trainActions.movePoint(i, toPoint(i, ev.x, ev.y));
      })
      .on('end', () => {
        setFrozen(null);
        store.getState().trainActions.setDragging(null);
      });
    select(dots.current)
      .selectAll<SVGCircleElement, unknown>('circle.pt, circle.pt-hit')
      .call(behaviour);
    // toPoint reads only refs (latest), so the behaviour is bound once per set of circles.
  }, [points.length, store, coarse]);

  const addAt = (e: MouseEvent<SVGRectElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    store
      .getState()
      .trainActions.addPoint(
        toPointNew(
          e.clientX - r.left,
          e.clientY - r.top,
          e.shiftKey ? (newClass === 1 ? 0 : 1) : newClass,
        ),
      );
  };
  const toPointNew = (px: number, py: number, cls: 0 | 1): Point => {
    const x = round(sx.invert(px));
    const y = round(sy.invert(py));
    if (twoD) return { x, y, label: cls };
    return logistic ? { x, y: y >= 0.5 ? 1 : 0 } : { x, y };
  };

  // Stable handlers and name (the point's index is its data-index): the memoised marks keep
  // them across moves, so a move re-renders the moved point alone.
  const onKey = useCallback(
    (e: KeyboardEvent<SVGCircleElement>) => {
      const i = Number(e.currentTarget.dataset.index);
      const { points: pts, view, logistic: lg } = latest.current;
      const p = pts[i];
      if (!p) return;
      const big = e.shiftKey ? 10 : 1;
      const dx = ((view.x[1] - view.x[0]) / 100) * big;
      const dy = ((view.y[1] - view.y[0]) / 100) * big;
      const a = store.getState().trainActions;
      let next: Point | null = null;
      if (e.key === 'ArrowLeft') next = { ...p, x: round(p.x - dx) };
      else if (e.key === 'ArrowRight') next = { ...p, x: round(p.x + dx) };
      else if (e.key === 'ArrowUp') next = lg ? { ...p, y: 1 } : { ...p, y: round(p.y + dy) };
      else if (e.key === 'ArrowDown') next = lg ? { ...p, y: 0 } : { ...p, y: round(p.y - dy) };
      else if (e.key === 'Delete' || e.key === 'Backspace') {
        e.preventDefault();
        const host = e.currentTarget.parentElement;
        a.removePoint(i);
        // Focus stays in the chart: on the next point, or the previous when the last went.
        requestAnimationFrame(() => {
          const circles = host?.querySelectorAll<SVGCircleElement>('circle.pt');
          circles?.[Math.min(i, circles.length - 1)]?.focus();
        });
        return;
      }
      if (next) {
        e.preventDefault();
        a.movePoint(i, next);
      }
    },
    [store],
  );
  const onAltClick = useCallback(
    (e: MouseEvent<SVGCircleElement>) => {
      if (e.altKey)
        store.getState().trainActions.removePoint(Number(e.currentTarget.dataset.index));
    },
    [store],
  );
  const labelOf = useCallback(
    (n: number, x: number, y: number, isHeld: boolean) =>
      t(isHeld ? 'train.data.pointHeld' : 'train.data.point', { n, x: fmt(x), y: fmt(y) }),
    [t],
  );

  // The heat grid's cell edges in pixels (the grid may lag the axes while a point is dragged).
  const heatRect = useMemo(() => {
    if (!heat) return null;
    const [x0, x1] = [sx(heat.domain.x[0]), sx(heat.domain.x[1])];
    const [y0, y1] = [sy(heat.domain.y[1]), sy(heat.domain.y[0])];
    return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
  }, [heat, sx, sy]);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const ctx = canvasRef.current?.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, iw, ih);
    if (!heat || !heatRect || heat.p.length !== heat.g * heat.g) return;
    const img = document.createElement('canvas');
    img.width = img.height = heat.g;
    img.getContext('2d')?.putImageData(new ImageData(decisionPixels(heat.p, heat.g), heat.g), 0, 0);
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(img, heatRect.x, heatRect.y, heatRect.w, heatRect.h);
  }, [heat, heatRect, iw, ih]);
  const boundary = useMemo(() => {
    if (!heat || heat.p.length !== heat.g * heat.g) return '';
    const { domain: d, g } = heat;
    const ax = ([lo, hi]: [number, number]) =>
      Array.from({ length: g }, (_, k) => lo + ((hi - lo) * (k + 0.5)) / g);
    const grid = { w: ax(d.x), b: ax(d.y), values: Float32Array.from(heat.p) };
    return contourPaths(grid, [0.5], sx, sy)[0]?.d ?? '';
  }, [heat, sx, sy]);

  const pxPerY = ih / (domain.y[1] - domain.y[0]);
  const k = logistic ? 1 : 0.5;
  const arrow = `url(#${markerId}-arrow)`;

  return (
    <div
      className={`train-chart${heat ? ' has-heat' : ''}${fill ? ' chart-fill' : ''}`}
      ref={box}
      data-export={t('train.data.label')}
    >
      {twoD && (
        <canvas
          ref={canvasRef}
          width={iw}
          height={ih}
          className="decision-canvas"
          style={{ left: M.left, top: M.top, width: iw, height: ih }}
          aria-hidden="true"
          data-testid="decision-canvas"
        />
      )}
      <svg
        width={width}
        height={height}
        role="group"
        aria-label={t('train.data.label')}
        aria-describedby={`${markerId}-desc`}
        className="data-chart"
        data-testid="data-chart"
      >
        <desc id={`${markerId}-desc`}>{summary}</desc>
        <defs>
          <marker
            id={`${markerId}-arrow`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="pull-head" />
          </marker>
        </defs>
        <g transform={`translate(${M.left},${M.top})`} ref={plot}>
          <rect
            className="plot-bg"
            width={iw}
            height={ih}
            onClick={addAt}
            data-testid="data-plot"
          />
          <Axis
            scale={sx}
            orient="bottom"
            at={[0, ih]}
            ticks={Math.max(2, Math.floor(iw / 70))}
            label={twoD ? 'x₁' : 'x'}
          />
          <Axis
            scale={sy}
            orient="left"
            ticks={Math.max(2, Math.floor(ih / 45))}
            label={twoD ? 'x₂' : logistic ? t('train.data.probability') : 'y'}
          />
          <clipPath id={`${markerId}-clip`}>
            <rect width={iw} height={ih} />
          </clipPath>
          <g clipPath={`url(#${markerId}-clip)`} pointerEvents="none">
            {logistic && <line className="threshold" x1={0} x2={iw} y1={sy(0.5)} y2={sy(0.5)} />}
            {boundary && <path className="boundary" d={boundary} data-testid="decision-boundary" />}
            {hoverPath && <path className="fit-hover" d={hoverPath} data-testid="fit-hover" />}
            {fitPath && <path className="fit" d={fitPath} data-testid="fit-line" />}
            {fit &&
              !twoD &&
              points.map((p, i) => {
                if (held[i] || !Number.isFinite(pull[i])) return null;
                const z = fit.w * p.x + fit.b;
                const f = logistic ? sigmoid(z) : z;
                const len = Math.min(ih, Math.abs(pull[i]) * k * pxPerY);
                const dir = pull[i] > 0 ? 1 : -1; // descent moves the fit against ℓ′: down when ℓ′ > 0
                return (
                  <PullMark
                    key={i}
                    x={sx(p.x)}
                    y0={clampTo(sy(f), -ih, 2 * ih)}
                    y1={clampTo(sy(p.y), -ih, 2 * ih)}
                    pull={len > 1.5 ? dir * len : 0}
                    marker={arrow}
                  />
                );
              })}
          </g>
          <g ref={dots}>
            {/* Under the points, on touch screens: 44 px hit circles, so a fingertip finds a
                point (with a mouse they would only hide empty space from the click that adds). */}
            {coarse &&
              points.map((p, i) => (
                <HitMark key={`hit${i}`} index={i} cx={sx(p.x)} cy={sy(p.y)} onClick={onAltClick} />
              ))}
            {points.map((p, i) => (
              <PointMark
                key={i}
                index={i}
                cx={sx(p.x)}
                cy={sy(p.y)}
                x={p.x}
                y={p.y}
                held={!!held[i]}
                cls={p.label}
                labelOf={labelOf}
                onKeyDown={onKey}
                onClick={onAltClick}
              />
            ))}
          </g>
        </g>
      </svg>
    </div>
  );
}

const round = (v: number) => Math.round(v * 1000) / 1000;
