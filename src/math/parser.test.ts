import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leaked } from './test/setup';
import {
  compileCustomLoss,
  customLossGradient,
  customLossRows,
  customLossValue,
  lossGradient,
  lossValue,
  MAX_FORMULA_DEPTH,
  parseLoss,
  type CustomLoss,
} from './index';

const compile = (text: string): CustomLoss => {
  const r = compileCustomLoss(text);
  if (!r.ok) throw new Error(`${r.error.pos}: ${r.error.message}`);
  return r.loss;
};
const y = [2, 4, 6, 8, -1];
const yHat = [2.5, 3, 9, 8, 0.5];

describe('custom loss formulas', () => {
  it('(yhat - y)^2 gives the values and gradients of the built-in mse', () => {
    for (const text of ['(yhat - y)^2', '(ŷ - y)**2', 'square(yhat - y)', 'pow(y - yhat, 2)']) {
      const loss = compile(text);
      expect(customLossValue(loss, y, yHat)).toBeCloseTo(lossValue('mse', y, yHat), 5);
      const g = customLossGradient(loss, y, yHat);
      (lossGradient('mse', y, yHat) as number[]).forEach((v, i) => expect(g[i]).toBeCloseTo(v, 5));
    }
  });

  it('reads the issue’s examples and standard precedence', () => {
    const e = (yh: number, yy: number) => yh - yy;
    expect(customLossValue(compile('abs(yhat - y)^1.5'), y, yHat)).toBeCloseTo(
      y.reduce((s, v, i) => s + Math.abs(e(yHat[i], v)) ** 1.5, 0) / 5,
      5,
    );
    expect(customLossValue(compile('log(1 + (yhat - y)^2)'), y, yHat)).toBeCloseTo(
      y.reduce((s, v, i) => s + Math.log(1 + e(yHat[i], v) ** 2), 0) / 5,
      5,
    );
    // −x^2 = −(x²); 2^3^2 = 2^9; a − b − c = (a − b) − c.
    expect(customLossValue(compile('yhat - y - -2^2 + 0*yhat'), [0], [1])).toBeCloseTo(5, 6);
    expect(customLossValue(compile('2^3^2 + 0*yhat'), [0], [0])).toBeCloseTo(512, 3);
    expect(customLossValue(compile('yhat / 2 / 2'), [0], [8])).toBeCloseTo(2, 6);
  });

  it('where/if with comparisons: Huber written by hand equals the built-in huber, gradients too', () => {
    const hand = compile('where(abs(yhat - y) <= 1, 0.5*(yhat - y)^2, abs(yhat - y) - 0.5)');
    expect(customLossValue(hand, y, yHat)).toBeCloseTo(lossValue('huber', y, yHat), 5);
    const g = customLossGradient(hand, y, yHat);
    (lossGradient('huber', y, yHat) as number[]).forEach((v, i) => expect(g[i]).toBeCloseTo(v, 5));
    expect(
      customLossValue(compile('if(yhat > y, 2*(yhat - y), y - yhat)'), [0, 0], [1, -1]),
    ).toBeCloseTo(1.5, 6);
    expect(
      customLossValue(compile('(yhat == y) + (yhat != y)*2 + 0*yhat'), [1, 1], [1, 2]),
    ).toBeCloseTo(1.5, 6);
  });

  it('typesets the formula for KaTeX', () => {
    expect(compile('abs(yhat - y)^1.5').latex).toBe('\\lvert \\hat y - y \\rvert^{1.5}');
    expect(compile('log(1 + (yhat - y)^2)').latex).toBe(
      '\\log\\bigl(1 + (\\hat y - y)^{2}\\bigr)',
    );
    // The mean form subscripts every leaf (y_i, ŷ_i), however the formula names them.
    expect(compile('yhat*y - y^2').def.latex).toBe(
      'L = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat y_i y_i - y_i^{2})',
    );
  });

  it('names the rows where the formula is not finite', () => {
    expect(() => customLossRows(compile('log(yhat - y)'), [0, 0, 0], [1, -1, 0])).toThrow(
      /rows 2, 3 of 3/,
    );
    expect(() => customLossValue(compile('1/(yhat-y)'), [1], [1])).toThrow(
      /^formula: gives NaN or ∞ at row 1 of 1$/,
    );
  });

  it('leaks no tensors', async () => {
    const loss = compile('where(yhat > y, exp(yhat - y), sqrt(abs(yhat - y)))');
    expect(await leaked(() => customLossValue(loss, y, yHat))).toBe(0);
    expect(await leaked(() => customLossGradient(loss, y, yHat))).toBe(0);
    expect(await leaked(() => customLossRows(compile('log(yhat)'), [1], [-1]))).toBe(0);
  });
});

