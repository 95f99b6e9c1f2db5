import { useTranslation } from 'react-i18next';

export function PanelError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="panel-error" role="alert">
      <p>
        <strong>{t('panelError.title')}</strong>
      </p>
      <pre className="panel-error-detail">{error.message}</pre>
      <button type="button" className="button" onClick={onRetry}>
        {t('panelError.retry')}
      </button>
    </div>
  );
}
