// The Applications tab's URL table (prefix `a`): k-means, the classifier, segmentation, and the
// custom formula. The painted probability map is written as its differences from the first
// prediction, in runs `start+length:value`.
import { z } from 'zod/mini';
import { MAX_FORMULA_LENGTH, parseLoss } from '../../math/parser';
import { K_MAX_POINTS } from '../applications/slice';
import {
  K_DOMAIN,
  K_PRESETS,
  SEG_SIZE,
  initialPrediction,
  kPresetPoints,
  type KPresetId,
} from '../applications/presets';
import { fmt, num } from './codec';
import { intIn, numIn, oneOf, openUnit, seed } from './schemas';
import { continuous, discrete, fields, number, orNull, rows, row, type Row } from './table';

const N = SEG_SIZE * SEG_SIZE;
const coord = numIn(K_DOMAIN[0], K_DOMAIN[1]);

type Run = [number, number, number];

/** Runs of equal values where `prob` differs from the first prediction. */
export function probRuns(prob: readonly number[]): Run[] {
  const base = initialPrediction();
  const runs: Run[] = [];
  for (let i = 0; i < prob.length; i++) {
    if (prob[i] === base[i]) continue;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === i && last[2] === prob[i]) last[1]++;
    else runs.push([i, 1, prob[i]]);
  }
  return runs;
}

const run = z
  .tuple([intIn(0, N - 1), intIn(1, N), numIn(0, 1)])
  .check(z.refine(([i, n]) => i + n <= N));

export const APPLICATIONS_TABLE: Row[] = [
  // A k-means preset draws its points from the data seed; `custom` keeps the points as they are.
  row<KPresetId | 'custom'>({
    key: 'akp',
    at: {
      get: (d) => d.applications.kmeans.preset,
      set: (d, v) => {
        const k = d.applications.kmeans;
        const points = v === 'custom' ? k.points : kPresetPoints(v, k.dataSeed);
        d.applications.kmeans = { ...k, preset: v, points };
      },
    },
    schema: oneOf([...K_PRESETS, 'custom'] as const),
    discrete: true,
  }),
  row<number>({
    key: 'aks',
    at: {
      get: (d) => d.applications.kmeans.dataSeed,
      set: (d, v) => {
        const k = d.applications.kmeans;
        const points = k.preset === 'custom' ? k.points : kPresetPoints(k.preset, v);
        d.applications.kmeans = { ...k, dataSeed: v, points };
      },
    },
    schema: seed,
    codec: number,
    discrete: true,
  }),
  continuous(
    'akd',
    'applications.kmeans.points',
    z.array(z.tuple([coord, coord])).check(z.maxLength(K_MAX_POINTS)),
    rows,
  ),
  discrete('ak', 'applications.kmeans.k', intIn(1, 10), number),
  discrete('aki', 'applications.kmeans.init', oneOf(['kmeans++', 'random'] as const)),
  continuous('akr', 'applications.kmeans.seed', seed),
  discrete('aco', 'applications.classifier.optimizer', oneOf(['sgd', 'adam'] as const)),
  continuous('acl', 'applications.classifier.lr', z.number().check(z.gt(0), z.lte(10))),
  discrete('acw', 'applications.classifier.wrong', z.nullable(intIn(0, 1000)), orNull(number, '-')),
  discrete('asl', 'applications.segmentation.loss', oneOf(['ce', 'wce', 'focal', 'dice'] as const)),
  discrete('asb', 'applications.segmentation.brush', oneOf(['fg', 'bg'] as const)),
  continuous('asr', 'applications.segmentation.brushRadius', numIn(0.5, 4)),
  continuous('asg', 'applications.segmentation.gamma', numIn(0, 10)),
  continuous('asa', 'applications.segmentation.alpha', openUnit),
  row<Run[]>({
    key: 'asp',
    at: {
      get: (d) => probRuns(d.applications.segmentation.prob),
      set: (d, runs) => {
        const prob = initialPrediction();
        for (const [i, n, v] of runs) prob.fill(v, i, i + n);
        d.applications.segmentation = { ...d.applications.segmentation, prob };
      },
    },
    schema: z.array(run).check(z.maxLength(N)),
    codec: {
      read: (s) => (s === '' ? [] : s.split(';').map((r) => r.split(/[+:]/).map(num))),
      write: (runs) => runs.map(([i, n, v]) => `${i}+${n}:${fmt(v)}`).join(';'),
    },
  }),
  // Any text up to the box's limit is kept as typed; only one that parses is used.
  row<string>({
    key: 'af',
    at: {
      get: (d) => d.applications.custom.text,
      set: (d, text) => {
        const ok = parseLoss(text).ok;
        d.applications.custom = { text, formula: ok ? text : d.applications.custom.formula };
      },
    },
    schema: z.string().check(z.maxLength(MAX_FORMULA_LENGTH)),
  }),
];

export const APPLICATIONS_FIELDS = fields(APPLICATIONS_TABLE);
