// The public math API of losscape (DESIGN.md, "Math API contract"): used by the app, the tests
// and embedders. Tensors never leave this module: functions take and return numbers and arrays.
export { LossInputError } from './errors';
export { lossValue, lossGradient, lossCurve } from './loss';
export { lossPerPoint, type PerPoint, type PerPointItem } from './perPoint';
export { startDragSurface, type DragSurface } from './dragSurface';
export { lossSurface, CHUNK_ELEMENTS, type SurfaceRequest } from './surface';
export {
  trainPath,
  OPTIMIZER_DEFAULTS,
  OPTIMIZERS,
  DIVERGENCE_LIMIT,
  type TrainRequest,
  type TrainResult,
  type OptimizerSpec,
  type OptimizerName,
} from './train';
export { LOSSES, LOSS_IDS, getLoss, isLossId, resolveParams } from './losses/registry';
export { EPS } from './losses/types';
export type {
  LossDef,
  LossId,
  LossParams,
  ParamSpec,
  ParamId,
  YHatKind,
} from './losses/types';
export {
  modelElement,
  type ModelKind,
  type ModelProblem,
  type Regularization,
} from './models';
export { batchAt, batchSchedule } from './batches';
export { VALUE_LIMIT, type Values } from './validate';
export {
  initBackend,
  backendInfo,
  tensorCount,
  onWebglContextLost,
  replaceLostWebgl,
  CONTEXT_LOST,
  isSoftwareRenderer,
  type BackendInfo,
  type BackendName,
} from './backend';
export {
  startSurfaceEngine,
  startMeasuredSurfaceEngine,
  poolEngine,
  type SurfaceEngine,
  type SurfaceResult,
} from './surfaceEngine';
export {
  chooseEngine,
  type EngineCandidate,
  type EngineChoice,
  type CandidateTiming,
} from './engineChoice';
export type { SurfaceEngineInfo, SurfaceEngineKind } from './surfaceProtocol';
export { fusedLossSurface, canRunFused } from './fusedSurface';
export {
  curvature,
  stabilityLimit,
  eig2,
  type Curvature,
  type CurvatureRequest,
} from './curvature';
export {
  trainMlp,
  mlpPredict,
  initMlp,
  mlpSize,
  type MlpSpec,
  type MlpProblem,
  type MlpTrainRequest,
  type MlpTrainResult,
} from './mlp';
export {
  mlpSlice,
  mlpInterpolation,
  projectOnSlice,
  filterNormalizedDirection,
  filters,
  type MlpSlice,
  type MlpSliceRequest,
  type MlpInterpolationRequest,
} from './mlpLandscape';
export * from './apps';
export {
  parseLoss,
  MAX_FORMULA_LENGTH,
  MAX_FORMULA_DEPTH,
  FORMULA_NAMES,
  type ParseError,
  type ParseResult,
} from './parser';
export { toLatex } from './latex';
export {
  compileCustomLoss,
  customLossValue,
  customLossGradient,
  customLossCurve,
  customLossRows,
  type CustomLoss,
} from './customLoss';
// pathPointGradients: pointGradients' dz at every step of a path in one batched call (a row of
// NaN where a step is out of range, where pointGradients throws).
export { pathLoss, pathPointGradients, pointGradients } from './pathLoss';
