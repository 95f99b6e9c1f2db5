// The frame every x/y chart shares: the <svg> of the chart's size with its accessible name, the
// plot group moved in by the margins, and the two axes (d3-axis through Axis.tsx). A chart puts
// its marks in `children`, drawn over the axes, and may put a plot background under them and
// <desc>/<defs> in `head`. The data tables (ChartTable) sit beside the frame, outside the <svg>.
import type { ReactNode, Ref, SVGProps } from 'react';
import { Axis, type AxisProps } from './Axis';

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ChartFrameProps {
  width: number;
  height: number;
  margin: Margins;
  /** Attributes of the <svg>: role, aria-label, aria-describedby, className, data-testid. */
  svg?: SVGProps<SVGSVGElement> & { 'data-testid'?: string };
  /** <desc>, <defs>: first in the <svg>. */
  head?: ReactNode;
  /** The axes, without `orient` (and the bottom axis without `at`: it sits under the plot). */
  x: Omit<AxisProps, 'orient' | 'at'>;
  y: Omit<AxisProps, 'orient'>;
  /** Drawn under the axes (a plot background that takes clicks). */
  background?: ReactNode;
  /** A ref on the plot group (for pointer positions relative to the plot). */
  plotRef?: Ref<SVGGElement>;
  children?: ReactNode;
}

/** The inner size of a chart: its size less the margins. */
export const innerSize = (width: number, height: number, m: Margins) => ({
  iw: width - m.left - m.right,
  ih: height - m.top - m.bottom,
});

export function ChartFrame(props: ChartFrameProps) {
  const { width, height, margin, svg, head, x, y, background, plotRef, children } = props;
  const { ih } = innerSize(width, height, margin);
  return (
    <svg width={width} height={height} {...svg}>
      {head}
      <g transform={`translate(${margin.left},${margin.top})`} ref={plotRef}>
        {background}
        <Axis {...x} orient="bottom" at={[0, ih]} />
        <Axis {...y} orient="left" />
        {children}
      </g>
    </svg>
  );
}
