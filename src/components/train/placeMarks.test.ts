import { describe, expect, it } from 'vitest';
import { placeMarks } from './usePointEditing';

describe('placeMarks', () => {
  it("moves every circle of the point's index (the mark and its hit circle) to the new centre", () => {
    const attrs: Record<string, string>[] = [{}, {}];
    const asked: string[] = [];
    const plot = {
      querySelectorAll(sel: string) {
        asked.push(sel);
        return attrs.map((a) => ({ setAttribute: (k: string, v: string) => void (a[k] = v) }));
      },
    } as unknown as Element;
    placeMarks(plot, 4, 12.5, 30);
    expect(asked).toEqual(['circle[data-index="4"]']);
    expect(attrs).toEqual([
      { cx: '12.5', cy: '30' },
      { cx: '12.5', cy: '30' },
    ]);
    expect(() => placeMarks(null, 0, 1, 1)).not.toThrow();
  });
});
