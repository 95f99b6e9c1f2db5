// The window side of the embed API, on only in an embedded view (`embed=1`) inside a frame:
// - to the parent, with target origin '*', two events that carry no state: `resize` with the
//   content height once the layout is settled, then `ready` (the view takes commands and its
//   size holds still); after that a changed height is reported only once it has held still,
//   and only a few times while the view is still loading (settle.ts). A figure (`fig=`) fills
//   its frame, so it reports the frame's own height, once;
// - from any window, commands (protocol.ts), accepted only from an origin on the allow-list
//   the embedder put in the URL (`origins=`); without one, every command is ignored. A reply
//   goes to the sender's window at the sender's origin, never to '*'. Commands that change the
//   view beyond a sane rate are refused with `rateLimited` (rateLimit.ts).
import { useEffect } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import { isPacked, unpackHash } from '../state/url/pack';
import type { AppStore } from '../state/store';
import { liveRun } from './liveRun';
import { errorReply, handleMessage, isOurs, PROTOCOL_VERSION, safeId } from './protocol';
import { newBucket, RATE_PER_S, take } from './rateLimit';
import { initialSettle, settleTick } from './settle';

const TICK_MS = 100;
const CHANGES_VIEW = new Set(['setState', 'play', 'pause', 'step']);

/** Whether the view can take commands: the math is loaded, nothing is still loading, and a
 * Train view has its run (the transport and getLoss answer from it). */
function canCommand(store: AppStore): boolean {
  const s = store.getState();
  if (s.backend.status === 'loading') return false;
  if (document.querySelector('#main [aria-busy="true"]')) return false;
  return s.tab !== 'train' || liveRun(store) !== null;
}

function contentHeight(figure: boolean): number {
  if (figure) return document.documentElement.clientHeight;
  const main = document.getElementById('main');
  if (!main) return 0;
  // Content that overflows its box (a card below a fixed-height grid) counts too.
  const top = main.getBoundingClientRect().top + window.scrollY;
  return Math.ceil(top + Math.max(main.offsetHeight, main.scrollHeight));
}

export function useEmbedApi(figure: boolean): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const { embed, lesson } = store.getState();
    const parent = window.parent;
    if (!embed || parent === window) return;
    // Read once: a setState cannot change who may send commands.
    const allowed = new Set(lesson.origins);
    const post = (m: object) => parent.postMessage({ losscape: PROTOCOL_VERSION, ...m }, '*');
    const bucket = newBucket(performance.now());

    const onMessage = (e: MessageEvent) => {
      if (!allowed.has(e.origin) || !isOurs(e.data) || !e.source) return;
      const source = e.source as Window;
      const send = (reply: object | null) =>
        reply && source.postMessage(reply, { targetOrigin: e.origin });
      const data = e.data;
      const stop = limited(data);
      if (stop) return send(stop);
      // A packed hash (as Share gives it) is unpacked first, then read like any other.
      const hash = data.type === 'setState' && typeof data.hash === 'string' ? data.hash : '';
      const withHash = hash.startsWith('#') ? hash : `#${hash}`;
      if (!hash || !isPacked(withHash)) return send(handleMessage(store, data));
      void unpackHash(withHash).then((u) =>
        send(
          u.ok
            ? handleMessage(store, { ...data, hash: u.hash })
            : errorReply(
                safeId(data),
                'invalidMessage',
                'hash: the packed state (z=d1.…) cannot be read',
              ),
        ),
      );
    };
    const limited = (data: Record<string, unknown>) => {
      if (data.losscape !== PROTOCOL_VERSION || !CHANGES_VIEW.has(String(data.type))) return null;
      const r = take(bucket, performance.now());
      if (r.ok) return null;
      return errorReply(
        safeId(data),
        'rateLimited',
        `more than ${RATE_PER_S} commands per second: this one was not applied; try again in ${r.waitMs} ms`,
      );
    };
    window.addEventListener('message', onMessage);

    const st = initialSettle(performance.now());
    const tick = () => {
      const act = settleTick(st, performance.now(), contentHeight(figure), canCommand(store));
      if (act.report !== null) post({ type: 'resize', height: act.report });
      if (act.ready) post({ type: 'ready', version: PROTOCOL_VERSION, commands: allowed.size > 0 });
    };
    const timer = window.setInterval(tick, TICK_MS);
    tick();
    return () => {
      window.removeEventListener('message', onMessage);
      window.clearInterval(timer);
    };
  }, [store, figure]);
}
