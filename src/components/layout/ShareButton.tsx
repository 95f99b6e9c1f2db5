import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';

/** Share: the link of this view, copied at once when the clipboard allows, shown to copy by hand. */
export function ShareButton() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [link, setLink] = useState<string | null>(null);
  const copier = useCopy();
  const field = useRef<HTMLInputElement>(null);
  const open = () => {
    const url = absoluteLink(window.location, hashFor(draftOf(store.getState())));
    setLink(url);
    copier.reset();
    void copier.copy(url, field.current);
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
        <DialogActions copy={copier.state} statusTestId="share-status">
          <button
            type="button"
            className="button"
            onClick={() => link && void copier.copy(link, field.current)}
          >
            {t('share.copy')}
          </button>
        </DialogActions>
      </Dialog>
    </>
  );
}
