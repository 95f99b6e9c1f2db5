import { useTranslation } from 'react-i18next';
import { retryBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectBackend } from '../../state/selectors';
import { abbreviateRenderer } from './abbreviateRenderer';

/** "Backend: wasm · reason · Renderer: SwiftShader", or loading / failure. */
export function BackendStatus() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const { status, info, error } = useAppStore(selectBackend);

  if (status === 'failed') {
    return (
      <span className="status-item status-error" data-testid="backend-failed">
        <strong>{t('status.failed')}</strong> <span className="status-detail">{error}</span>{' '}
        <button
          type="button"
          className="button"
          data-testid="backend-retry"
          onClick={() => void retryBackend(store)}
        >
          {t('robust.chunk.retry')}
        </button>
      </span>
    );
  }
  if (status === 'loading' || !info) {
    return (
      <span className="status-item">
        <span className="status-label">{t('status.backend')}</span>{' '}
        <span data-testid="backend-loading">{t('status.loading')}</span>
      </span>
    );
  }
  const failed = info.failures.map((f) => f.name).join(', ');
  const failureDetail = info.failures.map((f) => `${f.name}: ${f.error}`).join('\n');
  return (
    <>
      <span className="status-item">
        <span className="status-label">{t('status.backend')}</span>{' '}
        <strong className="backend-name" data-testid="backend-name">
          {info.name}
        </strong>{' '}
        <span
          className="status-reason"
          data-testid="backend-reason"
          data-reason={info.reasonCode}
          title={failureDetail || undefined}
        >
          {t('status.reasonInParens', {
            reason: t(`status.reason.${info.reasonCode}`, { failed }),
          })}
        </span>
      </span>
      <span className="status-item">
        <span className="status-label">{t('status.renderer')}</span>{' '}
        {info.renderer ? (
          <abbr className="renderer" title={info.renderer} data-testid="backend-renderer">
            {abbreviateRenderer(info.renderer)}
          </abbr>
        ) : (
          <span data-testid="backend-renderer">{t('status.noWebgl')}</span>
        )}
      </span>
    </>
  );
}
