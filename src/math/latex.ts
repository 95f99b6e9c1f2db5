// KaTeX source of an expression tree (a custom loss as the user typed it, typeset as they type).
import type { Expr } from './expr';

const PREC: Record<string, number> = {
  where: 0,
  lt: 1,
  le: 1,
  gt: 1,
  ge: 1,
  eq: 1,
  ne: 1,
  add: 2,
  sub: 2,
  mul: 3,
  div: 4,
  neg: 5,
  pow: 6,
};
const CMP: Record<string, string> = {
  lt: '<',
  le: '\\le',
  gt: '>',
  ge: '\\ge',
  eq: '=',
  ne: '\\ne',
};
const FN: Record<string, string> = {
  log: '\\log',
  log1p: '\\operatorname{log1p}',
  tanh: '\\tanh',
  sigmoid: '\\sigma',
  softplus: '\\operatorname{softplus}',
  relu: '\\operatorname{relu}',
  step: '\\operatorname{step}',
};

function num(v: number): string {
  if (v === Math.PI) return '\\pi';
  if (v === Math.E) return 'e';
  const s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  return s.includes('e') ? s.replace(/e([+-]?\d+)/, '\\times 10^{$1}').replace('{+', '{') : s;
}

export function toLatex(e: Expr, parent = 0): string {
  if (typeof e === 'number') return e < 0 && parent > 2 ? `(${num(e)})` : num(e);
  if (e === 'y') return 'y';
  if (e === 'yhat') return '\\hat y';
  if ('param' in e) return e.param;
  const wrap = (s: string, p: number) => (p < parent ? `\\left(${s}\\right)` : s);
  switch (e.op) {
    case 'add':
      return wrap(`${toLatex(e.a, 2)} + ${toLatex(e.b, 2)}`, 2);
    case 'sub':
      return wrap(`${toLatex(e.a, 2)} - ${toLatex(e.b, 3)}`, 2);
    case 'mul':
      return wrap(`${toLatex(e.a, 3)} \\cdot ${toLatex(e.b, 4)}`, 3);
    case 'div':
      return `\\frac{${toLatex(e.a)}}{${toLatex(e.b)}}`;
    case 'neg':
      return wrap(`-${toLatex(e.a, 5)}`, 5);
    case 'pow':
      return `{${toLatex(e.a, 7)}}^{${toLatex(e.b)}}`;
    case 'square':
      return `{${toLatex(e.a, 7)}}^{2}`;
    case 'abs':
      return `\\left\\lvert ${toLatex(e.a)} \\right\\rvert`;
    case 'sqrt':
      return `\\sqrt{${toLatex(e.a)}}`;
    case 'exp':
      return `e^{${toLatex(e.a)}}`;
    case 'min':
    case 'max':
      return `\\${e.op}\\left(${toLatex(e.a)}, ${toLatex(e.b)}\\right)`;
    case 'clip':
      return `\\operatorname{clip}\\left(${toLatex(e.a)}, ${num(e.lo)}, ${num(e.hi)}\\right)`;
    case 'where':
      return `\\begin{cases} ${toLatex(e.a)} & \\text{if } ${toLatex(e.c)} \\\\ ${toLatex(e.b)} & \\text{otherwise} \\end{cases}`;
    case 'lt':
    case 'le':
    case 'gt':
    case 'ge':
    case 'eq':
    case 'ne':
      return wrap(`${toLatex(e.a, 2)} ${CMP[e.op]} ${toLatex(e.b, 2)}`, PREC[e.op]);
    default:
      return `${FN[e.op] ?? `\\operatorname{${e.op}}`}\\left(${toLatex(e.a)}\\right)`;
  }
}
