// A per-element loss written once, as a small expression tree. The tfjs ops here (and, with the
// landscape, the GLSL of the fused surface program) are generated from the same tree, so the
// two engines cannot drift apart. Stable forms (softplus, log1p, clip) are nodes of their own.
import * as tf from '@tensorflow/tfjs-core';
import './tf';

export type Leaf = 'y' | 'yhat';
export type Unary =
  | 'neg'
  | 'abs'
  | 'square'
  | 'exp'
  | 'log'
  | 'log1p'
  | 'sqrt'
  | 'relu'
  | 'sigmoid'
  | 'softplus'
  | 'step'
  | 'tanh'
  | 'cosh';
export type Binary = 'add' | 'sub' | 'mul' | 'div' | 'min' | 'max' | 'pow';
/** Comparisons give a 0/1 mask with zero gradient (tfjs has no gradient for comparison ops). */
export type Compare = 'lt' | 'le' | 'gt' | 'ge' | 'eq' | 'ne';
export type Expr =
  | number
  | Leaf
  | { param: string }
  | { op: Unary; a: Expr }
  | { op: Binary | Compare; a: Expr; b: Expr }
  | { op: 'clip'; a: Expr; lo: number; hi: number }
  | { op: 'where'; c: Expr; a: Expr; b: Expr }
  /**
   * A sub-expression with a name for the formula: typeset as `name` (p, e, p_t) with its
   * definition beside the formula (latex.ts); computed as `a` (every compiler passes through).
   */
  | { op: 'named'; name: string; a: Expr };

// Builders, so that definitions read like their formulas.
export const Y: Expr = 'y';
export const YHAT: Expr = 'yhat';
export const param = (name: string): Expr => ({ param: name });
const un =
  (op: Unary) =>
  (a: Expr): Expr => ({ op, a });
const bin =
  (op: Binary) =>
  (a: Expr, b: Expr): Expr => ({ op, a, b });
export const neg = un('neg');
export const abs = un('abs');
export const square = un('square');
export const exp = un('exp');
export const log = un('log');
export const log1p = un('log1p');
export const sqrt = un('sqrt');
export const relu = un('relu');
export const sigmoid = un('sigmoid');
export const softplus = un('softplus');
export const tanh = un('tanh');
/** cosh overflows float32 beyond |a| ≈ 89: for display trees (log cosh), not computed losses. */
export const cosh = un('cosh');
/** step(a) = 1 where a > 0, else 0 (no gradient: used only by the 0-1 loss). */
export const step = un('step');
export const add = bin('add');
export const sub = bin('sub');
export const mul = bin('mul');
export const div = bin('div');
export const min = bin('min');
export const max = bin('max');
export const pow = bin('pow');
export const clip = (a: Expr, lo: number, hi: number): Expr => ({ op: 'clip', a, lo, hi });
const cmp =
  (op: Compare) =>
  (a: Expr, b: Expr): Expr => ({ op, a, b });
export const lt = cmp('lt');
export const le = cmp('le');
export const gt = cmp('gt');
export const ge = cmp('ge');
export const eq = cmp('eq');
export const ne = cmp('ne');
export const where = (c: Expr, a: Expr, b: Expr): Expr => ({ op: 'where', c, a, b });
export const named = (name: string, a: Expr): Expr => ({ op: 'named', name, a });

export interface TfEnv {
  y: tf.Tensor;
  yhat: tf.Tensor;
  params: Record<string, number>;
}

/**
 * |a| as relu(a) + relu(−a): the same value, but with the derivative 0 at a = 0 (as PyTorch's
 * sign(0) = 0); tf.abs's gradient is −1 there, which would tilt MAE's gradient at a perfect fit.
 */
export const absZeroGrad = (a: tf.Tensor): tf.Tensor => tf.add(tf.relu(a), tf.relu(tf.neg(a)));

const UNARY_TF: Record<Unary, (a: tf.Tensor) => tf.Tensor> = {
  neg: tf.neg,
  abs: absZeroGrad,
  square: tf.square,
  exp: tf.exp,
  log: tf.log,
  log1p: tf.log1p,
  sqrt: tf.sqrt,
  relu: tf.relu,
  sigmoid: tf.sigmoid,
  // tf.softplus is the stable log(1 + e^a) (no overflow for large |a|) and its gradient is
  // sigmoid(a) everywhere; the textbook max(a, 0) + log1p(e^(−|a|)) has the same value but its
  // autodiff gives 0 instead of ½ at a = 0, where relu' and |·|' are both 0 or −1 in tfjs.
  softplus: tf.softplus,
  step: (a) => tf.step(a, 0),
  tanh: tf.tanh,
  cosh: tf.cosh,
};

