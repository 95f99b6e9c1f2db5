import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { Dialog } from './Dialog';

type CopyState = 'idle' | 'copied' | 'failed';

/** Copies text; false where the clipboard is missing or refused (insecure page, iframe policy). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Share: the link of this view, copied at once when the clipboard allows, shown to copy by hand. */
export function ShareButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [link, setLink] = useState<string | null>(null);
  const [copy, setCopy] = useState<CopyState>('idle');
  const field = useRef<HTMLInputElement>(null);

  const doCopy = async (text: string) => {
    const ok = await copyText(text);
    setCopy(ok ? 'copied' : 'failed');
    if (!ok) field.current?.select();
  };
  const open = () => {
    const url = absoluteLink(window.location, hashFor(draftOf(store.getState())));
    setLink(url);
    setCopy('idle');
    void doCopy(url);
  };
  return (
    <>
      <button type="button" className="button header-button" onClick={open}>
        {t('share.button')}
      </button>
      <Dialog
        id="share-dialog"
        open={link !== null}
        onClose={() => setLink(null)}
        title={t('share.title')}
      >
        <p>{t('share.intro')}</p>
        <label className="dialog-field">
          <span>{t('share.link')}</span>
          <input
            ref={field}
            className="text-input"
            readOnly
            value={link ?? ''}
            onFocus={(e) => e.currentTarget.select()}
            data-testid="share-link"
          />
        </label>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={() => link && void doCopy(link)}>
            {t('share.copy')}
          </button>
          <p role="status" className="muted" data-testid="share-status">
            {copy === 'copied' ? t('share.copied') : copy === 'failed' ? t('share.copyFailed') : ''}
          </p>
        </div>
      </Dialog>
    </>
  );
}
