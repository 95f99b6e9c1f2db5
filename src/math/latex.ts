// KaTeX source of an expression tree: a custom loss as the user typed it, and every built-in
// loss's formula (its `display` tree, or its computed `element` where that reads well), so the
// formula a reader sees is generated from the tree that is computed (issue 19.4).
// Typography follows the textbooks: juxtaposed products (y log p), log p without parentheses
// around a single symbol, parentheses that grow with what they hold, max(0, ·) for relu, the
// indicator 1[·] for a comparison used as a value, and cases whose rows both carry a condition
// (no English word in a formula shown in two languages).
import type { Compare, Expr } from './expr';

export interface TexOptions {
  /** Subscripts of the leaves and named terms: row i, class k (ŷ_i, y_ik, p_k). */
  index?: { row?: string; col?: string };
  /** How ŷ is written; default \hat y (e.g. z for a logit). */
  yhat?: string;
  /** ŷ is renormalised over its row first: written ŷ_k / Σ_j ŷ_j (cce). */
  share?: boolean;
  /** Parameter symbols, e.g. delta → \delta; unlisted names are written as they are. */
  params?: Readonly<Record<string, string>>;
  /** Constants written as symbols, e.g. 1e-7 → \varepsilon, 1 − 1e-7 → 1 - \varepsilon. */
  constants?: ReadonlyArray<readonly [number, string]>;
}

/** The formula of a tree: its KaTeX and the definitions of its named terms (p = clip(…)). */
export interface Typeset {
  tex: string;
  defs: string[];
}

const CMP: Record<Compare, string> = {
  lt: '<',
  le: '\\le',
  gt: '>',
  ge: '\\ge',
  eq: '=',
  ne: '\\ne',
};
const NOT: Record<Compare, Compare> = {
  lt: 'ge',
  le: 'gt',
  gt: 'le',
  ge: 'lt',
  eq: 'ne',
  ne: 'eq',
};
/** Functions written before a single symbol without parentheses (log p, log cosh(e)). */
const PLAIN_FN: Record<string, string> = { log: '\\log', cosh: '\\cosh', tanh: '\\tanh' };
const FN: Record<string, string> = {
  log1p: '\\operatorname{log1p}',
  sigmoid: '\\sigma',
  softplus: '\\operatorname{softplus}',
};

// Binding strength of what each node writes: a node is parenthesised when it binds less
// strongly than its place asks (a sum inside a product, a product as a power's base).
const SUM = 2;
const PRODUCT = 3;
const FACTOR = 4; // a product's right factor; also "log p", which must not absorb a factor after it
const RAISED = 6; // e^a, a^b, a fraction: a power's base needs parentheses around them
const BASE = 7;
const ATOM = 8;

export function num(v: number): string {
  if (v === Math.PI) return '\\pi';
  if (v === Math.E) return 'e';
  const s = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6)));
  return s.includes('e') ? s.replace(/e([+-]?\d+)/, '\\times 10^{$1}').replace('{+', '{') : s;
}

/** (s), growing with what s holds: \bigl( around nested parentheses, \left( around fractions. */
export function paren(s: string, l = '(', r = ')'): string {
  if (/\\frac|\\sum|\\begin|\\left/.test(s)) return `\\left${l}${s}\\right${r}`;
  if (s.includes('\\Bigl')) return `\\biggl${l}${s}\\biggr${r}`;
  if (s.includes('\\bigl')) return `\\Bigl${l}${s}\\Bigr${r}`;
  if (/[()]/.test(s)) return `\\bigl${l}${s}\\bigr${r}`;
  return `${l}${s}${r}`;
}

const subscript = (s: string, idx: string) =>
  idx === '' ? s : `${s}_${idx.length > 1 ? `{${idx}}` : idx}`;

class Writer {
  readonly named = new Map<string, Expr>();
  constructor(private readonly o: TexOptions) {}

  private get idx() {
    return `${this.o.index?.row ?? ''}${this.o.index?.col ?? ''}`;
  }

  /** A symbol with the sum's subscript, unless it has a subscript of its own (p_t). */
  sym(s: string): string {
    return s.includes('_') ? s : subscript(s, this.idx);
  }

  private yhat(): string {
    const y = this.o.yhat ?? '\\hat y';
    if (!this.o.share) return this.sym(y);
    const row = this.o.index?.row ?? '';
    return `\\frac{${this.sym(y)}}{\\sum_{j} ${subscript(y, row + 'j')}}`;
  }

