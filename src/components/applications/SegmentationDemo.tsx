// Semantic segmentation: a 32×32 image with its ground-truth mask, a predicted probability mask
// the user paints or blurs, and the per-pixel loss as a heatmap beside the mean; a switch between
// plain CE, class-weighted CE, focal and Dice shows what each does with the rare foreground.
import { rgb } from 'd3-color';
import { scaleSequential } from 'd3-scale';
import { interpolateBlues, interpolateInferno } from 'd3-scale-chromatic';
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
import { PixelCanvas } from './PixelCanvas';
import { useAsync } from './useAsync';

const select = (s: { applications: { segmentation: SegmentationState } }) =>
  s.applications.segmentation;
const LOSSES: readonly SegLoss[] = ['ce', 'wce', 'focal', 'dice'];
const TEX: Record<SegLoss, string> = {
  ce: String.raw`L = -\frac{1}{N}\sum_i \big[y_i \log p_i + (1-y_i)\log(1-p_i)\big]`,
  wce: String.raw`L = \frac{\sum_i w_{y_i}\,\ell_i}{\sum_i w_{y_i}},\quad w_c = \frac{N}{2N_c}`,
  focal: String.raw`L = -\frac{1}{N}\sum_i \alpha_t (1-p_t)^{\gamma}\log p_t`,
  dice: String.raw`L = 1 - \frac{2\sum_i p_i y_i + 1}{\sum_i p_i + \sum_i y_i + 1}`,
};

const toRgb = (c: string): [number, number, number] => {
  const v = rgb(c);
  return [v.r, v.g, v.b];
};
const GREY = (v: number): [number, number, number] => {
  const g = Math.round(255 * v);
  return [g, g, g];
};
const MASK_COLOR = (v: number): [number, number, number] => (v ? [230, 159, 0] : [24, 32, 42]);
const PROB_COLOR = (v: number) => toRgb(interpolateBlues(0.05 + 0.9 * v));

export function SegmentationDemo({ math }: { math: MathBackend | null }) {
  const { t } = useTranslation();
  const s = useAppStore(select);
  const a = useAppStoreApi().getState().applicationsActions;
  const scene = useMemo(() => segScene(1), []);
  const [blurError, setBlurError] = useState<string | null>(null);

  // All four losses on the current map: the chosen one drives the heatmap, the others compare.
  const job = useMemo(
    () =>
      math
        ? () =>
            Promise.all(
              LOSSES.map((loss) =>
                math.segmentationLoss({
                  mask: scene.mask,
                  prob: s.prob,
                  loss,
                  gamma: s.gamma,
                  alpha: s.alpha,
                }),
              ),
            )
        : null,
    [math, scene, s.prob, s.gamma, s.alpha],
  );
  const res = useAsync(job);
  const results = res.value;
  const current: SegResult | null = results ? results[LOSSES.indexOf(s.loss)] : null;
  const max = useMemo(() => {
    if (!current) return 1;
    let m = 0;
    for (const v of current.perPixel) if (Number.isFinite(v)) m = Math.max(m, v);
    return m > 0 ? m : 1;
  }, [current]);
  const heat = useMemo(() => scaleSequential(interpolateInferno).domain([0, max]), [max]);
  const heatColor = useCallback((v: number) => toRgb(heat(Math.min(max, v))), [heat, max]);

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
  const mapTitle =
    s.loss === 'dice'
      ? t('applications.segmentation.mapDice')
      : s.loss === 'wce'
        ? t('applications.segmentation.mapWeighted')
        : t('applications.segmentation.mapLoss');

  return (
    <section className="ap-card ap-seg" aria-labelledby="ap-seg-title">
      <h2 id="ap-seg-title">{t('applications.segmentation.title')}</h2>
      <p className="ap-intro">{t('applications.segmentation.intro')}</p>
      <div className="ap-controls">
        <Choice
          label={t('applications.segmentation.loss')}
          value={s.loss}
          options={LOSSES.map((l) => ({ value: l, label: lossName(l) }))}
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
      <Formula tex={TEX[s.loss]} label={lossName(s.loss)} display />
      <div className="ap-seg-maps">
        <figure>
          <PixelCanvas
            size={SEG_SIZE}
            values={scene.image}
            color={GREY}
            label={t('applications.segmentation.imageAlt')}
          />
          <figcaption>{t('applications.segmentation.image')}</figcaption>
        </figure>
        <figure>
          <PixelCanvas
            size={SEG_SIZE}
            values={scene.mask}
            color={MASK_COLOR}
            label={t('applications.segmentation.maskAlt', {
              fg: scene.mask.reduce((x, v) => x + v, 0),
              n: SEG_SIZE * SEG_SIZE,
            })}
          />
          <figcaption>{t('applications.segmentation.mask')}</figcaption>
        </figure>
        <figure>
          <PixelCanvas
            size={SEG_SIZE}
            values={s.prob}
            color={PROB_COLOR}
            outline={scene.mask}
            onPaint={a.paintSeg}
            label={t('applications.segmentation.probAlt')}
            testId="seg-prob"
          />
          <figcaption>{t('applications.segmentation.prob')}</figcaption>
        </figure>
        <figure>
          {current ? (
            <PixelCanvas
              size={SEG_SIZE}
              values={current.perPixel}
              color={heatColor}
              outline={scene.mask}
              label={t('applications.segmentation.heatAlt', { what: mapTitle, max: fmt(max) })}
              testId="seg-heat"
            />
          ) : (
            <div className="ap-pixels ap-placeholder" />
          )}
          <figcaption>
            {mapTitle}
            <span className="ap-legend" aria-hidden="true">
              <span>0</span>
              <span className="ap-legend-ramp" />
              <span>{fmt(max)}</span>
            </span>
          </figcaption>
        </figure>
      </div>
      <div className="ap-readout" aria-live="polite">
        <p>
          {lossName(s.loss)}:{' '}
          <strong data-testid="seg-mean" title={current?.mean.toString()}>
            {current ? fmt(current.mean) : '—'}
          </strong>
        </p>
      </div>
      {results && (
        <table className="ap-table" data-testid="seg-table">
          <caption>{t('applications.segmentation.compare')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('applications.segmentation.loss')}</th>
              <th scope="col">{t('applications.segmentation.value')}</th>
            </tr>
          </thead>
          <tbody>
            {LOSSES.map((l, i) => (
              <tr key={l} className={l === s.loss ? 'is-on' : undefined}>
                <th scope="row">{lossName(l)}</th>
                <td>{fmt(results[i].mean)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="ap-note">
        {t('applications.segmentation.note', {
          fg: current?.counts[1] ?? 0,
          n: SEG_SIZE * SEG_SIZE,
          w0: results ? fmt(results[1].weights[0]) : '—',
          w1: results ? fmt(results[1].weights[1]) : '—',
        })}
      </p>
      {(res.error || blurError) && (
        <p className="ap-message" role="alert">
          {res.error ?? blurError}
        </p>
      )}
    </section>
  );
}
