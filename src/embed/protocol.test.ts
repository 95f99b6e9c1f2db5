import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store';
import { MAX_STATE_CHARS } from '../state/url/codec';
import { handleMessage, MESSAGE_TYPES } from './protocol';
import { setLiveRun } from './liveRun';

const trainStore = () => {
  const store = createAppStore({ hash: '#/train?v=1&embed=1&origins=https://a.edu' });
  setLiveRun(store, { loss: [10, 5, 2.5, 1.25], stepsPerEpoch: 1 });
  return store;
};

describe('embed protocol', () => {
  it('ignores what is not ours, and never throws on anything', () => {
    const store = trainStore();
    for (const m of [null, undefined, 1, 'losscape', [], { type: 'play' }, { source: 'react' }])
      expect(handleMessage(store, m)).toBeNull();
  });

  it('answers malformed messages with an error that keeps the id', () => {
    const store = trainStore();
    const cases: [unknown, string][] = [
      [{ losscape: 2, id: 'a', type: 'play' }, 'unsupportedVersion'],
      [{ losscape: '1', id: 'a', type: 'play' }, 'unsupportedVersion'],
      [{ losscape: 1, id: 'a', type: 'explode' }, 'unknownType'],
      [{ losscape: 1, id: 'a' }, 'unknownType'],
      [{ losscape: 1, id: 'a', type: 'setState' }, 'invalidMessage'],
      [{ losscape: 1, id: 'a', type: 'setState', hash: 42 }, 'invalidMessage'],
      [
        { losscape: 1, id: 'a', type: 'setState', hash: 'x'.repeat(MAX_STATE_CHARS + 1) },
        'invalidMessage',
      ],
      [{ losscape: 1, id: 'a', type: 'step', steps: 0 }, 'invalidMessage'],
      [{ losscape: 1, id: 'a', type: 'step', steps: 1.5 }, 'invalidMessage'],
      [{ losscape: 1, id: 'a', type: 'play', extra: '<script>' }, 'invalidMessage'],
    ];
    for (const [m, code] of cases) {
      const r = handleMessage(store, m);
      expect(r, JSON.stringify(m).slice(0, 80)).toMatchObject({
        losscape: 1,
        type: 'error',
        error: code,
        id: 'a',
      });
      expect(typeof r?.message).toBe('string');
    }
    // An id that is not a short string or an integer is dropped, not echoed.
    const r = handleMessage(store, { losscape: 1, id: { evil: 1 }, type: 'play' });
    expect(r).toMatchObject({ type: 'error', error: 'invalidMessage' });
    expect(r && 'id' in r).toBe(false);
  });

  it('plays, pauses, steps and reads the loss of the live run', () => {
    const store = trainStore();
    expect(handleMessage(store, { losscape: 1, id: 1, type: 'getLoss' })).toEqual({
      losscape: 1,
      id: 1,
      type: 'getLoss',
      ok: true,
      step: 0,
      last: 3,
      epoch: 0,
      loss: 10,
      playing: false,
    });
    expect(handleMessage(store, { losscape: 1, type: 'step' })).toMatchObject({ step: 1, loss: 5 });
    expect(handleMessage(store, { losscape: 1, type: 'step', steps: 99 })).toMatchObject({
      step: 3,
      loss: 1.25,
    });
    // At the end, play replays from the start.
    expect(handleMessage(store, { losscape: 1, type: 'play' })).toMatchObject({
      step: 0,
      playing: true,
    });
    expect(store.getState().trainRuntime.playing).toBe(true);
    expect(handleMessage(store, { losscape: 1, type: 'pause' })).toMatchObject({ playing: false });
    expect(store.getState().trainRuntime.playing).toBe(false);
  });

  it('refuses the transport where it means nothing, and before the run exists', () => {
    const store = createAppStore({ hash: '#/explore?v=1&embed=1' });
    expect(handleMessage(store, { losscape: 1, type: 'play' })).toMatchObject({
      error: 'wrongView',
    });
    store.getState().setTab('train');
    expect(handleMessage(store, { losscape: 1, type: 'getLoss' })).toMatchObject({
      error: 'notReady',
    });
  });

  it('sets state through the URL reader: bad keys are named, the allow-list cannot change', () => {
    const store = trainStore();
    const r = handleMessage(store, {
      losscape: 1,
      type: 'setState',
      hash: '#/train?v=1&tlr=0.05&tlr2=1&to=<b>&origins=https://evil.example&hide=lr,nope',
    });
    expect(r).toMatchObject({ ok: true, type: 'setState' });
    expect(r?.ignored).toEqual(expect.arrayContaining(['tlr2', 'to', 'hide:nope']));
    const s = store.getState();
    expect(s.train.optimizer.lr).toBe(0.05);
    expect(s.lesson.origins).toEqual(['https://a.edu']);
    expect(s.lesson.hide).toEqual(['lr']);
    expect(s.embed).toBe(true);
    expect(String(r?.hash)).toContain('tlr=0.05');
    expect(handleMessage(store, { losscape: 1, type: 'getState' })).toMatchObject({
      hash: r?.hash,
    });
  });

  it('says hello with the types it knows', () => {
    expect(handleMessage(trainStore(), { losscape: 1, type: 'hello' })).toMatchObject({
      ok: true,
      version: 1,
      types: MESSAGE_TYPES,
      tab: 'train',
    });
  });
});
