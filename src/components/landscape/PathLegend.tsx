// The key of the paths on the landscape, beside the plot: each run's line as drawn (colour and
// dash, on the dark tile the heatmap gives it), its name, and the step where it diverged.
import { useTranslation } from 'react-i18next';
import type { LandscapePath } from './SurfaceHeatmap';

export function PathLegend({ paths, side }: { paths: LandscapePath[]; side: boolean }) {
  const { t } = useTranslation();
  if (paths.length < 2) return null;
  return (
    <ul
      className={`landscape-legend${side ? ' landscape-legend-side' : ''}`}
      aria-label={t('landscape.compare.legend')}
      data-testid="compare-legend"
    >
      {paths.map((p) => (
        <li key={p.id} style={{ color: p.color }} data-testid="compare-legend-item">
          <svg className="legend-line" width={30} height={14} aria-hidden="true">
            <rect width={30} height={14} rx={2} />
            <line className="path-halo" x1={3} x2={27} y1={7} y2={7} />
            <line
              className="path-line"
              x1={3}
              x2={27}
              y1={7}
              y2={7}
              strokeDasharray={p.dash || undefined}
            />
          </svg>
          <span className="label">
            {p.label}
            {p.divergedAt !== undefined && (
              <span className="diverged">
                {' '}
                — {t('landscape.compare.diverged', { step: p.divergedAt })}
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
