// The run scheduler's decision (nextRunStep): which run is aborted and which starts when the
// plan changes. The case that once showed a stale run: settings typed back to the shown run's
// while a run for other settings was in flight.
import { describe, expect, it } from 'vitest';
import { nextRunStep } from './useTrainRun';

const at = (key: string, doneKey: string, busyKey: string | null, dragging = false) =>
  nextRunStep({ key, doneKey, busyKey, dragging });

describe('nextRunStep', () => {
  it('starts a run for new settings when none is in flight', () => {
    expect(at('b', 'a', null)).toEqual({ abort: false, start: true });
  });
  it('aborts the run in flight for older settings and starts the new one', () => {
    expect(at('c', 'a', 'b')).toEqual({ abort: true, start: true });
  });
  it('waits for a run in flight for the very same settings', () => {
    expect(at('b', 'a', 'b')).toEqual({ abort: false, start: false });
  });
  it('settings typed back to the shown run: the run in flight for others is aborted, none starts', () => {
    expect(at('a', 'a', 'b')).toEqual({ abort: true, start: false });
  });
  it('nothing to do when the shown run is the plan’s and none is in flight', () => {
    expect(at('a', 'a', null)).toEqual({ abort: false, start: false });
  });
  it('during a drag the run in flight finishes first, whatever the plan', () => {
    expect(at('c', 'a', 'b', true)).toEqual({ abort: false, start: false });
    expect(at('a', 'a', 'b', true)).toEqual({ abort: false, start: false });
  });
  it('during a drag with none in flight, the latest plan starts', () => {
    expect(at('c', 'a', null, true)).toEqual({ abort: false, start: true });
  });
});
