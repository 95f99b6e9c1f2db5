// The loss registry: ids are the URL vocabulary (never rename one; add).
import { LossInputError } from '../errors';
import { MARGIN } from './margin';
import { MULTICLASS } from './multiclass';
import { PROBABILISTIC } from './probabilistic';
import { REGRESSION } from './regression';
import type { LossDef, LossId, LossParams } from './types';

export const LOSSES: readonly LossDef[] = [
  ...REGRESSION,
  ...PROBABILISTIC,
  ...MARGIN,
  ...MULTICLASS,
];
export const LOSS_IDS: readonly LossId[] = LOSSES.map((l) => l.id);
const BY_ID = new Map<string, LossDef>(LOSSES.map((l) => [l.id, l]));

export function isLossId(id: unknown): id is LossId {
  return typeof id === 'string' && BY_ID.has(id);
}

export function getLoss(id: string): LossDef {
  const def = BY_ID.get(id);
  if (!def)
    throw new LossInputError('loss', `unknown loss id "${id}"; known: ${LOSS_IDS.join(', ')}`);
  return def;
}

/** The loss's parameters with defaults filled in; out-of-range values throw LossInputError. */
export function resolveParams(def: LossDef, params: LossParams = {}): Record<string, number> {
  const out: Record<string, number> = {};
  for (const spec of def.params) {
    const v = params[spec.id] ?? spec.default;
    const lowOk = spec.minInclusive ? v >= spec.min : v > spec.min;
    if (typeof v !== 'number' || !Number.isFinite(v) || !lowOk || v > spec.max) {
      const lo = spec.minInclusive ? '[' : '(';
      throw new LossInputError(
        `params.${spec.id}`,
        `must be a finite number in ${lo}${spec.min}, ${spec.max}] for ${def.id}, got ${v}`,
      );
    }
    out[spec.id] = v;
  }
  return out;
}
