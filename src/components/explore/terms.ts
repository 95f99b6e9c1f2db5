// Each row's per-point loss written with its numbers, as TeX (the step-by-step panel's second
// line), and the step-by-step rows of the scalar tasks. Numbers are shown with 4 significant digits, as everywhere in the UI.
import type { LossId } from '../../math';
import { marginOf, type Params, type Row, type ScalarKey } from '../../state/explore/model';
import { fmt } from '../charts/format';
import { texNumber } from '../charts/Formula';
import type { StepItem } from './StepByStep';

/** A number as TeX; negative ones in parentheses, so "− −2" never appears. */
export const tn = (v: number) => {
  const s = texNumber(fmt(v));
  return v < 0 ? `(${s})` : s;
};

/** ℓ(ŷ; y) with the numbers of one row, for the losses of the scalar tasks. */
export function termTex(id: LossId, y: number, yHat: number, p: Params): string {
  const e = yHat - y;
  const s = y === 0 ? -1 : y; // labels as the margin losses read them
  const m = `${tn(s)}\\cdot ${tn(yHat)}`;
  switch (id) {
    case 'mse':
      return `(${tn(yHat)} - ${tn(y)})^2`;
    case 'mae':
      return `\\lvert ${tn(yHat)} - ${tn(y)} \\rvert`;
    case 'huber':
      return Math.abs(e) <= p.delta
        ? `\\tfrac12 \\cdot ${tn(e)}^2`
        : `${tn(p.delta)}(\\lvert ${tn(e)} \\rvert - \\tfrac12 \\cdot ${tn(p.delta)})`;
    case 'logcosh':
      return `\\log\\cosh ${tn(e)}`;
    case 'quantile':
      return `\\max(${tn(p.tau)} \\cdot ${tn(-e)},\\ ${tn(p.tau - 1)} \\cdot ${tn(-e)})`;
    case 'poisson':
      return `${tn(yHat)} - ${tn(y)} \\log ${tn(yHat)}`;
    case 'bce':
      return y === 1 ? `-\\log ${tn(yHat)}` : y === 0 ? `-\\log(1 - ${tn(yHat)})` : '\\ell';
    case 'focal': {
      const pt = y === 1 ? tn(yHat) : `(1 - ${tn(yHat)})`;
      const at = tn(y === 1 ? p.alpha : 1 - p.alpha);
      return `-${at}\\,(1 - ${pt})^{${tn(p.gamma)}} \\log ${pt}`;
    }
    case 'bce_logits':
      return `\\log(1 + e^{-${m}})`;
    case 'hinge':
      return `\\max(0,\\ 1 - ${m})`;
    case 'squared_hinge':
      return `\\max(0,\\ 1 - ${m})^2`;
    case 'exponential':
      return `e^{-${m}}`;
    case 'zero_one':
      return `\\mathbb{1}[${m} \\le 0]`;
    default:
      return '\\ell';
  }
}

/** −Σ y_k log p_k (cce) or Σ y_k log(y_k / p_k) (kl) over the classes where y_k > 0. */
export function classTermTex(id: LossId, y: number[], q: number[]): string {
  const ks = y.map((_, k) => k).filter((k) => y[k] > 0);
  if (id === 'kl')
    return ks.map((k) => `${tn(y[k])}\\log\\frac{${tn(y[k])}}{${tn(q[k])}}`).join(' + ');
  const sum = ks.map((k) => `${tn(y[k])}\\log ${tn(q[k])}`).join(' + ');
  return ks.length === 1 ? `-${sum}` : `-(${sum})`;
}

/** The i18n keys of the step-by-step column headers that are words, not symbols. */
export type StepHeaderKey = 'explore.data.label' | 'explore.data.marginP' | 'explore.data.margin';

/**
 * The step-by-step table of a scalar task: its headers (y, ŷ and the error or the margin) and,
 * per row, those cells, ℓᵢ and the term with its numbers. Explore's panel and the steps figure
 * both show this.
 */
export function stepRows(
  k: ScalarKey,
  id: LossId,
  rows: Row[],
  perRow: ArrayLike<number>,
  params: Params,
  t: (key: StepHeaderKey) => string,
): { headers: string[]; items: StepItem[] } {
  const headers =
    k === 'regression'
      ? ['y', 'ŷ', 'e = ŷ − y']
      : [
          t('explore.data.label'),
          'ŷ',
          t(k === 'binaryProb' ? 'explore.data.marginP' : 'explore.data.margin'),
        ];
  const items = rows.map((r, i) => ({
    cells: [fmt(r.y), fmt(r.yHat), fmt(k === 'regression' ? r.yHat - r.y : marginOf(k, r))],
    loss: perRow[i],
    tex: termTex(id, r.y, r.yHat, params),
  }));
  return { headers, items };
}
