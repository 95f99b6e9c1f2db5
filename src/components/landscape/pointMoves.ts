// A drag's moves, straight from the pointer handler to the landscape's live frames (one channel
// per store): the surface is asked for and painted in the move's own event, while the store's
// update (and React's render of it) waits for a task after the frame (train/latestWins.ts).
export interface PointMove {
  /** The point's index in the store's train.points. */
  i: number;
  x: number;
  y: number;
}

export interface PointMoves {
  send(move: PointMove): void;
  /** Calls `on` with every move sent from now on; returns the unsubscribe function. */
  listen(on: (move: PointMove) => void): () => void;
}

const channels = new WeakMap<object, PointMoves>();

/** The channel of `store` (made on first use). */
export function pointMoves(store: object): PointMoves {
  let c = channels.get(store);
  if (!c) {
    const listeners = new Set<(move: PointMove) => void>();
    c = {
      send: (move) => listeners.forEach((on) => on(move)),
      listen(on) {
        listeners.add(on);
        return () => void listeners.delete(on);
      },
    };
    channels.set(store, c);
  }
  return c;
}
