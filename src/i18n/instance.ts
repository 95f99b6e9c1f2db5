// The i18next instance both entry points make (./index.ts: every string at once, for tests and
// tools; ./strings.ts: the app's, strings by area). English resources are given inline, so the
// first render has its strings; a language switch first awaits `prepare` (its strings' chunks),
// then switches, so no view ever renders keys of a language that is not there yet.
import i18next, { type i18n } from 'i18next';
import type { Lang } from '../state/prefs';

export function createInstance(
  lang: Lang,
  english: object,
  prepare: (instance: i18n, lng: string) => Promise<void>,
): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    // A copy: areas added later must not land in the shared module object (other instances).
    resources: { en: { translation: { ...english } } },
    partialBundledLanguages: true,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  // Every caller's changeLanguage loads the language's chunks first, then switches. A chunk that
  // cannot load (offline, a new deploy) leaves English, the fallback, in its place.
  const change = instance.changeLanguage.bind(instance);
  instance.changeLanguage = async (lng, callback) => {
    if (lng) await prepare(instance, lng).catch(() => undefined);
    return change(lng, callback);
  };
  return instance;
}
