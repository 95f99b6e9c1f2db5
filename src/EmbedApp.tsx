// The embedded views (`embed=1`): one figure (`fig=`) or one tab's view sized to its frame, and
// the window side of the embed API. A chunk of its own, loaded only when the link says embed=1,
// so the full app's first paint carries none of the embed code (issue 15 goal 5).
import { useTranslation } from 'react-i18next';
import { PanelHost } from './components/layout/PanelHost';
import { OpenInLosscape } from './components/layout/OpenInLosscape';
import { UrlNotice } from './components/layout/UrlNotice';
import { UpdateNotice } from './components/offline/UpdateNotice';
import { LessonCard } from './components/lesson/LessonCard';
import { FigureHost } from './components/figures/FigureHost';
import { PrintLink } from './components/classroom/PrintLink';
import { useEmbedApi } from './embed/useEmbedApi';
import { useFigure } from './embed/useFigure';

export default function EmbedApp() {
  const { t } = useTranslation();
  const figure = useFigure(true);
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
