// The Code view (the Train setup as tfjs and Python code) and Export (charts, CSV, state JSON).
export const teachEn = {
  code: {
    button: 'Code',
    title: 'Code for this training run',
    intro:
      'The same data, start weights, loss, optimizer, batches and steps as this run, with every hyper-parameter written out. It prints the loss as it trains and the final loss and weights, which match the app’s.',
    languages: 'Language',
    tfjs: 'tfjs (JavaScript)',
    python: 'Python (TensorFlow 2 / Keras)',
    runTfjs: 'Run it: npm install @tensorflow/tfjs, save as train.mjs, then node train.mjs.',
    runPython:
      'Run it: pip install tensorflow (2.16 or later), save as train.py, then python train.py.',
    appResult: 'This run in the app ends at step {{step}} with loss {{loss}}.',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed:
      'The clipboard is not available here: the code is selected, copy it with Ctrl+C (⌘C on a Mac).',
    download: 'Download',
    noGradient:
      'The 0-1 loss has no gradient, so there is no training code for it. Choose another loss.',
    unsupported:
      'This model, loss and data cannot be trained together, so there is no code to show.',
  },
  export: {
    button: 'Export',
    title: 'Export',
    charts: 'Charts on this view',
    noCharts: 'No chart is shown on this view yet.',
    png: 'PNG',
    svg: 'SVG',
    chartFailed: 'This chart could not be exported: {{reason}}',
    data: 'Data',
    exploreRows: 'Explore rows (CSV)',
    trainData: 'Training data (CSV)',
    trainHistory: 'Training history (CSV)',
    historyFailed: 'The training history could not be computed: {{reason}}',
    state: 'Whole state',
    stateIntro:
      'A JSON file with every setting of every tab (the same state as a shared link). Loading it back opens exactly this view.',
    saveState: 'Save state (JSON)',
    loadState: 'Load state…',
    tooBig: '{{name}} is larger than 1 MB: it is not a losscape state file. Nothing was changed.',
    notJson: '{{name}} is not valid JSON. Nothing was changed.',
    wrongShape:
      '{{name}} is not a losscape state file (it needs "format": "losscape-state" and a "hash" text). Nothing was changed.',
    working: 'Preparing…',
  },
} as const;
