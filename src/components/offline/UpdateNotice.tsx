import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { applyUpdate, updateStore, type UpdateState } from './serviceWorker';
import './offline.css';

const selectWaiting = (s: UpdateState) => s.waiting;

/** "A new version is ready — Reload", shown while a new version's worker waits. */
export function UpdateNotice() {
  const { t } = useTranslation();
  const waiting = useStore(updateStore, selectWaiting);
  if (!waiting) return null;
  return (
    <div className="update-notice" role="status" data-testid="update-notice">
      <p>{t('offline.updateReady')}</p>
      <button type="button" className="button" onClick={() => applyUpdate(waiting)}>
        {t('offline.reload')}
      </button>
    </div>
  );
}
