// English strings. Keys are grouped by the part of the shell that shows them; zhCN.ts must
// have exactly the same keys (its type says so), with terms from shared/GLOSSARY.md.
// `shellEn` is what the app's entry chunk holds: the shell's own strings and the areas the shell
// shows itself. Every other area loads with the view that shows it (./strings.ts), so this file
// imports none of them; ./all.ts assembles the whole tree `en` (types, tests, tools).
import { presetsEn } from './presets/en';
import { teachEn } from './teach/en';
import { offlineEn } from './offline/en';
import { lessonEn } from './lesson/en';
import { classroomEn } from './classroom/en';
import { robustEn } from './robust/en';

export const shellEn = {
  presets: presetsEn,
  teach: teachEn,
  offline: offlineEn,
  lesson: lessonEn,
  classroom: classroomEn,
  robust: robustEn,
  app: {
    name: 'losscape',
    tagline: 'Loss functions and loss landscapes, computed in your browser',
    skipToContent: 'Skip to content',
  },
  tabs: {
    label: 'Views',
    explore: 'Explore',
    train: 'Train',
    applications: 'Applications',
    guide: 'Guide',
  },
  coming: {
    badge: 'Coming soon',
    explore:
      'Edit (y, ŷ) pairs, compare loss curves and their derivatives, and follow the computation step by step.',
    train:
      'Train a linear regression, a logistic regression or a small MLP live, and watch the optimizer move across the loss landscape.',
    applications:
      'Image classification, semantic segmentation and k-means clustering as small live demos.',
    guide:
      'Which loss function to use for which task, how to optimize it, and how loss relates to model quality.',
  },
  settings: {
    language: 'Language',
    darkTheme: 'Dark theme',
  },
  status: {
    label: 'Status',
    backend: 'Backend',
    loading: 'loading…',
    renderer: 'Renderer',
    noWebgl: 'no WebGL',
    tensors: 'Tensors',
    surfaces: 'Surfaces',
    surfaceEngine: {
      'fused-webgl': 'one fused WebGL program',
      'chunked-ops': 'chunked tfjs ops',
    },
    mainThread: 'on the main thread',
    failed: 'No computing backend could start.',
    invalidParam:
      'Unknown backend “{{value}}” in the URL (use webgl, wasm or cpu); choosing automatically.',
    reasonInParens: '({{reason}})',
    reason: {
      forced: 'forced by the URL',
      'hardware-gpu': 'hardware GPU',
      'software-webgl': 'WebGL is software-rendered, wasm is faster',
      'no-webgl': 'no WebGL available',
      node: 'not in a browser',
      fallback: 'fell back after {{failed}} failed',
    },
  },
  url: {
    ignoredUrl: 'Some settings in the link were not valid and were replaced by defaults: {{keys}}.',
    ignoredStorage: 'Some saved settings were not valid and were replaced by defaults: {{keys}}.',
    dismiss: 'Dismiss',
    kept: 'This link could not be read (it is damaged or too long), so nothing was changed: your saved work is still here.',
    keepWork: 'Keep my work',
    startFresh: 'Start afresh',
  },
  share: {
    item: 'Link to this view',
    menuHint: 'Share, embed, save as a lesson, export',
    button: 'Share',
    title: 'Share this view',
    intro: 'This link opens exactly this view, with every setting.',
    link: 'Link',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'The clipboard is not available here: select the link and copy it by hand.',
    close: 'Close',
  },
  embed: {
    button: 'Embed',
    title: 'Embed this view',
    intro:
      'Paste this into a course page: it shows one view or one figure of the current settings, with no header, and saves nothing in the visitor’s browser.',
    width: 'Width (px)',
    height: 'Height (px)',
    language: 'Language',
    snippet: 'Code to paste',
    open: 'Open in losscape',
    frameTitle: 'losscape: {{view}}',
    figure: 'Show',
    wholeViews: 'A whole view',
    oneFigure: 'One figure',
    keepAspect: 'Keep the figure’s proportions ({{ratio}})',
    previewAt: 'Preview: the frame at {{width}} × {{height}} px, shown at {{scale}} %',
    previewTitle: 'Preview of the embedded view',
    figs: {
      curves: 'Loss curves ℓ(ŷ) with the marker',
      steps: 'Step-by-step computation',
      margin: 'Losses of the margin',
      dist: 'Distributions P and Q',
      data: 'Data and fit',
      loss: 'Loss vs epoch',
      landscape: 'Loss landscape with the path',
      kmeans: 'k-means clustering',
      h5: 'Loss landscape from an HDF5 file',
    },
    ctl: {
      legend: 'Controls shown in the figure',
      loss: 'Loss',
      params: 'Loss parameters',
      transport: 'Play, step, reset',
      lr: 'Learning rate',
      log: 'Log scale',
    },
    fig: {
      needsScalar:
        'This figure shows one-number predictions: open the view for the multi-class task.',
      needsLine: 'This figure shows linear or logistic regression: open the view for the MLP.',
    },
    format: 'Paste into',
    formats: {
      html: 'Web page, LMS (Moodle, Canvas…), Markdown',
      jupyter: 'A Jupyter notebook cell',
      mdx: 'Docusaurus (MDX)',
      reveal: 'reveal.js slides',
    },
  },
  panelError: {
    title: 'This panel stopped working.',
    retry: 'Try again',
  },
  surfaceChoice: {
    workers: '{{count}} workers',
    probe: '{{ms}} ms probe',
    cachedProbe: '{{ms}} ms probe, measured earlier',
    timingsTitle: 'Measured on a small surface: {{list}}',
    failed: 'did not start',
    candidate: {
      worker: 'one worker',
      workers: 'worker pool',
      main: 'main thread',
    },
  },
} as const;
