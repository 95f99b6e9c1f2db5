// The printed page's footer: the link of this view as text (a sheet of paper has no address
// bar). Hidden on screen; filled in when printing starts, so it is the link of what is printed.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStoreApi } from '../../state/StoreProvider';
import { absoluteLink, hashFor } from '../../state/url/link';
import { draftOf } from '../../state/url/urlState';
import '../../styles/print.css';

export function PrintLink() {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const [url, setUrl] = useState('');
  useEffect(() => {
    const update = () =>
      setUrl(absoluteLink(window.location, hashFor(draftOf(store.getState()), { embed: false })));
    update();
    const print = window.matchMedia?.('print');
    window.addEventListener('beforeprint', update);
    print?.addEventListener('change', update);
    return () => {
      window.removeEventListener('beforeprint', update);
      print?.removeEventListener('change', update);
    };
  }, [store]);
  return (
    <footer className="print-link" data-testid="print-link">
      <span>{t('classroom.printedOn')}</span> <span className="print-url">{url}</span>
    </footer>
  );
}
