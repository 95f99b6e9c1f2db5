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

/** Long terms (Huber, focal) one or two to a line, short ones three. */
function perLine(terms: string[]): number {
  const avg = terms.reduce((a, s) => a + s.length, 0) / Math.max(1, terms.length);
  return avg > 44 ? 1 : avg > 26 ? 2 : 3;
}

/** Terms joined by +, `per` to a line; the first line opens with `head`, the last closes. */
function wrap(terms: string[], per: number, head: string, tail: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < terms.length; i += per) {
    const chunk = terms
      .slice(i, i + per)
      .join(' + ')
      .replace(/\+ -/g, '- ');
    const next = chunk.startsWith('-') ? `- ${chunk.slice(1)}` : `+ ${chunk}`;
    out.push(i === 0 ? `${head}${chunk}` : `&\\qquad ${next}`);
  }
  out[out.length - 1] += tail;
  return out;
}

/**
 * A loss's formula cut at its top-level ",\quad" (L = … ,  pᵢ = clip(…)): each part is typeset
 * on its own, so a narrow column stacks them instead of cutting the line (issue 14.9).
 */
export function splitTopLevel(tex: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length; i++) {
    const c = tex[i];
    if (c === '\\' && tex[i + 1] !== undefined) {
      i++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && tex.startsWith(',\\quad', i)) {
      parts.push(tex.slice(start, i + 1).trim());
      start = i + ',\\quad'.length;
      i = start - 1;
    }
  }
  parts.push(tex.slice(start).trim());
  return parts.filter((p) => p !== '' && p !== ',');
}

export function StepByStep({ title, latex, headers, items, mean }: StepByStepProps) {
  const { t } = useTranslation();
  const n = items.length;
  const sum = items.reduce((acc, it) => acc + it.loss, 0);
  const shown = items.slice(0, STEP_ROWS);
  const more = n - shown.length;
  const dots = more > 0 ? ' + \\cdots' : '';
  const tex = (v: number) => texNumber(fmt(v));
  const lines = [
    ...wrap(
      shown.map((it) => it.tex),
      perLine(shown.map((it) => it.tex)),
      `L &= \\frac{1}{${n}}\\Bigl(`,
      `${dots}\\Bigr)`,
    ),
    ...wrap(
      shown.map((it) => tex(it.loss)),
      6,
      `&= \\frac{1}{${n}}\\bigl(`,
      `${dots}\\bigr)`,
    ),
    `&= \\frac{${tex(sum)}}{${n}} = ${tex(mean)}`,
  ];
  const substituted = `\\begin{aligned}${lines.join(' \\\\ ')}\\end{aligned}`;
  return (
    <section className="ex-card ex-step" aria-labelledby="ex-step-title" data-testid="step-by-step">
      <h2 id="ex-step-title" className="ex-h2">
        {t('explore.step.title')} <span className="ex-h2-sub">{title}</span>
      </h2>
      <p className="ex-label">{t('explore.step.formula')}</p>
      <div className="ex-formula-parts">
        {splitTopLevel(latex).map((part, i) => (
          <Formula key={i} tex={part} display fit className="ex-formula" />
        ))}
      </div>
      <p className="ex-label ex-step-rows">{t('explore.step.errors')}</p>
      <div className="ex-table-scroll ex-step-table ex-step-rows">
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
        tex={substituted}
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
