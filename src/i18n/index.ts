// Every string at once: English inline, the Chinese tree one chunk loaded when chosen. This is the
// instance of the tests and tools (a test's first `t()` needs no await). The app itself starts
// with ./strings.ts, which ships only the shell's strings and loads each area's with its view.
import type { i18n } from 'i18next';
import { en } from './all';
import { createInstance } from './instance';
import type { Lang } from '../state/prefs';

const loaders: Record<string, () => Promise<object>> = {
  'zh-CN': () => import('./all').then((m) => m.zhCN),
};

/** Loads `lang`'s strings into the instance once; English (and unknown languages) need nothing. */
export async function loadLanguage(instance: i18n, lang: string): Promise<void> {
  const load = loaders[lang];
  if (!load || instance.hasResourceBundle(lang, 'translation')) return;
  instance.addResourceBundle(lang, 'translation', await load(), true, true);
}

export function createI18n(lang: Lang): i18n {
  const instance = createInstance(lang, en, loadLanguage);
  // Started in a lazily loaded language: English shows until its chunk arrives, then it switches.
  if (loaders[lang]) void instance.changeLanguage(lang);
  return instance;
}
