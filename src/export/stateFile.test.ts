import { describe, expect, it } from 'vitest';
import { presetState } from '../state/train/slice';
import { defaultDraft, encodeHash } from '../state/url/urlState';
import { MAX_STATE_CHARS } from '../state/url/codec';
import {
  MAX_STATE_BYTES,
  checkStateSize,
  h5StateJson,
  readH5State,
  readStateFile,
  stateFileText,
} from './stateFile';

function edited() {
  const d = defaultDraft('train');
  d.train = { ...d.train, ...presetState('outliers', 5), loss: 'huber', l2: 0.02, epochs: 77 };
  d.lang = 'zh-CN';
  return d;
}

describe('the state file', () => {
  it('round-trips a state through JSON, as its link does', () => {
    const d = edited();
    const text = stateFileText(d, 'http://x/#/train');
    const file = JSON.parse(text);
    expect(file.format).toBe('losscape-state');
    expect(file.version).toBe(1);
    expect(file.hash).toBe(encodeHash(d));
    const r = readStateFile(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.decoded.ignored).toEqual([]);
    expect(encodeHash(r.decoded.draft)).toBe(encodeHash(d));
    expect(r.decoded.draft.train.epochs).toBe(77);
    expect(r.decoded.draft.lang).toBe('zh-CN');
  });

  it('replaces bad fields by defaults and names them, like a link', () => {
    const text = JSON.stringify({
      format: 'losscape-state',
      version: 1,
      hash: '#/train?v=1&tp=noisy&te=-5&zz=<script>',
    });
    const r = readStateFile(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.decoded.ignored).toEqual(expect.arrayContaining(['te', 'zz']));
    expect(r.decoded.draft.tab).toBe('train');
    // The bad epoch count falls back to the preset's own.
    expect(r.decoded.draft.train.epochs).toBe(presetState('noisy').epochs);
    expect(r.decoded.draft.train.preset).toBe('noisy');
  });

  it.each([
    ['not JSON', '{"format": "losscape-state", ', 'notJson'],
    ['an empty file', '', 'notJson'],
    ['a JSON array', '[1, 2]', 'wrongShape'],
    ['another format', '{"format": "other", "version": 1, "hash": "#/train"}', 'wrongShape'],
    [
      'a hash that is not one',
      '{"format": "losscape-state", "version": 1, "hash": "train"}',
      'wrongShape',
    ],
    ['no version', '{"format": "losscape-state", "hash": "#/train"}', 'wrongShape'],
    [
      'a hash of the wrong type',
      '{"format": "losscape-state", "version": 1, "hash": 3}',
      'wrongShape',
    ],
    [
      'a hash over the state limit',
      JSON.stringify({
        format: 'losscape-state',
        version: 1,
        hash: '#/train?' + 'a'.repeat(MAX_STATE_CHARS),
      }),
      'wrongShape',
    ],
    ['text over 1 MB', ' '.repeat(MAX_STATE_BYTES + 1), 'tooBig'],
  ])('refuses %s', (_name, text, reason) => {
    expect(readStateFile(text)).toEqual({ ok: false, reason });
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(checkStateSize(MAX_STATE_BYTES + 1)).toBe('tooBig');
    expect(checkStateSize(2000)).toBeNull();
  });
});

describe('a landscape opened from HDF5, in the state file', () => {
  const surface = {
    kind: 'surface' as const,
    name: 'surface.h5',
    x: [-1, 0, 1],
    y: [-0.5, 0.5],
    fields: { train_loss: Float32Array.from([0.3, 0.1, NaN, 0.25, 0.2, 0.4]) },
    order: ['train_loss'],
    missing: { train_loss: 1 },
  };
  const h5 = {
    surface,
    projection: { kind: 'projection' as const, name: 'p.h5', x: [0.9, 0], y: [0.4, 0] },
    directions: { kind: 'directions' as const, name: 'd.h5', explained: [0.83, 0.11] },
  };

  it('round-trips the grid (gaps stay gaps), the path and the explained variance', () => {
    const json = h5StateJson(h5);
    if (!json) throw new Error('too big');
    const r = readStateFile(stateFileText(defaultDraft('applications'), undefined, json));
    if (!r.ok) throw new Error(r.reason);
    expect(r.decoded.draft.tab).toBe('applications');
    const back = r.h5!;
    expect(back.surface.x).toEqual([-1, 0, 1]);
    expect(back.surface.y).toEqual([-0.5, 0.5]);
    const v = Array.from(back.surface.fields.train_loss);
    expect(v[2]).toBeNaN();
    expect(v.filter((_, i) => i !== 2)).toEqual(
      [0.3, 0.1, 0.25, 0.2, 0.4].map((x) => Math.fround(x)),
    );
    expect(back.surface.missing.train_loss).toBe(1);
    expect(back.projection?.x).toEqual([0.9, 0]);
    expect(back.directions?.explained).toEqual([0.83, 0.11]);
  });

  it('leaves out a landscape too big to carry, and drops a malformed one', () => {
    const n = 1001;
    const big = {
      ...h5,
      surface: {
        ...surface,
        x: Array.from({ length: n }, (_, i) => i),
        y: Array.from({ length: 50 }, (_, i) => i),
        fields: { train_loss: new Float32Array(n * 50) },
      },
    };
    expect(h5StateJson(big)).toBeNull();
    const json = h5StateJson(h5)!;
    const short = { ...json, surface: { ...json.surface, fields: { train_loss: [1, 2] } } };
    const text = stateFileText(defaultDraft('applications'), undefined, short);
    const r = readStateFile(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.h5).toBeUndefined();
    expect(readH5State({ surface: { name: 'x', x: [0, 1], y: null, fields: {} } })).toBeNull();
    expect(readH5State('<script>')).toBeNull();
  });
});