const BINARY_TF: Record<Binary, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor> = {
  add: tf.add,
  sub: tf.sub,
  mul: tf.mul,
  div: tf.div,
  min: tf.minimum,
  max: tf.maximum,
  pow: tf.pow,
};

// a < b ⟺ step(b − a) > 0 and so on: built from tf.step, whose gradient is zero, so autodiff
// passes through a comparison instead of failing on it.
const COMPARES: readonly string[] = ['lt', 'le', 'gt', 'ge', 'eq', 'ne'];
export const isCompare = (op: string): op is Compare => COMPARES.includes(op);

const notStep = (a: tf.Tensor) => tf.sub(1, tf.step(a, 0));
const COMPARE_TF: Record<Compare, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor> = {
  lt: (a, b) => tf.step(tf.sub(b, a), 0),
  le: (a, b) => notStep(tf.sub(a, b)),
  gt: (a, b) => tf.step(tf.sub(a, b), 0),
  ge: (a, b) => notStep(tf.sub(b, a)),
  eq: (a, b) => tf.mul(notStep(tf.sub(a, b)), notStep(tf.sub(b, a))),
  ne: (a, b) => tf.sub(1, tf.mul(notStep(tf.sub(a, b)), notStep(tf.sub(b, a)))),
};

/**
 * where(c, a, b): a where the mask c is nonzero, else b. The mask goes through a cast to bool,
 * which tfjs can differentiate (zero), so autodiff passes; as with any where, a branch must be
 * finite on the rows it is not chosen for, or its zero-weighted gradient can still be NaN.
 */
function whereOp(c: tf.Tensor, a: tf.Tensor, b: tf.Tensor): tf.Tensor {
  const shape = tf.broadcast_util.assertAndGetBroadcastShape(
    tf.broadcast_util.assertAndGetBroadcastShape(c.shape, a.shape),
    b.shape,
  );
  return tf.where(
    tf.cast(tf.broadcastTo(c, shape), 'bool'),
    tf.broadcastTo(a, shape),
    tf.broadcastTo(b, shape),
  );
}

/** Builds the tfjs ops of `e` (call inside tf.tidy or tf.grad). */
export function toTensor(e: Expr, env: TfEnv): tf.Tensor {
  if (typeof e === 'number') return tf.scalar(e);
  if (e === 'y') return env.y;
  if (e === 'yhat') return env.yhat;
  if ('param' in e) {
    const v = env.params[e.param];
    if (v === undefined) throw new Error(`expression uses unknown parameter ${e.param}`);
    return tf.scalar(v);
  }
  if (e.op === 'named') return toTensor(e.a, env);
  if (e.op === 'clip') return tf.clipByValue(toTensor(e.a, env), e.lo, e.hi);
  if (e.op === 'where') return whereOp(toTensor(e.c, env), toTensor(e.a, env), toTensor(e.b, env));
  if (isCompare(e.op) && 'b' in e) return COMPARE_TF[e.op](toTensor(e.a, env), toTensor(e.b, env));
  if ('b' in e) return BINARY_TF[e.op as Binary](toTensor(e.a, env), toTensor(e.b, env));
  return UNARY_TF[e.op](toTensor(e.a, env));
}

/** Substitutes `yhat` by another expression (e.g. the logistic model's sigmoid(z)). */
export function substitute(e: Expr, leaf: Leaf, by: Expr): Expr {
  if (typeof e === 'number' || (typeof e === 'object' && 'param' in e)) return e;
  if (e === 'y' || e === 'yhat') return e === leaf ? by : e;
  if (e.op === 'clip' || e.op === 'named') return { ...e, a: substitute(e.a, leaf, by) };
  if (e.op === 'where')
    return {
      op: 'where',
      c: substitute(e.c, leaf, by),
      a: substitute(e.a, leaf, by),
      b: substitute(e.b, leaf, by),
    };
  if ('b' in e)
    return { op: e.op, a: substitute(e.a, leaf, by), b: substitute(e.b, leaf, by) } as Expr;
  return { op: e.op, a: substitute(e.a, leaf, by) };
}
