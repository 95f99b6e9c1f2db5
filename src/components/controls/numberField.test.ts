import { describe, expect, it } from 'vitest';
import { checkNumber } from './NumberField';

const b = { min: 0, max: 10, integer: true };

describe('checkNumber (the bad-input matrix, per case)', () => {
  it.each([
    ['', 'empty'],
    ['abc', 'notNumber'],
    ['NaN', 'notNumber'],
    ['0x10', 'notNumber'],
    ['1e999', 'notFinite'],
    ['-1e999', 'notFinite'],
    ['9'.repeat(10_000), 'notFinite'],
    ['1'.repeat(9_999) + 'x', 'notNumber'],
    ['11', 'outOfRange'],
    ['-1', 'outOfRange'],
    ['1,5', 'notInteger'],
    ['1.5', 'notInteger'],
  ])('%j is refused as %s', (text, key) => {
    const r = checkNumber(text, b);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toEqual({ key, min: '0', max: '10' });
  });
  it('trims spaces and reads one decimal comma as a decimal point', () => {
    expect(checkNumber(' 3 ', b)).toEqual({ ok: true, value: 3 });
    expect(checkNumber('1,5', { min: 0, max: 10 })).toEqual({ ok: true, value: 1.5 });
    expect(checkNumber('1,5,0', { min: 0, max: 100 }).ok).toBe(false);
    expect(checkNumber('\u22122', {})).toEqual({ ok: true, value: -2 });
  });
});
