import { lazy, Suspense, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Header } from './components/layout/Header';
import { PanelHost } from './components/layout/PanelHost';
import { StatusBar } from './components/layout/StatusBar';
import { useBackendLoader } from './components/layout/useBackendLoader';
import { useDocumentPrefs } from './components/layout/useDocumentPrefs';
import { useHashRoute } from './components/layout/useHashRoute';
import { UrlNotice } from './components/layout/UrlNotice';
import { useUndo } from './components/undo/useUndo';
import { UpdateNotice } from './components/offline/UpdateNotice';
import { Presentation } from './components/classroom/Presentation';
import { useAppStore } from './state/StoreProvider';
import type { AppState } from './state/store';
import './components/layout/url.css';

const selectEmbed = (s: AppState) => s.embed;
const selectLesson = (s: AppState) => s.lesson.lesson !== null;
const EmbedApp = lazy(() => import('./EmbedApp'));
// Off the first paint: the lesson card (only with a lesson open, which a link with state opens)
// and the printed page's link; both use the URL writer.
const LessonCard = lazy(() =>
  import('./components/lesson/LessonCard').then((m) => ({ default: m.LessonCard })),
);
const PrintLink = lazy(() =>
  import('./components/classroom/PrintLink').then((m) => ({ default: m.PrintLink })),
);

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
  useUndo();
  const embed = useAppStore(selectEmbed);
  const lesson = useAppStore(selectLesson);
  // Embedded views (embed=1, fig=) are a chunk of their own: the full app never loads them.
  if (embed)
    return (
      <Suspense fallback={null}>
        <EmbedApp />
      </Suspense>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <UpdateNotice />
      <UrlNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        {lesson && (
          <Suspense fallback={null}>
            <LessonCard />
          </Suspense>
        )}
        <PanelHost embed={false} />
      </main>
      <StatusBar />
      <Presentation />
      <Suspense fallback={null}>
        <PrintLink />
      </Suspense>
    </div>
  );
}
