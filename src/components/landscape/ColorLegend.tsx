// The colour scale of the surface beside the 3-D view: viridis from low (dark) to high loss,
// with loss values at round ticks (per decade above the minimum when the scale is logarithmic).
import { interpolateViridis } from 'd3-scale-chromatic';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { lossTicks } from './surface3dGeometry';
import type { ValueTransform } from './surfaceGeometry';

export function ColorLegend({
  tr,
  width,
  height,
  title,
}: {
  tr: ValueTransform;
  width: number;
  height: number;
  title: string;
}) {
  const { t } = useTranslation();
  const id = `viridis-${useId().replace(/:/g, '')}`;
  const [top, bottom] = [28, 16];
  const h = Math.max(40, height - top - bottom);
  const ticks = lossTicks(tr, 5);
  const label = `${t('landscape.axes3d.colorLegend')}${tr.log ? ` ${t('landscape.axes3d.logNote')}` : ''}`;
  return (
    <svg
      className="color-legend"
      width={width}
      height={height}
      role="img"
      aria-label={`${label}: ${fmt(tr.lo)} – ${fmt(tr.hi)}`}
      data-testid="color-legend"
    >
      <defs>
        <linearGradient id={id} x1="0" x2="0" y1="1" y2="0">
          {Array.from({ length: 11 }, (_, k) => (
            <stop key={k} offset={k / 10} stopColor={interpolateViridis(k / 10)} />
          ))}
        </linearGradient>
      </defs>
      <text className="color-legend-title" x={4} y={12}>
        {title}
      </text>
      {tr.log && (
        <text className="color-legend-note" x={4} y={23}>
          log
        </text>
      )}
      <rect x={4} y={top} width={12} height={h} fill={`url(#${id})`} />
      {ticks.map((k) => {
        const y = top + h - k.t * h;
        return (
          <g key={k.value} className="tick">
            <line x1={16} x2={20} y1={y} y2={y} />
            <text x={22} y={y + 4}>
              {fmt(k.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
