import { describe, expect, it } from 'vitest';
import { pointMoves, type PointMove } from './pointMoves';

describe('pointMoves', () => {
  it('is one channel per store, heard by its listeners until they leave', () => {
    const store = {};
    const other = {};
    expect(pointMoves(store)).toBe(pointMoves(store));
    const heard: PointMove[] = [];
    const leave = pointMoves(store).listen((m) => heard.push(m));
    pointMoves(other).send({ i: 0, x: 1, y: 1 });
    pointMoves(store).send({ i: 2, x: 0.5, y: -1 });
    leave();
    pointMoves(store).send({ i: 3, x: 0, y: 0 });
    expect(heard).toEqual([{ i: 2, x: 0.5, y: -1 }]);
  });
});
