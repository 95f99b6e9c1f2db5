// Test helper (imported only by *.test.tsx): renders a chart to static markup in Node, as
// formula.test.tsx does, and tidies it for a file snapshot the way Observable Plot's snapshot
// tests do: numbers rounded to one decimal, React's generated ids made stable, one tag per
// line, indented. A geometry change is then a readable diff of the committed .html file.
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../i18n';
import type { Lang } from '../../state/prefs';
import { createAppStore, type AppStore } from '../../state/store';
import { StoreProvider } from '../../state/StoreProvider';

type State = ReturnType<AppStore['getState']>;

/**
 * A store in a given state for a Node render: React renders on the server from the store's
 * initial state (zustand's server snapshot), so the changed state is made the initial one.
 * `change` may call actions on the state or return a patch.
 */
export function storeWith(change: (s: State) => Partial<State> | void = () => {}): AppStore {
  const store = createAppStore();
  const patch = change(store.getState());
  if (patch) store.setState(patch);
  const now = store.getState();
  store.getInitialState = () => now;
  return store;
}

/** Renders `node` with the app's strings (and its store, when given) around it. */
export function renderMarkup(node: ReactNode, opts: { lang?: Lang; store?: AppStore } = {}) {
  const i18n = createI18n(opts.lang ?? 'en');
  const inner = opts.store ? <StoreProvider store={opts.store}>{node}</StoreProvider> : node;
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{inner}</I18nextProvider>);
}

/** Rounds every decimal number to one decimal place ("-0" reads as "0"). */
export function roundNumbers(s: string): string {
  return s.replace(/-?\d+\.\d+(e[-+]?\d+)?/g, (m) => {
    const r = Math.round(Number(m) * 10) / 10;
    return String(Object.is(r, -0) ? 0 : r);
  });
}

/** The markup with numbers rounded, ids stable, one tag per line and indented by depth. */
export function tidyMarkup(html: string): string {
  const ids = new Map<string, string>();
  // useId's ids (`_R_1_`), also as LineChart folds them into `clipR1`.
  const stable = html.replace(/\b_R_\w+?_|\bclipR\w+/g, (m) => {
    if (!ids.has(m)) ids.set(m, `id${ids.size}`);
    return ids.get(m) as string;
  });
  const tokens = roundNumbers(stable)
    .split(/(?=<)|(?<=>)/)
    .map((t) => t.trim())
    .filter(Boolean);
  const out: string[] = [];
  let depth = 0;
  const isOpen = (t?: string) =>
    !!t && t.startsWith('<') && !t.startsWith('</') && !t.endsWith('/>') && !VOID.test(t);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const closing = tok.startsWith('</');
    if (closing) depth = Math.max(0, depth - 1);
    // An element with nothing or only text inside stays on one line: <title>a</title>.
    if (isOpen(tok) && tokens[i + 1]?.startsWith('</')) {
      out.push('  '.repeat(depth) + tok + tokens[++i]);
      continue;
    }
    const text = tokens[i + 1];
    if (isOpen(tok) && text && !text.startsWith('<') && tokens[i + 2]?.startsWith('</')) {
      out.push('  '.repeat(depth) + tok + text + tokens[i + 2]);
      i += 2;
      continue;
    }
    out.push('  '.repeat(depth) + tok);
    if (isOpen(tok)) depth++;
  }
  return out.join('\n') + '\n';
}

const VOID = /^<(br|hr|img|input|meta|link|col|area|base|wbr|source|track|embed)\b/i;

/** renderMarkup then tidyMarkup: what the chart snapshot files hold. */
export const chartSnapshot = (node: ReactNode, opts?: { lang?: Lang; store?: AppStore }) =>
  tidyMarkup(renderMarkup(node, opts));
