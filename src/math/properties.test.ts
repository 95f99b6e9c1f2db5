// Property tests (fast-check) of every loss against the conventions of DESIGN.md.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEnv } from './test/setup';
import { LOSSES, lossGradient, lossValue, type LossId } from './index';

const FACTOR = Number(testEnv.FC_RUNS_FACTOR ?? 1);
const RUNS = { numRuns: 60 * FACTOR };
const real = (lo = -50, hi = 50) =>
  fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
const prob = fc.double({ min: 0.01, max: 0.99, noNaN: true });
const sign = fc.constantFrom(-1, 1);
const bit = fc.constantFrom(0, 1);

// One generator of valid (y, ŷ) per loss, over the loss's domain.
const PAIR: Record<LossId, fc.Arbitrary<[number, number]>> = {
  mse: fc.tuple(real(), real()),
  mae: fc.tuple(real(), real()),
  huber: fc.tuple(real(), real()),
  logcosh: fc.tuple(real(), real()),
  quantile: fc.tuple(real(), real()),
  poisson: fc.tuple(real(0, 20), real(0.05, 30)),
  bce: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), prob),
  bce_logits: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), real(-30, 30)),
  focal: fc.tuple(bit, prob),
  hinge: fc.tuple(sign, real(-5, 5)),
  squared_hinge: fc.tuple(sign, real(-5, 5)),
  exponential: fc.tuple(sign, real(-5, 5)),
  zero_one: fc.tuple(sign, real(-5, 5)),
  cce: fc.tuple(prob, prob),
  kl: fc.tuple(prob, prob),
};

// Distance from (y, ŷ) to the nearest kink or clip boundary of the loss, where the derivative
// jumps and a finite difference straddling it is meaningless.
function kinkDistance(id: LossId, y: number, yHat: number): number {
  const e = yHat - y;
  switch (id) {
    case 'mae':
    case 'quantile':
      return Math.abs(e);
    case 'huber':
      return Math.min(Math.abs(e), Math.abs(Math.abs(e) - 1));
    case 'hinge':
    case 'squared_hinge':
      return Math.abs(1 - y * yHat);
    default:
      return Infinity;
  }
}

const elementwise = LOSSES.filter((l) => !l.rowwise);

describe('every loss: properties', () => {
  it.each(elementwise.filter((l) => l.id !== 'poisson').map((l) => l.id))(
    '%s is non-negative',
    (id) => {
      fc.assert(
        fc.property(PAIR[id], ([y, yh]) => lossValue(id, [y], [yh]) >= 0),
        RUNS,
      );
    },
  );

  it.each(['mse', 'mae', 'huber', 'logcosh', 'quantile'] as const)(
    '%s is zero at a perfect prediction',
    (id) => {
      fc.assert(
        fc.property(real(), (y) => Math.abs(lossValue(id, [y], [y])) < 1e-6),
        RUNS,
      );
    },
  );

  it.each(['bce', 'focal'] as const)(
    '%s is (up to the ε-clip) zero at a confident correct probability',
    (id) => {
      for (const y of [0, 1]) expect(lossValue(id, [y], [y])).toBeLessThan(2e-7);
    },
  );

  it('bce_logits tends to zero for a confident correct logit', () => {
    expect(lossValue('bce_logits', [1], [30])).toBeLessThan(1e-12);
    expect(lossValue('bce_logits', [0], [-30])).toBeLessThan(1e-12);
  });

  it.each(['hinge', 'squared_hinge', 'zero_one'] as const)('%s is zero beyond the margin', (id) => {
    fc.assert(
      fc.property(sign, real(1, 50), (y, m) => lossValue(id, [y], [y * m]) === 0),
      RUNS,
    );
  });

  it('poisson is minimal at ŷ = y', () => {
    fc.assert(
      fc.property(real(0.5, 20), real(0.05, 0.45), (y, d) => {
        const at = lossValue('poisson', [y], [y]);
        return at <= lossValue('poisson', [y], [y + d]) && at <= lossValue('poisson', [y], [y - d]);
      }),
      RUNS,
    );
  });

  it.each(['mse', 'mae', 'huber', 'logcosh'] as const)(
    '%s is symmetric in the error and shift-invariant',
    (id) => {
      fc.assert(
        fc.property(real(), real(-10, 10), real(-10, 10), (y, d, c) => {
          const a = lossValue(id, [y], [y + d]);
          const tol = 1e-4 * Math.max(1, a);
          return (
            Math.abs(a - lossValue(id, [y], [y - d])) < tol &&
            Math.abs(a - lossValue(id, [y + c], [y + c + d])) < tol
          );
        }),
        RUNS,
      );
    },
  );

  it.each(['hinge', 'squared_hinge', 'exponential', 'zero_one', 'bce_logits'] as const)(
    '%s depends on the margin only: ℓ(f; y) = ℓ(−f; −y)',
    (id) => {
      const labels = (y: number) => (id === 'bce_logits' ? [(y + 1) / 2, (1 - y) / 2] : [y, -y]);
      fc.assert(
        fc.property(sign, real(-5, 5), (y, f) => {
          const [a, b] = labels(y);
          return Math.abs(lossValue(id, [a], [f]) - lossValue(id, [b], [-f])) < 1e-5;
        }),
        RUNS,
      );
    },
  );

  it('every margin surrogate bounds the 0-1 loss (log loss in bits)', () => {
    fc.assert(
      fc.property(sign, real(-5, 5), (y, f) => {
        const zeroOne = lossValue('zero_one', [y], [f]);
        const logLossBits = lossValue('bce_logits', [(y + 1) / 2], [f]) / Math.LN2;
        return (
          (['hinge', 'squared_hinge', 'exponential'] as const).every(
            (id) => lossValue(id, [y], [f]) >= zeroOne - 1e-6,
          ) && logLossBits >= zeroOne - 1e-6
        );
      }),
      RUNS,
    );
  });

  it('bce on σ(z) equals bce_logits on z away from the clip', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), real(-8, 8), (y, z) => {
        const p = 1 / (1 + Math.exp(-z));
        return Math.abs(lossValue('bce', [y], [p]) - lossValue('bce_logits', [y], [z])) < 1e-4;
      }),
      RUNS,
    );
  });

  it('focal with γ = 0 and α = ½ is half the binary cross-entropy', () => {
    fc.assert(
      fc.property(bit, prob, (y, p) => {
        const f = lossValue('focal', [y], [p], { gamma: 0, alpha: 0.5 });
        return Math.abs(f - 0.5 * lossValue('bce', [y], [p])) < 1e-5;
      }),
      RUNS,
    );
  });

  it('huber is ½e² inside δ and δ(|e| − ½δ) outside', () => {
    fc.assert(
      fc.property(real(0.1, 5), real(-20, 20), (delta, e) => {
        const want = Math.abs(e) <= delta ? 0.5 * e * e : delta * (Math.abs(e) - 0.5 * delta);
        return Math.abs(lossValue('huber', [0], [e], { delta }) - want) < 1e-4 * Math.max(1, want);
      }),
      RUNS,
    );
  });
});

