// The window side of the embed API, on only in an embedded view (`embed=1`) inside a frame:
// - to the parent, with target origin '*', two events that carry no state: `ready` once, and
//   `resize` with the content height whenever it changes (for auto-sizing the iframe);
// - from any window, commands (protocol.ts), accepted only from an origin on the allow-list
//   the embedder put in the URL (`origins=`); without one, every command is ignored. A reply
//   goes to the sender's window at the sender's origin, never to '*'.
import { useEffect } from 'react';
import { useAppStoreApi } from '../state/StoreProvider';
import { handleMessage, isOurs, PROTOCOL_VERSION } from './protocol';

export function useEmbedApi(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    const { embed, lesson } = store.getState();
    const parent = window.parent;
    if (!embed || parent === window) return;
    // Read once: a setState cannot change who may send commands.
    const allowed = new Set(lesson.origins);
    const post = (m: object) => parent.postMessage({ losscape: PROTOCOL_VERSION, ...m }, '*');

    const onMessage = (e: MessageEvent) => {
      if (!allowed.has(e.origin) || !isOurs(e.data) || !e.source) return;
      const reply = handleMessage(store, e.data);
      if (reply) (e.source as Window).postMessage(reply, { targetOrigin: e.origin });
    };
    window.addEventListener('message', onMessage);

    let lastHeight = -1;
    const measure = () => {
      const main = document.getElementById('main');
      if (!main) return;
      const height = Math.ceil(main.getBoundingClientRect().bottom + window.scrollY);
      if (height === lastHeight) return;
      lastHeight = height;
      post({ type: 'resize', height });
    };
    // Whatever sits above the view (a notice, a lesson) moves it: each child of the root is
    // observed, and children that come and go are picked up.
    post({ type: 'ready', version: PROTOCOL_VERSION, commands: allowed.size > 0 });
    const observer = new ResizeObserver(measure);
    const root = document.getElementById('main')?.parentElement;
    const watchChildren = () => {
      if (root) for (const el of root.children) observer.observe(el);
      measure();
    };
    const children = new MutationObserver(watchChildren);
    if (root) children.observe(root, { childList: true });
    watchChildren();
    return () => {
      window.removeEventListener('message', onMessage);
      observer.disconnect();
      children.disconnect();
    };
  }, [store]);
}
