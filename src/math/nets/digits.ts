// The UCI handwritten digits (public/data/digits.u8, see its README): parsing the bundled bytes
// and the fixed, seeded train/test split (1,437 / 360) every view and test uses.
import { LossInputError } from '../errors';
import { mulberry32, shuffledIndices } from '../random';

export const DIGIT_ROW = 65;
export const DIGITS_N = 1797;
export const DIGITS_TRAIN = 1437;
/** The split's seed: fixed, so every run, link and test sees the same 1,437 / 360 digits. */
export const SPLIT_SEED = 20261205;

/** Images as rows of 64 pixels scaled to [0, 1], and their digits. */
export interface DigitSet {
  x: Float32Array;
  y: Int32Array;
  n: number;
}

export function parseDigits(bytes: Uint8Array): DigitSet {
  if (bytes.length === 0 || bytes.length % DIGIT_ROW !== 0)
    throw new LossInputError(
      'digits',
      `expected rows of ${DIGIT_ROW} bytes, got ${bytes.length} bytes`,
    );
  const n = bytes.length / DIGIT_ROW;
  const x = new Float32Array(n * 64);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 64; j++) {
      const v = bytes[i * DIGIT_ROW + j];
      if (v > 16) throw new LossInputError('digits', `pixel ${j} of row ${i + 1} is ${v} (> 16)`);
      x[i * 64 + j] = v / 16;
    }
    const label = bytes[i * DIGIT_ROW + 64];
    if (label > 9) throw new LossInputError('digits', `row ${i + 1} has label ${label} (> 9)`);
    y[i] = label;
  }
  return { x, y, n };
}

/** The rows `idx` of a set. */
export function subset(d: DigitSet, idx: readonly number[]): DigitSet {
  const x = new Float32Array(idx.length * 64);
  const y = new Int32Array(idx.length);
  idx.forEach((k, i) => {
    x.set(d.x.subarray(k * 64, k * 64 + 64), i * 64);
    y[i] = d.y[k];
  });
  return { x, y, n: idx.length };
}

/** The fixed split: a seeded shuffle, the first 1,437 (80 %) for training, the rest for test. */
export function splitDigits(d: DigitSet): { train: DigitSet; test: DigitSet } {
  const nTrain = Math.round((d.n * DIGITS_TRAIN) / DIGITS_N);
  const idx = shuffledIndices(d.n, mulberry32(SPLIT_SEED));
  return { train: subset(d, idx.slice(0, nTrain)), test: subset(d, idx.slice(nTrain)) };
}
