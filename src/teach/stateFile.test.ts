import { describe, expect, it } from 'vitest';
import { presetState } from '../state/train/slice';
import { defaultDraft, encodeHash } from '../state/url/urlState';
import { MAX_STATE_CHARS } from '../state/url/codec';
import { MAX_STATE_BYTES, checkStateSize, readStateFile, stateFileText } from './stateFile';

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
