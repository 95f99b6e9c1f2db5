// One i18next instance per app instance (like the store), resources inline: no HTTP backend,
// no request at run time, and the first render already has its strings.
import i18next, { type i18n } from 'i18next';
import { en } from './en';
import { zhCN } from './zhCN';
import type { Lang } from '../state/prefs';

export const resources = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

export function createI18n(lang: Lang): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh-CN'],
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  return instance;
}
