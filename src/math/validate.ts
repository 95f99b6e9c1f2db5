// Input checks shared by every public function: each failure is a LossInputError naming the
// field (with its index) and the rule.
import { LossInputError } from './errors';
import type { LossDef, YHatRule, YRule } from './losses/types';

export type Values = number[] | number[][];

/** The limit of the conventions table: every input value lies in [−1e6, 1e6]. */
export const VALUE_LIMIT = 1e6;

export interface Shaped {
  flat: number[];
  /** [n] for a vector, [rows, cols] for a matrix. */
  shape: number[];
}

const at = (field: string, i: number, j?: number) =>
  j === undefined ? `${field}[${i}]` : `${field}[${i}][${j}]`;

export function checkNumber(field: string, v: unknown): number {
  if (typeof v !== 'number' || Number.isNaN(v))
    throw new LossInputError(field, `must be a number, got ${String(v)}`);
  if (!Number.isFinite(v)) throw new LossInputError(field, `must be finite, got ${v}`);
  if (Math.abs(v) > VALUE_LIMIT)
    throw new LossInputError(field, `out of range: must lie in [−1e6, 1e6], got ${v}`);
  return v;
}

/** Flattens a vector or a rectangular matrix, checking every value. */
export function shapeOf(field: string, values: unknown): Shaped {
  if (!Array.isArray(values))
    throw new LossInputError(field, 'must be an array of numbers or of rows');
  if (values.length === 0) throw new LossInputError(field, 'must not be empty');
  if (!Array.isArray(values[0])) {
    return { flat: values.map((v, i) => checkNumber(at(field, i), v)), shape: [values.length] };
  }
  const cols = (values[0] as unknown[]).length;
  if (cols === 0) throw new LossInputError(`${field}[0]`, 'rows must not be empty');
  const flat: number[] = [];
  values.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== cols)
      throw new LossInputError(at(field, i), `every row must be an array of ${cols} numbers`);
    row.forEach((v, j) => flat.push(checkNumber(at(field, i, j), v)));
  });
  return { flat, shape: [values.length, cols] };
}

export function sameShape(a: Shaped, b: Shaped, fields = ['y', 'yHat']): void {
  if (a.shape.length !== b.shape.length || a.shape.some((n, k) => n !== b.shape[k]))
    throw new LossInputError(
      fields[1],
      `must have the shape of ${fields[0]} ([${a.shape}]), got [${b.shape}]`,
    );
}

function indexName(field: string, shape: number[], k: number): string {
  return shape.length === 1 ? at(field, k) : at(field, Math.floor(k / shape[1]), k % shape[1]);
}

const Y_RULES: Record<YRule, { ok: (v: number) => boolean; rule: string }> = {
  real: { ok: () => true, rule: '' },
  unit: { ok: (v) => v >= 0 && v <= 1, rule: 'must lie in [0, 1] (a probability or soft label)' },
  binary: { ok: (v) => v === 0 || v === 1, rule: 'label must be 0 or 1' },
  sign: {
    ok: (v) => v === -1 || v === 0 || v === 1,
    rule: 'label must be −1 or +1 (or 0 and 1, with 0 read as −1)',
  },
  nonneg: { ok: (v) => v >= 0, rule: 'must be ≥ 0 (a count or rate)' },
};

const YHAT_RULES: Record<YHatRule, { ok: (v: number) => boolean; rule: string }> = {
  real: { ok: () => true, rule: '' },
  unit: { ok: (v) => v >= 0 && v <= 1, rule: 'probability must lie in [0, 1]' },
  nonneg: { ok: (v) => v >= 0, rule: 'must be ≥ 0 (a rate, or a weight of a class)' },
};

export function checkLabels(def: LossDef, field: string, s: Shaped): void {
  const r = Y_RULES[def.yRule];
  s.flat.forEach((v, k) => {
    if (!r.ok(v))
      throw new LossInputError(indexName(field, s.shape, k), `${r.rule} for ${def.id}, got ${v}`);
  });
}

export function checkPredictions(def: LossDef, field: string, s: Shaped): void {
  const r = YHAT_RULES[def.yHatRule];
  s.flat.forEach((v, k) => {
    if (!r.ok(v))
      throw new LossInputError(indexName(field, s.shape, k), `${r.rule} for ${def.id}, got ${v}`);
  });
  if (def.rowwise?.normalize) {
    const cols = s.shape.length === 1 ? s.shape[0] : s.shape[1];
    for (let i = 0; i < s.flat.length / cols; i++) {
      let sum = 0;
      for (let j = 0; j < cols; j++) sum += s.flat[i * cols + j];
      if (!(sum > 0))
        throw new LossInputError(
          s.shape.length === 1 ? field : at(field, i),
          `a row of probabilities must have a positive sum for ${def.id}`,
        );
    }
  }
}

/** Labels as the loss reads them: for margin losses, 0 → −1. */
export function mapLabels(def: LossDef, flat: number[]): number[] {
  return def.yRule === 'sign' ? flat.map((v) => (v === 0 ? -1 : v)) : flat;
}
