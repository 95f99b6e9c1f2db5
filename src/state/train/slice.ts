// The Train tab's state, in two parts. `train`: the plain serializable inputs and settings a
// link or an undo step restores (never tensors, never derived curves; the training path is
// computed from these by a hook). `trainRuntime`: the replayed step, playing, the landscape
// point under the pointer and the ghosts of earlier runs, which change on every animation
// frame and which neither the URL nor undo listens to. Owned by the Train feature; combined
// into the app store in ../store.ts.
import type { StateCreator } from 'zustand/vanilla';
import type { LossId, OptimizerName } from '../../math';
import {
  PRESET_DEFAULTS,
  isPreset2d,
  presetPoints,
  randomInit,
  type Point,
  type PresetId,
  type TrainModel,
} from './presets';
import { MLP_LOSSES } from './losses';
import { defaultLandscape, patchLandscape, type LandscapeSettings } from './landscape';

export type BatchMode = 'full' | 'mini' | 'one';

/** The tiny MLP: 2 inputs → `hidden` units → one logit. */
export interface MlpSettings {
  /** Hidden units, 2–16. */
  hidden: number;
  activation: 'tanh' | 'relu';
}

export const HIDDEN_MIN = 2;
export const HIDDEN_MAX = 16;

export interface OptimizerSettings {
  name: OptimizerName;
  lr: number;
  /** Momentum's β; RMSProp's momentum. */
  momentum: number;
  /** RMSProp's decay ρ. */
  decay: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  /** Adagrad's initial accumulator. */
  initialAccumulator: number;
}

/** A finished earlier run, kept as a faded curve: loss by epoch. */
export interface Ghost {
  id: number;
  label: string;
  epochs: number[];
  loss: number[];
}

export interface TrainState {
  preset: PresetId | 'custom';
  /** Seed of the preset's random data (and of the held-out split). */
  dataSeed: number;
  points: Point[];
  model: TrainModel;
  loss: LossId;
  init: { w: number; b: number };
  /** Seed of "re-initialise" (0: the preset's own start weights; the MLP's Glorot seed is initSeed + 1). */
  initSeed: number;
  mlp: MlpSettings;
  /** Seed of the two random directions of the MLP's landscape slice. */
  dirSeed: number;
  optimizer: OptimizerSettings;
  batch: BatchMode;
  miniBatch: number;
  l2: number;
  epochs: number;
  /** Replay speed, in steps per animation frame. */
  speed: number;
  logScale: boolean;
  /** Whether the user picked the loss chart's scale; until then it follows the loss's span. */
  logPicked: boolean;
  /** The loss landscape's view settings (grid, 2-D/3-D, comparisons, camera). */
  landscape: LandscapeSettings;
}

/** The Train tab's runtime state: never in a link, never an undo step. */
export interface TrainRuntime {
  /** The step of the path shown now (0 = the start weights). */
  step: number;
  playing: boolean;
  ghosts: Ghost[];
  /**
   * The (w, b) under the pointer on the loss landscape: its fit is drawn faintly on the data
   * chart.
   */
  hover: { w: number; b: number } | null;
  /** The index of the data point being dragged (the landscape follows it), or null. */
  dragging: number | null;
}

export interface TrainActions {
  loadPreset(id: PresetId, seed?: number): void;
  setModel(model: TrainModel): void;
  setMlp(patch: Partial<MlpSettings>): void;
  setDirSeed(seed: number): void;
  setLoss(loss: LossId): void;
  setOptimizer(patch: Partial<OptimizerSettings>): void;
  setBatch(batch: BatchMode, miniBatch?: number): void;
  setL2(l2: number): void;
  setEpochs(epochs: number): void;
  setSpeed(speed: number): void;
  setLogScale(on: boolean): void;
  movePoint(i: number, p: Point): void;
  addPoint(p: Point): void;
  removePoint(i: number): void;
  setPoints(points: Point[]): void;
  setStep(step: number): void;
  setPlaying(playing: boolean): void;
  togglePlay(): void;
  /** Back to step 0 with the same start weights. */
  reset(): void;
  /** New seeded random start weights. */
  reinitialise(): void;
  /** Start weights chosen by the user (a click on the loss landscape); playback starts. */
  setInit(w: number, b: number): void;
  /** The landscape point under the pointer (null when it leaves). */
  setHover(p: { w: number; b: number } | null): void;
  /** A data point's drag starts (its index) or ends (null). */
  setDragging(i: number | null): void;
  /** Changes landscape view settings; values outside their domain are ignored. */
  setLandscape(p: Partial<LandscapeSettings>): void;
  addGhost(ghost: Omit<Ghost, 'id'>): void;
  clearGhosts(): void;
}

