import { describe, expect, it } from 'vitest';
import { accuracyOf, decisionPixels, inputGrid, weightNorm } from './decisionGrid';

describe('MLP view helpers', () => {
  it('the input grid covers the domain at cell centres, row-major over x₂', () => {
    const g = inputGrid({ x: [0, 4], y: [-2, 2] }, 4);
    expect(g.x1).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(g.x2).toEqual([-1.5, -0.5, 0.5, 1.5]);
    expect(g.points).toHaveLength(16);
    expect(g.points[1 * 4 + 2]).toEqual([2.5, -0.5]);
  });

  it('pixels: class colours, clear at p = 0.5, rows flipped (high x₂ on top)', () => {
    const px = decisionPixels([0, 0.5, 1, 0.75], 2);
    // row 0 (low x₂) lands on the bottom pixel row
    expect(Array.from(px.slice(8, 12))).toEqual([0, 114, 178, 150]);
    expect(px[15]).toBe(0);
    expect(Array.from(px.slice(0, 4))).toEqual([230, 159, 0, 150]);
    expect(px[7]).toBe(75);
  });

  it('the weight norm leaves out the biases', () => {
    // h = 2: W1 = [1, 2, 2, 0], b1 = [9, 9], W2 = [0, 4], b2 = 9
    expect(weightNorm([1, 2, 2, 0, 9, 9, 0, 4, 9], 2)).toBeCloseTo(5, 12);
  });

  it('accuracy counts p on the label’s side of 0.5', () => {
    expect(accuracyOf([0.9, 0.2, 0.6, 0.5], [1, 0, 0, 0])).toBe(0.75);
    expect(accuracyOf([7, 0.9, 0.1], [0, 0], 1)).toBe(0.5);
    expect(accuracyOf([], [])).toBeNaN();
  });
});
