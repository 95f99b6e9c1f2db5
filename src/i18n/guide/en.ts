// The Guide tab: the seed's FAQ, each answer with a preset that shows it.
export const guideEn = {
  title: 'Guide',
  intro:
    'Which loss function for which task, how to optimise a loss, and how the loss relates to the quality of a model. Each answer opens a view that shows it.',
  show: 'Show me: {{preset}}',
  toc: 'Contents',
  sections: {
    which: 'Which loss for which task?',
    optimise: 'How do I optimise a loss?',
    quality: 'How does the loss relate to model quality?',
    presets: 'All presets',
  },
  items: {
    regression: {
      q: 'Regression: predicting a number',
      a: 'Start with the mean squared error (MSE): it is smooth, its minimum is the mean, and its gradient is proportional to the error, so it trains fast.',
    },
    robust: {
      q: 'Robust regression: data with outliers',
      a: 'The MSE squares errors, so one outlier can pull the fit far away. The MAE (its minimum is the median) or the Huber loss (quadratic near 0, linear beyond δ) limit an outlier’s pull.',
    },
    binary: {
      q: 'Binary classification',
      a: 'Binary cross-entropy on a predicted probability (or cross-entropy with logits on a score). It punishes confident mistakes hard: near p = 0 for a positive example, the loss grows without bound.',
    },
    multiclass: {
      q: 'Multi-class classification',
      a: 'Categorical cross-entropy on a softmax: only the probability of the true class counts, −log p_true.',
    },
    imbalanced: {
      q: 'Imbalanced classes',
      a: 'When one class is rare, weight the cross-entropy by class, or use the focal loss, which down-weights the many easy examples so the rare, hard ones matter.',
    },
    counts: {
      q: 'Counts and rates',
      a: 'For non-negative counts (visits, events), the Poisson loss ŷ − y·log ŷ matches how counts vary: larger counts are allowed larger errors.',
    },
    quantiles: {
      q: 'Quantiles and prediction intervals',
      a: 'The quantile (pinball) loss with τ weights under- and over-predictions as τ and 1 − τ: its minimum is the τ-quantile, e.g. an upper bound at τ = 0.9.',
    },
    learningRate: {
      q: 'Choosing the learning rate',
      a: 'Too small and training crawls; above the stability limit (2 divided by the largest curvature) each step overshoots and the loss diverges. Try a value, watch the loss curve, and divide by 3 when it blows up.',
    },
    momentum: {
      q: 'Momentum',
      a: 'In a long, narrow valley plain gradient descent zig-zags across and creeps along. Momentum adds up past steps, so it speeds up along the valley and damps the zig-zag.',
    },
    adam: {
      q: 'Adaptive optimizers: RMSProp, Adagrad, Adam',
      a: 'They divide each step by a running size of its gradient, so steep and flat directions move at similar speeds. Adam adds momentum; it is a robust default.',
    },
    surrogate: {
      q: 'Loss is not accuracy',
      a: 'Accuracy counts mistakes (the 0-1 loss), which has no useful gradient. We train on a smooth surrogate (log loss, hinge) that bounds it from above and also rewards margin.',
    },
    confidence: {
      q: 'Low loss needs confidence, not just correctness',
      a: 'Two models with the same accuracy can have very different cross-entropy: confident wrong answers cost much more than hesitant ones.',
    },
    easy: {
      q: 'Which examples drive the loss?',
      a: 'With cross-entropy, many easy examples add up; the focal loss shrinks them by (1 − p)^γ, so training concentrates on the hard ones.',
    },
    exponential: {
      q: 'Why the exponential loss is fragile',
      a: 'AdaBoost’s exponential loss grows like e^(−m) for wrong answers, so a few mislabelled points dominate it; the log loss grows only linearly.',
    },
    flatSharp: {
      q: 'Flat or sharp minima: does a wider valley generalise better?',
      a: 'Li et al. (2018) trained one network with a small and with a large batch and drew the loss around each solution along random directions scaled filter by filter to the weights (filter normalisation, without which a solution with small weights, as weight decay gives, looks sharp). The small-batch solutions sat in wider valleys and had lower test error. Applications → Handwritten digits repeats this on a small CNN: there the full-batch solution is about 30 times sharper at its minimum (largest curvature) and its test error about one point higher, though the pictures’ valleys look alike — but one point is four of the 360 test digits, one seed, and the full batch also ends at a higher training loss, so it is a hint, not a proof. A 2-D slice shows two directions out of thousands: its lowest point need not be a minimum of the network, and a valley that looks flat may be steep in a direction the slice misses.',
    },
  },
  showDigits: 'Try it: Applications → Handwritten digits',
};
