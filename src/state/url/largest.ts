// The largest legal state (issue 18): 1,000 two-dimensional Train points and 200 rows on every
// Explore task (10 classes on the multi-class one), every number at full double precision. The
// size limit (codec.ts MAX_STATE_CHARS) is checked against it in the unit tests and the e2e.
import type { Draft } from './field';
import { defaultDraft } from './urlState';

/** A deterministic number with 17 significant digits in [-1, 1). */
const noise = (i: number) => {
  const s = Math.sin(i * 12.9898 + 78.233) * 43758.5453;
  return (s - Math.floor(s)) * 2 - 1;
};

export function largestDraft(): Draft {
  const d = defaultDraft('train');
  d.train = {
    ...d.train,
    preset: 'custom',
    model: 'mlp',
    loss: 'bce',
    points: Array.from({ length: 1000 }, (_, i) => ({
      x: noise(i) * 987.6543210987654,
      y: noise(i + 5000) * 12.345678901234567,
      label: (i % 2) as 0 | 1,
    })),
  };
  let n = 0;
  const e = d.explore;
  const rows = Array.from({ length: 200 }, () => ({ id: n++, y: 0, yHat: 0 }));
  const dist = (k: number) => {
    const w = Array.from({ length: 10 }, (_, j) => Math.abs(noise(k * 10 + j)) + 0.01);
    const sum = w.reduce((a, b) => a + b, 0);
    return w.map((v) => v / sum);
  };
  d.explore = {
    ...e,
    rows: {
      regression: rows.map((r, i) => ({ ...r, y: noise(i + 1) * 100, yHat: noise(i + 2) * 100 })),
      binaryProb: rows.map((r, i) => ({ ...r, y: i % 2, yHat: Math.abs(noise(i + 3)) })),
      binaryLogit: rows.map((r, i) => ({ ...r, y: i % 2, yHat: noise(i + 4) * 10 })),
      margin: rows.map((r, i) => ({ ...r, y: i % 2 ? 1 : -1, yHat: noise(i + 6) * 10 })),
    },
    classes: 10,
    classRows: rows.map((r, i) => ({ id: r.id, y: dist(i + 7000), yHat: dist(i + 9000) })),
  };
  return d;
}
