// One i18next instance per app instance (like the store). English is inline: no HTTP backend, and
// the first render already has its strings. The Chinese strings are a chunk of their own, loaded
// only when chosen (at start, or when the language switch picks them): changeLanguage waits for
// that chunk (a few KB from the same origin, or the offline cache) before it switches.
import i18next, { type i18n } from 'i18next';
import { en } from './en';
import type { Lang } from '../state/prefs';

const loaders: Record<string, () => Promise<object>> = {
  'zh-CN': () => import('./zhCN').then((m) => m.zhCN),
};

/** Loads `lang`'s strings into the instance once; English (and unknown languages) need nothing. */
export async function loadLanguage(instance: i18n, lang: string): Promise<void> {
  const load = loaders[lang];
  if (!load || instance.hasResourceBundle(lang, 'translation')) return;
  instance.addResourceBundle(lang, 'translation', await load(), true, true);
}

export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  // Every caller's changeLanguage loads the language's chunk first, then switches.
  const change = instance.changeLanguage.bind(instance);
  instance.changeLanguage = async (lng, callback) => {
    if (lng) await loadLanguage(instance, lng).catch(() => undefined);
    return change(lng, callback);
  };
  // Started in a lazily loaded language: English shows until its chunk arrives, then it switches.
  if (loaders[lang]) void instance.changeLanguage(lang);
  return instance;
}
