// The data with the model's current fit, each training point's residual (thin, dashed) and its
// pull (an arrow from the fit toward the point, of length ∝ |ℓ′|; see dataGeometry). Points are
// dragged, moved with the arrow keys, added by clicking empty space and removed with Delete or
// Alt+click (usePointEditing). For the MLP the decision probability p = σ(z) is painted on a
// canvas under the SVG with the p = 0.5 contour. The geometry is dataGeometry's, the layers
// DataLayers'; this component is the frame that ties them together.
import { useCallback, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Point } from '../../state/train/presets';
import { ChartFrame } from '../charts/ChartFrame';
import { fmt } from '../charts/format';
import { useCoarsePointer } from '../charts/useCoarsePointer';
import { useSize } from '../charts/useSize';
import { dataDomain, type Domain } from './dataDomain';
import {
  boundaryPath,
  DATA_MARGIN as M,
  dataChartSize,
  dataScales,
  fitPath,
  pullGeometry,
  type Heat,
} from './dataGeometry';
import { DecisionCanvas, FitLayer, PointLayer } from './DataLayers';
import { usePointEditing, type EditView } from './usePointEditing';
import { useFitReplay } from './useFitReplay';

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
  heat?: Heat | null;
  /** Class of a point added by a click (Shift+click: the other class). */
  newClass?: 0 | 1;
  /** Take the height of the box the layout gives (the Train workspace), not one from the width. */
  fill?: boolean;
}

export function DataChart(props: DataChartProps) {
  const { points, held, model, fit, hoverFit = null, pull, summary } = props;
  const { heat = null, newClass = 0, fill = false } = props;
  const { t } = useTranslation();
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 340 });
  const { width, height, iw, ih } = dataChartSize(size, fill);
  const uid = useId().replace(/:/g, '');
  const coarse = useCoarsePointer();
  const twoD = model === 'mlp';
  const logistic = model === 'logistic';

  const plotRef = useRef<SVGGElement>(null);
  const latest = useRef<EditView | null>(null);
  const { frozen, marks, addAt } = usePointEditing(plotRef, latest);
  const live = useMemo(() => dataDomain(points, twoD ? 'linear' : model), [points, model, twoD]);
  const domain: Domain = frozen ?? live;
  const plot = useMemo(() => dataScales(domain, iw, ih), [domain, iw, ih]);
  useLayoutEffect(() => {
    latest.current = { plot, points, model, live, view: domain };
  });

  const fitD = useMemo(() => fitPath(fit, model, plot), [fit, model, plot]);
  const hoverD = useMemo(() => fitPath(hoverFit, model, plot), [hoverFit, model, plot]);
  const pulls = useMemo(
    () => pullGeometry(points, held, pull, fit, model, plot),
    [points, held, pull, fit, model, plot],
  );
  const boundary = useMemo(() => boundaryPath(heat, plot), [heat, plot]);
  const fitLayer = useFitReplay(!twoD, { plot, points, held, model, fitD, pulls });
  // A stable name function (the memoised marks keep it across moves).
  const labelOf = useCallback(
    (n: number, x: number, y: number, isHeld: boolean) =>
      t(isHeld ? 'train.data.pointHeld' : 'train.data.point', { n, x: fmt(x), y: fmt(y) }),
    [t],
  );

  return (
    <div
      className={`train-chart${heat ? ' has-heat' : ''}${fill ? ' chart-fill' : ''}`}
      ref={box}
      data-export={t('train.data.label')}
    >
      {twoD && <DecisionCanvas heat={heat} plot={plot} />}
      <ChartFrame
        width={width}
        height={height}
        margin={M}
        svg={{
          role: 'group',
          'aria-label': t('train.data.label'),
          'aria-describedby': `${uid}-desc`,
          className: 'data-chart',
          'data-testid': 'data-chart',
        }}
        head={
          <>
            <desc id={`${uid}-desc`}>{summary}</desc>
            <defs>
              <marker
                id={`${uid}-arrow`}
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
          </>
        }
        plotRef={plotRef}
        background={
          <rect
            className="plot-bg"
            width={iw}
            height={ih}
            onClick={(e) => addAt(e, newClass)}
            data-testid="data-plot"
          />
        }
        x={{ scale: plot.sx, ticks: Math.max(2, Math.floor(iw / 70)), label: twoD ? 'x₁' : 'x' }}
        y={{
          scale: plot.sy,
          ticks: Math.max(2, Math.floor(ih / 45)),
          label: twoD ? 'x₂' : logistic ? t('train.data.probability') : 'y',
        }}
      >
        <FitLayer
          clipId={`${uid}-clip`}
          arrow={`url(#${uid}-arrow)`}
          plot={plot}
          threshold={logistic}
          boundary={boundary}
          fit={fitD}
          hover={hoverD}
          pulls={pulls}
          layerRef={fitLayer}
        />
        <PointLayer
          points={points}
          held={held}
          plot={plot}
          coarse={coarse}
          marks={marks}
          labelOf={labelOf}
        />
      </ChartFrame>
    </div>
  );
}
