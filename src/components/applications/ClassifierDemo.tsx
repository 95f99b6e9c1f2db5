// Image classification: 8×8 glyphs, a softmax classifier trained live with a tfjs optimizer,
// per-example predicted probabilities as bars, the cross-entropy per example and its mean; a
// button relabels a confidently classified example so its loss explodes. Controls in
// ClassifierControls.tsx, the pure parts in classifierView.ts.
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { selectClassifierRun } from '../../state/selectors';
import type { ClassifierState } from '../../state/applications/slice';
import { fmt } from '../charts/format';
import { Formula } from '../charts/Formula';
import { LineChart } from '../charts/LineChart';
import { colorAt, dashAt } from '../charts/palette';
import { ClassifierControls } from './ClassifierControls';
import { mostConfident } from './classifierView';
import { GlyphCard } from './GlyphCard';
import { MAX_STEPS, useClassifier } from './useClassifier';

const select = (s: { applications: { classifier: ClassifierState } }) => s.applications.classifier;

export const CLASSIFIER_TEX = String.raw`\mathrm{CE}_i = -\log p_{i,y_i},\quad\allowbreak p_i = \mathrm{softmax}(W x_i + b),\quad\allowbreak L = \frac{1}{N}\sum_{i=1}^{N} \mathrm{CE}_i`;

export function ClassifierDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const settings = useAppStore(select);
  const live = useAppStore(selectClassifierRun);
  const s = useMemo(() => ({ ...settings, ...live }), [settings, live]);
  const a = useAppStoreApi().getState().applicationsActions;
  const stop = useCallback(() => a.setClassifier({ playing: false }), [a]);
  const { glyphs, labels, snap, history, error } = useClassifier(math, s, stop);
  const classNames = useMemo(
    () => glyphs?.classes.map((c) => t(`applications.classifier.classes.${c}`)) ?? [],
    [glyphs, t],
  );

  /** Relabels the example whose true class is predicted most confidently. */
  const makeWrong = () => {
    if (!snap || !glyphs) return;
    const best = mostConfident(snap.probs, glyphs.labels);
    if (best < 0) return;
    a.setClassifier({ playing: false });
    a.setWrong(best);
  };
  const series = useMemo(
    () => [
      {
        id: 'mean',
        label: t('applications.classifier.meanCe'),
        x: history.step,
        y: history.mean,
        color: colorAt(0),
        dash: dashAt(0),
      },
    ],
    [history, t],
  );

  return (
    <section className="ap-card ap-classifier" aria-labelledby="ap-clf-title">
      <h2 id="ap-clf-title">{t('applications.classifier.title')}</h2>
      <p className="ap-intro">{t('applications.classifier.intro')}</p>
      {/* Inline, with break points between its three parts: on a phone it wraps onto more
          lines instead of scrolling sideways (cut at "pᵢ = softmax" before, issue 14.9). */}
      <p className="ap-formula-wrap" data-testid="classifier-formula">
        <Formula
          tex={CLASSIFIER_TEX}
          className="formula-wrap"
          label={t('applications.classifier.formulaLabel')}
        />
      </p>
      <ClassifierControls
        s={s}
        a={a}
        ready={!!snap}
        done={!!snap && snap.step >= MAX_STEPS}
        makeWrong={makeWrong}
      />
      <div className="ap-readout" aria-live="polite">
        <p>
          {t('applications.classifier.stepN', { step: snap?.step ?? 0 })} ·{' '}
          {t('applications.classifier.meanCe')}:{' '}
          <strong data-testid="clf-mean" title={snap?.mean.toString()}>
            {snap ? fmt(snap.mean) : '—'}
          </strong>
        </p>
        {s.wrong !== null && snap && glyphs && (
          <p className="ap-note" data-testid="clf-wrong-note">
            {t('applications.classifier.wrongNote', {
              i: s.wrong + 1,
              cls: classNames[labels[s.wrong]],
              p: fmt(snap.probs[s.wrong][labels[s.wrong]]),
              ce: fmt(snap.ce[s.wrong]),
            })}
          </p>
        )}
      </div>
      {error && (
        <p className="ap-message" role="alert">
          {error}
        </p>
      )}
      <ol className="ap-glyphs" aria-label={t('applications.classifier.examples')}>
        {glyphs?.images.map((img, i) => (
          <GlyphCard
            key={i}
            index={i}
            image={img}
            label={labels[i]}
            relabelled={s.wrong === i}
            probs={snap?.probs[i] ?? null}
            ce={snap?.ce[i] ?? null}
            classNames={classNames}
          />
        ))}
      </ol>
      <LineChart
        label={t('applications.classifier.chartSummary', {
          first: history.mean.length ? fmt(history.mean[0]) : '—',
          last: history.mean.length ? fmt(history.mean[history.mean.length - 1]) : '—',
        })}
        x={history.step}
        xDomain={[0, MAX_STEPS]}
        series={series}
        xLabel={t('applications.classifier.steps')}
        yLabel={t('applications.classifier.meanCe')}
        height={200}
        testId="clf-chart"
      />
    </section>
  );
}
