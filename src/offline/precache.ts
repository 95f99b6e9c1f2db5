// What the service worker keeps for offline use (issue 10, part 4), decided from the files of a
// build: the app page, its scripts, styles, workers, the tfjs .wasm files, the fonts and the
// icon. The cache's name carries a digest of those files, so a new build is a new cache and the
// old one is deleted when the new worker takes over. Pure: used by the build (scripts/offline.ts).

/** The worker's file, at the root of the build (its folder is the worker's scope). */
export const SW_FILE = 'sw.js';
export const CACHE_PREFIX = 'losscape-';

/**
 * Not kept: source maps, the other pages (the engine benchmark, the embedding example) and the
 * worker itself. All font files are kept, the KaTeX fonts' .woff/.ttf fallbacks too: a browser
 * that cannot use a .woff2 (or has it blocked) falls back to them, offline as well.
 */
const SKIP = [/\.map$/, /^bench\.html$/, /^embed-example\.html$/, /^sw\.js$/];

/** The build's files (paths relative to its root, `/`-separated) the worker precaches, sorted. */
export function precacheList(paths: readonly string[]): string[] {
  const list = paths
    .map((p) => p.replace(/\\/g, '/').replace(/^\.?\//, ''))
    .filter((p) => p !== '' && !SKIP.some((re) => re.test(p)))
    .sort();
  if (!list.includes('index.html')) throw new Error('offline: the build has no index.html');
  return list;
}

export interface FileDigest {
  path: string;
  digest: string;
}

/** The cache's version: a digest over each precached file's path and content digest. */
export function cacheVersion(files: readonly FileDigest[], hash: (text: string) => string): string {
  const lines = files.map((f) => `${f.path} ${f.digest}`).sort();
  return hash(lines.join('\n')).slice(0, 16);
}

export interface PrecacheManifest {
  cache: string;
  prefix: string;
  assets: string[];
}

export function manifest(files: readonly FileDigest[], hash: (text: string) => string) {
  return {
    cache: CACHE_PREFIX + cacheVersion(files, hash),
    prefix: CACHE_PREFIX,
    assets: files.map((f) => f.path).sort(),
  } satisfies PrecacheManifest;
}
