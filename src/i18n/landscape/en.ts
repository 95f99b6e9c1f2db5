// English strings of the loss landscape (keys under `landscape.`).
export const landscapeEn = {
  title: 'Loss landscape',
  w: 'weight w',
  b: 'bias b',
  loss: 'loss',
  minimum: 'grid minimum',
  summary:
    'Loss surface over w from {{w0}} to {{w1}} and b from {{b0}} to {{b1}}; lowest loss {{min}} at w = {{mw}}, b = {{mb}}. Click, or press Enter at the keyboard cursor (arrow keys), to restart training from a point.',
  computing: 'computing the surface…',
  computedIn: '{{g}}×{{g}} grid, {{m}} points: {{ms}} ms',
  grid: 'Grid',
  view: 'View',
  view2d: 'Heatmap',
  view3d: '3-D',
  fit: 'Fit view',
  hint: 'Drag to pan, scroll or pinch to zoom, click to restart from a point.',
  hint3d: 'Drag or use the arrow keys to rotate; scroll to zoom.',
  error: 'The surface could not be computed: {{message}}',
  thisRun: 'this run',
  compare: {
    label: 'Compare',
    none: 'nothing',
    optimizers: 'other optimizers, same start',
    learningRates: 'other learning rates',
    momentum: 'other momentum β',
    legend: 'Runs on the surface',
    diverged: 'diverged at step {{step}}',
    losses: 'Other losses, side by side',
    lossesTitle: 'The same data under {{n}} losses',
    lossesNote:
      'Each surface has its own colour scale; the cross marks its minimum. Drag a data point (an outlier) and watch the minima move: far under MSE, little under MAE.',
    minimumAt: 'grid minimum ≈ (w = {{w}}, b = {{b}})',
  },
  legendLog: 'log scale',
  reg: {
    surfaceWith:
      'Surface shown: data loss + λ·penalty = data loss + {{penalty}} (the penalty is on w only, never on b).',
    surfaceWithout:
      'Surface shown: the data loss (no penalty; set L2 λ above 0 to see the regularisation geometry).',
    dataMin: 'data-loss minimum (λ = 0)',
    regMin: 'regularised minimum of data loss + {{penalty}}',
    trajectory:
      'the regularised minimum as λ grows from 0 to 16× (dots: λ/16 … 16λ, doubling every two)',
    penaltyLine:
      'penalty level sets: vertical lines w = ±c (the penalty depends on w alone); the pair through the regularised minimum',
    touching: 'the data-loss contour that touches that pair: there the two pulls balance',
  },
  batch: {
    note: 'Mini-batch: the dashed contours are the loss of the batch that step {{step}} descends on ({{n}} of {{m}} training points). The step follows that surface’s gradient, not the full one’s: hence the jitter of the path.',
    min: 'this batch’s minimum',
  },
  stability: {
    title: 'Why a learning rate diverges',
    eigen: 'Hessian eigenvalues λ_max = {{max}}, λ_min = {{min}}; condition number κ = {{kappa}}',
    exact: 'exact: this loss is quadratic in (w, b)',
    estimated: 'at the current point, by power iteration on Hessian-vector products',
    limitSgd: 'Plain gradient descent is stable for η < 2/λ_max = {{limit}}',
    limitMomentum:
      'Heavy-ball momentum (β = {{beta}}) is stable for η < 2(1 + β)/λ_max = {{limit}}',
    current: 'current η = {{lr}}: {{verdict}}',
    ok: 'below the limit',
    over: 'above the limit: each step overshoots the minimum by more than it corrects, and the run diverges',
    naAdaptive:
      'n/a for {{name}}: it rescales each coordinate by its own gradient history, so no single limit applies.',
    naPiecewise:
      'n/a for {{name}}: the loss is piecewise linear, its Hessian is zero almost everywhere.',
    naConcave: 'n/a here: the loss is not convex at this point (λ_max ≤ 0).',
    mark: 'Stability limit on the slider: η < {{rule}} = {{limit}} (λ_max = {{lambda}}); beyond the mark (hatched) the run diverges.',
    markOver: 'η = {{lr}} is beyond it.',
  },
  frame: {
    diverges: 'diverges',
    divergesTitle: '{{run}} leaves the view after step {{step}} and diverges at step {{at}}',
    legend: 'Paths on the surface',
    start: 'start',
    previousMin: '{{loss}} minimum',
  },
  axes3d: {
    colorLegend: 'Loss colour scale',
    logNote: '(log scale)',
  },
} as const;
