// Typed keys: `t('tabs.explore')` is checked against the English resources.
import 'i18next';
import type { en } from './all';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
