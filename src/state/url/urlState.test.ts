import { describe, expect, it } from 'vitest';
import * as R from '../explore/reducers';
import { presetState } from '../train/slice';
import { decodeHash, defaultDraft, encodeHash, type Draft } from './urlState';
import { MAX_STATE_CHARS, fmt, num, splitHash } from './codec';

/** The settings of a draft without the row ids (fresh on every read). */
function plain(d: Draft) {
  const strip = (x: unknown): unknown =>
    JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'id' ? undefined : v)));
  return strip({ ...d, train: { ...d.train, ghosts: [] } });
}

function edited(): Draft {
  const d = defaultDraft('train');
  let e = R.setTask(R.withRuntime(d.explore), 'binary');
  e = R.applyPreset(e, 'confidentWrong');
  e = R.toggleLoss(e, 'mse');
  e = R.setActive(e, 'focal');
  e = R.setParam(e, 'gamma', 3.5);
  e = R.setView(e, 'probability');
  e = R.setYHat(e, 1, 0.3333);
  d.explore = R.settingsOf(e);
  d.train = {
    ...d.train,
    ...presetState('noisy', 7),
    optimizer: { ...d.train.optimizer, name: 'rmsprop', lr: 0.003, momentum: 0.9, decay: 0.95 },
    epochs: 250,
    l2: 0.01,
    batch: 'mini',
    miniBatch: 4,
    logScale: true,
    logPicked: true,
  };
  d.applications.custom = { text: 'abs(yhat - y', formula: 'abs(yhat - y)^1.5' };
  d.applications.kmeans = { ...d.applications.kmeans, k: 5, seed: 9 };
  d.applications.segmentation.prob[33] = 0.95;
  d.applications.segmentation.prob[34] = 0.95;
  d.lang = 'zh-CN';
  d.theme = 'dark';
  return d;
}

describe('URL state', () => {
  it('writes nothing for the defaults, and a tab alone', () => {
    expect(encodeHash(defaultDraft())).toBe('#/explore');
    expect(encodeHash(defaultDraft('guide'))).toBe('#/guide');
    const r = decodeHash('#/train');
    expect(r.hasState).toBe(false);
    expect(r.ignored).toEqual([]);
    expect(r.draft.tab).toBe('train');
  });

  it('round-trips every edited setting', () => {
    const d = edited();
    const hash = encodeHash(d);
    expect(hash.startsWith('#/train?v=1&')).toBe(true);
    const r = decodeHash(hash);
    expect(r.ignored).toEqual([]);
    expect(plain(r.draft)).toEqual(plain(d));
    // And writing it again gives the same link.
    expect(encodeHash(r.draft)).toBe(hash);
  });

  it('round-trips the landscape settings, and a link without them opens the defaults', () => {
    const d = defaultDraft('train');
    d.train = {
      ...d.train,
      landscape: {
        grid: 256,
        mode: '3d',
        compare: 'learningRates',
        losses: true,
        camera: { az: 2.5, el: -0.15, zoom: 1.7 },
      },
    };
    const hash = encodeHash(d);
    expect(hash).toBe('#/train?v=1&tg=256&tv=3d&tc=learningRates&tcl=1&tcam=2.5,-0.15,1.7');
    const r = decodeHash(hash);
    expect(r.ignored).toEqual([]);
    expect(r.draft.train.landscape).toEqual(d.train.landscape);
    expect(decodeHash('#/train?v=1&tp=noisy').draft.train.landscape).toEqual(
      defaultDraft('train').train.landscape,
    );
    // Bad values fall back to their defaults, each reported by key.
    const bad = decodeHash('#/train?v=1&tg=100&tv=4d&tc=adam&tcl=2&tcam=9,0,1');
    expect(bad.ignored.sort()).toEqual(['tc', 'tcam', 'tcl', 'tg', 'tv']);
    expect(bad.draft.train.landscape).toEqual(defaultDraft('train').train.landscape);
  });

  it('keeps the picked loss scale (tlp): unpicked by default, a pick survives the link', () => {
    const d = defaultDraft('train');
    expect(d.train.logPicked).toBe(false);
    d.train = { ...d.train, logScale: false, logPicked: true };
    const hash = encodeHash(d);
    expect(hash).toBe('#/train?v=1&tlp=1');
    const r = decodeHash(hash);
    expect(r.ignored).toEqual([]);
    expect(r.draft.train.logPicked).toBe(true);
    expect(r.draft.train.logScale).toBe(false);
    expect(decodeHash('#/train?v=1&tlp=2').ignored).toEqual(['tlp']);
  });

  it('keeps a preset link short: the preset and seed, not its data', () => {
    const d = defaultDraft('train');
    d.train = { ...d.train, ...presetState('noisy', 3) };
    expect(encodeHash(d)).toBe('#/train?v=1&tp=noisy&ts=3');
  });

  it('keeps RMSProp’s momentum of 0.9 (its default is 0)', () => {
    const d = defaultDraft('train');
    d.train.optimizer = { ...d.train.optimizer, name: 'rmsprop', momentum: 0.9 };
    const r = decodeHash(encodeHash(d));
    expect(r.draft.train.optimizer.momentum).toBe(0.9);
    d.train.optimizer.momentum = 0;
    expect(decodeHash(encodeHash(d)).draft.train.optimizer.momentum).toBe(0);
  });

  it('writes numbers exactly: the shortest decimal that reads back to the same double', () => {
    expect(fmt(0.1 + 0.2)).toBe('0.30000000000000004');
    expect(fmt(1e-7)).toBe('1e-7');
    expect(fmt(-0)).toBe('0');
    expect(fmt(123456789)).toBe('123456789');
    for (const v of [1.23456789, Math.PI, -1 / 3, 5e-324, 1.7976931348623157e308, 0.1])
      expect(num(fmt(v))).toBe(v);
  });
});

