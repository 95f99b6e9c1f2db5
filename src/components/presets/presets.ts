// The presets gallery: named views, each built by the slices' own actions on a fresh store and
// written as URL state, so a preset is a link like any other (and opens the same way).
import { createAppStore, type AppState } from '../../state/store';
import type { TabId } from '../../state/tabs';
import { draftOf, encodeHash } from '../../state/url/urlState';

export const GALLERY = [
  'seedLinear',
  'mseMaeOutlier',
  'ceNearZero',
  'expVsLog',
  'lrTooHigh',
  'momentumVsGd',
  'adamValley',
  'focalEasy',
] as const;
/** Presets the guide links to besides the gallery's eight. */
export const GUIDE_ONLY = ['quantile', 'poisson', 'multiclass', 'imbalanced', 'zeroOne'] as const;
export type PresetKey = (typeof GALLERY)[number] | (typeof GUIDE_ONLY)[number];

interface PresetDef {
  tab: TabId;
  build(s: AppState): void;
}

const explore = (s: AppState) => s.exploreActions;
const train = (s: AppState) => s.trainActions;

export const PRESETS: Record<PresetKey, PresetDef> = {
  // The seed's example: x = 1…4, y = 2x, w = b = 0.5, plain gradient descent at 0.1.
  seedLinear: { tab: 'train', build: (s) => train(s).loadPreset('seed') },
  mseMaeOutlier: {
    tab: 'explore',
    build: (s) => {
      explore(s).applyPreset('outlier');
      explore(s).toggleLoss('huber');
      explore(s).setActive('mse');
    },
  },
  // A positive example predicted at p = 0.01: −log p is 4.6 and grows without bound.
  ceNearZero: {
    tab: 'explore',
    build: (s) => {
      explore(s).setTask('binary');
      explore(s).applyPreset('confidentWrong');
      explore(s).setActive('bce');
    },
  },
  expVsLog: {
    tab: 'explore',
    build: (s) => {
      explore(s).setTask('margin');
      explore(s).applyPreset('confidentWrong');
      explore(s).toggleLoss('hinge');
      explore(s).toggleLoss('zero_one');
      explore(s).setActive('exponential');
      explore(s).setView('margin');
    },
  },
  // Above 2/λmax ≈ 0.12 for the seed data (λmax of the MSE Hessian ≈ 16.7): it diverges.
  lrTooHigh: {
    tab: 'train',
    build: (s) => {
      train(s).loadPreset('seed');
      train(s).setOptimizer({ lr: 0.15 });
      train(s).setEpochs(60);
    },
  },
  momentumVsGd: {
    tab: 'train',
    build: (s) => {
      train(s).loadPreset('seed');
      train(s).setOptimizer({ name: 'momentum', lr: 0.02, momentum: 0.9 });
      train(s).setEpochs(300);
    },
  },
  // The seed's valley is narrow (condition number ≈ 55): Adam rescales each direction.
  adamValley: {
    tab: 'train',
    build: (s) => {
      train(s).loadPreset('seed');
      train(s).setOptimizer({ name: 'adam', lr: 0.1 });
      train(s).setEpochs(300);
    },
  },
  // A positive example already at p = 0.9: focal loss scales its loss by (1 − p)^γ = 0.01.
  focalEasy: {
    tab: 'explore',
    build: (s) => {
      explore(s).setTask('binary');
      explore(s).applyPreset('balanced');
      explore(s).toggleLoss('mse');
      explore(s).setActive('focal');
      explore(s).selectRow(0);
    },
  },
  quantile: {
    tab: 'explore',
    build: (s) => {
      explore(s).applyPreset('outlier');
      explore(s).setActive('quantile');
      explore(s).setParam('tau', 0.9);
    },
  },
  poisson: {
    tab: 'explore',
    build: (s) => {
      explore(s).applyPreset('seed');
      explore(s).toggleLoss('huber');
      explore(s).setActive('poisson');
    },
  },
  multiclass: {
    tab: 'explore',
    build: (s) => {
      explore(s).setTask('multiclass');
      explore(s).applyPreset('confidentWrong');
      explore(s).setActive('cce');
    },
  },
  imbalanced: {
    tab: 'applications',
    build: (s) => s.applicationsActions.setSegLoss('wce'),
  },
  zeroOne: {
    tab: 'explore',
    build: (s) => {
      explore(s).setTask('margin');
      explore(s).setView('margin');
      explore(s).setActive('zero_one');
    },
  },
};

const cache = new Map<PresetKey, string>();

/** The preset's link (its hash): every setting it changes, nothing else. */
export function presetHash(key: PresetKey): string {
  const hit = cache.get(key);
  if (hit) return hit;
  const store = createAppStore({});
  const def = PRESETS[key];
  def.build(store.getState());
  store.getState().setTab(def.tab);
  const hash = encodeHash(draftOf(store.getState()));
  cache.set(key, hash);
  return hash;
}
