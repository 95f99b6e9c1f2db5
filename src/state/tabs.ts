// The app's areas (DESIGN.md), hash-routed: `#/explore`, `#/train`, … The settings follow the
// tab id as a query (`#/train?v=1&tlr=0.05`): see state/url.
export const TAB_IDS = ['explore', 'train', 'applications', 'guide'] as const;
export type TabId = (typeof TAB_IDS)[number];
export const DEFAULT_TAB: TabId = 'explore';

export function isTabId(value: string): value is TabId {
  return (TAB_IDS as readonly string[]).includes(value);
}

/** The tab named by a location hash; an empty or unknown hash gives the default tab. */
export function parseTabHash(hash: string): TabId {
  const match = /^#\/([a-z-]+)/.exec(hash);
  return match && isTabId(match[1]) ? match[1] : DEFAULT_TAB;
}

export function tabHash(tab: TabId): string {
  return `#/${tab}`;
}
