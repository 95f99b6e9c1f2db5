// The page-level effects of the preferences: <html lang> and <html data-theme>. Applied once
// before the first render (no flash of the wrong theme) and again on every change.
import type { Lang, Theme } from '../../state/prefs';

export function applyDocumentPrefs(lang: Lang, theme: Theme): void {
  const root = document.documentElement;
  root.lang = lang;
  root.dataset.theme = theme;
}

export const DARK_QUERY = '(prefers-color-scheme: dark)';

export function systemTheme(): Theme {
  return typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches
    ? 'dark'
    : 'light';
}
