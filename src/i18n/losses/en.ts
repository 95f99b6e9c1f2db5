// English names and "about" texts of the losses (keys under `losses.`, one block per registry id,
// plus the parameters' names). The math files (src/math/losses) keep only the expressions and their
// conventions. Terms: shared/GLOSSARY.md.
export const lossesEn = {
  mse: {
    name: 'Mean squared error (MSE)',
    measures: 'The average squared error: large errors count quadratically more than small ones.',
    use: 'Regression with roughly Gaussian noise; it is the maximum-likelihood loss for Gaussian errors and its minimiser is the conditional mean.',
    avoid: 'Data with outliers: one far point can dominate the loss and drag the fit.',
    range: '[0, ∞), 0 at a perfect prediction.',
    gradient:
      'ℓ′ = 2(ŷ − y): grows linearly with the error, so big errors pull hard and small ones gently.',
  },
  mae: {
    name: 'Mean absolute error (MAE)',
    measures: 'The average absolute error: every unit of error costs the same.',
    use: 'Regression with outliers or heavy-tailed (Laplace) noise; its minimiser is the conditional median.',
    avoid:
      'When you need a smooth loss near the optimum: its gradient jumps from −1 to +1 at zero error, so plain gradient descent jitters there.',
    range: '[0, ∞), 0 at a perfect prediction.',
    gradient:
      'ℓ′ = sign(ŷ − y): a constant pull of ±1 whatever the size of the error (0 at zero error here, as in PyTorch).',
  },
  huber: {
    name: 'Huber loss',
    measures:
      'Squared error for small errors (|e| ≤ δ), absolute error beyond: a compromise between MSE and MAE.',
    use: 'Regression with a few outliers, when you still want smooth, well-behaved gradients near the optimum.',
    avoid:
      'When you have no idea of the noise scale: δ sets where "small" ends and must fit the data.',
    range: '[0, ∞), 0 at a perfect prediction.',
    gradient: 'ℓ′ = e for |e| ≤ δ, δ·sign(e) beyond: the pull of an outlier is capped at δ.',
  },
  logcosh: {
    name: 'Log-cosh loss',
    measures: 'Like ½e² for small errors and like |e| − ln 2 for large ones, smooth everywhere.',
    use: 'Robust regression with a twice-differentiable loss and no parameter to tune.',
    avoid:
      'When the error scale is far from 1: the switch from quadratic to linear happens near |e| ≈ 1, so rescale the target first.',
    range: '[0, ∞), 0 at a perfect prediction.',
    gradient: 'ℓ′ = tanh(ŷ − y): linear near 0, saturating at ±1 for large errors.',
  },
  quantile: {
    name: 'Quantile (pinball) loss',
    measures:
      'An asymmetric absolute error: under-prediction costs τ per unit, over-prediction 1 − τ.',
    use: 'Predicting a quantile (τ = 0.9 for "90% of outcomes fall below"), prediction intervals; τ = 0.5 is half the MAE.',
    avoid: 'When you want the mean rather than a quantile.',
    range: '[0, ∞), 0 at a perfect prediction.',
    gradient: 'ℓ′ = −τ when ŷ < y, 1 − τ when ŷ > y: constant, asymmetric pulls.',
  },
  poisson: {
    name: 'Poisson loss',
    measures:
      'The negative log-likelihood of counts y under a Poisson distribution with rate ŷ (dropping the log y! term).',
    use: 'Count data (visits, events per hour) where the variance grows with the mean.',
    avoid: 'Negative targets or predictions; use a log link (ŷ = e^z) so the rate stays positive.',
    range: 'Not bounded below by 0: its minimum over ŷ is y − y log y, reached at ŷ = y.',
    gradient: 'ℓ′ = 1 − y/(ŷ + ε): zero at ŷ = y, steep as ŷ → 0 when y > 0.',
  },
  bce: {
    name: 'Binary cross-entropy',
    measures:
      'The surprise −log p of the true label under the predicted probability p: the log loss.',
    use: 'Binary classification with a probability output; the maximum-likelihood loss for a Bernoulli label.',
    avoid:
      'Giving it raw scores (it expects probabilities); with a model, prefer the logit form, which stays accurate for confident predictions.',
    range: '[0, −log ε ≈ 16.1] with the ε-clip; 0 when p equals a hard label.',
    gradient:
      'ℓ′ = (p − y) / (p(1 − p)): it explodes as a wrong prediction becomes confident (p → 0 for y = 1), and is 0 where the clip is active.',
  },
  bce_logits: {
    name: 'Cross-entropy with logits',
    measures: 'Binary cross-entropy of p = σ(z), computed from the logit z without forming p.',
    use: 'Training any binary classifier: it is exact and never overflows, even for |z| in the hundreds.',
    avoid: 'Inputs that are already probabilities (use binary cross-entropy).',
    range: '[0, ∞); grows like |z| for a confidently wrong logit.',
    gradient: 'ℓ′ = σ(z) − y: bounded in [−1, 1], never vanishing for a wrong prediction.',
  },
  focal: {
    name: 'Focal loss',
    measures:
      'Cross-entropy scaled down by (1 − p_t)^γ for well-classified examples, and weighted by α_t per class (Lin et al., 2017).',
    use: 'Heavily imbalanced classification (object detection): easy negatives stop dominating the loss.',
    avoid:
      'Balanced data with few easy examples: γ = 0 and α = 0.5 reduce it to half the cross-entropy.',
    range: '[0, ∞) (≈ 16.1·α_t at the clip); 0 for a correct, confident prediction.',
    gradient: 'Almost flat near p_t = 1 (the focusing), steep for confidently wrong predictions.',
  },
  hinge: {
    name: 'Hinge loss',
    measures: 'How far a point is from being on the right side with a margin of 1.',
    use: 'Maximum-margin classifiers (linear SVMs); points beyond the margin cost nothing.',
    avoid: 'When you need probabilities: the score it produces is not calibrated.',
    range: '[0, ∞); 0 once y·f ≥ 1.',
    gradient: 'ℓ′ = −y while y·f < 1, then 0: only margin violators pull.',
  },
  squared_hinge: {
    name: 'Squared hinge loss',
    measures: 'The hinge loss squared: smooth at the margin, harsher on large violations.',
    use: 'SVM-style classification where a differentiable loss helps the optimizer (L2-SVM).',
    avoid: 'Noisy labels: a badly mislabelled point costs quadratically.',
    range: '[0, ∞); 0 once y·f ≥ 1.',
    gradient: 'ℓ′ = −2y·max(0, 1 − y·f): continuous, fading to 0 at the margin.',
  },
  exponential: {
    name: 'Exponential loss',
    measures:
      'e^(−margin): the loss AdaBoost minimises. It is not the log loss: log loss grows linearly for wrong predictions, this grows exponentially.',
    use: 'Boosting (AdaBoost); understanding why boosting is sensitive to label noise.',
    avoid:
      'Noisy labels or outliers: one badly misclassified point can dominate; it overflows float32 beyond y·f < −88 (shown as ∞).',
    range: '(0, ∞); 1 at margin 0, never exactly 0.',
    gradient: 'ℓ′ = −y·e^(−y·f): grows exponentially with a wrong margin.',
  },
  zero_one: {
    name: '0-1 loss',
    measures: 'The error rate: 1 for each misclassified point, 0 otherwise.',
    use: 'Reporting accuracy (1 − 0-1 loss); the target every surrogate loss bounds from above.',
    avoid: 'Training: its gradient is zero almost everywhere, so gradient descent cannot use it.',
    range: '[0, 1].',
    gradient:
      'None: 0 almost everywhere and undefined at the boundary (losscape refuses to compute it).',
  },
  cce: {
    name: 'Categorical cross-entropy',
    measures:
      'The cross-entropy H(y, p) between the true class distribution y and the predicted p; with one-hot y, it is −log of the probability given to the true class.',
    use: 'Multi-class classification with a softmax output (one-hot or soft labels).',
    avoid:
      'Multi-label problems, where classes are not exclusive (use binary cross-entropy per class).',
    range:
      '[0, −log ε ≈ 16.1] per row with one-hot labels; H(y) > 0 is its minimum for soft labels.',
    gradient:
      'Through the normalisation, it raises the true class and lowers the others in proportion.',
  },
  kl: {
    name: 'KL divergence',
    measures:
      'KL(y‖p): the extra nats needed to code samples of y with a code built for p. Cross-entropy = entropy H(y) + KL.',
    use: 'Matching distributions: distillation, variational inference, soft targets.',
    avoid: 'Expecting symmetry: KL(y‖p) ≠ KL(p‖y); it punishes p ≈ 0 where y > 0 without bound.',
    range: '[0, ∞) for distributions, 0 when p = y (here up to the ε-clip).',
    gradient: 'ℓ′_k = −y_k / p_k: large where the prediction misses mass the truth has.',
  },
  custom: {
    name: 'Custom loss',
  },
  params: {
    delta: 'Huber δ',
    tau: 'quantile τ',
    gamma: 'focal γ',
    alpha: 'focal α',
  },
};
