// The data chart's domains: the data's extent with a margin, rounded outward; for the logistic
// model y is a probability, so [−0.1, 1.1].
import { extent } from 'd3-array';
import type { Point } from '../../state/train/presets';

export type Domain = { x: [number, number]; y: [number, number] };

function padded(values: number[], fallback: [number, number]): [number, number] {
  const [lo, hi] = extent(values) as [number | undefined, number | undefined];
  if (lo === undefined || hi === undefined) return fallback;
  const span = hi - lo || Math.max(1, Math.abs(hi));
  return [lo - 0.15 * span, hi + 0.15 * span];
}

export function dataDomain(points: Point[], model: string): Domain {
  const x = padded(
    points.map((p) => p.x),
    [-1, 1],
  );
  if (model === 'logistic') return { x, y: [-0.1, 1.1] };
  // Include 0 on y when it is near, so a line through the origin reads as one.
  const y = padded(
    points.map((p) => p.y),
    [-1, 1],
  );
  return { x: [Math.min(x[0], 0), x[1]], y: [Math.min(y[0], 0), y[1]] };
}
