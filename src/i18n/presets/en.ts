// The presets gallery: a title and one sentence on what each preset shows.
export const presetsEn = {
  button: 'Presets',
  title: 'Presets',
  intro: 'Each preset opens a prepared view. Its settings go into the link, so you can share it.',
  open: 'Open',
  close: 'Close',
  items: {
    seedLinear: {
      title: 'Linear regression, step by step',
      text: 'The classic example: x = 1…4, y = 2x, start at w = b = 0.5, plain gradient descent at learning rate 0.1.',
    },
    mseMaeOutlier: {
      title: 'MSE vs MAE with an outlier',
      text: 'One point the model cannot follow: its squared error dominates the MSE, while the MAE counts it only linearly.',
    },
    ceNearZero: {
      title: 'Why cross-entropy explodes near 0',
      text: 'A positive example predicted at p = 0.01: −log p is 4.6 and grows without bound as p → 0.',
    },
    expVsLog: {
      title: 'Exponential vs log loss',
      text: 'Both decrease with the margin, but the exponential loss grows like e^(−m) for wrong answers, the log loss only linearly.',
    },
    lrTooHigh: {
      title: 'Learning rate too high',
      text: 'At 0.15, above the stability limit of about 0.12 for these data, each step overshoots further: the loss diverges.',
    },
    momentumVsGd: {
      title: 'Momentum vs plain gradient descent',
      text: 'Momentum accumulates steps along the long, shallow valley; compare it with SGD on the loss landscape.',
    },
    adamValley: {
      title: 'Adam on a narrow valley',
      text: 'The seed data make a narrow valley (condition number ≈ 55); Adam scales each direction by its own gradient history.',
    },
    focalEasy: {
      title: 'Focal loss on an easy example',
      text: 'A positive example already at p = 0.9: focal loss multiplies its loss by (1 − p)^γ, so easy examples barely count.',
    },
    quantile: {
      title: 'Quantile loss at τ = 0.9',
      text: 'Under-predictions cost nine times as much as over-predictions: the best prediction is the 90th percentile.',
    },
    poisson: {
      title: 'Poisson loss for counts',
      text: 'For counts and rates (ŷ > 0): the loss of a Poisson model, minimal at ŷ = y.',
    },
    multiclass: {
      title: 'Multi-class cross-entropy',
      text: 'Three classes; one sample puts 0.96 on the wrong class and 0.02 on the true one.',
    },
    imbalanced: {
      title: 'Imbalanced classes: weighted cross-entropy',
      text: 'A small object on a large background: weighting each class by its rarity keeps the object from being ignored.',
    },
    zeroOne: {
      title: 'The 0-1 loss and its surrogates',
      text: 'Accuracy counts mistakes (the 0-1 loss), which has no gradient; hinge and log loss are smooth upper bounds to train on.',
    },
  },
};
