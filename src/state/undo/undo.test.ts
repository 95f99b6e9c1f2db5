import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore, type AppStore } from '../store';
import { REPLACE_DEBOUNCE_MS } from '../url/history';
import { draftOf, encodeHash } from '../url/urlState';
import { createUndo } from './controller';

const hash = (store: AppStore) => encodeHash(draftOf(store.getState()));

afterEach(() => vi.useRealTimers());

function setup(link = '') {
  vi.useFakeTimers();
  const store = createAppStore({ hash: link });
  const undo = createUndo(store);
  const stop = undo.attach();
  return { store, undo, stop };
}

describe('createUndo', () => {
  it('records a discrete change at once and a run of continuous ones as one step', () => {
    const { store, undo } = setup('#/train');
    const start = hash(store);
    expect(undo.status.getState()).toEqual({ canUndo: false, canRedo: false });

    for (let i = 1; i <= 30; i++)
      store.getState().trainActions.setOptimizer({ lr: 0.1 + i / 1000 });
    expect(undo.status.getState().canUndo).toBe(false); // still dragging
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(undo.status.getState().canUndo).toBe(true);
    const dragged = hash(store);
    expect(dragged).toContain('tlr=0.13');

    store.getState().trainActions.setOptimizer({ name: 'adam' }); // discrete
    const adam = hash(store);
    expect(adam).not.toBe(dragged);

    expect(undo.undo()).toBe(true);
    expect(hash(store)).toBe(dragged);
    expect(undo.undo()).toBe(true);
    expect(hash(store)).toBe(start);
    expect(undo.undo()).toBe(false);
    expect(undo.status.getState()).toEqual({ canUndo: false, canRedo: true });
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS * 3); // applying a step records nothing
    expect(undo.status.getState()).toEqual({ canUndo: false, canRedo: true });

    expect(undo.redo()).toBe(true);
    expect(hash(store)).toBe(dragged);
    expect(undo.redo()).toBe(true);
    expect(hash(store)).toBe(adam);
    expect(undo.redo()).toBe(false);
  });

  it('makes a pending edit its own step before a discrete change, and before an undo', () => {
    const { store, undo } = setup('#/train');
    const start = hash(store);
    store.getState().trainActions.setOptimizer({ lr: 0.05 });
    const edited = hash(store);
    store.getState().setTab('explore'); // within the debounce: the edit is still its own step
    expect(undo.undo()).toBe(true);
    expect(hash(store)).toBe(edited);
    expect(undo.undo()).toBe(true);
    expect(hash(store)).toBe(start);

    // An undo right after an edit, before the pause, undoes that edit.
    undo.redo();
    store.getState().trainActions.setOptimizer({ lr: 0.07 });
    undo.undo();
    expect(hash(store)).toBe(edited);
  });

  it('waits for a held pointer to be released, then for the pause', () => {
    const { store, undo } = setup('#/train');
    undo.hold(true);
    store.getState().trainActions.setOptimizer({ lr: 0.02 });
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS * 5);
    store.getState().trainActions.setOptimizer({ lr: 0.03 });
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS * 5);
    expect(undo.status.getState().canUndo).toBe(false);
    undo.hold(false);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(undo.status.getState().canUndo).toBe(true);
    undo.undo();
    expect(undo.status.getState()).toEqual({ canUndo: false, canRedo: true });
  });

  it('clears redo on a new change, and undoes a preset load and data edits', () => {
    const { store, undo } = setup('');
    const start = hash(store);
    store.getState().exploreActions.addRow();
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    const added = hash(store);
    expect(added).not.toBe(start);
    store.getState().exploreActions.applyPreset('outlier');
    undo.undo();
    expect(hash(store)).toBe(added);
    expect(undo.status.getState().canRedo).toBe(true);
    store.getState().exploreActions.deleteRow(0);
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(undo.status.getState()).toEqual({ canUndo: true, canRedo: false });
    undo.undo();
    undo.undo();
    expect(hash(store)).toBe(start);
  });

  it('ignores changes that leave the link unchanged, and stops recording when detached', () => {
    const { store, undo, stop } = setup('#/train');
    store.getState().trainActions.setOptimizer({ lr: 0.05 });
    store.getState().trainActions.setOptimizer({ lr: 0.1 }); // back to the default
    vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
    expect(undo.status.getState().canUndo).toBe(false);
    stop();
    store.getState().setTab('guide');
    expect(undo.status.getState().canUndo).toBe(false);
  });

  it('keeps at least 50 steps', () => {
    const { store, undo } = setup('#/train');
    const hashes = [hash(store)];
    for (let i = 1; i <= 60; i++) {
      store.getState().trainActions.setOptimizer({ lr: i / 1000 });
      vi.advanceTimersByTime(REPLACE_DEBOUNCE_MS + 10);
      hashes.push(hash(store));
    }
    for (let i = 59; i >= 0; i--) {
      expect(undo.undo()).toBe(true);
      expect(hash(store)).toBe(hashes[i]);
    }
  });
});
