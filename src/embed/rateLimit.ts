// Commands beyond a sane rate are refused with a reason, not queued (issue 16: 1,000 messages
// took 27 s, one render each). A token bucket: BURST commands at once, RATE per second after.
export const BURST = 20;
export const RATE_PER_S = 20;

export interface Bucket {
  tokens: number;
  at: number;
}

export const newBucket = (now: number): Bucket => ({ tokens: BURST, at: now });

/** Takes a token if there is one; else how many ms until the next. */
export function take(b: Bucket, now: number): { ok: true } | { ok: false; waitMs: number } {
  b.tokens = Math.min(BURST, b.tokens + ((now - b.at) * RATE_PER_S) / 1000);
  b.at = now;
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return { ok: true };
  }
  return { ok: false, waitMs: Math.ceil(((1 - b.tokens) * 1000) / RATE_PER_S) };
}
