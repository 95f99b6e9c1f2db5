// Semantic segmentation: a 32×32 image with its ground-truth mask, a predicted probability mask
// the user paints or blurs, and the per-pixel loss as a heatmap beside the mean; a switch between
// plain CE, class-weighted CE, focal and Dice shows what each does with the rare foreground.
// Pure parts in segmentationView.ts, the maps and the table in SegmentationParts.tsx.
import { scaleSequential } from 'd3-scale';
import { interpolateInferno } from 'd3-scale-chromatic';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegLoss, SegResult } from '../../math';
import type { MathBackend } from '../../state/backendLoader';
import { useAppStore, useAppStoreApi } from '../../state/StoreProvider';
import { SEG_SIZE, segScene } from '../../state/applications/presets';
import type { SegmentationState } from '../../state/applications/slice';
import { fmt } from '../charts/format';
import { Formula } from '../charts/Formula';
import { Choice } from './Choice';
import { SegCompare, SegMaps } from './SegmentationParts';
import { heatMax, mapTitleKey, SEG_LOSSES, SEG_TEX, toRgb } from './segmentationView';
import { useAsync } from './useAsync';

const select = (s: { applications: { segmentation: SegmentationState } }) =>
  s.applications.segmentation;

/** All four losses on the current prediction (the chosen one drives the heatmap). */
function useSegLosses(math: MathBackend | null, s: SegmentationState, mask: ArrayLike<number>) {
  const job = useMemo(
    () =>
      math
        ? () =>
            Promise.all(
              SEG_LOSSES.map((loss) =>
                math.segmentationLoss({ mask, prob: s.prob, loss, gamma: s.gamma, alpha: s.alpha }),
              ),
            )
        : null,
    [math, mask, s.prob, s.gamma, s.alpha],
  );
  const res = useAsync(job);
  const results = res.value;
  const current: SegResult | null = results ? results[SEG_LOSSES.indexOf(s.loss)] : null;
  const max = useMemo(() => heatMax(current?.perPixel ?? null), [current]);
  const heat = useMemo(() => scaleSequential(interpolateInferno).domain([0, max]), [max]);
  const heatColor = useCallback((v: number) => toRgb(heat(Math.min(max, v))), [heat, max]);
  return { results, current, max, heatColor, error: res.error };
}

export function SegmentationDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const s = useAppStore(select);
  const a = useAppStoreApi().getState().applicationsActions;
  const scene = useMemo(() => segScene(1), []);
  const [blurError, setBlurError] = useState<string | null>(null);
  const { results, current, max, heatColor, error } = useSegLosses(math, s, scene.mask);

  const blur = async () => {
    if (!math) return;
    try {
      a.setSegProb(await math.blurProbabilities(s.prob, SEG_SIZE, 1));
      setBlurError(null);
    } catch (e) {
      setBlurError(e instanceof Error ? e.message : String(e));
    }
  };
  const lossName = (l: SegLoss) => t(`applications.segmentation.losses.${l}`);
  const mapTitle = t(mapTitleKey(s.loss));

  return (
    <section className="ap-card ap-seg" aria-labelledby="ap-seg-title">
      <h2 id="ap-seg-title">{t('applications.segmentation.title')}</h2>
      <p className="ap-intro">{t('applications.segmentation.intro')}</p>
      <div className="ap-controls">
        <Choice
          label={t('applications.segmentation.loss')}
          value={s.loss}
          options={SEG_LOSSES.map((l) => ({ value: l, label: lossName(l) }))}
          onChange={a.setSegLoss}
          testId="seg-loss"
        />
        <Choice
          label={t('applications.segmentation.brush')}
          value={s.brush}
          options={[
            { value: 'fg', label: t('applications.segmentation.brushFg') },
            { value: 'bg', label: t('applications.segmentation.brushBg') },
          ]}
          onChange={(b) => a.setSegBrush(b)}
          testId="seg-brush"
        />
        <button
          type="button"
          className="ap-button"
          onClick={() => void blur()}
          data-testid="seg-blur"
        >
          {t('applications.segmentation.blur')}
        </button>
        <button type="button" className="ap-button" onClick={a.resetSeg} data-testid="seg-reset">
          {t('applications.segmentation.reset')}
        </button>
      </div>
      <Formula tex={SEG_TEX[s.loss]} label={lossName(s.loss)} display />
      <SegMaps
        scene={scene}
        prob={s.prob}
        onPaint={a.paintSeg}
        current={current}
        heatColor={heatColor}
        max={max}
        mapTitle={mapTitle}
      />
      <div className="ap-readout" aria-live="polite">
        <p>
          {lossName(s.loss)}:{' '}
          <strong data-testid="seg-mean" title={current?.mean.toString()}>
            {current ? fmt(current.mean) : '—'}
          </strong>
        </p>
      </div>
      {results && <SegCompare results={results} loss={s.loss} lossName={lossName} />}
      <p className="ap-note">
        {t('applications.segmentation.note', {
          fg: current?.counts[1] ?? 0,
          n: SEG_SIZE * SEG_SIZE,
          w0: results ? fmt(results[1].weights[0]) : '—',
          w1: results ? fmt(results[1].weights[1]) : '—',
        })}
      </p>
      {(error || blurError) && (
        <p className="ap-message" role="alert">
          {error ?? blurError}
        </p>
      )}
    </section>
  );
}
