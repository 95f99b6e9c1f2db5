// The seed's steps made visible: each row's per-point loss, their sum, the mean = the loss. The
// formula typeset, then the same with the numbers (8 rows, then "…").
import { useTranslation } from 'react-i18next';
import { fmt, fmtLong } from '../charts/format';
import { Formula, texNumber } from '../charts/Formula';

export const STEP_ROWS = 8;

export interface StepItem {
  cells: string[];
  loss: number;
  tex: string;
}

export interface StepByStepProps {
  title: string;
  latex: string;
  headers: string[];
  items: StepItem[];
  /** L from lossValue (the mean the math core computes). */
  mean: number;
}

export function StepByStep({ title, latex, headers, items, mean }: StepByStepProps) {
  const { t } = useTranslation();
  const n = items.length;
  const sum = items.reduce((acc, it) => acc + it.loss, 0);
  const shown = items.slice(0, STEP_ROWS);
  const more = n - shown.length;
  const dots = more > 0 ? ' + \\cdots' : '';
  const tex = (v: number) => texNumber(fmt(v));
  const substituted =
    `L = \\frac{1}{${n}}\\Big(${shown.map((it) => it.tex).join(' + ')}${dots}\\Big)` +
    `\\\\ = \\frac{1}{${n}}\\big(${shown.map((it) => tex(it.loss)).join(' + ')}${dots}\\big)` +
    ` = \\frac{${tex(sum)}}{${n}} = ${tex(mean)}`;
  return (
    <section className="ex-card ex-step" aria-labelledby="ex-step-title" data-testid="step-by-step">
      <h2 id="ex-step-title" className="ex-h2">
        {t('explore.step.title')} <span className="ex-h2-sub">{title}</span>
      </h2>
      <p className="ex-label">{t('explore.step.formula')}</p>
      <Formula tex={latex} display className="ex-formula" />
      <p className="ex-label">{t('explore.step.errors')}</p>
      <div className="ex-table-scroll ex-step-table">
        <table className="ex-table ex-table-compact">
          <thead>
            <tr>
              <th scope="col">#</th>
              {headers.map((h) => (
                <th scope="col" key={h}>
                  {h}
                </th>
              ))}
              <th scope="col">{t('explore.step.perPoint')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((it, i) => (
              <tr key={i}>
                <th scope="row">{i + 1}</th>
                {it.cells.map((c, j) => (
                  <td key={j} className="ex-num">
                    {c}
                  </td>
                ))}
                <td className="ex-num" title={fmtLong(it.loss)} data-testid={`step-loss-${i}`}>
                  {fmt(it.loss)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 && <p className="ex-hint">{t('explore.step.more', { n: more })}</p>}
      <p className="ex-label">{t('explore.step.substituted')}</p>
      <Formula
        tex={`\\begin{aligned}${substituted.replace('\\\\', '\\\\ &')}\\end{aligned}`.replace(
          'L =',
          'L &=',
        )}
        display
        className="ex-formula"
        label={`L = ${fmt(sum)} / ${n} = ${fmt(mean)}`}
      />
      <p className="ex-label">{t('explore.step.sum')}</p>
      <p className="ex-result" data-testid="step-sum">
        {t('explore.step.total', { sum: fmt(sum) })}
      </p>
      <p className="ex-label">{t('explore.step.mean')}</p>
      <p className="ex-result ex-result-main" data-testid="step-mean" title={fmtLong(mean)}>
        {t('explore.step.result', { sum: fmt(sum), n, mean: fmt(mean) })}
      </p>
    </section>
  );
}
