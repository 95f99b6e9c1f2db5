// The flushes of the running URL syncs (./history.ts), apart from the sync itself so that a
// caller on the first paint's path (the service worker's reload) needs none of the URL codec.
const flushers = new Set<() => void>();

/** Adds a flush; returns its removal. */
export function addFlusher(flush: () => void): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Writes any pending edit to the URL and storage now (synchronously). */
export function flushUrlState(): void {
  flushers.forEach((f) => f());
}