export interface TrainSlice {
  train: TrainState;
  trainRuntime: TrainRuntime;
  trainActions: TrainActions;
}

export const MAX_GHOSTS = 4;
export const EPOCHS_MAX = 10_000;
export const SPEEDS = [1, 2, 5, 10, 25, 50, 100] as const;

export const defaultOptimizer = (name: OptimizerName = 'sgd', lr = 0.1): OptimizerSettings => ({
  name,
  lr,
  momentum: name === 'rmsprop' ? 0 : 0.9,
  decay: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  initialAccumulator: 0.1,
});

export function presetState(id: PresetId, seed = 1): Partial<TrainState> {
  const d = PRESET_DEFAULTS[id];
  return {
    preset: id,
    dataSeed: seed,
    points: presetPoints(id, seed),
    model: d.model,
    loss: d.loss,
    init: { ...d.init },
    initSeed: 0,
    optimizer: defaultOptimizer(d.optimizer, d.lr),
    batch: 'full',
    l2: 0,
    epochs: d.epochs,
  };
}

export const initialTrain = (): TrainState => ({
  ...(presetState('seed') as TrainState),
  miniBatch: 8,
  mlp: { hidden: 8, activation: 'tanh' },
  dirSeed: 1,
  speed: 5,
  logScale: false,
  logPicked: false,
  landscape: defaultLandscape(),
});

export const initialTrainRuntime = (): TrainRuntime => ({
  step: 0,
  playing: false,
  ghosts: [],
  hover: null,
  dragging: null,
});

const clampInt = (v: number, lo: number, hi: number) =>
  Math.min(hi, Math.max(lo, Math.round(Number.isFinite(v) ? v : lo)));

/** Labels of a classifier's data are 0 or 1. */
const binary = (points: Point[]) => points.every((p) => p.y === 0 || p.y === 1);

