// When only the loss changes (MSE → MAE on the outliers preset), the frame holds and the old
// loss's minimum stays as a faint ring with an arrow to the new one: the minimum's move is seen.
import type { ScaleLinear } from 'd3-scale';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import { useMath } from '../../state/useMath';

type Min = { w: number; b: number };
interface Seen {
  loss: LossId;
  key: string;
  min: Min;
}

/**
 * The minimum of the loss shown before the current one, on the same data (`key`), or null. A
 * new data set forgets it; the drag of a point (same loss) only follows the current minimum.
 */
export function usePreviousMinimum(
  loss: LossId | null,
  key: string,
  minimum: Min | null,
): Seen | null {
  const [seen, setSeen] = useState<Seen | null>(null);
  const [ghost, setGhost] = useState<Seen | null>(null);
  if (loss && minimum && (seen?.loss !== loss || seen.key !== key || seen.min !== minimum)) {
    if (seen && seen.key === key && seen.loss !== loss) setGhost(seen);
    else if (seen && seen.key !== key) setGhost(null);
    setSeen({ loss, key, min: minimum });
  }
  return ghost && ghost.key === key && ghost.loss !== loss ? ghost : null;
}

type Layers = (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => ReactNode;

/** The heatmap's layers with the previous loss's minimum drawn over `under`, when there is one. */
export function usePreviousMinimumLayers(
  loss: LossId | null,
  key: string,
  minimum: Min | null,
  under: Layers | undefined,
): Layers | undefined {
  const ghost = usePreviousMinimum(loss, key, minimum);
  return useMemo(
    () =>
      ghost || under
        ? (x: ScaleLinear<number, number>, y: ScaleLinear<number, number>) => (
            <>
              {under?.(x, y)}
              {ghost && <PreviousMinimum ghost={ghost} now={minimum} x={x} y={y} />}
            </>
          )
        : undefined,
    [ghost, under, minimum],
  );
}

export function PreviousMinimum({
  ghost,
  now,
  x,
  y,
}: {
  ghost: Seen;
  now: Min | null;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
}) {
  const { t } = useTranslation();
  const math = useMath();
  const name = math?.getLoss(ghost.loss).short ?? ghost.loss.toUpperCase();
  const [gx, gy] = [x(ghost.min.w), y(ghost.min.b)];
  // The name on the side of the ring away from the nearer edge, so it is never cut.
  const right = gx > (x.range()[0] + x.range()[1]) / 2;
  const label = t('landscape.frame.previousMin', { loss: name });
  return (
    <g className="previous-min" data-testid="previous-minimum" data-loss={ghost.loss}>
      <title>{label}</title>
      {now && <line x1={gx} y1={gy} x2={x(now.w)} y2={y(now.b)} className="previous-min-move" />}
      <circle cx={gx} cy={gy} r={8} />
      <text x={gx + (right ? -12 : 12)} y={gy - 10} textAnchor={right ? 'end' : 'start'}>
        {label}
      </text>
    </g>
  );
}
