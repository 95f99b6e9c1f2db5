// The Applications tab's state: inputs and settings of its demos, plain and serializable (the
// k-means run, the classifier's weights and the loss maps are computed from these by hooks),
// in `applications`; the k-means step shown, playing and the classifier's run generation in
// `applicationsRuntime`, which neither the URL nor undo listens to. Owned by the Applications
// feature; combined into the app store in ../store.ts.
import type { StateCreator } from 'zustand/vanilla';
import type { KMeansInit, Point2, SegLoss } from '../../math';
import {
  K_DOMAIN,
  initialPrediction,
  kPresetPoints,
  paint,
  SEG_SIZE,
  type KPresetId,
} from './presets';

export interface KMeansState {
  preset: KPresetId | 'custom';
  dataSeed: number;
  points: Point2[];
  k: number;
  init: KMeansInit;
  seed: number;
}

/** The k-means replay: never in a link, never an undo step. */
export interface KMeansRuntime {
  /**
   * The Lloyd half-step shown: 0 = the initial centroids; 2t + 1 = the assignment of
   * iteration t; 2t + 2 = its update.
   */
  step: number;
  playing: boolean;
}

export type ClassifierOptimizer = 'sgd' | 'adam';

export interface ClassifierState {
  optimizer: ClassifierOptimizer;
  lr: number;
  /** An example relabelled to another class (a confident prediction made wrong), or null. */
  wrong: number | null;
}

/** The classifier's live training: never in a link, never an undo step. */
export interface ClassifierRuntime {
  playing: boolean;
  /** Bumped by reset: the trainer starts again from zero weights. */
  generation: number;
}

export interface ApplicationsRuntime {
  kmeans: KMeansRuntime;
  classifier: ClassifierRuntime;
}

export interface SegmentationState {
  loss: SegLoss;
  /** Predicted foreground probability per pixel (SEG_SIZE² values in [0, 1]). */
  prob: number[];
  /** What the brush paints: foreground (p = 0.95) or background (p = 0.05). */
  brush: 'fg' | 'bg';
  brushRadius: number;
  gamma: number;
  alpha: number;
}

export interface CustomLossState {
  /** The text in the formula box (may be invalid). */
  text: string;
  /** The last formula that parsed: the one in use. */
  formula: string;
}

export interface ApplicationsState {
  kmeans: KMeansState;
  classifier: ClassifierState;
  segmentation: SegmentationState;
  custom: CustomLossState;
}

export interface ApplicationsActions {
  loadKPreset(id: KPresetId, seed?: number): void;
  addKPoint(p: Point2): void;
  removeKPoint(i: number): void;
  clearKPoints(): void;
  setK(k: number): void;
  setKInit(init: KMeansInit): void;
  setKSeed(seed: number): void;
  setKStep(step: number): void;
  setKPlaying(playing: boolean): void;
  setClassifier(
    patch: Partial<Pick<ClassifierState, 'optimizer' | 'lr'> & Pick<ClassifierRuntime, 'playing'>>,
  ): void;
  setWrong(index: number | null): void;
  resetClassifier(): void;
  setSegLoss(loss: SegLoss): void;
  setSegBrush(brush: 'fg' | 'bg', radius?: number): void;
  setSegParams(p: { gamma?: number; alpha?: number }): void;
  paintSeg(row: number, col: number): void;
  setSegProb(prob: number[]): void;
  resetSeg(): void;
  setCustomText(text: string, valid: boolean): void;
}

export interface ApplicationsSlice {
  applications: ApplicationsState;
  applicationsRuntime: ApplicationsRuntime;
  applicationsActions: ApplicationsActions;
}

export const K_MAX_POINTS = 300;
export const BRUSH_VALUE = { fg: 0.95, bg: 0.05 } as const;
export const DEFAULT_FORMULA = 'abs(yhat - y)^1.5';

const clampInt = (v: number, lo: number, hi: number) =>
  Math.min(hi, Math.max(lo, Math.round(Number.isFinite(v) ? v : lo)));

export const initialApplications = (): ApplicationsState => ({
  kmeans: {
    preset: 'blobs3',
    dataSeed: 1,
    points: kPresetPoints('blobs3', 1),
    k: 3,
    // A random start (two centroids in one blob) that Lloyd's steps fix over six iterations,
    // to the same clusters k-means++ finds at once: the default shows the algorithm at work.
    init: 'random',
    seed: 1,
  },
  classifier: { optimizer: 'sgd', lr: 0.5, wrong: null },
  segmentation: {
    loss: 'ce',
    prob: initialPrediction(),
    brush: 'fg',
    brushRadius: 1.5,
    gamma: 2,
    alpha: 0.25,
  },
  custom: { text: DEFAULT_FORMULA, formula: DEFAULT_FORMULA },
});

export const initialApplicationsRuntime = (): ApplicationsRuntime => ({
  kmeans: { step: 0, playing: false },
  classifier: { playing: false, generation: 0 },
});

