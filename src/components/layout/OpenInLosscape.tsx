import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutFigureKeys } from '../../embed/embedLink';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { LogoMark } from './icons';
import { usePackedHash } from './usePackedHash';

/**
 * The embedded view's one piece of chrome: the full app in a new tab, at this view's state
 * (the whole view: a figure's `fig`/`ctl` stay behind). Floating in a whole-view embed; `inline`
 * in a figure's foot line, where it covers nothing.
 */
export function OpenInLosscape({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const link = (hash: string) => {
    const { origin, pathname, search } = window.location;
    return absoluteLink({ origin, pathname, search: withoutFigureKeys(search) }, hash);
  };
  const plain = () => hashFor(draftOf(store.getState()), { embed: false });
  // The href follows the state when the link is about to be used (not on every drag frame):
  // the plain link at once (it opens the whole state), then packed like Share's once a large
  // state has been compressed.
  const [hash, setHash] = useState(plain);
  const href = link(usePackedHash(hash) ?? hash);
  const refresh = () => setHash(plain());
  return (
    <a
      className={`open-in-losscape${inline ? ' is-inline' : ''}`}
      href={href}
      target="_blank"
      rel="noopener"
      onPointerDown={refresh}
      onFocus={refresh}
      onMouseEnter={refresh}
      data-testid="open-in-losscape"
    >
      <LogoMark />
      {t('embed.open')}
    </a>
  );
}
