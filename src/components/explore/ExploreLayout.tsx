// The page skeleton both Explore layouts share (scalar tasks and multi-class): the data card and
// the loss card on the side, the view card at the top of the main column, then what each task
// adds under it, and an optional aside.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Lockable } from '../lesson/Lockable';
import type { TaskKey } from '../../state/explore/model';
import { LossPicker } from './LossPicker';
import { Notice } from './ViewSwitch';

export interface ExploreLayoutProps {
  k: TaskKey;
  /** Extra class of the grid (the scalar tasks' three columns). */
  className?: string;
  testId?: string;
  /** The data table (and chart) of the data card. */
  data: ReactNode;
  /** Under the loss picker: the parameters' sliders. */
  params?: ReactNode;
  /** The view card's accessible name, its view switch, and its view. */
  viewLabel: string;
  viewSwitch?: ReactNode;
  error: string | null | undefined;
  view: ReactNode;
  /** The main column under the view card. */
  main: ReactNode;
  aside?: ReactNode;
}

export function ExploreLayout(p: ExploreLayoutProps) {
  const { t } = useTranslation();
  return (
    <div className={p.className ? `ex-layout ${p.className}` : 'ex-layout'} data-testid={p.testId}>
      <div className="ex-side">
        <section className="ex-card" aria-labelledby="ex-data-title">
          <h2 id="ex-data-title" className="ex-h2">
            {t('explore.data.title')}
          </h2>
          <Notice />
          {p.data}
        </section>
        <section className="ex-card">
          <Lockable id="loss">
            <LossPicker k={p.k} />
          </Lockable>
          {p.params}
        </section>
      </div>
      <div className="ex-main">
        <section className="ex-card ex-views" aria-label={p.viewLabel}>
          {p.viewSwitch}
          {p.error && (
            <p className="ex-error" role="alert">
              {t('explore.mathError', { message: p.error })}
            </p>
          )}
          {p.view}
        </section>
        {p.main}
      </div>
      {p.aside}
    </div>
  );
}
