// Small classic data sets bundled as constants (provenance in public/data/README.md).
import { IRIS } from './iris';

/**
 * Anscombe's quartet: F. J. Anscombe (1973), "Graphs in Statistical Analysis", The American
 * Statistician 27(1), 17–21, Table 1. Four sets of 11 points with the same mean of x (9), mean
 * of y (≈ 7.50), variances and least-squares line (y ≈ 3.00 + 0.500x), and very different
 * shapes: a noisy line, a curve, a line with one outlier, and one high-leverage point.
 */
const X123 = [10, 8, 13, 9, 11, 14, 6, 4, 12, 7, 5];
export const ANSCOMBE: readonly { x: number[]; y: number[] }[] = [
  { x: X123, y: [8.04, 6.95, 7.58, 8.81, 8.33, 9.96, 7.24, 4.26, 10.84, 4.82, 5.68] },
  { x: X123, y: [9.14, 8.14, 8.74, 8.77, 9.26, 8.1, 6.13, 3.1, 9.13, 7.26, 4.74] },
  { x: X123, y: [7.46, 6.77, 12.74, 7.11, 7.81, 8.84, 6.08, 5.39, 8.15, 6.42, 5.73] },
  {
    x: [8, 8, 8, 8, 8, 8, 8, 19, 8, 8, 8],
    y: [6.58, 5.76, 7.71, 8.84, 8.47, 7.04, 5.25, 12.5, 5.56, 7.91, 6.89],
  },
];

/** Iris columns: 0 sepal length, 1 sepal width, 2 petal length, 3 petal width (cm). */
export type IrisFeature = 0 | 1 | 2 | 3;

/**
 * Two iris classes — versicolor (label 0) and virginica (label 1), the pair that overlaps, so a
 * classifier has something to learn — with the chosen features.
 */
export function irisTwoClass(features: readonly IrisFeature[]): { x: number[]; label: 0 | 1 }[] {
  return IRIS.filter((r) => r[4] !== 0).map((r) => ({
    x: features.map((f) => r[f]),
    label: (r[4] === 2 ? 1 : 0) as 0 | 1,
  }));
}
