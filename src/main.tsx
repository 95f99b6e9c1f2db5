import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App';
import { applyDocumentPrefs, systemTheme } from './components/layout/documentPrefs';
import { createAppI18n } from './i18n/strings';
import { registerServiceWorker } from './components/offline/serviceWorker';
import { createBrowserStore } from './state/browserStore';
import { bareTab } from './state/url/defaults';
import { StoreProvider } from './state/StoreProvider';
import './styles/theme.css';
import './styles/app.css';
import './styles/robust.css';

// Links as people type them: `?embed=1&…` works like `#/…?embed=1`, and a figure's `fig`/`ctl`
// keys sit in the query string, which the URL sync (it rewrites the hash) leaves alone. A plain
// link (no query, no settings) has nothing to move: the link reader loads only for the others.
async function normalize(): Promise<void> {
  const { search, hash } = window.location;
  if (search === '' && bareTab(hash) !== null) return;
  const { normalizeLocation } = await import('./embed/embedLink');
  const link = normalizeLocation(search, hash);
  if (link.search !== search || link.hash !== hash)
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${link.search}${link.hash}`,
    );
}

// Offline use (issue 10): the built app only, where the browser has service workers.
registerServiceWorker(import.meta.env.PROD);

// No tfjs here: the shell paints first; state/backendLoader imports the math module later. The
// store is ready once a packed link is unpacked (a promise; a plain link is read at once); the
// strings once the start language's shell is there (English is inline; 简体中文 is a chunk).
void normalize()
  .then(createBrowserStore)
  .then(async (store) => {
    const { lang, theme } = store.getState();
    applyDocumentPrefs(lang, theme ?? systemTheme());
    const i18n = await createAppI18n(lang);
    const root = document.getElementById('root');
    if (!root) throw new Error('index.html has no #root');
    createRoot(root).render(
      <StrictMode>
        <StoreProvider store={store}>
          <I18nextProvider i18n={i18n}>
            <App />
          </I18nextProvider>
        </StoreProvider>
      </StrictMode>,
    );
  });
