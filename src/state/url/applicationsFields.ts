// The Applications tab's URL keys (prefix `a`): k-means, the classifier, segmentation, and the
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
import { fmt, fmtRows, num, numRows } from './codec';
import { field, type Field } from './field';
import { intIn, numIn, oneOf, openUnit, seed } from './schemas';

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

export const APPLICATIONS_FIELDS: Field[] = [
  field<KPresetId | 'custom'>({
    key: 'akp',
    read: (s) => s,
    schema: () => oneOf([...K_PRESETS, 'custom'] as const),
    write: (v) => v,
    get: (d) => d.applications.kmeans.preset,
    set: (d, v) => {
      const k = d.applications.kmeans;
      d.applications.kmeans = {
        ...k,
        preset: v,
        points: v === 'custom' ? k.points : kPresetPoints(v, k.dataSeed),
      };
    },
    discrete: true,
  }),
  field<number>({
    key: 'aks',
    read: num,
    schema: () => seed,
    write: fmt,
    get: (d) => d.applications.kmeans.dataSeed,
    set: (d, v) => {
      const k = d.applications.kmeans;
      const points = k.preset === 'custom' ? k.points : kPresetPoints(k.preset, v);
      d.applications.kmeans = { ...k, dataSeed: v, points };
    },
    discrete: true,
  }),
  field<number[][]>({
    key: 'akd',
    read: numRows,
    schema: () => z.array(z.tuple([coord, coord])).check(z.maxLength(K_MAX_POINTS)),
    write: fmtRows,
    get: (d) => d.applications.kmeans.points,
    set: (d, v) => {
      d.applications.kmeans.points = v.map(([x, y]) => [x, y]);
    },
  }),
  field<number>({
    key: 'ak',
    read: num,
    schema: () => intIn(1, 10),
    write: fmt,
    get: (d) => d.applications.kmeans.k,
    set: (d, v) => {
      d.applications.kmeans.k = v;
    },
    discrete: true,
  }),
  field({
    key: 'aki',
    read: (s) => s,
    schema: () => oneOf(['kmeans++', 'random'] as const),
    write: (v) => v,
    get: (d) => d.applications.kmeans.init,
    set: (d, v) => {
      d.applications.kmeans.init = v;
    },
    discrete: true,
  }),
  field<number>({
    key: 'akr',
    read: num,
    schema: () => seed,
    write: fmt,
    get: (d) => d.applications.kmeans.seed,
    set: (d, v) => {
      d.applications.kmeans.seed = v;
    },
  }),
  field({
    key: 'aco',
    read: (s) => s,
    schema: () => oneOf(['sgd', 'adam'] as const),
    write: (v) => v,
    get: (d) => d.applications.classifier.optimizer,
    set: (d, v) => {
      d.applications.classifier.optimizer = v;
    },
    discrete: true,
  }),
  field<number>({
    key: 'acl',
    read: num,
    schema: () => z.number().check(z.gt(0), z.lte(10)),
    write: fmt,
    get: (d) => d.applications.classifier.lr,
    set: (d, v) => {
      d.applications.classifier.lr = v;
    },
  }),
  field<number | null>({
    key: 'acw',
    read: (s) => (s === '-' ? null : num(s)),
    schema: () => z.nullable(intIn(0, 1000)),
    write: (v) => (v === null ? '-' : fmt(v)),
    get: (d) => d.applications.classifier.wrong,
    set: (d, v) => {
      d.applications.classifier.wrong = v;
    },
    discrete: true,
  }),
  field({
    key: 'asl',
    read: (s) => s,
    schema: () => oneOf(['ce', 'wce', 'focal', 'dice'] as const),
    write: (v) => v,
    get: (d) => d.applications.segmentation.loss,
    set: (d, v) => {
      d.applications.segmentation.loss = v;
    },
    discrete: true,
  }),
  field({
    key: 'asb',
    read: (s) => s,
    schema: () => oneOf(['fg', 'bg'] as const),
    write: (v) => v,
    get: (d) => d.applications.segmentation.brush,
    set: (d, v) => {
      d.applications.segmentation.brush = v;
    },
    discrete: true,
  }),
  field<number>({
    key: 'asr',
    read: num,
    schema: () => numIn(0.5, 4),
    write: fmt,
    get: (d) => d.applications.segmentation.brushRadius,
    set: (d, v) => {
      d.applications.segmentation.brushRadius = v;
    },
  }),
  field<number>({
    key: 'asg',
    read: num,
    schema: () => numIn(0, 10),
    write: fmt,
    get: (d) => d.applications.segmentation.gamma,
    set: (d, v) => {
      d.applications.segmentation.gamma = v;
    },
  }),
  field<number>({
    key: 'asa',
    read: num,
    schema: () => openUnit,
    write: fmt,
    get: (d) => d.applications.segmentation.alpha,
    set: (d, v) => {
      d.applications.segmentation.alpha = v;
    },
  }),
  field<Run[]>({
    key: 'asp',
    read: (s) => (s === '' ? [] : s.split(';').map((r) => r.split(/[+:]/).map(num))),
    schema: () => z.array(run).check(z.maxLength(N)),
    write: (runs) => runs.map(([i, n, v]) => `${i}+${n}:${fmt(v)}`).join(';'),
    get: (d) => probRuns(d.applications.segmentation.prob),
    set: (d, runs) => {
      const prob = initialPrediction();
      for (const [i, n, v] of runs) prob.fill(v, i, i + n);
      d.applications.segmentation.prob = prob;
    },
  }),
  field<string>({
    key: 'af',
    read: (s) => s,
    // Any text up to the box's limit is kept as typed; only one that parses is used.
    schema: () => z.string().check(z.maxLength(MAX_FORMULA_LENGTH)),
    write: (v) => v,
    get: (d) => d.applications.custom.text,
    set: (d, text) => {
      const ok = parseLoss(text).ok;
      d.applications.custom = { text, formula: ok ? text : d.applications.custom.formula };
    },
  }),
];