  private constant(v: number): [string, number] {
    const c = this.o.constants?.find(([x]) => x === v)?.[1];
    if (c !== undefined) return [c, c.includes(' ') ? SUM : ATOM];
    return [num(v), v < 0 ? PRODUCT : ATOM];
  }

  /** True where `e` is written as a single symbol (p, \hat y_i, 2, \delta). */
  private single(e: Expr): boolean {
    if (typeof e === 'number') return this.constant(e)[1] === ATOM;
    if (typeof e === 'string') return !this.o.share || e === 'y';
    return 'param' in e || e.op === 'named';
  }

  /** log p, log cosh(e), log ỹ/p: a function written without parentheses. */
  private bare(e: Expr): boolean {
    if (typeof e !== 'object' || 'param' in e || !(e.op in PLAIN_FN)) return false;
    const a = (e as { a: Expr }).a;
    const op = typeof a === 'object' && 'op' in a ? a.op : '';
    return this.single(a) || op in PLAIN_FN || op === 'div';
  }

  /** `e` in a place that binds with strength `parent`. */
  write(e: Expr, parent = 0): string {
    const [s, p] = this.node(e);
    return p < parent ? paren(s) : s;
  }

  /** A term that must not open with a minus sign where it follows + or a factor. */
  private noMinus(e: Expr, parent: number): string {
    const s = this.write(e, parent);
    return s.startsWith('-') ? paren(s) : s;
  }

  condition(c: Expr, negate: boolean): string {
    if (typeof c === 'object' && 'op' in c && c.op in CMP) {
      const { a, b } = c as { op: Compare; a: Expr; b: Expr };
      const op = negate ? NOT[c.op as Compare] : (c.op as Compare);
      return `${this.write(a, SUM)} ${CMP[op]} ${this.write(b, SUM)}`;
    }
    return `${this.write(c, SUM)} ${negate ? '=' : '\\ne'} 0`;
  }

  private node(e: Expr): [string, number] {
    if (typeof e === 'number') return this.constant(e);
    if (e === 'y') return [this.sym('y'), ATOM];
    if (e === 'yhat') return [this.yhat(), this.o.share ? RAISED : ATOM];
    if ('param' in e) return [this.o.params?.[e.param] ?? e.param, ATOM];
    switch (e.op) {
      case 'named':
        if (!this.named.has(e.name)) this.named.set(e.name, e.a);
        return [this.sym(e.name), ATOM];
      case 'add':
        return [`${this.write(e.a, SUM)} + ${this.noMinus(e.b, SUM)}`, SUM];
      case 'sub':
        return [`${this.write(e.a, SUM)} - ${this.noMinus(e.b, PRODUCT)}`, SUM];
      case 'mul': {
        const a = this.write(e.a, PRODUCT);
        const b = this.noMinus(e.b, FACTOR);
        const dot = typeof e.b === 'number' || /^[\d.]|^\\tfrac/.test(b) || this.bare(e.a);
        return [`${a}${dot ? ' \\cdot ' : ' '}${b}`, PRODUCT];
      }
      case 'div':
        if (typeof e.a === 'number' && typeof e.b === 'number' && this.single(e.a))
          return [`\\tfrac{${num(e.a)}}{${num(e.b)}}`, RAISED];
        return [`\\frac{${this.write(e.a)}}{${this.write(e.b)}}`, RAISED];
      case 'neg':
        return [`-${this.noMinus(e.a, PRODUCT)}`, PRODUCT];
      case 'pow':
        return [`${this.write(e.a, BASE)}^{${this.write(e.b)}}`, RAISED];
      case 'square':
        return [`${this.write(e.a, BASE)}^{2}`, RAISED];
      case 'exp':
        return [`e^{${this.write(e.a)}}`, RAISED];
      case 'abs': {
        const a = this.write(e.a);
        return [
          /\\frac|\\sum|\\begin/.test(a)
            ? `\\left\\lvert ${a} \\right\\rvert`
            : `\\lvert ${a} \\rvert`,
          ATOM,
        ];
      }
      case 'sqrt':
        return [`\\sqrt{${this.write(e.a)}}`, ATOM];
      case 'min':
      case 'max':
        return [`\\${e.op}${paren(`${this.write(e.a)}, ${this.write(e.b)}`)}`, ATOM];
      case 'relu':
        return [`\\max${paren(`0, ${this.write(e.a)}`)}`, ATOM];
      case 'clip': {
        const [lo, hi] = [this.constant(e.lo)[0], this.constant(e.hi)[0]];
        return [`\\operatorname{clip}${paren(`${this.write(e.a)}, ${lo}, ${hi}`)}`, ATOM];
      }
      case 'step':
        return [`\\mathbb{1}[\\,${this.write(e.a, SUM)} > 0\\,]`, ATOM];
      case 'where':
        return [
          `\\begin{cases} ${this.write(e.a)} & ${this.condition(e.c, false)} \\\\ ${this.write(e.b)} & ${this.condition(e.c, true)} \\end{cases}`,
          ATOM,
        ];
      case 'lt':
      case 'le':
      case 'gt':
      case 'ge':
      case 'eq':
      case 'ne':
        return [`\\mathbb{1}[\\,${this.condition(e, false)}\\,]`, ATOM];
      default: {
        if (this.bare(e)) return [`${PLAIN_FN[e.op]} ${this.write(e.a, RAISED)}`, FACTOR];
        const f = PLAIN_FN[e.op] ?? FN[e.op] ?? `\\operatorname{${e.op}}`;
        return [`${f}${paren(this.write(e.a))}`, ATOM];
      }
    }
  }

