import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/layout/Header';
import { PanelHost } from './components/layout/PanelHost';
import { StatusBar } from './components/layout/StatusBar';
import { useBackendLoader } from './components/layout/useBackendLoader';
import { useDocumentPrefs } from './components/layout/useDocumentPrefs';
import { useHashRoute } from './components/layout/useHashRoute';

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
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <main id="main" className="app-main" tabIndex={-1}>
        <PanelHost />
      </main>
      <StatusBar />
    </div>
  );
}