describe('every differentiable loss: autodiff gradient = central finite differences', () => {
  it.each(elementwise.filter((l) => l.differentiable).map((l) => l.id))('%s', (id) => {
    // Probabilities: a smaller step, since ℓ curves like 1/p there.
    const h = ['bce', 'focal', 'poisson'].includes(id) ? 1e-3 : 1e-2;
    fc.assert(
      fc.property(PAIR[id], ([y, yh]) => {
        if (kinkDistance(id, y, yh) < 3 * h) return true;
        if (['bce', 'focal'].includes(id) && (yh < 0.03 || yh > 0.97)) return true;
        if (id === 'poisson' && yh < 0.1) return true;
        const g = (lossGradient(id, [y], [yh]) as number[])[0];
        const fd = (lossValue(id, [y], [yh + h]) - lossValue(id, [y], [yh - h])) / (2 * h);
        return Math.abs(g - fd) <= 2e-2 * Math.max(1, Math.abs(fd));
      }),
      RUNS,
    );
  });

  it.each(['cce', 'kl'] as const)('%s, per class of a 3-class row', (id) => {
    fc.assert(
      fc.property(fc.tuple(prob, prob, prob), fc.tuple(prob, prob, prob), (yr, pr) => {
        const ys = yr.map((v) => v / (yr[0] + yr[1] + yr[2]));
        const g = lossGradient(id, [ys], [pr]) as number[][];
        return pr.every((_, k) => {
          // A step relative to p_k: ℓ curves like 1/p_k, so a fixed step is too coarse at p ≈ 0.01.
          const h = 1e-2 * pr[k];
          const up = pr.map((v, j) => (j === k ? v + h : v));
          const dn = pr.map((v, j) => (j === k ? v - h : v));
          const fd = (lossValue(id, [ys], [up]) - lossValue(id, [ys], [dn])) / (2 * h);
          return Math.abs(g[0][k] - fd) <= 3e-2 * Math.max(1, Math.abs(fd));
        });
      }),
      { numRuns: 30 * FACTOR },
    );
  });

  it('the mean loss’s gradient is ℓ′/N', () => {
    const y = [1, 2, 3, 4, 5];
    const yh = [2, 2, 5, 1, 0];
    const g = lossGradient('mse', y, yh) as number[];
    g.forEach((gi, i) => expect(gi).toBeCloseTo((2 * (yh[i] - y[i])) / 5, 5));
  });
});

describe('multi-class losses', () => {
  it('cross-entropy = entropy + KL for distributions away from the clip', () => {
    fc.assert(
      fc.property(fc.tuple(prob, prob, prob), fc.tuple(prob, prob, prob), (yr, pr) => {
        const ys = yr.map((v) => v / (yr[0] + yr[1] + yr[2]));
        const ps = pr.map((v) => v / (pr[0] + pr[1] + pr[2]));
        const entropy = -ys.reduce((s, v) => s + v * Math.log(v), 0);
        return (
          Math.abs(lossValue('cce', [ys], [ps]) - (entropy + lossValue('kl', [ys], [ps]))) < 1e-4
        );
      }),
      RUNS,
    );
  });

  it('KL is non-negative and zero at p = y; not symmetric', () => {
    fc.assert(
      fc.property(fc.tuple(prob, prob, prob), fc.tuple(prob, prob, prob), (yr, pr) => {
        const ys = yr.map((v) => v / (yr[0] + yr[1] + yr[2]));
        const ps = pr.map((v) => v / (pr[0] + pr[1] + pr[2]));
        return lossValue('kl', [ys], [ps]) >= -1e-6 && Math.abs(lossValue('kl', [ys], [ys])) < 1e-6;
      }),
      RUNS,
    );
    expect(lossValue('kl', [[0.9, 0.1]], [[0.5, 0.5]])).not.toBeCloseTo(
      lossValue('kl', [[0.5, 0.5]], [[0.9, 0.1]]),
      3,
    );
  });

  it('cce renormalises predicted rows', () => {
    expect(lossValue('cce', [[0, 1, 0]], [[0.1, 0.3, 0.1]])).toBeCloseTo(-Math.log(0.6), 5);
  });
});
