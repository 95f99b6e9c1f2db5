// The app's strings, loaded by area (issue 15.5: a smaller start). The entry chunk holds the
// shell's English strings only (`shellEn`: header, tabs, status bar, notices, the header's
// dialogs). Each other area is a chunk per language that loads with the view that shows it: a
// lazily loaded tab, figure or dialog wraps its import in `withStrings`, which loads the view and
// its areas' strings together, so the view's first render has them. The Chinese shell is one
// chunk. A language switch first loads, in the new language, the shell and every area loaded so
// far, then switches: no view shows a key or the old language meanwhile.
import type { i18n } from 'i18next';
import { shellEn } from './en';
import { createInstance } from './instance';
import type { Lang } from '../state/prefs';

type Load = () => Promise<object>;

const EN = {
  explore: () => import('./explore/en').then((m) => m.exploreEn),
  train: () => import('./train/en').then((m) => m.trainEn),
  landscape: () => import('./landscape/en').then((m) => m.landscapeEn),
  applications: () => import('./applications/en').then((m) => m.applicationsEn),
  guide: () => import('./guide/en').then((m) => m.guideEn),
  a11y: () => import('./a11y/en').then((m) => m.a11yEn),
  digits: () => import('./digits/en').then((m) => m.digitsEn),
  losses: () => import('./losses/en').then((m) => m.lossesEn),
} satisfies Record<string, Load>;

/** An area whose strings load with its view (the others are in `shellEn`). */
export type StringArea = keyof typeof EN;

const ZH: Record<StringArea, Load> = {
  explore: () => import('./explore/zhCN').then((m) => m.exploreZhCN),
  train: () => import('./train/zhCN').then((m) => m.trainZhCN),
  landscape: () => import('./landscape/zhCN').then((m) => m.landscapeZhCN),
  applications: () => import('./applications/zhCN').then((m) => m.applicationsZhCN),
  guide: () => import('./guide/zhCN').then((m) => m.guideZhCN),
  a11y: () => import('./a11y/zhCN').then((m) => m.a11yZhCN),
  digits: () => import('./digits/zhCN').then((m) => m.digitsZhCN),
  losses: () => import('./losses/zhCN').then((m) => m.lossesZhCN),
};

/** Each language's area loaders and its shell (null: inline). */
export const STRING_CHUNKS: Record<Lang, { shell: Load | null; areas: Record<StringArea, Load> }> =
  {
    en: { shell: null, areas: EN },
    'zh-CN': { shell: () => import('./zhShell').then((m) => m.shellZhCN), areas: ZH },
  };

/** Areas some view has asked for; a language switch loads them all in the new language. */
const wanted = new Set<StringArea>();
/** The app's live instances, and the language each is switching to. */
const instances = new Set<i18n>();
const switching = new WeakMap<i18n, string>();

/** Whether `inst` has `lng`'s strings of an area, or of the shell (its `app` block). */
const has = (inst: i18n, lng: string, part: StringArea | 'app') =>
  inst.getResource(lng, 'translation', part) !== undefined;

/** Loads into `inst` what `lng` lacks of the shell and of `areas`. */
async function fill(inst: i18n, lng: string, areas: Iterable<StringArea>): Promise<void> {
  const chunks = STRING_CHUNKS[lng as Lang];
  if (!chunks) return;
  const jobs: Promise<void>[] = [];
  if (chunks.shell && !has(inst, lng, 'app')) {
    const load = chunks.shell;
    jobs.push(load().then((b) => void inst.addResourceBundle(lng, 'translation', b, true, true)));
  }
  for (const area of areas) {
    if (has(inst, lng, area)) continue;
    jobs.push(
      chunks.areas[area]().then(
        (b) => void inst.addResourceBundle(lng, 'translation', { [area]: b }, true, true),
      ),
    );
  }
  await Promise.all(jobs);
}

/** Before a switch to `lng`: its shell and every wanted area (also those asked for meanwhile). */
async function prepare(inst: i18n, lng: string): Promise<void> {
  switching.set(inst, lng);
  try {
    let before = -1;
    while (before !== wanted.size) {
      before = wanted.size;
      await fill(inst, lng, wanted);
    }
  } finally {
    if (switching.get(inst) === lng) switching.delete(inst);
  }
}

/**
 * Loads the areas' strings into every live instance, in its language and in the one it is
 * switching to; resolves when they are there. Rejects when a chunk cannot load, as the view's
 * own import would: the view's error boundary offers Retry.
 */
export async function loadStrings(areas: readonly StringArea[]): Promise<void> {
  for (const a of areas) wanted.add(a);
  const jobs: Promise<void>[] = [];
  for (const inst of instances) {
    const langs = new Set([inst.language, switching.get(inst)]);
    for (const lng of langs) if (lng) jobs.push(fill(inst, lng, areas));
  }
  await Promise.all(jobs);
}

/** A view's loader that also loads its areas' strings, both at once (for React.lazy). */
export function withStrings<T>(areas: readonly StringArea[], load: () => Promise<T>) {
  return (): Promise<T> => Promise.all([load(), loadStrings(areas)]).then(([m]) => m);
}

/**
 * The app's instance: English shell strings inline. Resolves once the start language's shell is
 * there (at once for English), so the first render is in that language.
 */
export async function createAppI18n(lang: Lang): Promise<i18n> {
  const instance = createInstance(lang, shellEn, prepare);
  instances.add(instance);
  if (lang !== 'en') await instance.changeLanguage(lang);
  return instance;
}

/** Drops an instance (tests; the app keeps its one for the page's life). */
export function releaseAppI18n(instance: i18n): void {
  instances.delete(instance);
}
