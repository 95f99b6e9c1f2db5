// The one-figure embed's body: the figure the link names, loaded lazily, as a region named by
// the figure, inside its own error boundary.
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FIGURES, type FigureChoice } from '../../embed/figures';
import { PanelErrorBoundary } from '../layout/PanelErrorBoundary';
import { FigureNote } from './FigureFrame';

export function FigureHost({ choice }: { choice: FigureChoice }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const { Component } = FIGURES[choice.id];
  return (
    <section
      className="fig-host"
      role="region"
      aria-label={t(`embed.figs.${choice.id}`)}
      data-fig={choice.id}
    >
      <PanelErrorBoundary key={attempt} onRetry={() => setAttempt((n) => n + 1)}>
        <Suspense fallback={<FigureNote text={t('status.loading')} busy />}>
          <Component ctl={choice.ctl} />
        </Suspense>
      </PanelErrorBoundary>
    </section>
  );
}
