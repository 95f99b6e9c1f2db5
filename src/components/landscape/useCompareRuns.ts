// Runs to compare with the current one on the same surface, from the same start (Distill's "Why
// Momentum Really Works" on the user's own data): other optimizers, learning rates or momenta.
// Each is one trainPath call, recomputed when the current run's request changes.
import { useEffect, useState } from 'react';
import type { OptimizerSpec, TrainRequest } from '../../math';
import { fmt } from '../charts/format';
import { useMath } from '../../state/useMath';
import type { LandscapePath } from './SurfaceHeatmap';

export type CompareSetId = 'optimizers' | 'learningRates' | 'momentum';

const NAMES: Record<OptimizerSpec['name'], string> = {
  sgd: 'SGD',
  momentum: 'Momentum',
  rmsprop: 'RMSProp',
  adagrad: 'Adagrad',
  adam: 'Adam',
};

/** The optimizers each set adds, given the current one (which is drawn already). */
export const COMPARE_SETS: Record<CompareSetId, (o: OptimizerSpec) => OptimizerSpec[]> = {
  optimizers: (o) =>
    [
      { name: 'sgd', lr: o.lr },
      { name: 'momentum', lr: o.lr, momentum: 0.9 },
      { name: 'rmsprop', lr: 0.01 },
      { name: 'adam', lr: 0.05 },
    ].filter((c) => c.name !== o.name) as OptimizerSpec[],
  learningRates: (o) => [0.25, 0.5, 2].map((f) => ({ ...o, lr: o.lr * f })),
  momentum: (o) =>
    [0, 0.5, 0.9, 0.99]
      .filter((m) => m !== o.momentum)
      .map((m) => ({ name: 'momentum' as const, lr: o.lr, momentum: m })),
};

export function describeOptimizer(o: OptimizerSpec): string {
  return `${NAMES[o.name]}${o.name === 'momentum' ? ` β=${fmt(o.momentum ?? 0.9)}` : ''}, η=${fmt(o.lr)}`;
}

type Path = Omit<LandscapePath, 'color'>;

export function useCompareRuns(
  req: Omit<TrainRequest, 'signal'> | null,
  set: CompareSetId | null,
): Path[] {
  const math = useMath();
  const [paths, setPaths] = useState<{ key: unknown; list: Path[] }>({ key: null, list: [] });
  useEffect(() => {
    if (!math || !req || !set) return;
    const ctl = new AbortController();
    void (async () => {
      const list: Path[] = [];
      for (const [i, o] of COMPARE_SETS[set](req.optimizer).entries()) {
        try {
          const r = await math.trainPath({ ...req, optimizer: o, signal: ctl.signal });
          list.push({
            id: `cmp-${i}`,
            label: describeOptimizer(o),
            w: r.w,
            b: r.b,
            divergedAt: r.divergedAt,
          });
        } catch (err) {
          if (ctl.signal.aborted) return;
          void err; // a setting invalid for this optimizer: leave it out
        }
      }
      if (!ctl.signal.aborted) setPaths({ key: req, list });
    })();
    return () => ctl.abort();
  }, [math, req, set]);
  return set && paths.key === req ? paths.list : [];
}
