// An opened HDF5 landscape drawn with the app's own charts: a 2-D surface as heatmap + contours
// (and the 3-D view when asked) with the projected trajectory on it, a 1-D one as lines. Used by
// the landscape card and by its one-figure embed (`fig=h5`).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { H5Projection, H5Surface } from '../../../state/applications/h5Types';
import { LineChart } from '../../charts/LineChart';
import { colorAt, dashAt } from '../../charts/palette';
import { useSize } from '../../charts/useSize';
import type { LandscapePath } from '../../landscape/SurfaceHeatmap';
import { surfaceGrid } from './h5View';
import { PlaneChart } from './PlaneChart';

export interface H5ChartProps {
  surface: H5Surface;
  projection: H5Projection | null;
  field: string;
  show3d?: boolean;
  /** The widest the charts are laid out. */
  maxWidth?: number;
}

export function H5Chart({
  surface: s,
  projection: p,
  field,
  show3d,
  maxWidth = 640,
}: H5ChartProps) {
  const { t } = useTranslation();
  const grid = useMemo(() => surfaceGrid(s, field), [s, field]);
  const paths: LandscapePath[] = useMemo(
    () =>
      p ? [{ id: 'h5-path', label: t('digits.h5.path'), color: colorAt(1), w: p.x, b: p.y }] : [],
    [p, t],
  );
  const [box, size] = useSize<HTMLDivElement>({ width: 560, height: 440 });
  const width = Math.min(maxWidth, Math.max(260, size.width));
  const height = Math.round(Math.min(480, width * 0.8));
  const summary = t('digits.h5.summary', { field, name: s.name });
  return (
    <div ref={box} className="dg-slice chart" data-testid="h5-chart" data-path={p?.x.length ?? 0}>
      {grid && (
        <PlaneChart
          grid={grid}
          base={{ w: [s.x[0], s.x.at(-1)!], b: [grid.b[0], grid.b.at(-1)!] }}
          paths={paths}
          labels={{ w: 'x', b: 'y', loss: field, summary }}
          symbols={{ w: 'x', b: 'y' }}
          width={width}
          height={height}
          show3d={show3d}
        />
      )}
      {!grid && (
        <LineChart
          label={summary}
          x={s.x}
          series={s.order.map((k, i) => ({
            id: k,
            label: k,
            y: s.fields[k],
            color: colorAt(i),
            dash: dashAt(i),
          }))}
          xDomain={[s.x[0], s.x.at(-1)!]}
          xLabel="x"
          yLabel={s.order.join(', ')}
          height={300}
          testId="h5-line"
        />
      )}
    </div>
  );
}
