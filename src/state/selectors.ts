// Module-level selectors (stable identities, so components re-render only on their slice).
import type { AppState } from './store';

export const selectTab = (s: AppState) => s.tab;
export const selectLang = (s: AppState) => s.lang;
export const selectTheme = (s: AppState) => s.theme;
export const selectBackend = (s: AppState) => s.backend;
