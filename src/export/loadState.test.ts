import { describe, expect, it } from 'vitest';
import { createAppStore } from '../state/store';
import { defaultDraft } from '../state/url/urlState';
import { applyStateFile, openStateFile, savedStateText } from './loadState';
import { MAX_STATE_BYTES, h5StateJson, stateFileText, type H5State } from './stateFile';

const h5: H5State = {
  surface: {
    kind: 'surface',
    name: 'surface.h5',
    x: [-1, 0, 1],
    y: [-0.5, 0.5],
    fields: { train_loss: Float32Array.from([0.3, 0.1, 0.2, 0.25, 0.2, 0.4]) },
    order: ['train_loss'],
    missing: { train_loss: 0 },
  },
  projection: { kind: 'projection', name: 'p.h5', x: [0.9, 0], y: [0.4, 0] },
  directions: null,
};

const blob = (text: string) => new Blob([text], { type: 'application/json' });

describe('a state file loaded (Export → Load state)', () => {
  it('restores the settings and the landscape the file carries', async () => {
    const d = defaultDraft('applications');
    d.applications.kmeans.k = 7;
    const r = await openStateFile(blob(stateFileText(d, undefined, h5StateJson(h5)!)));
    if (!r.ok) throw new Error(r.reason);
    const store = createAppStore({});
    expect(store.getState().landscapeFiles.surface).toBeNull();
    store.getState().setLandscapeFiles({ field: 'test_loss' });
    applyStateFile(store, r);
    const s = store.getState();
    expect(s.tab).toBe('applications');
    expect(s.applications.kmeans.k).toBe(7);
    expect(s.landscapeFiles.surface?.name).toBe('surface.h5');
    expect(Array.from(s.landscapeFiles.surface!.fields.train_loss)).toEqual(
      [0.3, 0.1, 0.2, 0.25, 0.2, 0.4].map(Math.fround),
    );
    expect(s.landscapeFiles.projection?.x).toEqual([0.9, 0]);
    expect(s.landscapeFiles.directions).toBeNull();
    expect(s.landscapeFiles.field).toBe('');
  });

  it('keeps the open landscape when the file has none, and names ignored keys', async () => {
    const store = createAppStore({});
    store.getState().setLandscapeFiles({ ...h5 });
    const text = JSON.stringify({ format: 'losscape-state', version: 1, hash: '#/train?zz=1' });
    const r = await openStateFile(blob(text));
    if (!r.ok) throw new Error(r.reason);
    applyStateFile(store, r);
    expect(store.getState().tab).toBe('train');
    expect(store.getState().landscapeFiles.surface?.name).toBe('surface.h5');
    expect(store.getState().urlNotice?.keys).toContain('zz');
  });

  it('refuses a file too big before reading it, and one that is not a state file', async () => {
    const big = { size: MAX_STATE_BYTES + 1, text: () => Promise.reject(new Error('read')) };
    expect(await openStateFile(big as unknown as Blob)).toEqual({ ok: false, reason: 'tooBig' });
    expect(await openStateFile(blob('{"format": 1}'))).toEqual({ ok: false, reason: 'wrongShape' });
  });
});

describe('the state file saved (Export → Save state)', () => {
  it('carries the open landscape, and reads back to it', async () => {
    const store = createAppStore({});
    const loc = { origin: 'http://x', pathname: '/app/', search: '' };
    expect(JSON.parse(savedStateText(store.getState(), loc)).h5).toBeUndefined();
    store.getState().setLandscapeFiles({ ...h5 });
    const text = savedStateText(store.getState(), loc);
    expect(JSON.parse(text).link).toMatch(/^http:\/\/x\/app\/#\//);
    const r = await openStateFile(blob(text));
    if (!r.ok) throw new Error(r.reason);
    expect(r.h5?.surface.x).toEqual([-1, 0, 1]);
    expect(r.h5?.projection?.y).toEqual([0.4, 0]);
  });
});
