import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import { abbreviateRenderer } from './abbreviateRenderer';

const fmtMs = (ms: number) => (ms < 10 ? ms.toFixed(1) : ms.toFixed(0));

/**
 * "Surfaces: webgl/SwiftShader (one fused WebGL program, 2 workers, 3.1 ms probe)", once a
 * landscape started the engine; the engine was chosen by a measured probe, whose timings for every
 * candidate are in the title.
 */
export function SurfaceStatus() {
  const { t } = useTranslation();
  const { surface } = useAppStore(selectBackend);
  if (!surface) return null;
  const where = surface.renderer
    ? `${surface.backend}/${abbreviateRenderer(surface.renderer)}`
    : surface.backend;
  const choice = surface.choice;
  const timings = choice?.timings
    .map(
      (c) =>
        `${t(`surfaceChoice.candidate.${c.id}`)} ${c.ms === null ? t('surfaceChoice.failed') : `${fmtMs(c.ms)} ms`}`,
    )
    .join(' · ');
  const title = [
    surface.reason,
    surface.renderer,
    timings ? t('surfaceChoice.timingsTitle', { list: timings }) : null,
  ]
    .filter(Boolean)
    .join('\n');
  return (
    <span
      className="status-item"
      data-testid="surface-status"
      data-engine={surface.engine}
      data-thread={surface.thread}
      data-choice={choice?.id}
      data-probe-ms={choice ? choice.ms.toFixed(2) : undefined}
    >
      <span className="status-label">{t('status.surfaces')}</span>{' '}
      <strong title={title} data-testid="surface-backend">
        {where}
      </strong>{' '}
      <span className="status-reason">
        ({t(`status.surfaceEngine.${surface.engine}`)}
        {surface.thread === 'main' ? `, ${t('status.mainThread')}` : ''}
        {surface.thread === 'workers'
          ? `, ${t('surfaceChoice.workers', { count: surface.workers ?? 0 })}`
          : ''}
        {choice
          ? `, ${t(choice.cached ? 'surfaceChoice.cachedProbe' : 'surfaceChoice.probe', { ms: fmtMs(choice.ms) })}`
          : ''}
        )
      </span>
    </span>
  );
}
