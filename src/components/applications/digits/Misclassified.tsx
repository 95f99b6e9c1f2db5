// A grid of the test digits the network gets wrong, each drawn from its 8×8 pixels with its true
// and predicted digit.
import { useTranslation } from 'react-i18next';
import { PixelCanvas } from '../PixelCanvas';

const MAX = 40;
const ink = (v: number): [number, number, number] => {
  const g = Math.round(255 * (1 - v));
  return [g, g, g];
};

export function Misclassified(props: { x: Float32Array; y: Int32Array; pred: Int32Array }) {
  const { t } = useTranslation();
  const wrong: number[] = [];
  props.y.forEach((label, i) => label !== props.pred[i] && wrong.push(i));
  return (
    <figure className="dg-wrong" data-testid="dg-misclassified" data-count={wrong.length}>
      <figcaption>{t('digits.misclassified', { n: wrong.length })}</figcaption>
      {wrong.length === 0 ? (
        <p>{t('digits.noneWrong')}</p>
      ) : (
        <ul>
          {wrong.slice(0, MAX).map((i) => {
            const label = t('digits.misclassifiedItem', { label: props.y[i], pred: props.pred[i] });
            return (
              <li key={i}>
                <PixelCanvas
                  size={8}
                  values={props.x.subarray(i * 64, i * 64 + 64)}
                  color={ink}
                  label={label}
                />
                <span aria-hidden="true">
                  {props.y[i]}→{props.pred[i]}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </figure>
  );
}
