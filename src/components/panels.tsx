// Tab → panel: the one table to edit when a real panel lands. Each panel is a lazy import so
// its code loads only when the tab is opened, with the strings of the areas it shows (i18n
// areas, src/i18n/<area>/; src/i18n/areaUse.test.ts checks the list against the panel's code):
// add `tab: withStrings(['area'], () => import('./tab/TabPanel'))` (the module's default export
// is the panel). Tab ids and their order live in state/tabs.ts; labels are the i18n keys
// `tabs.<id>`.
import { createElement, lazy, type ComponentType } from 'react';
import { withStrings } from '../i18n/strings';
import type { TabId } from '../state/tabs';

type Load = () => Promise<{ default: ComponentType }>;

const LOADERS: Record<TabId, Load> = {
  explore: withStrings(['explore', 'losses', 'a11y'], () => import('./explore/ExplorePanel')),
  train: withStrings(
    ['train', 'landscape', 'a11y', 'losses', 'digits'],
    () => import('./train/TrainPanel'),
  ),
  applications: withStrings(
    ['applications', 'digits', 'a11y', 'landscape', 'train'],
    () => import('./applications/ApplicationsPanel'),
  ),
  guide: withStrings(['guide'], () => import('./guide/GuidePanel')),
};

/** A panel's code could not be downloaded (offline, a new deploy): a Retry can fix it. */
export class ChunkLoadError extends Error {
  constructor(
    readonly what: TabId,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'ChunkLoadError';
  }
}

const cache = new Map<TabId, ComponentType>();

/**
 * The tab's lazy panel. React.lazy keeps a rejected import forever (so the error boundary sees
 * the same error on every render); Retry calls `forgetPanel`, and the next render makes a new
 * lazy component that downloads again.
 */
export function panelOf(tab: TabId): ComponentType {
  let Panel = cache.get(tab);
  if (!Panel) {
    Panel = lazy(() =>
      LOADERS[tab]().catch((err: unknown) => {
        throw new ChunkLoadError(tab, err);
      }),
    );
    cache.set(tab, Panel);
  }
  return Panel;
}

/** Drops the tab's lazy panel (after its load failed), so the next render loads it anew. */
export function forgetPanel(tab: TabId): void {
  cache.delete(tab);
}

/** The tab's panel (its lazy component is cached per tab, not made per render). */
export function TabPanel({ tab }: { tab: TabId }) {
  return createElement(panelOf(tab));
}
