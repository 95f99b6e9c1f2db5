// A safe parser for custom per-point losses ℓ(ŷ; y), e.g. `abs(yhat - y)^1.5`: a recursive
// descent over a whitelist of names and operators into the same expression trees as the
// built-in losses (expr.ts), so a custom loss gets tfjs values and autodiff gradients, and GLSL,
// without eval or new Function. Every failure is a ParseError with the position in the text.
import type { Compare, Expr } from './expr';

export const MAX_FORMULA_LENGTH = 500;
export const MAX_FORMULA_DEPTH = 64;
const MAX_NODES = 2000;

export interface ParseError {
  /** 0-based index into the text. */
  pos: number;
  message: string;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: ParseError };

const VARIABLES: Record<string, Expr> = {
  y: 'y',
  yhat: 'yhat',
  y_hat: 'yhat',
  yHat: 'yhat',
  ŷ: 'yhat',
  pi: Math.PI,
  e: Math.E,
};

const FUNCTIONS: Record<string, { arity: number; build: (a: Expr[]) => Expr }> = {
  abs: { arity: 1, build: ([a]) => ({ op: 'abs', a }) },
  exp: { arity: 1, build: ([a]) => ({ op: 'exp', a }) },
  log: { arity: 1, build: ([a]) => ({ op: 'log', a }) },
  ln: { arity: 1, build: ([a]) => ({ op: 'log', a }) },
  log1p: { arity: 1, build: ([a]) => ({ op: 'log1p', a }) },
  sqrt: { arity: 1, build: ([a]) => ({ op: 'sqrt', a }) },
  square: { arity: 1, build: ([a]) => ({ op: 'square', a }) },
  tanh: { arity: 1, build: ([a]) => ({ op: 'tanh', a }) },
  cosh: { arity: 1, build: ([a]) => ({ op: 'cosh', a }) },
  sigmoid: { arity: 1, build: ([a]) => ({ op: 'sigmoid', a }) },
  softplus: { arity: 1, build: ([a]) => ({ op: 'softplus', a }) },
  relu: { arity: 1, build: ([a]) => ({ op: 'relu', a }) },
  pow: { arity: 2, build: ([a, b]) => ({ op: 'pow', a, b }) },
  min: { arity: 2, build: ([a, b]) => ({ op: 'min', a, b }) },
  max: { arity: 2, build: ([a, b]) => ({ op: 'max', a, b }) },
  where: { arity: 3, build: ([c, a, b]) => ({ op: 'where', c, a, b }) },
  if: { arity: 3, build: ([c, a, b]) => ({ op: 'where', c, a, b }) },
  clip: { arity: 3, build: ([a, lo, hi]) => ({ op: 'min', a: { op: 'max', a, b: lo }, b: hi }) },
};

export const FORMULA_NAMES = {
  variables: Object.keys(VARIABLES),
  functions: Object.keys(FUNCTIONS),
};

const COMPARE_OPS: Record<string, Compare> = {
  '<': 'lt',
  '<=': 'le',
  '>': 'gt',
  '>=': 'ge',
  '==': 'eq',
  '!=': 'ne',
};

interface Token {
  kind: 'num' | 'name' | 'op' | 'end';
  text: string;
  pos: number;
  value?: number;
}

class Fail extends Error {
  constructor(
    readonly pos: number,
    message: string,
  ) {
    super(message);
  }
}

// Positions count code points, not UTF-16 units, so an emoji is one character in the caret
// and in messages. "−" (U+2212, the minus our formulas display) reads as "-".
function tokenize(text: string): Token[] {
  const chars = [...text];
  const out: Token[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    // Every token below is made of BMP characters, so its length in units is its length in chars.
    const rest = chars.slice(i).join(''); // ≤ 500 chars (MAX_FORMULA_LENGTH)
    const num = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      const value = Number(num[0]);
      if (!Number.isFinite(value)) throw new Fail(i, `the number ${num[0]} is too large`);
      out.push({ kind: 'num', text: num[0], pos: i, value });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_ŷ][A-Za-z0-9_]*/.exec(rest);
    if (name) {
      out.push({ kind: 'name', text: name[0], pos: i });
      i += name[0].length;
      continue;
    }
    const op = /^(\*\*|<=|>=|==|!=|[-+*/^(),<>\u2212])/.exec(rest);
    if (op) {
      out.push({ kind: 'op', text: op[0] === '\u2212' ? '-' : op[0], pos: i });
      i += op[0].length;
      continue;
    }
    throw new Fail(i, `unexpected character “${ch}”`);
  }
  out.push({ kind: 'end', text: '', pos: chars.length });
  return out;
}

class Parser {
  private k = 0;
  private depth = -1;
  private nodes = 0;
  constructor(private readonly toks: Token[]) {}

