import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { LogoMark } from './icons';

/** The embedded view's one piece of chrome: the full app in a new tab, at this view's state. */
export function OpenInLosscape() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const current = () =>
    absoluteLink(window.location, hashFor(draftOf(store.getState()), { embed: false }));
  const [href, setHref] = useState(current);
  // The href follows the state when the link is about to be used (not on every drag frame).
  const refresh = () => setHref(current());
  return (
    <a
      className="open-in-losscape"
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
