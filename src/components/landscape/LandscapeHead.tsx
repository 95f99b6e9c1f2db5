// The landscape's title and its own controls: heatmap or 3-D, the grid size, Fit view.
import { useTranslation } from 'react-i18next';
import { GRID_SIZES, type LandscapeSettings } from '../../state/train/landscape';

export function LandscapeHead({
  settings,
  onSettings,
  onFit,
}: {
  settings: Pick<LandscapeSettings, 'grid' | 'mode'>;
  onSettings(p: Partial<LandscapeSettings>): void;
  onFit(): void;
}) {
  const { t } = useTranslation();
  const { grid: g, mode } = settings;
  return (
    <header className="landscape-head">
      <h3 id="landscape-title">{t('landscape.title')}</h3>
      <div className="landscape-controls">
        <div role="group" aria-label={t('landscape.view')} className="seg">
          {(['2d', '3d'] as const).map((m) => (
            <button
              key={m}
              type="button"
              className="button small"
              aria-pressed={mode === m}
              onClick={() => onSettings({ mode: m })}
            >
              {t(m === '2d' ? 'landscape.view2d' : 'landscape.view3d')}
            </button>
          ))}
        </div>
        <label className="inline-field">
          {t('landscape.grid')}{' '}
          <select
            value={g}
            onChange={(e) =>
              onSettings({ grid: Number(e.target.value) as LandscapeSettings['grid'] })
            }
            data-testid="grid-size"
          >
            {GRID_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}×{n}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button small" onClick={onFit} data-testid="fit-view">
          {t('landscape.fit')}
        </button>
      </div>
    </header>
  );
}
