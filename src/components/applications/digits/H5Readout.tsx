// What the opened landscape says in words, beside its chart: the best point of the field shown
// (lowest loss, highest accuracy), the points not computed, and the PCA axes' shares.
import { useTranslation } from 'react-i18next';
import type { H5Directions, H5Projection, H5Surface } from '../../../state/applications/h5Types';
import { fmt } from '../../charts/format';
import { bestOf, higherIsBetter } from './h5View';

const pct = (v: number) => `${(100 * v).toFixed(1)} %`;

export interface H5ReadoutProps {
  surface: H5Surface | null;
  projection: H5Projection | null;
  directions: H5Directions | null;
  field: string;
}

export function H5Readout({ surface: s, projection: p, directions: d, field }: H5ReadoutProps) {
  const { t } = useTranslation();
  const best = bestOf(s, field);
  const high = higherIsBetter(field);
  const key = best?.y === null ? (high ? 'highest1d' : 'minimum1d') : high ? 'highest' : 'minimum';
  const gaps = s?.missing[field] ?? 0;
  return (
    <div className="ap-readout" aria-live="polite" data-testid="h5-readout">
      {!s && (p || d) && <p>{t('digits.h5.needSurface')}</p>}
      {best && (
        <p data-testid="h5-best" data-value={best.value}>
          {t(`digits.h5.${key}`, {
            field,
            value: fmt(best.value),
            x: fmt(best.x),
            y: best.y === null ? '' : fmt(best.y),
          })}
        </p>
      )}
      {gaps > 0 && <p>{t('digits.h5.gaps', { n: gaps })}</p>}
      {d && (
        <p data-testid="h5-explained">
          {t('digits.h5.explained', { a: pct(d.explained[0]), b: pct(d.explained[1]) })}
        </p>
      )}
    </div>
  );
}
