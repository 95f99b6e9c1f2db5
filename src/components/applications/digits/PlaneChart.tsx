// A landscape over a plane of two directions, as the network's slice (NetLandscape) and an opened
// HDF5 surface (H5Chart) both show it: the heatmap with contours, its minimum and the projected
// path, and the rotatable 3-D view when asked. The chart frame itself (svg, margins, axes) is
// SurfaceHeatmap's; this only fixes what the two callers share. Data in, SVG out.
import { useTranslation } from 'react-i18next';
import { Surface3D } from '../../landscape/Surface3D';
import { SurfaceHeatmap, type LandscapePath } from '../../landscape/SurfaceHeatmap';
import type { Grid } from '../../landscape/surfaceGeometry';
import '../../landscape/landscape.css';

const noop = () => undefined;

export interface PlaneChartProps {
  grid: Grid;
  /** The extent of the two axes. */
  base: { w: [number, number]; b: [number, number] };
  paths: LandscapePath[];
  /** Axis names, the value's name and the chart's accessible summary. */
  labels: { w: string; b: string; loss: string; summary: string };
  /** The axes' short names in the tooltip (x, α, PC1). */
  symbols: { w: string; b: string };
  width: number;
  height: number;
  show3d?: boolean;
}

export function PlaneChart(p: PlaneChartProps) {
  const { t } = useTranslation();
  // The path is drawn whole: its last point is the step shown.
  const step = p.paths[0] ? p.paths[0].w.length - 1 : 0;
  return (
    <>
      <SurfaceHeatmap
        grid={p.grid}
        base={p.base}
        paths={p.paths}
        step={step}
        width={p.width}
        height={p.height}
        labels={{ ...p.labels, minimum: t('digits.landscape.minimum') }}
        symbols={p.symbols}
        onView={noop}
      />
      {p.show3d && (
        <Surface3D
          grid={p.grid}
          paths={p.paths}
          step={step}
          width={p.width}
          height={p.height}
          label={p.labels.summary}
        />
      )}
    </>
  );
}
