// The pure rules of embeds (issue 16): where a link's keys go (embedLink), when a frame's size
// counts as settled and which later changes are reported (settle), and the command rate limit.
import { describe, expect, it } from 'vitest';
import { normalizeLocation, withoutFigureKeys } from './embedLink';
import { BURST, RATE_PER_S, newBucket, take } from './rateLimit';
import {
  AFTER_WINDOW_MS,
  MAX_EARLY_REPORTS,
  QUIET_MS,
  SETTLE_MS,
  initialSettle,
  settleTick,
} from './settle';

describe('normalizeLocation', () => {
  it('moves state keys typed in the query string into the hash', () => {
    const l = normalizeLocation('?embed=1&v=1', '#/train');
    expect(l.search).toBe('');
    expect(l.hash).toMatch(/^#\/train\?/);
    expect(new URLSearchParams(l.hash.split('?')[1]).get('embed')).toBe('1');
    expect(l.fig).toBeNull();
  });

  it('lets the hash win where both name a key', () => {
    const l = normalizeLocation('?embed=0', '#/explore?embed=1');
    const q = new URLSearchParams(l.hash.split('?')[1]);
    expect(q.getAll('embed')).toEqual(['1']);
  });

  it('leaves a link that is already canonical as it is', () => {
    const l = normalizeLocation('', '#/explore?v=1&embed=1');
    expect(l).toEqual({ search: '', hash: '#/explore?v=1&embed=1', fig: null, ctl: null });
  });

  it('keeps the figure keys in the query string and opens the figure’s tab', () => {
    const l = normalizeLocation('', '#/explore?v=1&embed=1&fig=loss&ctl=transport,log');
    expect(l.fig).toBe('loss');
    expect(l.ctl).toBe('transport,log');
    expect(l.search).toBe('?fig=loss&ctl=transport,log');
    expect(l.hash).toMatch(/^#\/train\?/);
    expect(l.hash).not.toContain('fig=');
  });

  it('keeps keys it does not know where they are', () => {
    const l = normalizeLocation('?backend=cpu&embed=1', '#/explore');
    expect(l.search).toBe('?backend=cpu');
    expect(l.hash).toContain('embed=1');
  });

  it('does not move the tab for an unknown figure id', () => {
    const l = normalizeLocation('?fig=nope', '#/explore?v=1');
    expect(l.fig).toBe('nope');
    expect(l.hash.startsWith('#/explore')).toBe(true);
  });

  it('drops only the figure keys for the "open in losscape" link', () => {
    expect(withoutFigureKeys('?fig=curves&ctl=loss&backend=cpu')).toBe('?backend=cpu');
    expect(withoutFigureKeys('?fig=curves')).toBe('');
    expect(withoutFigureKeys('?backend=cpu')).toBe('?backend=cpu');
  });
});

describe('settleTick', () => {
  it('is ready only once the view takes commands and the height has held SETTLE_MS', () => {
    const st = initialSettle(0);
    expect(settleTick(st, 0, 300, false)).toEqual({ report: null, ready: false });
    expect(settleTick(st, SETTLE_MS + 10, 300, false).ready).toBe(false);
    // Commands possible, but the height just changed: not yet.
    expect(settleTick(st, SETTLE_MS + 20, 320, true).ready).toBe(false);
    expect(settleTick(st, 2 * SETTLE_MS + 20, 320, true)).toEqual({ report: 320, ready: true });
    // Ready is said once.
    expect(settleTick(st, 2 * SETTLE_MS + 40, 320, true)).toEqual({ report: null, ready: false });
  });

  it('never reports a zero height as settled', () => {
    const st = initialSettle(0);
    expect(settleTick(st, 0, 0, true).ready).toBe(false);
    expect(settleTick(st, 10 * SETTLE_MS, 0, true).ready).toBe(false);
  });

  it('reports a later change once it has held QUIET_MS, at most MAX_EARLY_REPORTS times early', () => {
    const st = initialSettle(0);
    settleTick(st, 0, 300, true);
    expect(settleTick(st, SETTLE_MS, 300, true).ready).toBe(true);
    let now = SETTLE_MS;
    const reports: number[] = [];
    for (let i = 1; i <= MAX_EARLY_REPORTS + 2; i++) {
      now += 10;
      settleTick(st, now, 300 + i, true);
      now += QUIET_MS - 20;
      expect(settleTick(st, now, 300 + i, true).report).toBeNull(); // not held long enough
      now += 20;
      const r = settleTick(st, now, 300 + i, true).report;
      if (r !== null) reports.push(r);
    }
    expect(reports).toEqual([301, 302].slice(0, MAX_EARLY_REPORTS));
    // After the early window, a changed height is reported again.
    now += AFTER_WINDOW_MS;
    settleTick(st, now, 400, true);
    expect(settleTick(st, now + QUIET_MS, 400, true).report).toBe(400);
  });
});

describe('rate limit', () => {
  it('allows a burst, then refuses with the wait, then refills at RATE_PER_S', () => {
    const b = newBucket(0);
    for (let i = 0; i < BURST; i++) expect(take(b, 0).ok).toBe(true);
    const no = take(b, 0);
    expect(no.ok).toBe(false);
    if (!no.ok) expect(no.waitMs).toBe(Math.ceil(1000 / RATE_PER_S));
    expect(take(b, Math.ceil(1000 / RATE_PER_S)).ok).toBe(true);
    expect(take(b, Math.ceil(1000 / RATE_PER_S)).ok).toBe(false);
    // A long pause refills to BURST, never more.
    const later = 60_000;
    let n = 0;
    while (take(b, later).ok) n++;
    expect(n).toBe(BURST);
  });
});
