// The losses each Train model trains on (a file of its own so the slice and the plans can both
// read it without importing each other).

/** Losses the MLP trains on: classification losses read from its logit (DESIGN.md). */
export const MLP_LOSSES = [
  'bce',
  'bce_logits',
  'focal',
  'hinge',
  'squared_hinge',
  'exponential',
] as const;
