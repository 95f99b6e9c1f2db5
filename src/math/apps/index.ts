// The Applications tab's math (k-means, a softmax classifier on glyphs, segmentation losses),
// re-exported by src/math/index.ts.
export {
  kmeansRun,
  kmeansElbow,
  kmeansInit,
  checkKMeans,
  KMEANS_K_MAX,
  KMEANS_POINTS_MAX,
  type KMeansInit,
  type KMeansRequest,
  type KMeansRun,
  type KMeansIteration,
  type Point2,
} from './kmeans';
export { makeGlyphs, GLYPH_SIZE, GLYPH_CLASSES, type GlyphSet, type GlyphClass } from './glyphs';
export {
  createSoftmaxTrainer,
  type SoftmaxData,
  type SoftmaxSnapshot,
  type SoftmaxTrainer,
} from './softmax';
export {
  segmentationLoss,
  blurProbabilities,
  balancedWeights,
  SEG_LOSSES,
  DICE_SMOOTH,
  type SegLoss,
  type SegRequest,
  type SegResult,
} from './segmentation';
