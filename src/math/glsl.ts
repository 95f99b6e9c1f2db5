// GLSL (ES 3.00) generated from the same expression trees as the tfjs ops (expr.ts), for the
// fused surface program: one definition per loss, two engines that cannot drift apart. Tested
// against lossValue in the browser (e2e), since Node has no WebGL.
import { isCompare, type Binary, type Compare, type Expr, type Unary } from './expr';

/** A float literal GLSL accepts: "2.0", "1e-7", "(-0.5)". */
export function glslFloat(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot write ${v} as a GLSL literal`);
  const s = Number.isInteger(v) && Math.abs(v) < 1e15 ? v.toFixed(1) : v.toExponential();
  return v < 0 ? `(${s})` : s;
}

/** Helpers the generated code may call; defined once in the program's header. */
export const GLSL_HELPERS = `
float lsSoftplus(float a) { return max(a, 0.0) + log(1.0 + exp(-abs(a))); }
float lsSigmoid(float a) { return a >= 0.0 ? 1.0 / (1.0 + exp(-a)) : exp(a) / (1.0 + exp(a)); }
float lsStep(float a) { return a > 0.0 ? 1.0 : 0.0; }
float lsPow(float a, float b) { return b == 0.0 ? 1.0 : (a <= 0.0 ? 0.0 : pow(a, b)); }
float lsLog1p(float a) { return abs(a) < 1e-4 ? a - 0.5 * a * a : log(1.0 + a); }
`;

const UNARY: Record<Unary, (a: string) => string> = {
  neg: (a) => `(-${a})`,
  abs: (a) => `abs(${a})`,
  square: (a) => `(${a} * ${a})`,
  exp: (a) => `exp(${a})`,
  log: (a) => `log(${a})`,
  log1p: (a) => `lsLog1p(${a})`,
  sqrt: (a) => `sqrt(${a})`,
  relu: (a) => `max(${a}, 0.0)`,
  sigmoid: (a) => `lsSigmoid(${a})`,
  softplus: (a) => `lsSoftplus(${a})`,
  step: (a) => `lsStep(${a})`,
  tanh: (a) => `tanh(${a})`,
  cosh: (a) => `cosh(${a})`,
};

const BINARY: Record<Binary, (a: string, b: string) => string> = {
  add: (a, b) => `(${a} + ${b})`,
  sub: (a, b) => `(${a} - ${b})`,
  mul: (a, b) => `(${a} * ${b})`,
  div: (a, b) => `(${a} / ${b})`,
  min: (a, b) => `min(${a}, ${b})`,
  max: (a, b) => `max(${a}, ${b})`,
  pow: (a, b) => `lsPow(${a}, ${b})`,
};

const COMPARE: Record<Compare, string> = {
  lt: '<',
  le: '<=',
  gt: '>',
  ge: '>=',
  eq: '==',
  ne: '!=',
};

/**
 * The GLSL expression of `e`, with the leaves named by `names` (e.g. y → "yk", yhat → "z") and
 * each parameter read from the uniform `p_<name>`.
 */
export function toGlsl(e: Expr, names: { y: string; yhat: string }): string {
  if (typeof e === 'number') return glslFloat(e);
  if (e === 'y') return names.y;
  if (e === 'yhat') return names.yhat;
  if ('param' in e) return `p_${e.param}`;
  if (e.op === 'named') return toGlsl(e.a, names);
  if (e.op === 'clip')
    return `clamp(${toGlsl(e.a, names)}, ${glslFloat(e.lo)}, ${glslFloat(e.hi)})`;
  if (e.op === 'where')
    return `(${toGlsl(e.c, names)} != 0.0 ? ${toGlsl(e.a, names)} : ${toGlsl(e.b, names)})`;
  if (isCompare(e.op) && 'b' in e)
    return `float(${toGlsl(e.a, names)} ${COMPARE[e.op]} ${toGlsl(e.b, names)})`;
  if ('b' in e) return BINARY[e.op as Binary](toGlsl(e.a, names), toGlsl(e.b, names));
  return UNARY[e.op](toGlsl(e.a, names));
}

/** The parameter names an expression reads, in a stable order. */
export function paramsOf(e: Expr, out = new Set<string>()): string[] {
  if (typeof e === 'object' && e !== null) {
    if ('param' in e) out.add(e.param);
    else {
      paramsOf(e.a, out);
      if ('b' in e) paramsOf(e.b, out);
      if ('c' in e) paramsOf(e.c, out);
    }
  }
  return [...out].sort();
}
