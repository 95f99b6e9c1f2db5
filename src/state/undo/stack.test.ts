import { describe, expect, it } from 'vitest';
import { UNDO_LIMIT, commit, emptyStack, redo, undo, withPresent } from './stack';

describe('undo stack', () => {
  it('steps back and forward through committed states', () => {
    let s = emptyStack('a');
    s = commit(commit(s, 'b'), 'c');
    expect(s).toEqual({ past: ['a', 'b'], present: 'c', future: [] });
    s = undo(s)!;
    expect(s).toEqual({ past: ['a'], present: 'b', future: ['c'] });
    s = undo(s)!;
    expect(s).toEqual({ past: [], present: 'a', future: ['b', 'c'] });
    expect(undo(s)).toBeNull();
    s = redo(s)!;
    expect(s).toEqual({ past: ['a'], present: 'b', future: ['c'] });
    s = redo(s)!;
    expect(s.present).toBe('c');
    expect(redo(s)).toBeNull();
  });

  it('forgets what was undone when a new change is made', () => {
    const s = commit(undo(commit(commit(emptyStack('a'), 'b'), 'c'))!, 'd');
    expect(s).toEqual({ past: ['a', 'b'], present: 'd', future: [] });
  });

  it('records no step for the state it already has', () => {
    const s = commit(emptyStack('a'), 'b');
    expect(commit(s, 'b')).toBe(s);
    expect(commit(undo(s)!, 'a').future).toEqual(['b']);
  });

  it(`keeps the last ${UNDO_LIMIT} steps back`, () => {
    let s = emptyStack('0');
    for (let i = 1; i <= UNDO_LIMIT + 20; i++) s = commit(s, String(i));
    expect(s.past.length).toBe(UNDO_LIMIT);
    expect(s.past[0]).toBe('20');
    let steps = 0;
    for (let u = undo(s); u; u = undo(u)) {
      s = u;
      steps++;
    }
    expect(steps).toBe(UNDO_LIMIT);
    expect(s.present).toBe('20');
    expect(commit(emptyStack('x'), 'y', 1).past).toEqual(['x']);
    expect(commit(commit(emptyStack('x'), 'y', 1), 'z', 1).past).toEqual(['y']);
  });

  it('rewrites the present without adding a step', () => {
    const s = commit(emptyStack('a'), 'b');
    expect(withPresent(s, 'b')).toBe(s);
    expect(withPresent(s, 'B')).toEqual({ past: ['a'], present: 'B', future: [] });
  });
});
