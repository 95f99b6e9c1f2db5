import { describe, expect, it } from 'vitest';
import { postTask } from '../../math/tasks';
import { latestWins, type Post } from './latestWins';

/** A scheduler the test runs by hand. */
function manual() {
  const tasks: (() => void)[] = [];
  const post: Post = (run) => void tasks.push(run);
  const runAll = () => tasks.splice(0).forEach((t) => t());
  return { tasks, post, runAll };
}

describe('latestWins', () => {
  it('applies only the latest of the values pushed before its task runs, once', () => {
    const s = manual();
    const seen: number[] = [];
    const b = latestWins<number>((v) => seen.push(v), s.post);
    b.push(1);
    b.push(2);
    b.push(3);
    expect(s.tasks).toHaveLength(1);
    expect(seen).toEqual([]);
    expect(b.pending).toBe(true);
    s.runAll();
    expect(seen).toEqual([3]);
    expect(b.pending).toBe(false);
  });

  it('asks for a new task after one ran', () => {
    const s = manual();
    const seen: number[] = [];
    const b = latestWins<number>((v) => seen.push(v), s.post);
    b.push(1);
    s.runAll();
    b.push(2);
    expect(s.tasks).toHaveLength(1);
    s.runAll();
    expect(seen).toEqual([1, 2]);
  });

  it('flush applies the kept value at once, and its task then applies nothing', () => {
    const s = manual();
    const seen: number[] = [];
    const b = latestWins<number>((v) => seen.push(v), s.post);
    b.push(7);
    b.flush();
    expect(seen).toEqual([7]);
    s.runAll();
    b.flush();
    expect(seen).toEqual([7]);
  });

  it('postTask runs its callbacks later, in order', async () => {
    const seen: number[] = [];
    await new Promise<void>((done) => {
      postTask(() => seen.push(1));
      postTask(() => {
        seen.push(2);
        done();
      });
      expect(seen).toEqual([]);
    });
    expect(seen).toEqual([1, 2]);
  });
});
