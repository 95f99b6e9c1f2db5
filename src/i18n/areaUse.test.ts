// Which strings each part of the app can show, read from the source: the shell (src/main.tsx and
// what it imports) may use only the areas inline in `shellEn`; a view loaded through
// `withStrings([areas], () => import(view))` only those areas and the shell's. A key of another
// area would render as the raw key until something else loaded its strings (issue 15.5).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from './all';
import { shellEn } from './en';
import { STRING_CHUNKS } from './strings';

const ROOT = path.resolve(__dirname, '../..');
const SRC = path.join(ROOT, 'src');
const rel = (f: string) => path.relative(ROOT, f).replace(/\\/g, '/');
const AREAS = Object.keys(en).filter((k) => {
  const v = (en as Record<string, unknown>)[k];
  return typeof v === 'object' && existsSync(path.join(SRC, 'i18n', k, 'en.ts'));
});
const LAZY = Object.keys(STRING_CHUNKS.en.areas);
const INLINE = AREAS.filter((a) => a in shellEn);

/** Source text without comments (a rough cut that keeps `://` in strings). */
function code(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.') || /\?|\.css$|\.json$/.test(spec)) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(f) && /\.tsx?$/.test(f)) return f;
  return null;
}

/** Modules no view's strings come from: the math core (no prose), the strings themselves. */
const outside = (f: string) => /^src\/(math|i18n|bench)\//.test(rel(f));

interface Site {
  from: string;
  target: string;
  areas: string[];
}

/** `withStrings(['a', 'b'], () => import('./View'))` sites, anywhere in a module. */
function sitesIn(file: string, text: string): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(
    /withStrings\(\s*\[([^\]]*)\]\s*,\s*\(\)\s*=>\s*import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const target = resolve(file, m[2]);
    if (target)
      out.push({ from: rel(file), target, areas: [...m[1].matchAll(/'(\w+)'/g)].map((a) => a[1]) });
  }
  return out;
}

/** The modules a module loads: static value imports and unwrapped dynamic ones. */
function deps(file: string, text: string, wrapped: Set<string>): string[] {
  const specs = [
    ...[...text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s*['"]([^'"]+)['"]/gm)].map(
      (m) => m[1],
    ),
    ...[...text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]),
    ...[...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]),
  ];
  return specs
    .map((s) => resolve(file, s))
    .filter((f): f is string => f !== null && !outside(f) && !wrapped.has(f));
}

function hasPath(tree: unknown, keys: string[]): boolean {
  let node = tree;
  for (const k of keys) {
    if (typeof node !== 'object' || node === null || !(k in node)) return false;
    node = (node as Record<string, unknown>)[k];
  }
  return true;
}

/** Areas whose keys a module's string literals name ('train.run', `losses.${id}.name`…). */
function areasUsed(text: string): Set<string> {
  const used = new Set<string>();
  const re = new RegExp(`['"\`](${AREAS.join('|')})\\.([A-Za-z0-9_.]*)(\\$)?`, 'g');
  for (const m of text.matchAll(re)) {
    const rest = m[2].split('.');
    if (m[3]) rest.pop(); // `area.a.${x}`: the last segment is partial
    if (hasPath(en, [m[1], ...rest.filter(Boolean)])) used.add(m[1]);
  }
  return used;
}

function walk(start: string[], wrapped: Set<string>) {
  const seen = new Set<string>();
  const areas = new Map<string, string>(); // area → first module that names it
  const sites: Site[] = [];
  const todo = [...start];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const text = code(f);
    sites.push(...sitesIn(f, text));
    // State modules hold keys as data; the views that show them name their areas themselves.
    if (!rel(f).startsWith('src/state/'))
      for (const a of areasUsed(text)) if (!areas.has(a)) areas.set(a, rel(f));
    todo.push(...deps(f, text, wrapped));
  }
  return { seen, areas, sites };
}

/** Every wrapped site reachable from the entry, each walked as its own root. */
function survey() {
  const entry = path.join(SRC, 'main.tsx');
  const wrapped = new Set<string>();
  const roots: { name: string; start: string; declared: string[]; skip: Set<string> }[] = [];
  const shell = walk([entry], wrapped);
  // Wrapped targets are found while walking; re-walk until the set of roots stops growing.
  let sites = shell.sites;
  let shellWalk = shell;
  for (let round = 0; round < 10; round++) {
    const before = wrapped.size;
    for (const s of sites) wrapped.add(s.target);
    shellWalk = walk([entry], wrapped);
    sites = [...shellWalk.sites];
    for (const target of wrapped) sites.push(...walk([target], wrapped).sites);
    if (wrapped.size === before) break;
  }
  for (const s of sites)
    if (!roots.some((r) => r.start === s.target && r.name === `${s.from} → ${rel(s.target)}`))
      roots.push({
        name: `${s.from} → ${rel(s.target)}`,
        start: s.target,
        declared: s.areas,
        skip: shellWalk.seen,
      });
  return { shell: shellWalk, roots, wrapped };
}

describe('strings by area (issue 15.5)', () => {
  const { shell, roots, wrapped } = survey();

  it('finds the app: the shell, its tabs, figures and header dialogs', () => {
    expect(shell.seen.size).toBeGreaterThan(30);
    const targets = roots.map((r) => rel(r.start));
    for (const v of [
      'src/components/explore/ExplorePanel.tsx',
      'src/components/train/TrainPanel.tsx',
      'src/components/applications/ApplicationsPanel.tsx',
      'src/components/guide/GuidePanel.tsx',
      'src/components/figures/TrainFigures.tsx',
      'src/components/layout/EmbedButton.tsx',
    ])
      expect(targets).toContain(v);
  });

  it('every area is inline in the shell or loads by itself, in both languages', () => {
    expect(AREAS.length).toBeGreaterThan(10);
    expect([...INLINE, ...LAZY].sort()).toEqual([...AREAS].sort());
    expect(INLINE.filter((a) => LAZY.includes(a))).toEqual([]);
    expect(Object.keys(STRING_CHUNKS['zh-CN'].areas).sort()).toEqual([...LAZY].sort());
  });

  it('the shell shows only its inline areas', () => {
    const lazyInShell = [...shell.areas].filter(([a]) => !INLINE.includes(a));
    expect(lazyInShell).toEqual([]);
  });

  it.each(roots.map((r) => [r.name, r] as const))('%s loads every area it shows', (_, root) => {
    for (const a of root.declared) expect(LAZY, `${a} is not an area that loads`).toContain(a);
    // The view's modules: not the shell's (loaded already), not another wrapped view's.
    const skip = new Set([...root.skip, ...wrapped].filter((f) => f !== root.start));
    const view = walk([root.start], skip);
    if (process.env.AREA_REPORT) console.log(root.name, [...view.areas.keys()].sort().join(' '));
    const missing = [...view.areas].filter(
      ([a]) => !INLINE.includes(a) && !root.declared.includes(a),
    );
    expect(missing, 'area → the module that names it').toEqual([]);
  });
});
