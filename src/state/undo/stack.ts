// The undo history as three parts: the states before (past), the state now (present) and the
// states undone (future). States are encoded URL hashes (state/url), so a step restores exactly
// what a link would. Pure and immutable: no store, no timers.

/** How many steps back are kept; the oldest are dropped beyond it. */
export const UNDO_LIMIT = 100;

export interface UndoStack {
  readonly past: readonly string[];
  readonly present: string;
  readonly future: readonly string[];
}

export const emptyStack = (present: string): UndoStack => ({ past: [], present, future: [] });

/** A new state: the present becomes a step back and what was undone is forgotten. */
export function commit(s: UndoStack, next: string, limit = UNDO_LIMIT): UndoStack {
  if (next === s.present) return s;
  const past = [...s.past, s.present];
  return { past: past.slice(Math.max(0, past.length - limit)), present: next, future: [] };
}

/** One step back, or null when there is none. */
export function undo(s: UndoStack): UndoStack | null {
  if (!s.past.length) return null;
  return {
    past: s.past.slice(0, -1),
    present: s.past[s.past.length - 1],
    future: [s.present, ...s.future],
  };
}

/** One step forward again, or null when nothing was undone. */
export function redo(s: UndoStack): UndoStack | null {
  if (!s.future.length) return null;
  return { past: [...s.past, s.present], present: s.future[0], future: s.future.slice(1) };
}

/** The same steps with the present written differently (its canonical form once applied). */
export const withPresent = (s: UndoStack, present: string): UndoStack =>
  present === s.present ? s : { ...s, present };
