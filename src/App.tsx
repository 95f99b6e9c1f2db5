import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/layout/Header';
import { PanelHost } from './components/layout/PanelHost';
import { StatusBar } from './components/layout/StatusBar';
import { useBackendLoader } from './components/layout/useBackendLoader';
import { useDocumentPrefs } from './components/layout/useDocumentPrefs';
import { useHashRoute } from './components/layout/useHashRoute';
import { OpenInLosscape } from './components/layout/OpenInLosscape';
import { UrlNotice } from './components/layout/UrlNotice';
import { useAppStore } from './state/StoreProvider';
import type { AppState } from './state/store';
import './components/layout/url.css';

const selectEmbed = (s: AppState) => s.embed;

// The hash is the router's, so the skip link moves focus itself instead of following #main.
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}

export function App() {
  const { t } = useTranslation();
  useDocumentPrefs();
  useHashRoute();
  useBackendLoader();
  const embed = useAppStore(selectEmbed);
  if (embed) {
    // One view, sized to its frame: no header, no status bar, a link to the full app.
    return (
      <div className="app app-embed">
        <UrlNotice />
        <main id="main" className="app-main" tabIndex={-1}>
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <PanelHost embed />
        </main>
        <footer>
          <OpenInLosscape />
        </footer>
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <UrlNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        <PanelHost embed={false} />
      </main>
      <StatusBar />
    </div>
  );
}
