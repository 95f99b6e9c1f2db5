import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/StoreProvider';
import { selectLang } from '../../state/selectors';
import { applyDocumentPrefs } from './documentPrefs';
import { useEffectiveTheme } from './useEffectiveTheme';

/** Keeps <html lang>, <html data-theme> and i18next in step with the store. */
export function useDocumentPrefs(): void {
  const lang = useAppStore(selectLang);
  const theme = useEffectiveTheme();
  const { i18n } = useTranslation();
  useEffect(() => {
    applyDocumentPrefs(lang, theme);
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [lang, theme, i18n]);
}
