/// <reference types="node" />
// The README's Math API example, read from README.md and run as written (a newcomer copies it):
// every imported name must exist, every call must run, and where a comment gives the result
// (`// 0.65625: …`, `// [1, -1]: …`) the call must return it. No eval: the arguments are object
// and array literals, read by the small literal reader below.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from './index';
import './test/setup';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```ts block after the "## Math API" heading. */
function mathApiBlock(): string {
  const at = README.indexOf('\n## Math API');
  expect(at, 'README has a "## Math API" section').toBeGreaterThan(0);
  const block = /```ts\n([\s\S]*?)```/.exec(README.slice(at));
  expect(block, 'the Math API section has a ts code block').not.toBeNull();
  return block![1];
}

interface Call {
  fn: string;
  args: string;
  /** The comment after the call: on its closing line and the `//` lines right below it. */
  comment: string;
}

/** Top-level calls `name(…);` and `await name(…);` with their comments. */
function calls(block: string): Call[] {
  const out: Call[] = [];
  const start = /^(?:await )?(\w+)\(/gm;
  for (let m = start.exec(block); m; m = start.exec(block)) {
    let depth = 1;
    let k = start.lastIndex;
    for (; depth > 0 && k < block.length; k++) {
      if (block[k] === '(') depth++;
      if (block[k] === ')') depth--;
    }
    const [sameLine, ...below] = block.slice(k).split('\n');
    const end = below.findIndex((l) => !/^\s*\/\//.test(l));
    const comment = [sameLine, ...below.slice(0, end < 0 ? below.length : end)]
      .map((l) => l.replace(/^[;\s]*(\/\/)?\s*/, '').trim())
      .join(' ');
    out.push({ fn: m[1], args: block.slice(start.lastIndex, k - 1), comment });
  }
  return out;
}

type Literal = number | string | boolean | null | Literal[] | { [k: string]: Literal };

/** Reads JavaScript literals (numbers, 'strings', [arrays], {objects}) and named variables. */
function readLiterals(src: string, scope: Record<string, Literal>): Literal[] {
  const tokens = src.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?|'[^']*'|[\w$]+|[[\]{}:,]/g) ?? [];
  let k = 0;
  const next = () => tokens[k++];
  const variable = (name: string): Literal => {
    expect(scope, `the README example's variable ${name}`).toHaveProperty(name);
    return scope[name];
  };
  const value = (): Literal => {
    const t = next();
    if (t === '[') {
      const arr: Literal[] = [];
      while (tokens[k] !== ']') {
        arr.push(value());
        if (tokens[k] === ',') k++;
      }
      k++;
      return arr;
    }
    if (t === '{') {
      const obj: Record<string, Literal> = {};
      while (tokens[k] !== '}') {
        const key = next();
        if (tokens[k] === ':') {
          k++;
          obj[key] = value();
        } else obj[key] = variable(key); // shorthand { x }
        if (tokens[k] === ',') k++;
      }
      k++;
      return obj;
    }
    if (t === 'true' || t === 'false') return t === 'true';
    if (t === 'null' || t === 'undefined') return null;
    if (t.startsWith("'")) return t.slice(1, -1);
    if (/^-?\d/.test(t)) return Number(t);
    return variable(t);
  };
  const out: Literal[] = [];
  while (k < tokens.length) {
    out.push(value());
    if (tokens[k] === ',') k++;
  }
  return out;
}

// The variables the example leaves to the reader (a grid around the seed example's minimum).
const SCOPE: Record<string, Literal> = {
  x: [1, 2, 3, 4],
  y: [2, 4, 6, 8],
  wAxis: [1, 1.5, 2, 2.5, 3],
  bAxis: [-1, 0, 1],
};

describe('README Math API example', () => {
  const block = mathApiBlock();
  const found = calls(block);

  it('imports only names the API exports', () => {
    const names = /import\s*\{([^}]*)\}\s*from\s*'\.\/src\/math'/.exec(block);
    expect(names, 'an import from ./src/math').not.toBeNull();
    for (const name of names![1]
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean))
      expect(api, name).toHaveProperty(name);
  });

  it('has the calls this test knows how to check', () => {
    expect(found.map((c) => c.fn)).toEqual([
      'lossValue',
      'lossGradient',
      'lossValue',
      'lossPerPoint',
      'lossCurve',
      'lossSurface',
      'trainPath',
    ]);
  });

  const valueCalls = found.filter((c) => c.fn === 'lossValue' || c.fn === 'lossGradient');
  it.each(valueCalls.map((c) => [`${c.fn}(${c.args})`, c] as const))(
    '%s returns what its comment says',
    (_name, { fn, args, comment }) => {
      const [id, y, yHat, params] = readLiterals(args, SCOPE) as Parameters<typeof api.lossValue>;
      const got =
        fn === 'lossValue'
          ? api.lossValue(id, y, yHat, params)
          : api.lossGradient(id, y, yHat, params);
      const printed = /^([-\d.e]+|\[[^\]]*\]):/.exec(comment);
      if (!printed) {
        // No value printed (e.g. "rows = samples"): the call must still give a finite number.
        expect(Number.isFinite(got as number), `${fn}(${args})`).toBe(true);
        return;
      }
      const want = readLiterals(printed[1], {})[0];
      if (Array.isArray(want)) {
        expect((got as number[]).length).toBe(want.length);
        want.forEach((v, i) => expect((got as number[])[i]).toBeCloseTo(v as number, 5));
      } else expect(got as number).toBeCloseTo(want as number, 5);
    },
  );

  it('lossCurve with { grad: false } returns values only', () => {
    const call = found.find((c) => c.fn === 'lossCurve')!;
    expect(call.comment).toContain('values only');
    const [id, y, yHats, params, opts] = readLiterals(call.args, SCOPE) as unknown as Parameters<
      typeof api.lossCurve
    >;
    const { loss, grad } = api.lossCurve(id, y, yHats, params, opts);
    expect(grad).toBeNull();
    Array.from(loss).forEach((v, k) =>
      expect(v).toBeCloseTo(api.lossValue(id as api.LossId, [y], [yHats[k]], params), 5),
    );
  });

  it('lossSurface returns values[i * w.length + j] = L(w[j], b[i])', async () => {
    const call = found.find((c) => c.fn === 'lossSurface')!;
    expect(call.comment).toContain('values[i * w.length + j] = L(w[j], b[i])');
    const [req] = readLiterals(call.args, SCOPE) as unknown as [
      Parameters<typeof api.lossSurface>[0],
    ];
    const { values } = await api.lossSurface(req);
    expect(values).toBeInstanceOf(Float32Array);
    expect(values.length).toBe(req.w.length * req.b.length);
    const [i, j] = [2, 1];
    const yHat = req.x.map((xk) => req.w[j] * xk + req.b[i]);
    expect(values[i * req.w.length + j]).toBeCloseTo(api.lossValue(req.loss, req.y, yHat), 5);
  });

  it('trainPath returns the state before each step and after the last', async () => {
    const call = found.find((c) => c.fn === 'trainPath')!;
    expect(call.comment).toContain('length steps + 1');
    const [req] = readLiterals(call.args, SCOPE) as unknown as [
      Parameters<typeof api.trainPath>[0],
    ];
    const r = await api.trainPath(req);
    for (const k of ['w', 'b', 'loss'] as const) expect(r[k].length).toBe(req.steps + 1);
    expect(r.w[0]).toBe(req.init.w);
    expect(r.divergedAt).toBeUndefined();
  });
});

describe('README lossPerPoint example', () => {
  it('gives the per-row losses, means and derivatives the README prints', () => {
    const [mse, mae] = api.lossPerPoint(
      [
        { loss: 'mse', y: [2, 4], yHat: [3, 3] },
        { loss: 'mae', y: [2, 4], yHat: [3, 3] },
      ],
      undefined,
      { grad: true },
    );
    expect([Array.from(mse.perPoint), mse.mean, Array.from(mse.grad!)]).toEqual([
      [1, 1],
      1,
      [2, -2],
    ]);
    expect([Array.from(mae.perPoint), mae.mean, Array.from(mae.grad!)]).toEqual([
      [1, 1],
      1,
      [1, -1],
    ]);
  });
});
