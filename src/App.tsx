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
import { useUndo } from './components/undo/useUndo';
import { UpdateNotice } from './components/offline/UpdateNotice';
import { LessonCard } from './components/lesson/LessonCard';
import { useEmbedApi } from './embed/useEmbedApi';
import { useFigure } from './embed/useFigure';
import { FigureHost } from './components/figures/FigureHost';
import { Presentation } from './components/classroom/Presentation';
import { PrintLink } from './components/classroom/PrintLink';
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
  useUndo();
  const embed = useAppStore(selectEmbed);
  const figure = useFigure(embed);
  useEmbedApi(figure !== null);
  if (figure) {
    // One figure (`fig=`): it fills the frame; its foot line links to the full app.
    return (
      <div className="app app-embed app-figure">
        <UpdateNotice />
        <UrlNotice />
        <main id="main" className="fig-main" tabIndex={-1}>
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <FigureHost choice={figure} />
        </main>
      </div>
    );
  }
  if (embed) {
    // One view, sized to its frame: no header, no status bar, a link to the full app.
    return (
      <div className="app app-embed">
        <UpdateNotice />
        <UrlNotice />
        <main id="main" className="app-main" tabIndex={-1}>
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <LessonCard />
          <PanelHost embed />
        </main>
        <footer>
          <OpenInLosscape />
        </footer>
        <PrintLink />
      </div>
    );
  }
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <Header />
      <UpdateNotice />
      <UrlNotice />
      <main id="main" className="app-main" tabIndex={-1}>
        <LessonCard />
        <PanelHost embed={false} />
      </main>
      <StatusBar />
      <Presentation />
      <PrintLink />
    </div>
  );
}
