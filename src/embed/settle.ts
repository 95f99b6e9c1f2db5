// When an embedded view's size is settled, and when to report a later change (issue 16: a host
// page that resizes its frames for seconds moves the buttons under the reader's pointer).
// Pure timing rules, kept apart from the window so they can be tested with a fake clock.

/** The height must hold this long (and the view be able to take commands) to count as settled. */
export const SETTLE_MS = 250;
/** After `ready`, a changed height is reported once it has held this long... */
export const QUIET_MS = 400;
/** ...and at most this many times in the first AFTER_WINDOW_MS after ready. */
export const MAX_EARLY_REPORTS = 2;
export const AFTER_WINDOW_MS = 10_000;

export interface SettleState {
  height: number;
  changedAt: number;
  readyAt: number | null;
  reported: number;
  earlyReports: number;
}

export const initialSettle = (now: number): SettleState => ({
  height: -1,
  changedAt: now,
  readyAt: null,
  reported: -1,
  earlyReports: 0,
});

export type SettleAction = { report: number | null; ready: boolean };

/**
 * One tick: the measured height and whether the view takes commands; says whether to post a
 * `resize` (its height) and whether to post `ready` now. The state is updated in place.
 */
export function settleTick(
  st: SettleState,
  now: number,
  height: number,
  canCommand: boolean,
): SettleAction {
  if (height !== st.height) {
    st.height = height;
    st.changedAt = now;
  }
  const held = now - st.changedAt;
  if (st.readyAt === null) {
    if (!canCommand || held < SETTLE_MS || height <= 0) return { report: null, ready: false };
    st.readyAt = now;
    st.reported = height;
    return { report: height, ready: true };
  }
  if (height === st.reported || held < QUIET_MS) return { report: null, ready: false };
  const early = now - st.readyAt < AFTER_WINDOW_MS;
  if (early && st.earlyReports >= MAX_EARLY_REPORTS) return { report: null, ready: false };
  if (early) st.earlyReports += 1;
  st.reported = height;
  return { report: height, ready: false };
}