  private peek(): Token {
    return this.toks[this.k];
  }
  private next(): Token {
    return this.toks[this.k++];
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }
  private expect(text: string, what: string): Token {
    const t = this.peek();
    if (t.kind !== 'op' || t.text !== text)
      throw new Fail(
        t.pos,
        t.kind === 'end'
          ? `missing “${text}” ${what}`
          : `expected “${text}” ${what}, found “${t.text}”`,
      );
    return this.next();
  }
  private node<T extends Expr>(e: T): T {
    if (++this.nodes > MAX_NODES) throw new Fail(this.peek().pos, 'the formula is too large');
    return e;
  }
  private nested<T>(pos: number, f: () => T): T {
    if (++this.depth > MAX_FORMULA_DEPTH)
      throw new Fail(pos, `the formula nests deeper than ${MAX_FORMULA_DEPTH} levels`);
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  parse(): Expr {
    const e = this.expr();
    const t = this.peek();
    if (t.kind !== 'end')
      throw new Fail(
        t.pos,
        t.text === ')' ? 'unbalanced “)”: no “(” opens it' : `unexpected “${t.text}”`,
      );
    return e;
  }

  // Each expr() is one nesting level; "(" and a call's "(" open one, so one parenthesis counts
  // once. The whole formula is level 0.
  private expr(pos = this.peek().pos): Expr {
    return this.nested(pos, () => {
      const a = this.additive();
      const t = this.peek();
      const cmp =
        t.kind === 'op' && Object.hasOwn(COMPARE_OPS, t.text) ? COMPARE_OPS[t.text] : undefined;
      if (!cmp) return a;
      this.next();
      return this.node({ op: cmp, a, b: this.additive() });
    });
  }

  private additive(): Expr {
    let a = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.next().text === '+' ? 'add' : 'sub';
      a = this.node({ op, a, b: this.term() });
    }
    return a;
  }

  private term(): Expr {
    let a = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.next().text === '*' ? 'mul' : 'div';
      a = this.node({ op, a, b: this.unary() });
    }
    return a;
  }

  private unary(): Expr {
    const t = this.peek();
    if (this.isOp('-') || this.isOp('+')) {
      this.next();
      return this.nested(t.pos, () => {
        const a = this.unary();
        return t.text === '-' ? this.node({ op: 'neg', a }) : a;
      });
    }
    return this.power();
  }

  private power(): Expr {
    const base = this.atom();
    if (this.isOp('^') || this.isOp('**')) {
      const t = this.next();
      // Right-associative, and binds tighter than unary minus on its left: −x^2 = −(x²).
      return this.nested(t.pos, () => this.node({ op: 'pow', a: base, b: this.unary() }));
    }
    return base;
  }

  private atom(): Expr {
    const t = this.next();
    if (t.kind === 'num') return this.node(t.value!);
    if (t.kind === 'op' && t.text === '(') {
      const e = this.expr(t.pos);
      this.expect(')', `to close the “(” at position ${t.pos + 1}`);
      return e;
    }
    if (t.kind === 'name') {
      if (this.isOp('(')) {
        const fn = Object.hasOwn(FUNCTIONS, t.text) ? FUNCTIONS[t.text] : undefined;
        if (!fn)
          throw new Fail(
            t.pos,
            `unknown function “${t.text}” (allowed: ${FORMULA_NAMES.functions.join(', ')})`,
          );
        const open = this.next();
        const args: Expr[] = [];
        if (!this.isOp(')')) {
          args.push(this.expr(open.pos));
          while (this.isOp(',')) {
            this.next();
            args.push(this.expr(open.pos));
          }
        }
        this.expect(')', `to close ${t.text}( at position ${open.pos + 1}`);
        if (args.length !== fn.arity)
          throw new Fail(
            t.pos,
            `${t.text} takes ${fn.arity} argument${fn.arity > 1 ? 's' : ''}, got ${args.length}`,
          );
        return this.node(fn.build(args));
      }
      const v = Object.hasOwn(VARIABLES, t.text) ? VARIABLES[t.text] : undefined;
      if (v === undefined)
        throw new Fail(t.pos, `unknown name “${t.text}” (use y, yhat, pi, e or a function)`);
      return this.node(v);
    }
    if (t.kind === 'end') throw new Fail(t.pos, 'the formula ends too early');
    throw new Fail(t.pos, `unexpected “${t.text}”`);
  }
}

/** Parses a per-point loss in y and yhat. Never throws: errors come back with their position. */
export function parseLoss(text: string): ParseResult {
  if (typeof text !== 'string')
    return { ok: false, error: { pos: 0, message: 'the formula must be text' } };
  if (text.length > MAX_FORMULA_LENGTH)
    return {
      ok: false,
      error: {
        pos: MAX_FORMULA_LENGTH,
        message: `the formula is longer than ${MAX_FORMULA_LENGTH} characters`,
      },
    };
  if (text.trim() === '') return { ok: false, error: { pos: 0, message: 'the formula is empty' } };
  try {
    const expr = new Parser(tokenize(text)).parse();
    if (!mentionsYhat(expr))
      return {
        ok: false,
        error: { pos: 0, message: 'the formula must depend on yhat (the prediction)' },
      };
    return { ok: true, expr };
  } catch (err) {
    if (err instanceof Fail) return { ok: false, error: { pos: err.pos, message: err.message } };
    if (err instanceof RangeError)
      return { ok: false, error: { pos: 0, message: 'the formula nests too deeply' } };
    throw err;
  }
}

function mentionsYhat(e: Expr): boolean {
  if (e === 'yhat') return true;
  if (typeof e !== 'object' || 'param' in e) return false;
  return mentionsYhat(e.a) || ('b' in e && mentionsYhat(e.b)) || ('c' in e && mentionsYhat(e.c));
}
