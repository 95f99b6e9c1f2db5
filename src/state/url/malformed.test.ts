// Malformed links (issue 7), the whole table: each opens with a notice naming the key it
// ignored, both ways a link arrives — opened as a page (the store's first read, with stored
// work present) and followed in the open page (a hash change, read by the URL sync) — and the
// rest of the state is usable. The notice's text is UrlNotice's (“key” per key, as text: see
// components/layout/layout.test.tsx); e2e/url.spec.ts opens one link of each kind of fault in
// the browser, where it also checks that no element was made from the link's text.
import { describe, expect, it } from 'vitest';
import { fakeWindow, memory } from '../../test/urlWindow';
import { createAppStore } from '../store';
import { MAX_STATE_CHARS } from './codec';
import { startUrlSync } from './history';
import { STATE_KEY } from './storage';
import { decodeHash } from './urlState';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `${i},1`).join(';');

/** 30 malformed links and the key each notice must name (`url`: the link is refused whole). */
const MALFORMED: [string, string][] = [
  ['#/train?v=1&tlr=abc', 'tlr'],
  ['#/train?v=1&tlr=1e999', 'tlr'],
  ['#/train?v=1&tlr=-0.1', 'tlr'],
  ['#/train?v=1&tlr=0x10', 'tlr'],
  ['#/train?v=1&tep=1.5', 'tep'],
  ['#/train?v=1&tep=999999999999', 'tep'],
  ['#/train?v=1&to=lbfgs', 'to'],
  ['#/train?v=1&tl=cce', 'tl'],
  ['#/train?v=1&td=1,2;3,', 'td'],
  [`#/train?v=1&tp=custom&td=${rows(1001)}`, 'td'],
  [`#/explore?v=1&edr=${rows(201)}`, 'edr'],
  ['#/explore?v=1&edp=2,0.5', 'edp'],
  ['#/explore?v=1&eor=mse,mse', 'eor'],
  ['#/explore?v=1&ear=hinge', 'ear'],
  ['#/explore?v=1&et=image', 'et'],
  ['#/explore?v=1&ep=NaN,0.5,2,0.25', 'ep'],
  ['#/explore?v=1&esr=999', 'esr'],
  ['#/explore?v=1&ek=3&ec=1,0:0.5,0.5', 'ec'],
  ['#/explore?v=1&l=fr', 'l'],
  ['#/explore?v=1&th=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'th'],
  // An unknown key is named by its first 24 characters.
  ['#/explore?v=1&%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E=1', '<img src=x onerror=alert'],
  ['#/explore?v=99&et=binary', 'v'],
  ['#/explore?v=abc', 'v'],
  ['#/nowhere?v=1', 'tab'],
  ['#/train?v=1&tep=%E0%A4%A', 'tep'],
  ['#/train?v=1&tlr', 'tlr'],
  [`#/applications?v=1&af=${'x'.repeat(600)}`, 'af'],
  ['#/applications?v=1&asp=2000+5:0.5', 'asp'],
  ['#/train?v=1&tep=5&tep=6', 'tep'],
  [`#/train?v=1&af=${'a'.repeat(MAX_STATE_CHARS)}`, 'url'],
];

/** The work a returning visitor has stored: what a refused link must leave in place. */
const WORK = '#/explore?v=1&ep=3,0.5,2,0.25';

describe('malformed links', () => {
  it('are 30, each with its own key', () => {
    expect(MALFORMED).toHaveLength(30);
    for (const [hash, key] of MALFORMED) {
      const { ignored } = decodeHash(hash);
      expect(ignored, hash.slice(0, 80)).toContain(key);
    }
  });

  it.each(MALFORMED.map(([h, k]) => [h.slice(0, 60), h, k]))(
    'opened as a page: %s',
    (_, hash, key) => {
      const storage = memory();
      storage.setItem(STATE_KEY, WORK);
      const store = createAppStore({ hash, storage });
      const s = store.getState();
      if (key === 'url') {
        // Refused whole: the stored work is shown, and the notice offers the choice.
        expect(s.urlNotice).toEqual({ source: 'url', keys: ['url'], kept: true });
        expect(s.explore.params.delta).toBe(3);
      } else {
        expect(s.urlNotice?.source).toBe('url');
        expect(s.urlNotice?.keys).toContain(key);
        expect(s.urlNotice?.kept).toBeUndefined();
      }
      // The state is usable: a tab switch and a dismissal go through.
      s.setTab('guide');
      s.setUrlNotice(null);
      expect(store.getState()).toMatchObject({ tab: 'guide', urlNotice: null });
    },
  );

  it.each(MALFORMED.map(([h, k]) => [h.slice(0, 60), h, k]))(
    'followed in the open page: %s',
    (_, hash, key) => {
      const storage = memory();
      const win = fakeWindow(WORK);
      const store = createAppStore({ hash: WORK, storage });
      const stop = startUrlSync(store, { win: win as unknown as Window, storage });
      win.entries.push(hash);
      win.forward();
      const s = store.getState();
      if (key === 'url') {
        // Nothing changes, and the address shows the state again.
        expect(s.urlNotice).toEqual({ source: 'url', keys: ['url'], kept: true });
        expect(s.explore.params.delta).toBe(3);
        expect(win.entries[1]).toBe(WORK);
        expect(storage.getItem(STATE_KEY)).toBe(WORK);
      } else {
        expect(s.urlNotice?.source).toBe('url');
        expect(s.urlNotice?.keys).toContain(key);
        // The address is rewritten canonically: the bad key is gone from it.
        expect(win.entries[1]).not.toBe(hash);
      }
      stop();
    },
  );
});
