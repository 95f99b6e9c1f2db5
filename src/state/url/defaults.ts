// The default settings of every tab, as a plain object: no zod and no codec, so the first paint
// of a link without state needs neither (defaults.test.ts checks them against the URL reader).
import { initialExplore } from '../explore/slice';
import { initialTrain } from '../train/slice';
import { initialApplications } from '../applications/slice';
import { initialLesson } from '../lesson/slice';
import { DEFAULT_TAB, isTabId, type TabId } from '../tabs';
import type { Draft } from './field';

export function defaultDraft(tab: TabId = DEFAULT_TAB): Draft {
  return {
    tab,
    lang: 'en',
    theme: null,
    embed: false,
    explore: initialExplore(),
    train: initialTrain(),
    applications: initialApplications(),
    lesson: initialLesson(),
  };
}

/**
 * The tab of a hash that carries no state: ``, `#`, `#/`, `#/train`; null for any other (a
 * query, an unknown tab, a packed link), which the URL reader (./urlState.ts) must read.
 */
export function bareTab(hash: string): TabId | null {
  const m = /^#?(?:\/([a-z]*))?$/.exec(hash);
  if (!m) return null;
  const path = m[1] ?? '';
  if (path === '') return DEFAULT_TAB;
  return isTabId(path) ? path : null;
}
