import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTEXT_LOST } from '../../math/contextLost';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import { useMath } from '../../state/useMath';
import { BackendStatus } from './BackendStatus';
import { SurfaceStatus } from './SurfaceStatus';
import { startTensorPoll } from './tensorPoll';
import './statusBar.css';

/**
 * The live tensor count, read once a second while the backend is ready (the app's one poll of
 * tf.memory()), with the number of the read (its stamp, shown as data-poll): a test that must
 * see the count after some work waits for a later stamp instead of sleeping past the poll.
 * Before the first read: the count the backend reported when it loaded.
 */
function useTensorPoll(loaded: number | null) {
  const store = useAppStoreApi();
  const math = useMath();
  const [poll, setPoll] = useState<{ n: number; count: number | null }>({ n: 0, count: null });
  useEffect(() => {
    if (!math) return;
    return startTensorPoll(store, math, (count) => setPoll((p) => ({ n: p.n + 1, count })));
  }, [store, math]);
  return poll.n > 0 ? poll : { n: 0, count: loaded };
}

/** The count alone re-renders on each read, not the bar. */
function TensorCount({ loaded }: { loaded: number | null }) {
  const tensors = useTensorPoll(loaded);
  return (
    <span data-testid="tensor-count" data-poll={tensors.n}>
      {tensors.count ?? '–'}
    </span>
  );
}

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
        <TensorCount loaded={backend.tensors} />
      </span>
    </footer>
  );
}
