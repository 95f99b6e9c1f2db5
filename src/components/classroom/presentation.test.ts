// Presentation mode's state machine against a stand-in document (vitest runs in Node): the
// class on <html>, fullscreen asked for and given back, a refusal ignored, and the browser's
// own exit from fullscreen (its Esc) ending the mode.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  isPresenting,
  onFullscreenChange,
  setPresenting,
  subscribePresenting,
} from './presentation';

function fakeDocument(opts: { enabled?: boolean; refuse?: boolean } = {}) {
  const classes = new Set<string>();
  const doc = {
    fullscreenEnabled: opts.enabled ?? true,
    fullscreenElement: null as object | null,
    documentElement: {
      classList: {
        toggle: (c: string, on: boolean) => (on ? classes.add(c) : classes.delete(c)),
      },
      requestFullscreen: vi.fn(() => {
        if (opts.refuse) return Promise.reject(new TypeError('Permissions check failed'));
        doc.fullscreenElement = doc.documentElement;
        return Promise.resolve();
      }),
    },
    exitFullscreen: vi.fn(() => {
      doc.fullscreenElement = null;
      return Promise.resolve();
    }),
  };
  return { doc, classes, asDoc: doc as unknown as Document };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

afterEach(() => {
  // Leave the module in its initial state for the next test.
  if (isPresenting()) setPresenting(false, fakeDocument().asDoc);
});

describe('presentation mode', () => {
  it('puts the class on <html>, asks for fullscreen, and gives both back on leaving', async () => {
    const { doc, classes, asDoc } = fakeDocument();
    const seen: boolean[] = [];
    const off = subscribePresenting(() => seen.push(isPresenting()));
    setPresenting(true, asDoc);
    expect(classes.has('present')).toBe(true);
    expect(doc.documentElement.requestFullscreen).toHaveBeenCalledTimes(1);
    await flush();
    expect(doc.fullscreenElement).not.toBeNull();
    setPresenting(true, asDoc); // no-op: already presenting
    setPresenting(false, asDoc);
    expect(classes.has('present')).toBe(false);
    expect(doc.exitFullscreen).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([true, false]);
    off();
  });

  it('keeps presenting without fullscreen when the browser refuses or has none', async () => {
    for (const opts of [{ refuse: true }, { enabled: false }]) {
      const { doc, classes, asDoc } = fakeDocument(opts);
      setPresenting(true, asDoc);
      await flush();
      expect(isPresenting()).toBe(true);
      expect(classes.has('present')).toBe(true);
      expect(doc.fullscreenElement).toBeNull();
      // Leaving does not try to exit a fullscreen it never had.
      setPresenting(false, asDoc);
      expect(doc.exitFullscreen).not.toHaveBeenCalled();
    }
  });

  it('ends when the browser leaves fullscreen (its Esc), not on unrelated changes', async () => {
    const { doc, classes, asDoc } = fakeDocument();
    setPresenting(true, asDoc);
    await flush();
    onFullscreenChange(asDoc); // still fullscreen: nothing happens
    expect(isPresenting()).toBe(true);
    doc.fullscreenElement = null; // the browser's own exit
    onFullscreenChange(asDoc);
    expect(isPresenting()).toBe(false);
    expect(classes.has('present')).toBe(false);
    expect(doc.exitFullscreen).not.toHaveBeenCalled();
  });

  it('gives the screen back when left before fullscreen was granted', async () => {
    const { doc, asDoc } = fakeDocument();
    setPresenting(true, asDoc);
    setPresenting(false, asDoc); // before the request's promise settles
    await flush();
    expect(doc.exitFullscreen).toHaveBeenCalledTimes(1);
    expect(doc.fullscreenElement).toBeNull();
  });
});
