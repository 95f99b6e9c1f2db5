// The segmentation card's pure parts: the losses it compares (in the table's order), their
// formulas, the pixel colours of its four maps and the scale of the loss heatmap.
import { rgb } from 'd3-color';
import { interpolateBlues } from 'd3-scale-chromatic';
import type { SegLoss } from '../../math';

export type Rgb = [number, number, number];

export const SEG_LOSSES: readonly SegLoss[] = ['ce', 'wce', 'focal', 'dice'];

export const SEG_TEX: Record<SegLoss, string> = {
  ce: String.raw`L = -\frac{1}{N}\sum_i \big[y_i \log p_i + (1-y_i)\log(1-p_i)\big]`,
  wce: String.raw`L = \frac{\sum_i w_{y_i}\,\ell_i}{\sum_i w_{y_i}},\quad w_c = \frac{N}{2N_c}`,
  focal: String.raw`L = -\frac{1}{N}\sum_i \alpha_t (1-p_t)^{\gamma}\log p_t`,
  dice: String.raw`L = 1 - \frac{2\sum_i p_i y_i + 1}{\sum_i p_i + \sum_i y_i + 1}`,
};

export const toRgb = (c: string): Rgb => {
  const v = rgb(c);
  return [v.r, v.g, v.b];
};
/** The image: intensity 0..1 as grey. */
export const greyColor = (v: number): Rgb => {
  const g = Math.round(255 * v);
  return [g, g, g];
};
/** The ground truth: foreground orange, background dark. */
export const maskColor = (v: number): Rgb => (v ? [230, 159, 0] : [24, 32, 42]);
/** The predicted probability, on a blue ramp that never reaches white. */
export const probColor = (v: number): Rgb => toRgb(interpolateBlues(0.05 + 0.9 * v));

/** The heatmap's top: the largest finite per-pixel value, 1 when there is none above 0. */
export function heatMax(perPixel: ArrayLike<number> | null): number {
  if (!perPixel) return 1;
  let m = 0;
  for (let i = 0; i < perPixel.length; i++) {
    const v = perPixel[i];
    if (Number.isFinite(v)) m = Math.max(m, v);
  }
  return m > 0 ? m : 1;
}

/** The i18n key of the heatmap's title: Dice has no per-pixel loss, weighted CE weights it. */
export function mapTitleKey(loss: SegLoss) {
  if (loss === 'dice') return 'applications.segmentation.mapDice' as const;
  if (loss === 'wce') return 'applications.segmentation.mapWeighted' as const;
  return 'applications.segmentation.mapLoss' as const;
}
