// Explore's rows as CSV: the scalar tasks' (y, ŷ) pairs with the per-point loss ℓᵢ of each loss
// drawn, or the multi-class rows' label and predicted distributions.
import type { ExploreState } from '../state/explore/reducers';
import { taskKey } from '../state/explore/model';
import { csvNumber } from './history';

/** `losses`: per-point values of each loss, in the order given (empty when not computed). */
export function exploreCsv(e: ExploreState, losses: [string, number[]][] = []): string {
  const key = taskKey(e.task, e.form);
  if (key === 'multiclass') {
    const k = e.classes;
    const cols = (p: string) => Array.from({ length: k }, (_, i) => `${p}_${i + 1}`);
    const lines = [['row', ...cols('y'), ...cols('y_hat')].join(',')];
    e.classRows.forEach((r, i) =>
      lines.push([String(i + 1), ...r.y.map(csvNumber), ...r.yHat.map(csvNumber)].join(',')),
    );
    return lines.join('\n') + '\n';
  }
  const rows = e.rows[key];
  const lines = [['row', 'y', 'y_hat', ...losses.map(([id]) => `loss_${id}`)].join(',')];
  rows.forEach((r, i) =>
    lines.push(
      [
        String(i + 1),
        csvNumber(r.y),
        csvNumber(r.yHat),
        ...losses.map(([, v]) => csvNumber(v[i])),
      ].join(','),
    ),
  );
  return lines.join('\n') + '\n';
}
