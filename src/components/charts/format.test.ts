import { describe, expect, it } from 'vitest';
import { fmt, fmtLong } from './format';

describe('number formatting', () => {
  it('shows 4 significant digits and a real minus sign', () => {
    expect(fmt(0.123456)).toBe('0.1235');
    expect(fmt(-2.5)).toBe('−2.5');
    expect(fmt(123456)).toBe('1.235e+5');
    expect(fmtLong(0.123456789)).toBe('0.1234568');
  });
  it('never shows Infinity or NaN', () => {
    expect(fmt(Infinity)).toBe('∞ (overflow)');
    expect(fmt(NaN)).toBe('—');
    expect(fmtLong(-Infinity, '∞')).toBe('−∞');
  });
});
