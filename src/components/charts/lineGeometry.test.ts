import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { autoY, curvePath, inPlot, keyTarget, limitOf, snap, tooltipPlace } from './lineGeometry';

describe('snap', () => {
  it('clamps to the range and rounds to the step without float dust', () => {
    expect(snap(0.30000000000000004, 0.1, -1, 1)).toBe(0.3);
    expect(snap(0.26, 0.05, 0, 1)).toBe(0.25);
    expect(snap(7, 0.1, -2, 2)).toBe(2);
    expect(snap(-7, 0.1, -2, 2)).toBe(-2);
    expect(snap(3.4, 1, 0, 10)).toBe(3);
  });
});

describe('autoY', () => {
  it('spans the finite values, with 0 in it when all are positive', () => {
    expect(autoY([{ y: [2, 3, NaN, Infinity] }, { y: [5] }])).toEqual([0, 5]);
    expect(autoY([{ y: [-2, 3] }])).toEqual([-2, 3]);
  });
  it('falls back to [0, 1] with no finite value, and widens a flat range', () => {
    expect(autoY([{ y: [NaN] }])).toEqual([0, 1]);
    expect(autoY([])).toEqual([0, 1]);
    expect(autoY([{ y: [-4, -4] }])).toEqual([-4, -3]);
  });
});

describe('curvePath', () => {
  const x = scaleLinear().domain([0, 2]).range([0, 100]);
  const y = scaleLinear().domain([0, 1]).range([50, 0]);
  it('breaks at non-finite values and pins far-off values just outside the plot', () => {
    expect(curvePath({ y: [0, NaN, 1] }, [0, 1, 2], x, y, 50)).toBe('M0,50ZM100,0Z');
    expect(curvePath({ y: [0, 1e9] }, [0, 2], x, y, 50)).toBe('M0,50L100,-50');
    expect(curvePath({ y: [0, -1e9] }, [0, 2], x, y, 50)).toBe('M0,50L100,100');
  });
  it('uses the series own x when it has one', () => {
    expect(curvePath({ y: [0, 1], x: [1, 2] }, [0, 0], x, y, 50)).toBe('M50,50L100,0');
  });
});

describe('slider helpers', () => {
  const m = { x: 0.5, min: -2, max: 2, step: 0.1 };
  it('moves by a step, a tenth of the range or to an end; other keys do nothing', () => {
    expect(keyTarget('ArrowRight', m)).toBeCloseTo(0.6);
    expect(keyTarget('ArrowDown', m)).toBeCloseTo(0.4);
    expect(keyTarget('PageUp', m)).toBeCloseTo(0.9);
    expect(keyTarget('PageDown', m)).toBeCloseTo(0.1);
    expect(keyTarget('Home', m)).toBe(-2);
    expect(keyTarget('End', m)).toBe(2);
    expect(keyTarget('a', m)).toBeNull();
  });
  it('names the end a value is past', () => {
    expect(limitOf(3, -2, 2)).toBe(2);
    expect(limitOf(-3, -2, 2)).toBe(-2);
    expect(limitOf(0, -2, 2)).toBeNull();
  });
  it('keeps dots in the plot', () => {
    expect(inPlot(-5, 100)).toBe(0);
    expect(inPlot(150, 100)).toBe(100);
    expect(inPlot(40, 100)).toBe(40);
  });
});

describe('tooltipPlace', () => {
  it('sits right of the hover line, and left of it past the middle', () => {
    expect(tooltipPlace(10, 300)).toEqual({ left: 54 + 10 + 12, top: 16 });
    expect(tooltipPlace(200, 300)).toEqual({ right: 300 + 16 - 200 + 12, top: 16 });
  });
});
