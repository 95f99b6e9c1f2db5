/// <reference types="node" />
// The generated tfjs program is run as it is shown — written to a .mjs file and run with `node`
// (tfjs's cpu backend) — and its printed final loss and weights must equal the app's own
// trainPath / trainMlp result for the same settings, to float32 tolerance.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import * as math from '../../math';
import { trainMlp, trainPath } from '../../math';
import '../../math/test/setup';
import { mlpPlan } from '../../state/train/mlpPlan';
import { runPlan } from '../../state/train/runPlan';
import {
  defaultOptimizer,
  initialTrain,
  presetState,
  type TrainState,
} from '../../state/train/slice';
import type { PresetId } from '../../state/train/presets';
import { codeSetup } from './setup';
import { tfjsCode } from './tfjs';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'losscape-code-'));
// The program imports '@tensorflow/tfjs': resolve it from this repository's node_modules.
symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function state(preset: PresetId, patch: Partial<TrainState> = {}): TrainState {
  return { ...initialTrain(), ...presetState(preset), ...patch } as TrainState;
}

const CASES: [string, TrainState][] = [
  ['seed preset, plain SGD', state('seed', { epochs: 200 })],
  ['seed preset, Adam', state('seed', { epochs: 150, optimizer: defaultOptimizer('adam', 0.05) })],
  [
    'noisy line, momentum, mini-batches of 8',
    state('noisy', {
      epochs: 20,
      optimizer: { ...defaultOptimizer('momentum', 0.01), momentum: 0.8 },
      batch: 'mini',
      miniBatch: 8,
    }),
  ],
  ['two blobs, logistic + bce', state('blobs', { epochs: 60 })],
  [
    'outliers, Huber δ = 1, RMSProp, L2',
    state('outliers', {
      loss: 'huber',
      epochs: 60,
      l2: 0.01,
      optimizer: { ...defaultOptimizer('rmsprop', 0.01), momentum: 0.5 },
    }),
  ],
  [
    'two blobs, logistic + focal, Adagrad',
    state('blobs', { loss: 'focal', epochs: 40, optimizer: defaultOptimizer('adagrad', 0.3) }),
  ],
  [
    'two blobs, linear model + hinge',
    state('blobs', { loss: 'hinge', epochs: 30, model: 'linear' }),
  ],
  ['XOR, MLP (tanh), bce', state('xor', { epochs: 40 })],
  [
    'XOR, MLP (ReLU), hinge, mini-batches of 16, L2',
    state('xor', {
      epochs: 15,
      loss: 'hinge',
      l2: 0.003,
      batch: 'mini',
      miniBatch: 16,
      mlp: { hidden: 5, activation: 'relu' },
    }),
  ],
];

async function runProgram(name: string, source: string): Promise<Record<string, unknown>> {
  const file = join(dir, `${name.replace(/\W+/g, '_')}.mjs`);
  writeFileSync(file, source);
  const { stdout } = await run(process.execPath, [file], { cwd: dir, timeout: 60_000 });
  const last = stdout.trim().split('\n').at(-1) ?? '';
  expect(last.startsWith('final ')).toBe(true);
  return JSON.parse(last.slice('final '.length));
}

const close = (got: number, want: number) =>
  expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-5 * Math.max(1, Math.abs(want)));

describe('the generated tfjs code reproduces the app', () => {
  it.each(CASES)('%s', { timeout: 90_000 }, async (name, t) => {
    const setup = codeSetup(t, math);
    if (!setup.ok) throw new Error(`no code for ${name}: ${setup.reason}`);
    const source = tfjsCode(setup.setup);
    if (t.model === 'mlp') {
      const plan = mlpPlan(t)!;
      const [ours, theirs] = await Promise.all([trainMlp(plan.request), runProgram(name, source)]);
      expect(theirs.step).toBe(plan.request.steps);
      close(theirs.loss as number, ours.loss.at(-1)!);
      const h = t.mlp.hidden;
      const theta = [
        ...(theirs.W1 as number[][]).flat(),
        ...(theirs.b1 as number[]),
        ...(theirs.W2 as number[][]).flat(),
        theirs.b2 as number,
      ];
      expect(theta).toHaveLength(4 * h + 1);
      ours.theta.at(-1)!.forEach((v, k) => close(theta[k], v));
      const moved = ours.theta.at(-1)!.some((v, k) => Math.abs(v - ours.theta[0][k]) > 1e-3);
      expect(moved).toBe(true);
      return;
    }
    const plan = runPlan(t)!;
    const [ours, theirs] = await Promise.all([trainPath(plan.request), runProgram(name, source)]);
    expect(ours.divergedAt).toBeUndefined();
    expect(theirs.step).toBe(plan.request.steps);
    close(theirs.loss as number, ours.loss.at(-1)!);
    close(theirs.w as number, ours.w.at(-1)!);
    close(theirs.b as number, ours.b.at(-1)!);
    // The run moved: a program that ignored its steps would not pass.
    expect(Math.abs(ours.w.at(-1)! - ours.w[0])).toBeGreaterThan(1e-3);
  });

  it('stops where the app stops on a diverging run', async () => {
    const t = state('seed', { epochs: 50, optimizer: defaultOptimizer('sgd', 2) });
    const plan = runPlan(t)!;
    const ours = await trainPath(plan.request);
    expect(ours.divergedAt).toBeDefined();
    const setup = codeSetup(t, math);
    if (!setup.ok) throw new Error(setup.reason);
    const theirs = await runProgram('diverge', tfjsCode(setup.setup));
    expect(theirs.step).toBe(ours.divergedAt);
  });
});