describe('parse errors carry a position and a reason', () => {
  it.each([
    ['', 0, /empty/],
    ['yhat +', 6, /ends too early/],
    ['(yhat - y', 9, /missing “\)”/],
    ['yhat - y)', 8, /unbalanced “\)”/],
    ['abs(yhat - y', 12, /missing “\)”/],
    ['foo(yhat)', 0, /unknown function “foo”/],
    ['yhat - z', 7, /unknown name “z”/],
    ['constructor(yhat)', 0, /unknown function/],
    ['__proto__ + yhat', 0, /unknown name/],
    ['toString', 0, /unknown name/],
    ['yhat $ y', 5, /unexpected character “\$”/],
    ['pow(yhat)', 0, /takes 2 arguments, got 1/],
    ['abs(yhat, y)', 0, /takes 1 argument, got 2/],
    ['y * 2', 0, /must depend on yhat/],
    ['yhat * * y', 7, /unexpected “\*”/],
    ['1e999 * yhat', 0, /too large/],
    ['yhat < y < 1', 9, /unexpected “<”/],
  ])('%j → position %i', (text, pos, message) => {
    const r = parseLoss(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.pos).toBe(pos);
      expect(r.error.message).toMatch(message);
    }
  });

  it('refuses more than 500 characters and more than 64 levels', () => {
    const long = parseLoss(`yhat${' + y'.repeat(200)}`);
    expect(long).toMatchObject({
      ok: false,
      error: { pos: 500, message: expect.stringMatching(/longer than 500/) },
    });
    const deep = parseLoss(
      `${'('.repeat(MAX_FORMULA_DEPTH + 1)}yhat${')'.repeat(MAX_FORMULA_DEPTH + 1)}`,
    );
    expect(deep).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/deeper than 64/) },
    });
    const minus = parseLoss(`${'-'.repeat(200)}yhat`);
    expect(minus.ok).toBe(false);
    expect(parseLoss(`${'('.repeat(30)}yhat${')'.repeat(30)}`).ok).toBe(true);
  });

  it('counts one parenthesis (or one call) as one level: 64 open, the 65th is refused at its “(”', () => {
    const d = MAX_FORMULA_DEPTH;
    expect(parseLoss(`${'('.repeat(d)}yhat${')'.repeat(d)}`).ok).toBe(true);
    expect(parseLoss(`${'abs('.repeat(d)}yhat${')'.repeat(d)}`).ok).toBe(true);
    expect(parseLoss(`${'('.repeat(d + 1)}yhat${')'.repeat(d + 1)}`)).toMatchObject({
      ok: false,
      error: { pos: d, message: expect.stringMatching(/deeper than 64/) },
    });
  });

  it('shows an emoji whole and counts positions in characters, not UTF-16 units', () => {
    const r = parseLoss('😀 + yhat');
    expect(r).toMatchObject({ ok: false, error: { pos: 0, message: 'unexpected character “😀”' } });
    const after = parseLoss('yhat😀😀 $');
    expect(after).toMatchObject({
      ok: false,
      error: { pos: 4, message: 'unexpected character “😀”' },
    });
    // A formula of emoji: every message is well-formed text (no lone surrogate).
    const lone = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const f of ['yhat * 🧪', '🧪(yhat)', 'abs(yhat - 𝑦)', 'yhat + y👍🏽'])
      expect(parseLoss(f)).toMatchObject({
        ok: false,
        error: { message: expect.not.stringMatching(lone) },
      });
  });

  it('accepts the Unicode minus “−” that formulas are displayed with', () => {
    expect(customLossValue(compile('(yhat − y)^2'), [1], [3])).toBeCloseTo(4, 6);
    expect(customLossValue(compile('−yhat − −y'), [1], [3])).toBeCloseTo(-2, 6);
  });

  it('fuzz: random strings never throw, never hang, and parse to a tree or a positioned error', () => {
    const alphabet = fc.constantFrom(
      ...'yhat()+-*/^,<>=!. 0123456789eabsxplogwrimn_ŷ$\\'.split(''),
      'yhat',
      'abs(',
      'where(',
      '**',
      'pow(',
    );
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 120 }).map((a) => a.join('')),
        (text) => {
          const t0 = performance.now();
          const r = parseLoss(text);
          expect(performance.now() - t0).toBeLessThan(200);
          if (!r.ok)
            return r.error.pos >= 0 && r.error.pos <= text.length && r.error.message.length > 0;
          return typeof r.expr === 'object' || typeof r.expr === 'string';
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (text) => {
        const r = parseLoss(text);
        return r.ok || (r.error.pos >= 0 && r.error.pos <= Math.max(text.length, 500));
      }),
      { numRuns: 1000 },
    );
  });
});
