// The one-figure embeds (`fig=`, issue 16): the single place that says which figures exist,
// which tab's state each reads, which controls it may show and its default aspect. A figure's
// `controls` is an allow-list fixed with its id: `ctl=` may name only these, and a figure shows
// only what `ctl=` names, so a control added to a figure later never appears in an old embed.
// Ids are URL vocabulary (never rename one; add). To re-point a figure to another component,
// change its `load` here and nothing else.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { withStrings } from '../i18n/strings';
import type { TabId } from '../state/tabs';

/** Controls a figure can show, by `ctl=` id. */
export const FIGURE_CONTROLS = ['loss', 'params', 'transport', 'lr', 'log'] as const;
export type FigureControl = (typeof FIGURE_CONTROLS)[number];

export interface FigureProps {
  /** The controls to show: the link's `ctl=` ids that this figure allows, in its order. */
  ctl: readonly FigureControl[];
}

export interface FigureDef {
  tab: TabId;
  controls: readonly FigureControl[];
  /** Width / height the Embed dialog proposes (the frame keeps it on narrow pages). */
  aspect: number;
  Component: LazyExoticComponent<ComponentType<FigureProps>>;
}

// Each figure module loads with the strings of the areas it shows (src/i18n/areaUse.test.ts).
const explore = withStrings(
  ['explore', 'losses', 'a11y'],
  () => import('../components/figures/ExploreFigures'),
);
const train = withStrings(
  ['train', 'landscape', 'a11y'],
  () => import('../components/figures/TrainFigures'),
);
const apps = withStrings(
  ['applications', 'digits', 'landscape', 'a11y'],
  () => import('../components/figures/AppFigures'),
);

export const FIGURES = {
  curves: {
    tab: 'explore',
    controls: ['loss', 'params'],
    aspect: 3 / 2,
    Component: lazy(() => explore().then((m) => ({ default: m.CurvesFigure }))),
  },
  steps: {
    tab: 'explore',
    controls: ['loss'],
    aspect: 3 / 2,
    Component: lazy(() => explore().then((m) => ({ default: m.StepsFigure }))),
  },
  margin: {
    tab: 'explore',
    controls: [],
    aspect: 3 / 2,
    Component: lazy(() => explore().then((m) => ({ default: m.MarginFigure }))),
  },
  dist: {
    tab: 'explore',
    controls: [],
    aspect: 3 / 2,
    Component: lazy(() => explore().then((m) => ({ default: m.DistFigure }))),
  },
  data: {
    tab: 'train',
    controls: ['transport'],
    aspect: 3 / 2,
    Component: lazy(() => train().then((m) => ({ default: m.DataFigure }))),
  },
  loss: {
    tab: 'train',
    controls: ['transport', 'log'],
    aspect: 3 / 2,
    Component: lazy(() => train().then((m) => ({ default: m.LossFigure }))),
  },
  landscape: {
    tab: 'train',
    controls: ['transport', 'lr'],
    aspect: 4 / 3,
    Component: lazy(() => train().then((m) => ({ default: m.LandscapeFigure }))),
  },
  kmeans: {
    tab: 'applications',
    controls: [],
    aspect: 4 / 3,
    Component: lazy(() => apps().then((m) => ({ default: m.KMeansFigure }))),
  },
  // An HDF5 landscape opened in Applications (issue 17.6): its link carries the surface (`h5=`).
  h5: {
    tab: 'applications',
    controls: [],
    aspect: 5 / 4,
    Component: lazy(() => apps().then((m) => ({ default: m.H5Figure }))),
  },
} as const satisfies Record<string, FigureDef>;

export type FigureId = keyof typeof FIGURES;
export const FIGURE_IDS = Object.keys(FIGURES) as FigureId[];

export const isFigureId = (v: string): v is FigureId => Object.hasOwn(FIGURES, v);

export const figureDef = (id: FigureId): FigureDef => FIGURES[id];

/** The figure a link asks for, with its controls; unknown ids named for the notice. */
export interface FigureChoice {
  id: FigureId;
  ctl: FigureControl[];
}

export function readFigure(
  fig: string | null,
  ctl: string | null,
): { choice: FigureChoice | null; ignored: string[] } {
  if (fig === null) return { choice: null, ignored: ctl !== null ? ['ctl'] : [] };
  if (!isFigureId(fig)) return { choice: null, ignored: [`fig:${fig.slice(0, 24)}`] };
  const asked = (ctl ?? '').split(',').filter(Boolean);
  const allowed: readonly string[] = FIGURES[fig].controls;
  const ignored = [...new Set(asked.filter((c) => !allowed.includes(c)))].map(
    (c) => `ctl:${c.slice(0, 24)}`,
  );
  const shown = FIGURES[fig].controls.filter((c) => asked.includes(c));
  return { choice: { id: fig, ctl: shown }, ignored };
}