type Part = keyof ApplicationsState;
type RunPart = keyof ApplicationsRuntime;

export const createApplicationsSlice: StateCreator<ApplicationsSlice, [], [], ApplicationsSlice> = (
  set,
  get,
) => {
  const patch = <P extends Part>(part: P, p: Partial<ApplicationsState[P]>) =>
    set((s) => ({
      applications: { ...s.applications, [part]: { ...s.applications[part], ...p } },
    }));
  const run = <P extends RunPart>(part: P, p: Partial<ApplicationsRuntime[P]>) =>
    set((s) => ({
      applicationsRuntime: {
        ...s.applicationsRuntime,
        [part]: { ...s.applicationsRuntime[part], ...p },
      },
    }));
  const km = () => get().applications.kmeans;
  // New data or settings: the run starts again from its initial centroids.
  const restartK = (p: Partial<KMeansState>, r: Partial<KMeansRuntime> = {}) =>
    set((s) => ({
      applications: { ...s.applications, kmeans: { ...s.applications.kmeans, ...p } },
      applicationsRuntime: {
        ...s.applicationsRuntime,
        kmeans: { ...s.applicationsRuntime.kmeans, ...r, step: 0 },
      },
    }));
  const stopK = { playing: false };
  return {
    applications: initialApplications(),
    applicationsRuntime: initialApplicationsRuntime(),
    applicationsActions: {
      loadKPreset: (id, seed = 1) =>
        restartK({
          preset: id,
          dataSeed: clampInt(seed, 0, 2 ** 31 - 1),
          points: kPresetPoints(id, clampInt(seed, 0, 2 ** 31 - 1)),
        }, stopK),
      addKPoint: ([x, y]) => {
        const [lo, hi] = K_DOMAIN;
        if (!Number.isFinite(x) || !Number.isFinite(y) || x < lo || x > hi || y < lo || y > hi)
          return;
        if (km().points.length >= K_MAX_POINTS) return;
        const r = (v: number) => Math.round(v * 1000) / 1000;
        restartK({ points: [...km().points, [r(x), r(y)]], preset: 'custom' }, stopK);
      },
      removeKPoint: (i) => {
        const pts = km().points;
        if (i < 0 || i >= pts.length) return;
        restartK({ points: pts.filter((_, j) => j !== i), preset: 'custom' }, stopK);
      },
      clearKPoints: () => restartK({ points: [], preset: 'custom' }, stopK),
      setK: (k) => restartK({ k: clampInt(k, 1, 10) }),
      setKInit: (init) => restartK({ init: init === 'random' ? 'random' : 'kmeans++' }),
      setKSeed: (seed) => restartK({ seed: clampInt(seed, 0, 2 ** 31 - 1) }),
      setKStep: (step) => run('kmeans', { step: Math.max(0, Math.round(step)) }),
      setKPlaying: (playing) => run('kmeans', { playing }),
      setClassifier: ({ playing, ...p }) => {
        const next = { ...p };
        if (next.lr !== undefined && !(Number.isFinite(next.lr) && next.lr > 0 && next.lr <= 10))
          delete next.lr;
        if (Object.keys(next).length) patch('classifier', next);
        if (playing !== undefined) run('classifier', { playing });
      },
      setWrong: (wrong) =>
        patch('classifier', { wrong: wrong === null ? null : Math.max(0, Math.round(wrong)) }),
      resetClassifier: () => {
        patch('classifier', { wrong: null });
        run('classifier', {
          playing: false,
          generation: get().applicationsRuntime.classifier.generation + 1,
        });
      },
      setSegLoss: (loss) => patch('segmentation', { loss }),
      setSegBrush: (brush, radius) =>
        patch('segmentation', {
          brush,
          brushRadius: Math.min(
            4,
            Math.max(0.5, radius ?? get().applications.segmentation.brushRadius),
          ),
        }),
      setSegParams: ({ gamma, alpha }) => {
        const s = get().applications.segmentation;
        patch('segmentation', {
          gamma:
            gamma !== undefined && Number.isFinite(gamma) && gamma >= 0 && gamma <= 10
              ? gamma
              : s.gamma,
          alpha:
            alpha !== undefined && Number.isFinite(alpha) && alpha > 0 && alpha < 1
              ? alpha
              : s.alpha,
        });
      },
      paintSeg: (row, col) => {
        const s = get().applications.segmentation;
        if (!Number.isFinite(row) || !Number.isFinite(col)) return;
        patch('segmentation', {
          prob: paint(s.prob, row, col, s.brushRadius, BRUSH_VALUE[s.brush]),
        });
      },
      setSegProb: (prob) => {
        if (prob.length !== SEG_SIZE * SEG_SIZE) return;
        if (!prob.every((p) => Number.isFinite(p) && p >= 0 && p <= 1)) return;
        patch('segmentation', { prob });
      },
      resetSeg: () => patch('segmentation', { prob: initialPrediction() }),
      setCustomText: (text, valid) => patch('custom', valid ? { text, formula: text } : { text }),
    },
  };
};
