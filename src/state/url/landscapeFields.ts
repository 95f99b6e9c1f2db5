// The loss landscape's URL keys (Train tab, prefix `t`): grid size, heatmap or 3-D, the compared
// runs, the losses side by side, and the 3-D camera. A link without them opens the defaults.
import { z } from 'zod/mini';
import { CAMERA_LIMITS, COMPARE_IDS, GRID_SIZES, type LandscapeSettings } from '../train/landscape';
import { fmtList, num, numList } from './codec';
import { field, type Field } from './field';
import { flag, numIn, oneOf, readFlag } from './schemas';

/** One landscape setting under one key; a change is a step of the history. */
const setting = <K extends keyof LandscapeSettings>(
  key: string,
  name: K,
  read: (s: string) => unknown,
  schema: z.ZodMiniType<LandscapeSettings[K]>,
  write: (v: LandscapeSettings[K]) => string,
): Field =>
  field<LandscapeSettings[K]>({
    key,
    read,
    schema: () => schema,
    write,
    get: (d) => d.train.landscape[name],
    set: (d, v) => {
      d.train.landscape = { ...d.train.landscape, [name]: v };
    },
    discrete: true,
  });

const text = (s: string) => s;

export const LANDSCAPE_FIELDS: Field[] = [
  setting('tg', 'grid', num, z.union(GRID_SIZES.map((g) => z.literal(g))), String),
  setting('tv', 'mode', text, oneOf(['2d', '3d'] as const), text),
  setting('tc', 'compare', text, oneOf(COMPARE_IDS), text),
  setting('tcl', 'losses', readFlag, flag, (v) => (v ? '1' : '0')),
  // The camera changes on every drag frame: replaced in place, not a history step.
  field<[number, number, number]>({
    key: 'tcam',
    read: numList,
    schema: () =>
      z.tuple([numIn(-Math.PI, Math.PI), numIn(...CAMERA_LIMITS.el), numIn(...CAMERA_LIMITS.zoom)]),
    write: fmtList,
    get: ({ train: { landscape: l } }) => [l.camera.az, l.camera.el, l.camera.zoom],
    set: (d, [az, el, zoom]) => {
      d.train.landscape = { ...d.train.landscape, camera: { az, el, zoom } };
    },
  }),
];
