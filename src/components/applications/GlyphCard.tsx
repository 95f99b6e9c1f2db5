// One example of the classifier: its 8×8 glyph, its label, the predicted probability of each
// class as a bar (the labelled class marked), and its cross-entropy.
import { useTranslation } from 'react-i18next';
import { fmt } from '../charts/format';
import { PixelCanvas } from './PixelCanvas';

const GREY = (v: number): [number, number, number] => {
  const g = Math.round(255 * (1 - v));
  return [g, g, g];
};

export interface GlyphCardProps {
  index: number;
  image: number[];
  label: number;
  relabelled: boolean;
  probs: number[] | null;
  ce: number | null;
  classNames: string[];
}

export function GlyphCard({
  index,
  image,
  label,
  relabelled,
  probs,
  ce,
  classNames,
}: GlyphCardProps) {
  const { t } = useTranslation();
  const top = probs ? probs.indexOf(Math.max(...probs)) : -1;
  const right = top === label;
  return (
    <li
      className={`ap-glyph${relabelled ? ' is-wrong' : ''}`}
      data-testid="clf-example"
      aria-label={t('applications.classifier.exampleSummary', {
        i: index + 1,
        cls: classNames[label],
        p: probs ? fmt(probs[label]) : '—',
        ce: ce !== null ? fmt(ce) : '—',
      })}
    >
      <div className="ap-glyph-head">
        <PixelCanvas
          size={8}
          values={image}
          color={GREY}
          label={t('applications.classifier.glyph', { cls: classNames[label] })}
        />
        <div>
          <div className="ap-glyph-label">
            {index + 1}. {classNames[label]}
            {relabelled && (
              <>
                {' '}
                <span className="ap-tag">{t('applications.classifier.relabelled')}</span>
              </>
            )}
          </div>
          <div className={`ap-glyph-ce${ce !== null && ce > 2 ? ' is-high' : ''}`}>
            CE <strong data-testid="clf-ce">{ce !== null ? fmt(ce) : '—'}</strong>
            {probs && <span className="ap-glyph-verdict"> {right ? '✓' : '✗'}</span>}
          </div>
        </div>
      </div>
      <ul className="ap-bars">
        {classNames.map((c, k) => {
          const p = probs?.[k] ?? 0;
          return (
            <li key={k} className={k === label ? 'is-label' : undefined}>
              <span className="ap-bar-name">{c}</span>
              <span className="ap-bar-track" aria-hidden="true">
                <span className="ap-bar" style={{ width: `${100 * p}%` }} />
              </span>
              <span className="ap-bar-value">{probs ? fmt(p) : '—'}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
