// The classifier card's pure parts: its learning rates, and which example "Make one wrong"
// relabels.

/** The learning rates offered (the select's options). */
export const CLASSIFIER_LRS = [0.01, 0.05, 0.1, 0.5, 1, 2];

/**
 * The example whose true class is predicted most confidently: relabelling it makes its loss
 * explode. probs[i][c] is p(c | xᵢ), labels[i] the true class; the first wins a tie; −1 when
 * there is no example.
 */
export function mostConfident(
  probs: readonly (readonly number[])[],
  labels: readonly number[],
): number {
  let best = -1;
  let top = -Infinity;
  probs.forEach((p, i) => {
    const v = p[labels[i]];
    if (v > top) [best, top] = [i, v];
  });
  return best;
}
