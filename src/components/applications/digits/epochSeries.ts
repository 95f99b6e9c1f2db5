// The loss and accuracy vs epoch charts' series: train and test, from the epochs' stats. Pure.
import type { EpochStats } from '../../../math/nets/train';
import type { LineSeries } from '../../charts/LineChart';
import { colorAt, dashAt } from '../../charts/palette';

export function epochSeries(
  history: readonly EpochStats[],
  key: 'Loss' | 'Acc',
  labels: { train: string; test: string },
): LineSeries[] {
  const x = history.map((h) => h.epoch);
  return (['train', 'test'] as const).map((set, i) => ({
    id: set,
    label: labels[set],
    x,
    y: history.map((h) => h[`${set}${key}`]),
    color: colorAt(i),
    dash: dashAt(i),
  }));
}
