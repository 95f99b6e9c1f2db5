// The segmentation card's views: the four maps (image, ground truth, the painted prediction and
// the loss heatmap) and the table of all four losses on the current prediction.
import { useTranslation } from 'react-i18next';
import type { SegLoss, SegResult } from '../../math';
import { SEG_SIZE } from '../../state/applications/presets';
import { fmt } from '../charts/format';
import { PixelCanvas } from './PixelCanvas';
import { greyColor, maskColor, probColor, SEG_LOSSES, type Rgb } from './segmentationView';

const N = SEG_SIZE * SEG_SIZE;

export interface SegMapsProps {
  scene: { image: ArrayLike<number>; mask: ArrayLike<number> };
  prob: ArrayLike<number>;
  onPaint(row: number, col: number): void;
  current: SegResult | null;
  heatColor(v: number): Rgb;
  max: number;
  mapTitle: string;
}

export function SegMaps({ scene, prob, onPaint, current, heatColor, max, mapTitle }: SegMapsProps) {
  const { t } = useTranslation();
  let fg = 0;
  for (let i = 0; i < scene.mask.length; i++) fg += scene.mask[i];
  return (
    <div className="ap-seg-maps">
      <figure>
        <PixelCanvas
          size={SEG_SIZE}
          values={scene.image}
          color={greyColor}
          label={t('applications.segmentation.imageAlt')}
        />
        <figcaption>{t('applications.segmentation.image')}</figcaption>
      </figure>
      <figure>
        <PixelCanvas
          size={SEG_SIZE}
          values={scene.mask}
          color={maskColor}
          label={t('applications.segmentation.maskAlt', { fg, n: N })}
        />
        <figcaption>{t('applications.segmentation.mask')}</figcaption>
      </figure>
      <figure>
        <PixelCanvas
          size={SEG_SIZE}
          values={prob}
          color={probColor}
          outline={scene.mask}
          onPaint={onPaint}
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
  );
}

/** Every loss's mean on the current prediction; the chosen one's row is marked. */
export function SegCompare(props: {
  results: readonly SegResult[];
  loss: SegLoss;
  lossName(l: SegLoss): string;
}) {
  const { results, loss, lossName } = props;
  const { t } = useTranslation();
  return (
    <table className="ap-table" data-testid="seg-table">
      <caption>{t('applications.segmentation.compare')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('applications.segmentation.loss')}</th>
          <th scope="col">{t('applications.segmentation.value')}</th>
        </tr>
      </thead>
      <tbody>
        {SEG_LOSSES.map((l, i) => (
          <tr key={l} className={l === loss ? 'is-on' : undefined}>
            <th scope="row">{lossName(l)}</th>
            <td>{fmt(results[i].mean)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
