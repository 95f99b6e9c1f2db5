import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { useCopy } from '../controls/copy';
import { Dialog } from '../controls/Dialog';
import { DialogActions } from '../controls/DialogActions';
import { usePackedHash } from './usePackedHash';

/** Share: the link of this view, copied at once when the clipboard allows, shown to copy by hand.
 *  Opened from the header's Share menu (loaded on first use); the link is taken at each opening. */
export default function ShareDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const copier = useCopy();
  const field = useRef<HTMLInputElement>(null);
  // Each opening takes the link of the view as it is now, packed when long (issue 18: the
  // link carries the whole state; packing is async, the dialog opens once it is ready).
  const hash = usePackedHash(open ? hashFor(draftOf(store.getState())) : '');
  const link = hash === null ? null : absoluteLink(window.location, hash);
  const { copy, reset } = copier;
  useEffect(() => {
    if (!link) return;
    reset();
    void copy(link, field.current);
  }, [link, copy, reset]);
  return (
    <>
      <Dialog
        id="share-dialog"
        open={open && link !== null}
        onClose={onClose}
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
