import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withoutFigureKeys } from '../../embed/embedLink';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import { LogoMark } from './icons';

/**
 * The embedded view's one piece of chrome: the full app in a new tab, at this view's state
 * (the whole view: a figure's `fig`/`ctl` stay behind). Floating in a whole-view embed; `inline`
 * in a figure's foot line, where it covers nothing.
 */
export function OpenInLosscape({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const current = () => {
    const { origin, pathname, search } = window.location;
    const loc = { origin, pathname, search: withoutFigureKeys(search) };
    return absoluteLink(loc, hashFor(draftOf(store.getState()), { embed: false }));
  };
  const [href, setHref] = useState(current);
  // The href follows the state when the link is about to be used (not on every drag frame).
  const refresh = () => setHref(current());
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
