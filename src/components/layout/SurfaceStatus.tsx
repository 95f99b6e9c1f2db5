import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import { abbreviateRenderer } from './abbreviateRenderer';

/** "Surfaces: webgl/SwiftShader (one fused WebGL program)", once a landscape started the engine. */
export function SurfaceStatus() {
  const { t } = useTranslation();
  const { surface } = useAppStore(selectBackend);
  if (!surface) return null;
  const where = surface.renderer
    ? `${surface.backend}/${abbreviateRenderer(surface.renderer)}`
    : surface.backend;
  return (
    <span className="status-item" data-testid="surface-status" data-engine={surface.engine}>
      <span className="status-label">{t('status.surfaces')}</span>{' '}
      <strong
        title={`${surface.reason}${surface.renderer ? `\n${surface.renderer}` : ''}`}
        data-testid="surface-backend"
      >
        {where}
      </strong>{' '}
      <span className="status-reason">
        ({t(`status.surfaceEngine.${surface.engine}`)}
        {surface.thread === 'main' ? `, ${t('status.mainThread')}` : ''})
      </span>
    </span>
  );
}
