import { describe, expect, it } from 'vitest';
import { allowedKey, parseCell, parseNumber, parseShare } from './cells';

describe('parseNumber', () => {
  it('accepts numbers as people type them', () => {
    expect(parseNumber(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
    expect(parseNumber('−3')).toEqual({ ok: true, value: -3 });
    expect(parseNumber('0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseNumber('1e3')).toEqual({ ok: true, value: 1000 });
    expect(parseNumber('.5')).toEqual({ ok: true, value: 0.5 });
  });
  it('names what is wrong', () => {
    expect(parseNumber('')).toEqual({ ok: false, error: 'empty' });
    expect(parseNumber('   ')).toEqual({ ok: false, error: 'empty' });
    expect(parseNumber('abc')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseNumber('1.2.3')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseNumber('0x10')).toEqual({ ok: false, error: 'notNumber' });
    expect(parseNumber('Infinity')).toEqual({ ok: false, error: 'notFinite' });
    expect(parseNumber('-inf')).toEqual({ ok: false, error: 'notFinite' });
    expect(parseNumber('1e999')).toEqual({ ok: false, error: 'notFinite' });
    expect(parseNumber('2e6')).toEqual({ ok: false, error: 'outOfRange' });
    expect(parseNumber('NaN')).toEqual({ ok: false, error: 'notNumber' });
  });
});

describe('parseCell', () => {
  it('applies each task’s rule', () => {
    expect(parseCell('1.5', 'binaryProb', 'yHat')).toEqual({ ok: false, error: 'probability' });
    expect(parseCell('1.5', 'binaryLogit', 'yHat')).toEqual({ ok: true, value: 1.5 });
    expect(parseCell('0.5', 'binaryProb', 'y')).toEqual({ ok: false, error: 'label01' });
    expect(parseCell('0', 'margin', 'y')).toEqual({ ok: false, error: 'labelPm1' });
    expect(parseCell('-1', 'margin', 'y')).toEqual({ ok: true, value: -1 });
    expect(parseCell('-7', 'regression', 'y')).toEqual({ ok: true, value: -7 });
    expect(parseShare('1.1')).toEqual({ ok: false, error: 'share' });
    expect(parseShare('0.3')).toEqual({ ok: true, value: 0.3 });
  });
  it('says what a column allows', () => {
    expect(allowedKey('binaryProb', 'yHat')).toBe('probability');
    expect(allowedKey('margin', 'y')).toBe('pm1');
    expect(allowedKey('regression', 'yHat')).toBe('real');
  });
});