export const createTrainSlice: StateCreator<TrainSlice, [], [], TrainSlice> = (set, get) => {
  /** One store update; either part is replaced only when it is given. */
  const update = (p: Partial<TrainState>, r?: Partial<TrainRuntime>) =>
    set((s) => ({
      ...(Object.keys(p).length ? { train: { ...s.train, ...p } } : {}),
      ...(r ? { trainRuntime: { ...s.trainRuntime, ...r } } : {}),
    }));
  const runtime = (r: Partial<TrainRuntime>) => update({}, r);
  // A change of settings restarts the run from its start weights; playing goes on.
  const restart = (p: Partial<TrainState>, r: Partial<TrainRuntime> = {}) =>
    update(p, { ...r, step: 0 });
  const stop = { step: 0, playing: false };
  const editData = (points: Point[]) => update({ points, preset: 'custom' }, { playing: false });
  let ghostId = 0;
  return {
    train: initialTrain(),
    trainRuntime: initialTrainRuntime(),
    trainActions: {
      // New data: the ghosts of runs on the old data go.
      loadPreset: (id, seed = 1) =>
        update(presetState(id, clampInt(seed, 0, 2 ** 31 - 1)), { ...stop, ghosts: [] }),
      setModel: (model) => {
        const s = get().train;
        if (model === s.model) return;
        // Data that the model cannot read load the model's own preset.
        if (model === 'mlp') return update(presetState('xor', s.dataSeed), stop);
        if (model === 'logistic' && (!binary(s.points) || isPreset2d(s.preset as PresetId)))
          return update(presetState('blobs', s.dataSeed), stop);
        if (model === 'linear' && s.model === 'mlp')
          return update(presetState('seed', s.dataSeed), stop);
        restart({ model, loss: model === 'logistic' ? 'bce' : 'mse' }, { playing: false });
      },
      setMlp: (p) => {
        const m = get().train.mlp;
        const hidden = clampInt(p.hidden ?? m.hidden, HIDDEN_MIN, HIDDEN_MAX);
        const activation =
          p.activation === 'relu' || p.activation === 'tanh' ? p.activation : m.activation;
        restart({ mlp: { hidden, activation } });
      },
      setDirSeed: (seed) => update({ dirSeed: clampInt(seed, 0, 2 ** 31 - 1) }),
      setLoss: (loss) => restart({ loss }),
      setOptimizer: (p) => {
        const o = get().train.optimizer;
        // A new optimizer brings its own defaults (RMSProp's momentum is 0, momentum's 0.9).
        const next =
          p.name && p.name !== o.name
            ? { ...defaultOptimizer(p.name, o.lr), ...p }
            : { ...o, ...p };
        if (!(next.lr > 0) || !Number.isFinite(next.lr)) return;
        restart({ optimizer: next });
      },
      setBatch: (batch, miniBatch) =>
        restart({ batch, miniBatch: clampInt(miniBatch ?? get().train.miniBatch, 1, 1000) }),
      setL2: (l2) => {
        if (Number.isFinite(l2) && l2 >= 0) restart({ l2 });
      },
      setEpochs: (epochs) => restart({ epochs: clampInt(epochs, 1, EPOCHS_MAX) }),
      setSpeed: (speed) => update({ speed: clampInt(speed, 1, 1000) }),
      setLogScale: (logScale) => update({ logScale, logPicked: true }),
      movePoint: (i, p) => {
        const points = get().train.points.slice();
        if (i < 0 || i >= points.length) return;
        points[i] = p;
        update({ points, preset: 'custom' });
      },
      addPoint: (p) => editData([...get().train.points, p]),
      removePoint: (i) => {
        const points = get().train.points;
        if (points.length <= 1 || i < 0 || i >= points.length) return; // keep one point
        editData(points.filter((_, k) => k !== i));
      },
      setPoints: (points) => {
        if (points.length === 0) return;
        const twoD = points.some((p) => p.label !== undefined);
        const s = get().train;
        const model: TrainModel = twoD ? 'mlp' : s.model === 'mlp' ? 'linear' : s.model;
        const fits = model !== 'logistic' || binary(points);
        const loss =
          model === 'mlp'
            ? (MLP_LOSSES as readonly LossId[]).includes(s.loss)
              ? s.loss
              : 'bce'
            : fits
              ? s.loss
              : 'mse';
        restart(
          { points, preset: 'custom', model: fits ? model : 'linear', loss },
          { playing: false, ghosts: [] },
        );
      },
      setStep: (step) => runtime({ step: Math.max(0, Math.round(step)) }),
      setPlaying: (playing) => runtime({ playing }),
      togglePlay: () => runtime({ playing: !get().trainRuntime.playing }),
      reset: () => runtime(stop),
      reinitialise: () => {
        const initSeed = get().train.initSeed + 1;
        update({ initSeed, init: randomInit(initSeed) }, { step: 0 });
      },
      setHover: (p) => {
        const hover = p && Number.isFinite(p.w) && Number.isFinite(p.b) ? { w: p.w, b: p.b } : null;
        const old = get().trainRuntime.hover;
        if (hover?.w !== old?.w || hover?.b !== old?.b) runtime({ hover });
      },
      setDragging: (i) => {
        const dragging = i !== null && Number.isInteger(i) && i >= 0 ? i : null;
        if (dragging !== get().trainRuntime.dragging) runtime({ dragging });
      },
      setInit: (w, b) => {
        if (Number.isFinite(w) && Number.isFinite(b))
          update({ init: { w, b } }, { step: 0, playing: true });
      },
      setLandscape: (p) => {
        const old = get().train.landscape;
        const next = patchLandscape(old, p);
        // A drag frame that changes nothing (the camera is rounded) writes nothing.
        if (JSON.stringify(next) !== JSON.stringify(old)) update({ landscape: next });
      },
      addGhost: (g) =>
        runtime({
          ghosts: [...get().trainRuntime.ghosts, { ...g, id: ++ghostId }].slice(-MAX_GHOSTS),
        }),
      clearGhosts: () => runtime({ ghosts: [] }),
    },
  };
};
