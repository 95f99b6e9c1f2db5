// Whether charts take the height of the box their layout gives them rather than a fixed one:
// one-figure embeds (`fig=`) provide `true`, so a chart fills a 480×320 frame instead of being
// scaled down as a whole. A chart that fills must sit in a box whose height does not depend on
// its content (a flex item with a zero basis), or it would grow with itself.
import { createContext, useContext } from 'react';

export const ChartFillContext = createContext(false);

export const useChartFill = () => useContext(ChartFillContext);

/** The height a chart draws at: its box's when it fills (never below `min`), else its own. */
export function chartHeight(fill: boolean, box: number, own: number, min = 120): number {
  return fill ? Math.max(min, Math.round(box)) : own;
}
