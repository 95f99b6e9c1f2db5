// Tab → panel: the one table to edit when a real panel lands. Replace a tab's
// `comingPanel('…')` with a lazy import so its code loads only when the tab is opened:
//   explore: { Panel: lazy(() => import('./explore/ExplorePanel')) },
// (the module's default export is the panel). Tab ids and their order live in state/tabs.ts;
// labels are the i18n keys `tabs.<id>`.
import { lazy, type ComponentType } from 'react';
import type { TabId } from '../state/tabs';

export interface PanelEntry {
  Panel: ComponentType;
}

export const PANELS: Record<TabId, PanelEntry> = {
  explore: { Panel: lazy(() => import('./explore/ExplorePanel')) },
  train: { Panel: lazy(() => import('./train/TrainPanel')) },
  applications: { Panel: lazy(() => import('./applications/ApplicationsPanel')) },
  guide: { Panel: lazy(() => import('./guide/GuidePanel')) },
};
