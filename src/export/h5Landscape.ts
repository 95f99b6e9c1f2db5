// Landscape files from Li et al.'s `loss-landscape` tool (PyTorch + MPI; github.com/tomgoldstein/
// loss-landscape), read in the browser with jsfive — nothing is uploaded. Three kinds of file:
// - a surface file: `xcoordinates` (and `ycoordinates` for a 2-D surface) and one or more of
//   `train_loss`, `test_loss`, `train_acc`, `test_acc`, … of shape (len(x), len(y)); the tool fills
//   points it has not computed yet with −1, so a negative loss is read as "not computed";
// - a projected-trajectory file: `proj_xcoord`, `proj_ycoord` (the path on the PCA plane);
// - a PCA direction file: `explained_variance_ratio_`.
// Values come back in the app's grid order (values[i · nx + j] = f(x[j], y[i])).
import { File as H5File, Dataset } from 'jsfive';

/** Larger files are refused before parsing (the tool's own 101×101 surfaces are ~0.5 MB). */
export const MAX_H5_BYTES = 64 * 1024 * 1024;
/** At most this many points per axis are drawn. */
export const MAX_H5_AXIS = 1001;

export type { H5Directions, H5Error, H5Landscape, H5Projection, H5Surface } from '../state/applications/h5Types';
import type { H5Error, H5Landscape } from '../state/applications/h5Types';

export type H5Read = { ok: true; file: H5Landscape } | { ok: false; error: H5Error };

const FIELD_ORDER = ['train_loss', 'test_loss', 'train_acc', 'test_acc', 'train_err', 'test_err'];

function numbers(d: Dataset): number[] | null {
  const v = d.value;
  if (!v || typeof v !== 'object' || !('length' in v)) return null;
  const out = Array.from(v as ArrayLike<unknown>, Number);
  return out.every(Number.isFinite) ? out : null;
}

function dataset(f: H5File, key: string): Dataset | null {
  if (!f.keys.includes(key)) return null;
  const d = f.get(key);
  return d instanceof Dataset ? d : null;
}

const shapeText = (s: number[]) => `(${s.join(', ')})`;

function readSurface(f: H5File, name: string): H5Read {
  const xd = dataset(f, 'xcoordinates')!;
  const x = numbers(xd);
  if (!x || xd.shape.length !== 1 || x.length < 2 || x.length > MAX_H5_AXIS)
    return { ok: false, error: { code: 'values', name, dataset: 'xcoordinates' } };
  const yd = dataset(f, 'ycoordinates');
  let y: number[] | null = null;
  if (yd) {
    y = numbers(yd);
    if (!y || yd.shape.length !== 1 || y.length < 2 || y.length > MAX_H5_AXIS)
      return { ok: false, error: { code: 'values', name, dataset: 'ycoordinates' } };
  }
  const expected = y ? [x.length, y.length] : [x.length];
  const fields: Record<string, Float32Array> = {};
  const missing: Record<string, number> = {};
  const candidates = f.keys.filter((k) => k !== 'xcoordinates' && k !== 'ycoordinates');
  for (const key of candidates) {
    const d = dataset(f, key);
    if (!d || typeof d.dtype !== 'string' || !/^[<>|]?[fiu]\d$/.test(d.dtype)) continue;
    const isField = FIELD_ORDER.includes(key) || /_(loss|acc|err)$/.test(key);
    if (!isField) continue;
    if (shapeText(d.shape) !== shapeText(expected))
      return {
        ok: false,
        error: {
          code: 'shape',
          name,
          dataset: key,
          expected: shapeText(expected),
          got: shapeText(d.shape),
        },
      };
    const raw = d.value as ArrayLike<number>;
    const nx = x.length;
    const ny = y ? y.length : 1;
    const out = new Float32Array(nx * ny);
    let gaps = 0;
    const isLoss = /_loss$/.test(key);
    // The file is (len(x), len(y)) row-major: raw[i · ny + j] = f(x[i], y[j]).
    for (let i = 0; i < nx; i++)
      for (let j = 0; j < ny; j++) {
        let v = Number(raw[i * ny + j]);
        if (!Number.isFinite(v) || (isLoss && v < 0)) {
          v = NaN;
          gaps++;
        }
        out[j * nx + i] = v;
      }
    if (gaps === out.length) return { ok: false, error: { code: 'values', name, dataset: key } };
    fields[key] = out;
    missing[key] = gaps;
  }
  const order = Object.keys(fields).sort(
    (a, b) =>
      (FIELD_ORDER.indexOf(a) + 1 || 99) - (FIELD_ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b),
  );
  if (order.length === 0)
    return { ok: false, error: { code: 'missing', name, keys: ['train_loss'], found: f.keys } };
  return { ok: true, file: { kind: 'surface', name, x, y, fields, order, missing } };
}

/** Reads one file. Never throws: a file that is not HDF5, or lacks the datasets, says what. */
export function readLandscapeH5(buffer: ArrayBuffer, name: string): H5Read {
  if (buffer.byteLength > MAX_H5_BYTES)
    return { ok: false, error: { code: 'tooBig', name, bytes: buffer.byteLength } };
  const sig = new Uint8Array(buffer, 0, Math.min(8, buffer.byteLength));
  const HDF5 = [0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a];
  if (sig.length < 8 || HDF5.some((b, i) => sig[i] !== b))
    return { ok: false, error: { code: 'notHdf5', name } };
  let f: H5File;
  try {
    f = new H5File(buffer, name);
    void f.keys;
  } catch {
    return { ok: false, error: { code: 'notHdf5', name } };
  }
  try {
    if (dataset(f, 'xcoordinates')) return readSurface(f, name);
    const px = dataset(f, 'proj_xcoord');
    const py = dataset(f, 'proj_ycoord');
    if (px && py) {
      const x = numbers(px);
      const y = numbers(py);
      if (!x || !y || x.length !== y.length || x.length === 0)
        return { ok: false, error: { code: 'values', name, dataset: 'proj_xcoord' } };
      return { ok: true, file: { kind: 'projection', name, x, y } };
    }
    const ev = dataset(f, 'explained_variance_ratio_');
    if (ev) {
      const explained = numbers(ev);
      if (!explained || explained.length < 2)
        return { ok: false, error: { code: 'values', name, dataset: 'explained_variance_ratio_' } };
      return { ok: true, file: { kind: 'directions', name, explained } };
    }
    const keys = px ? ['proj_ycoord'] : py ? ['proj_xcoord'] : ['xcoordinates', 'train_loss'];
    return { ok: false, error: { code: 'missing', name, keys, found: f.keys } };
  } catch {
    return { ok: false, error: { code: 'notHdf5', name } };
  }
}