  /** "name = definition" for each named term, those named inside definitions included. */
  definitions(): string[] {
    const out: string[] = [];
    for (const [name, def] of this.named) out.push(`${this.sym(name)} = ${this.write(def)}`);
    return out;
  }
}

/** The formula of `e` and the definitions of the terms it names. */
export function typeset(e: Expr, opts: TexOptions = {}): Typeset {
  const w = new Writer(opts);
  const tex = w.write(e);
  return { tex, defs: w.definitions() };
}

/** KaTeX source of `e` alone (a custom loss as typed, typeset as the user types). */
export function toLatex(e: Expr, opts: TexOptions = {}): string {
  return typeset(e, opts).tex;
}

export interface FormulaSpec {
  /** The per-point loss ℓ as it should read (a loss's `display` tree, else its `element`). */
  expr: Expr;
  /** Row-wise losses sum ℓ over the classes k of a row (and cce renormalises the row first). */
  rowwise?: { normalize: boolean };
  yhat?: string;
  params?: TexOptions['params'];
  constants?: TexOptions['constants'];
}

const withDefs = (t: Typeset) => [t.tex, ...t.defs].join(',\\quad ');

/**
 * Both formulas of a loss from its tree: the per-point ℓ(ŷ; y) and the mean
 * L = 1/N Σ_i ℓ_i, with ŷ_i, y_i (and named terms) subscripted; a leading minus is put before
 * the 1/N, and a sum or difference in parentheses after Σ.
 */
export function lossFormulas(spec: FormulaSpec): { latex: string; pointLatex: string } {
  const { expr, rowwise, ...rest } = spec;
  const base: TexOptions = { ...rest, share: rowwise?.normalize ?? false };
  const negated = typeof expr === 'object' && 'op' in expr && expr.op === 'neg';
  const body = negated ? (expr as { a: Expr }).a : expr;
  const sign = negated ? '-' : '';
  const sumOf = (opts: TexOptions) => {
    const w = new Writer(opts);
    const tex = w.write(body, PRODUCT);
    return { tex, defs: w.definitions() };
  };
  const classes = '\\sum_{k=1}^{K}';
  const head = `\\ell(${spec.yhat ?? '\\hat y'}; y) = `;
  const point = rowwise
    ? withDefs(wrapTex(sumOf({ ...base, index: { col: 'k' } }), `${head}${sign}${classes} `))
    : `${head}${withDefs(typeset(expr, { ...base, share: false }))}`;
  const mean = sumOf({ ...base, index: { row: 'i', col: rowwise ? 'k' : undefined } });
  const sums = `\\sum_{i=1}^{N}${rowwise ? classes : ''} `;
  return { latex: withDefs(wrapTex(mean, `L = ${sign}\\frac{1}{N}${sums}`)), pointLatex: point };
}

const wrapTex = (t: Typeset, before: string): Typeset => ({ ...t, tex: before + t.tex });
