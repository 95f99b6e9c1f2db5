// Language and theme: persisted in localStorage (zustand persist in store.ts) and written to the URL (`l=`, `th=`).
// No zod here: this module is on the first paint's path (the URL codec loads later).

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export type Theme = 'light' | 'dark';

const isLang = (v: unknown): v is Lang => (LANGS as readonly unknown[]).includes(v);
/** null follows the system's prefers-color-scheme. */
const isTheme = (v: unknown): v is Theme | null => v === null || v === 'light' || v === 'dark';

/** What is persisted. */
export interface StoredPrefs {
  lang?: Lang;
  theme?: Theme | null;
}

/** Stored prefs that fail validation are dropped field by field, never thrown. */
export function validPrefs(raw: unknown): StoredPrefs {
  const out: StoredPrefs = {};
  if (typeof raw !== 'object' || raw === null) return out;
  const record = raw as Record<string, unknown>;
  if (isLang(record.lang)) out.lang = record.lang;
  if (isTheme(record.theme)) out.theme = record.theme;
  return out;
}

/** zh-CN for a browser that asks for any Chinese first, else English. */
export function detectLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    const lower = l.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-CN';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
