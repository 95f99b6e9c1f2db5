import { useTranslation } from 'react-i18next';
import { ChunkLoadError } from '../panels';

/** A crashed panel's message, or, when its code failed to download, a retry message. */
export function PanelError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const chunk = error instanceof ChunkLoadError;
  return (
    <div className="panel-error" role="alert" data-testid={chunk ? 'chunk-error' : 'panel-error'}>
      <p>
        <strong>
          {chunk
            ? t('robust.chunk.title', { what: t(`tabs.${error.what}`) })
            : t('panelError.title')}
        </strong>
      </p>
      {chunk ? (
        <p>{t('robust.chunk.hint')}</p>
      ) : (
        <pre className="panel-error-detail">{error.message}</pre>
      )}
      <button type="button" className="button" onClick={onRetry}>
        {chunk ? t('robust.chunk.retry') : t('panelError.retry')}
      </button>
    </div>
  );
}
