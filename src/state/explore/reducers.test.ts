import { describe, expect, it } from 'vitest';
import { MAX_OVERLAY, normalize, setShare, TASK_LOSSES } from './model';
import * as R from './reducers';

const rows = (s: R.ExploreState) => s.rows[R.scalarKey(s) ?? 'regression'];

describe('Explore reducers', () => {
  it('starts on the seed example', () => {
    const s = R.withRuntime(R.initialExplore());
    expect(rows(s).map((r) => [r.y, r.yHat])).toEqual([
      [2, 1],
      [4, 1.5],
      [6, 2],
      [8, 2.5],
    ]);
    expect(s.active.regression).toBe('mse');
  });

  it('keeps the last valid value and the typed text of a refused cell', () => {
    let s = R.withRuntime(R.initialExplore());
    const id = rows(s)[1].id;
    s = R.editCell(s, { rowId: id, field: 'yHat', text: '3.5' });
    expect(rows(s)[1].yHat).toBe(3.5);
    for (const bad of ['abc', '', '1e999']) {
      s = R.editCell(s, { rowId: id, field: 'yHat', text: bad });
      expect(rows(s)[1].yHat).toBe(3.5);
      expect(s.drafts[`${id}.yHat`]).toBe(bad);
      expect(Object.keys(R.cellErrors(s, s.drafts))).toEqual([`${id}.yHat`]);
      expect(R.blurCell(s, `${id}.yHat`, false).drafts[`${id}.yHat`]).toBe(bad);
    }
    s = R.editCell(s, { rowId: id, field: 'yHat', text: '4' });
    expect(R.cellErrors(s, s.drafts)).toEqual({});
    expect(R.blurCell(s, `${id}.yHat`, true).drafts).toEqual({});
  });

  it('a drag move keeps the drafts object, and a move to the same value is no change', () => {
    const s = R.withRuntime(R.initialExplore());
    const moved = R.setYHat(s, 1, 3);
    expect(rows(moved)[1].yHat).toBe(3);
    expect(moved.drafts).toBe(s.drafts);
    expect(R.setYHat(moved, 1, 3)).toBe(moved);
    // A refused draft of that cell goes with the move (the value is valid now).
    const id = rows(s)[1].id;
    const typed = R.editCell(moved, { rowId: id, field: 'yHat', text: 'abc' });
    const after = R.setYHat(typed, 1, 3);
    expect(after).not.toBe(typed);
    expect(after.drafts).toEqual({});
  });

  it('refuses a probability outside [0, 1] in the binary task', () => {
    let s = R.setTask(R.withRuntime(R.initialExplore()), 'binary');
    const id = rows(s)[0].id;
    const before = rows(s)[0].yHat;
    s = R.editCell(s, { rowId: id, field: 'yHat', text: '1.5' });
    expect(rows(s)[0].yHat).toBe(before);
    expect(R.cellErrors(s, s.drafts)[`${id}.yHat`]).toBe('probability');
  });

  it('refuses to delete the last row, and keeps the selection inside the table', () => {
    let s = R.withRuntime(R.initialExplore());
    s = R.selectRow(s, 3);
    s = R.deleteRow(s, 3);
    expect(s.selected.regression).toBe(2);
    s = R.deleteRow(R.deleteRow(R.deleteRow(s, 0), 0), 0);
    expect(rows(s)).toHaveLength(1);
    expect(s.notice).toBe('lastRow');
    s = R.addRow(s);
    expect(rows(s)).toHaveLength(2);
    expect(s.notice).toBeNull();
  });

  it('adds rows that continue the data, up to 200', () => {
    let s = R.addRow(R.withRuntime(R.initialExplore()));
    expect(rows(s)[4]).toMatchObject({ y: 10, yHat: 3 });
    for (let i = 0; i < 300; i++) s = R.addRow(s);
    expect(rows(s)).toHaveLength(200);
    expect(s.notice).toBe('maxRows');
  });

  it('overlays up to 6 losses of the task, always at least one', () => {
    let s = R.withRuntime(R.initialExplore());
    for (const id of TASK_LOSSES.regression) s = R.toggleLoss(s, id);
    expect(s.overlay.regression.length).toBeLessThanOrEqual(MAX_OVERLAY);
    s = R.toggleLoss(s, 'bce');
    expect(s.overlay.regression).not.toContain('bce');
    let one = R.withRuntime(R.initialExplore());
    one = R.toggleLoss(R.toggleLoss(one, 'mse'), 'mae');
    expect(one.overlay.regression).toEqual(['huber']);
    expect(one.active.regression).toBe('huber');
    expect(R.toggleLoss(one, 'huber').notice).toBe('minOverlay');
  });

  it('converts probabilities to logits and back when the form switches', () => {
    let s = R.setTask(R.withRuntime(R.initialExplore()), 'binary');
    const ps = rows(s).map((r) => r.yHat);
    s = R.setForm(s, 'logit');
    expect(rows(s)[0].yHat).toBeCloseTo(Math.log(0.9 / 0.1), 3);
    s = R.setForm(s, 'probability');
    rows(s).forEach((r, i) => expect(r.yHat).toBeCloseTo(ps[i], 3));
  });

  it('applies presets in the current classification task', () => {
    let s = R.setTask(R.withRuntime(R.initialExplore()), 'margin');
    s = R.applyPreset(s, 'confidentWrong');
    expect(s.task).toBe('margin');
    expect(rows(s).every((r) => r.y === 1 || r.y === -1)).toBe(true);
    expect(s.selected.margin).toBe(2);
    s = R.applyPreset(s, 'outlier');
    expect(s.task).toBe('regression');
    expect(rows(s).map((r) => r.y)).toEqual([2, 4, 6, 8, 30]);
  });

  it('keeps class distributions normalised while a bar is dragged or classes change', () => {
    let s = R.setTask(R.withRuntime(R.initialExplore()), 'multiclass');
    s = R.setShareOf(s, 0, 'yHat', 1, 0.5);
    const q = s.classRows[0].yHat;
    expect(q[1]).toBe(0.5);
    expect(q.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    s = R.setClasses(s, 5);
    expect(s.classRows[0].yHat).toHaveLength(5);
    expect(s.classRows[0].y.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
    s = R.editShare(s, 0, 'y', 0, 'abc');
    expect(Object.values(R.cellErrors(s, s.drafts))).toEqual(['notNumber']);
  });
});

describe('distribution helpers', () => {
  it('normalises and shares the rest in proportion', () => {
    expect(normalize([0, 0])).toEqual([0.5, 0.5]);
    expect(normalize([1, 3])).toEqual([0.25, 0.75]);
    expect(setShare([1, 0, 0], 0, 0.4)).toEqual([0.4, 0.3, 0.3]);
    expect(setShare([0.2, 0.3, 0.5], 2, 1)).toEqual([0, 0, 1]);
    const third = setShare([0.5, 0.25, 0.25], 0, 1 / 3);
    expect(third.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });
});
