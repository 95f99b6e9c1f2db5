import { useTranslation } from 'react-i18next';
import { CONTEXT_LOST } from '../../math/contextLost';
import { useAppStore } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import { BackendStatus } from './BackendStatus';
import { SurfaceStatus } from './SurfaceStatus';
import './statusBar.css';

export function StatusBar() {
  const { t } = useTranslation();
  const backend = useAppStore(selectBackend);
  const { invalid } = backend.request;
  const lost = backend.info?.failures.some((f) => f.error === CONTEXT_LOST);
  return (
    <footer
      className={`status-bar${invalid === undefined && !lost && backend.status !== 'failed' ? ' one-line' : ''}`}
      data-testid="status-bar"
      data-status={backend.status}
    >
      <h2 className="visually-hidden">{t('status.label')}</h2>
      {invalid !== undefined && (
        <p className="status-notice" role="alert" data-testid="backend-notice">
          {t('status.invalidParam', { value: invalid })}
        </p>
      )}
      {lost && (
        <p className="status-notice" role="alert" data-testid="backend-lost">
          {t('robust.backendLost', { from: 'webgl', to: backend.info?.name ?? '…' })}
        </p>
      )}
      <div className="status-items" role="status">
        <BackendStatus />
        <SurfaceStatus />
      </div>
      <span className="status-item tensor-count">
        <span className="status-label">{t('status.tensors')}</span>{' '}
        <span data-testid="tensor-count">{backend.tensors ?? '–'}</span>
      </span>
    </footer>
  );
}
