// Language and theme: persisted in localStorage (zustand persist in store.ts) and written to the URL (`l=`, `th=`).
import { z } from 'zod/mini';

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];
export type Theme = 'light' | 'dark';

const LangSchema = z.enum(LANGS);
/** null follows the system's prefers-color-scheme. */
const ThemeSchema = z.nullable(z.enum(['light', 'dark']));

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
  const lang = LangSchema.safeParse(record.lang);
  if (lang.success) out.lang = lang.data;
  const theme = ThemeSchema.safeParse(record.theme);
  if (theme.success) out.theme = theme.data;
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