describe('fallbacks: each bad value is dropped and named, the rest is kept', () => {
  const cases: [string, string][] = [
    ['tlr=abc', 'tlr'],
    ['tlr=-1', 'tlr'],
    ['tlr=NaN', 'tlr'],
    ['tlr=1e999', 'tlr'],
    ['tlr=0x10', 'tlr'],
    ['tep=2.5', 'tep'],
    ['tep=99999999', 'tep'],
    ['to=lbfgs', 'to'],
    ['et=image', 'et'],
    ['edr=1,2;3', 'edr'],
    ['edr=' + Array.from({ length: 201 }, () => '1,1').join(';'), 'edr'],
    ['edp=2,0.5', 'edp'],
    ['edp=1,1.5', 'edp'],
    ['eor=mse,bce', 'eor'],
    ['eor=mse,mse', 'eor'],
    ['ear=hinge', 'ear'],
    ['esr=99', 'esr'],
    ['ep=0,0.5,2,0.25', 'ep'],
    ['l=fr', 'l'],
    ['th=blue', 'th'],
    ['tm=mlp', 'tm'],
    ['tl=cce', 'tl'],
    ['td=1,2;3,4,5', 'td'],
    ['asp=1000+100:0.5', 'asp'],
    ['af=' + 'x'.repeat(501), 'af'],
    ['akd=11,1', 'akd'],
    ['ek=11', 'ek'],
    ['ec=1,0:0.5,0.5', 'ec'],
    ['hack=<script>', 'hack'],
  ];
  it.each(cases)('%s → %s', (query, key) => {
    const r = decodeHash(`#/explore?v=1&tep=50&${query}`);
    expect(r.ignored).toContain(key);
    expect(r.draft.train.epochs).toBe(50);
    const def = defaultDraft();
    if (key === 'tlr') expect(r.draft.train.optimizer.lr).toBe(def.train.optimizer.lr);
    if (key === 'edr')
      expect(r.draft.explore.rows.regression.map((x) => x.y)).toEqual([2, 4, 6, 8]);
  });

  it('an unknown tab, a future version, a broken escape, a huge link', () => {
    expect(decodeHash('#/nowhere?v=1').ignored).toContain('tab');
    expect(decodeHash('#/train?v=99&tep=5').ignored).toEqual(['v']);
    expect(decodeHash('#/train?v=99&tep=5').draft.train.epochs).toBe(5);
    expect(decodeHash('#/train?v=1&tep=%E0%A4%A').ignored).toContain('tep');
    const huge = decodeHash('#/train?v=1&af=' + 'a'.repeat(MAX_STATE_CHARS));
    expect(huge.ignored).toEqual(['url']);
    expect(huge.draft.tab).toBe('explore');
  });

  it('keeps the loss consistent with the data', () => {
    // Regression data with a classification loss: the loss falls back.
    const r = decodeHash('#/train?v=1&td=1,5;2,7&tl=bce');
    expect(r.ignored).toContain('tl');
    expect(r.draft.train.loss).toBe('mse');
    // 2-D data read by the MLP even when the link forgot the model.
    const m = decodeHash('#/train?v=1&tp=custom&td=0,0,1;1,1,0');
    expect(m.draft.train.model).toBe('mlp');
  });
});

describe('migrations', () => {
  it('v0 (long names, no v=) opens as v1', () => {
    const r = decodeHash(
      '#?tab=train&lang=zh-CN&optimizer=adam&learningRate=0.01&epochs=200&points=1:2|2:4|3:6',
    );
    expect(r.ignored).toEqual([]);
    expect(r.draft.tab).toBe('train');
    expect(r.draft.lang).toBe('zh-CN');
    expect(r.draft.train.optimizer).toMatchObject({ name: 'adam', lr: 0.01 });
    expect(r.draft.train.epochs).toBe(200);
    expect(r.draft.train.preset).toBe('custom');
    expect(r.draft.train.points).toEqual([
      { x: 1, y: 2 },
      { x: 2, y: 4 },
      { x: 3, y: 6 },
    ]);
    // Written again, it is a v1 link.
    expect(encodeHash(r.draft)).toMatch(/^#\/train\?v=1&l=zh-CN&tp=custom&td=1,2;2,4;3,6&/);
  });

  it('v0 with an explicit v=0 and an overlay of losses', () => {
    const r = decodeHash('#/explore?v=0&task=regression&losses=mse,mae');
    expect(r.ignored).toEqual([]);
    expect(r.draft.explore.overlay.regression).toEqual(['mse', 'mae']);
  });
});

describe('splitHash', () => {
  it('splits path and pairs, and keeps broken pieces apart', () => {
    expect(splitHash('#/train?a=1&b&c=%ZZ')).toEqual({
      path: 'train',
      pairs: [['a', '1']],
      broken: ['b', 'c=%ZZ'],
    });
  });
});
