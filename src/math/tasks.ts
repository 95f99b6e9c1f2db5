// A later task, without the 4 ms clamp: browsers clamp setTimeout(0) to 4 ms once timers nest,
// so code that yields often (the sliced optimizer run, a drag's latest-wins store update) posts
// a MessageChannel message instead. Callbacks run in the order they were posted. No tfjs here:
// the layers above math may import it (TFJS_FREE_MATH in eslint.config.js).

let channel: MessageChannel | null = null;
const queued: (() => void)[] = [];

/** Runs `run` in a later task (a MessageChannel message; setTimeout where there is none). */
export function postTask(run: () => void): void {
  if (typeof MessageChannel !== 'function') return void setTimeout(run, 0);
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(run);
  channel.port2.postMessage(null);
}
