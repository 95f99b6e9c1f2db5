// Custom per-point losses typed by the user: parsed safely (parser.ts) into an expression tree,
// then computed by the same machinery as the built-in losses: values, autodiff gradients and
// per-point curves. Non-finite results are reported with the rows that cause them.
import * as tf from '@tensorflow/tfjs-core';
import './tf';
import { LossInputError } from './errors';
import { toTensor, type Expr } from './expr';
import { lossFormulas, toLatex } from './latex';
import { lossCurve, lossGradient, lossValue } from './loss';
import type { LossDef, LossId } from './losses/types';
import { parseLoss, type ParseError } from './parser';
import { shapeOf } from './validate';

export interface CustomLoss {
  text: string;
  expr: Expr;
  /** KaTeX source of ℓ(ŷ; y). */
  latex: string;
  def: LossDef;
}

// Its name is the i18n string `losses.custom.name`.
function defOf(expr: Expr): LossDef {
  return {
    id: 'custom' as LossId,
    family: 'regression',
    short: 'Custom',
    ...lossFormulas({ expr }),
    yHatKind: 'value',
    yRule: 'real',
    yHatRule: 'real',
    params: [],
    element: expr,
    differentiable: true,
  };
}

/** Parses and prepares a custom loss; errors come back with their position, never thrown. */
export function compileCustomLoss(
  text: string,
): { ok: true; loss: CustomLoss } | { ok: false; error: ParseError } {
  const r = parseLoss(text);
  if (!r.ok) return r;
  const latex = toLatex(r.expr);
  return { ok: true, loss: { text, expr: r.expr, latex, def: defOf(r.expr) } };
}

/** Per-row values ℓ(ŷ_i; y_i); throws LossInputError naming the rows where it is not finite. */
export function customLossRows(loss: CustomLoss, y: number[], yHat: number[]): Float32Array {
  const ys = shapeOf('y', y);
  const yh = shapeOf('yHat', yHat);
  if (ys.shape.length !== 1 || yh.shape.length !== 1 || ys.flat.length !== yh.flat.length)
    throw new LossInputError('yHat', `must be a flat array as long as y (${ys.flat.length})`);
  const t = tf.tidy(() =>
    toTensor(loss.expr, { y: tf.tensor1d(ys.flat), yhat: tf.tensor1d(yh.flat), params: {} }),
  );
  let rows: Float32Array;
  try {
    rows = Float32Array.from(t.dataSync() as Float32Array);
  } finally {
    t.dispose();
  }
  const bad = [...rows.keys()].filter((i) => !Number.isFinite(rows[i]));
  if (bad.length > 0)
    throw new LossInputError(
      'formula',
      `gives NaN or ∞ at row${bad.length > 1 ? 's' : ''} ${bad
        .slice(0, 8)
        .map((i) => i + 1)
        .join(', ')}${bad.length > 8 ? ', …' : ''} of ${rows.length}`,
    );
  return rows;
}

/** The mean of the custom loss over the rows (throws for rows where it is not finite). */
export function customLossValue(loss: CustomLoss, y: number[], yHat: number[]): number {
  customLossRows(loss, y, yHat);
  return lossValue(loss.def, y, yHat);
}

/** dL/dŷ by tfjs autodiff (ℓ′/N per row). */
export function customLossGradient(loss: CustomLoss, y: number[], yHat: number[]): number[] {
  customLossRows(loss, y, yHat);
  return lossGradient(loss.def, y, yHat) as number[];
}

/** ℓ and ℓ′ over many ŷ for one y (Explore's curves); non-finite points stay NaN/∞ for the chart. */
export function customLossCurve(loss: CustomLoss, y: number, yHats: number[]) {
  return lossCurve(loss.def, y, yHats);
}
