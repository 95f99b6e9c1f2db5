// The test set's confusion matrix as a table (rows: true digit, columns: predicted), each cell
// shaded by its share of the row, so a screen reader reads counts and an eye sees the diagonal.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export function confusion(labels: ArrayLike<number>, pred: ArrayLike<number>, k = 10): number[][] {
  const m = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < labels.length; i++) m[labels[i]][pred[i]]++;
  return m;
}

export function ConfusionMatrix({ labels, pred }: { labels: Int32Array; pred: Int32Array }) {
  const { t } = useTranslation();
  const m = useMemo(() => confusion(labels, pred), [labels, pred]);
  return (
    <figure className="dg-confusion">
      <figcaption>{t('digits.confusion')}</figcaption>
      <table data-testid="dg-confusion">
        <thead>
          <tr>
            <th scope="col">
              {t('digits.trueDigit')} \ {t('digits.predicted')}
            </th>
            {m.map((_, j) => (
              <th key={j} scope="col">
                {j}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {m.map((row, i) => {
            const total = row.reduce((a, b) => a + b, 0) || 1;
            return (
              <tr key={i}>
                <th scope="row">{i}</th>
                {row.map((c, j) => (
                  <td
                    key={j}
                    className={c > 0 ? (i === j ? 'hit' : 'miss') : undefined}
                    style={{ '--share': c / total } as React.CSSProperties}
                  >
                    {c}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
