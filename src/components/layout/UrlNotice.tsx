import { useTranslation } from 'react-i18next';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import type { AppState } from '../../state/store';

const selectNotice = (s: AppState) => s.urlNotice;

/** What a link or the saved state had that was ignored, by key; keys are shown as text only. */
export function UrlNotice() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const notice = useAppStore(selectNotice);
  if (!notice) return null;
  if (notice.kept) {
    // A link that could not be read changed nothing: the user chooses what happens to the work.
    // The URL reader is loaded already (a link that could not be read went through it).
    const fresh = async () => {
      const [{ urlPatch }, { decodeHash }] = await Promise.all([
        import('../../state/url/apply'),
        import('../../state/url/urlState'),
      ]);
      const cur = store.getState();
      store.setState({ ...urlPatch(cur, decodeHash(`#/${cur.tab}`), false), urlNotice: null });
    };
    return (
      <div className="url-notice" role="alert" data-testid="url-notice">
        <p>{t('url.kept')}</p>
        <button
          type="button"
          className="button"
          onClick={() => store.getState().setUrlNotice(null)}
        >
          {t('url.keepWork')}
        </button>{' '}
        <button
          type="button"
          className="button"
          onClick={() => void fresh()}
          data-testid="url-notice-fresh"
        >
          {t('url.startFresh')}
        </button>
      </div>
    );
  }
  const keys = notice.keys.map((k) => `“${k}”`).join(', ');
  return (
    <div className="url-notice" role="alert" data-testid="url-notice">
      <p>{t(notice.source === 'url' ? 'url.ignoredUrl' : 'url.ignoredStorage', { keys })}</p>
      <button type="button" className="button" onClick={() => store.getState().setUrlNotice(null)}>
        {t('url.dismiss')}
      </button>
    </div>
  );
}
