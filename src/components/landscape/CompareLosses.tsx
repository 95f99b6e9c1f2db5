// The same data under 2–4 losses, side by side: the MSE bowl becomes MAE's V-shaped valley, and
// an outlier moves the MSE minimum far more than the MAE one.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LossId } from '../../math';
import { fmt } from '../charts/format';
import { SurfaceHeatmap } from './SurfaceHeatmap';
import { gridMinimum, windowAround, type Window } from './surfaceGeometry';
import { useSurface, type LandscapeProblem } from './useSurface';

const SETS: Record<'linear' | 'logistic', LossId[]> = {
  linear: ['mse', 'mae', 'huber', 'logcosh'],
  logistic: ['bce', 'focal', 'mse', 'hinge'],
};

function SmallSurface({
  problem,
  loss,
  base,
}: {
  problem: LandscapeProblem;
  loss: LossId;
  base: Window;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<Window | null>(null);
  const sub = useMemo(() => ({ ...problem, loss, params: undefined }), [problem, loss]);
  const surface = useSurface(sub, view, 64, `loss:${loss}`);
  const min = surface.grid ? gridMinimum(surface.grid) : null;
  const name = t(`losses.${loss}.name`);
  return (
    <figure
      className="small-surface"
      data-testid={`small-surface-${loss}`}
      data-min-w={min?.w}
      data-min-b={min?.b}
    >
      <figcaption>
        <strong>{name}</strong>
        {min && (
          <span className="muted">
            {' '}
            — {t('landscape.compare.minimumAt', { w: fmt(min.w), b: fmt(min.b) })}
          </span>
        )}
      </figcaption>
      <SurfaceHeatmap
        grid={surface.grid}
        base={base}
        paths={[]}
        step={0}
        width={260}
        height={210}
        labels={{
          w: 'w',
          b: 'b',
          loss: t('landscape.loss'),
          minimum: t('landscape.minimum'),
          summary: `${name}: ${min ? t('landscape.compare.minimumAt', { w: fmt(min.w), b: fmt(min.b) }) : ''}`,
        }}
        onView={setView}
      />
    </figure>
  );
}

export function CompareLosses({ problem }: { problem: LandscapeProblem }) {
  const { t } = useTranslation();
  const losses = SETS[problem.model].filter((l) => l !== problem.loss).slice(0, 3);
  const all = [problem.loss, ...losses];
  // One window for all, around the least-squares-like centre of the data's own scale.
  const base = useMemo(() => windowAround([{ w: 0, b: 0 }], 6), []);
  return (
    <section
      className="compare-losses"
      aria-label={t('landscape.compare.lossesTitle', { n: all.length })}
    >
      <h4>{t('landscape.compare.lossesTitle', { n: all.length })}</h4>
      <p className="muted">{t('landscape.compare.lossesNote')}</p>
      <div className="small-multiples">
        {all.map((l) => (
          <SmallSurface key={l} problem={problem} loss={l} base={base} />
        ))}
      </div>
    </section>
  );
}
