import { describe, expect, it } from 'vitest';
import { CACHE_PREFIX, cacheVersion, manifest, precacheList } from './precache';

/** FNV-1a, twice with different offsets: 16 hex digits (the build uses SHA-256). */
function fnv(s: string, h: number): string {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h.toString(16).padStart(8, '0');
}
const sha = (s: string) => fnv(s, 2166136261) + fnv(s, 0x811c9dc4) + '00';

const BUILD = [
  'index.html',
  'bench.html',
  'embed-example.html',
  'favicon.svg',
  'sw.js',
  'assets/main-ByT9u_0a.js',
  'assets/main-ByT9u_0a.js.map',
  'assets/main-CGe2es-G.css',
  'assets/surface.worker-DQnLzahp.js',
  'assets/tfjs-backend-wasm-simd-BrM3BlWr.wasm',
  'assets/KaTeX_Main-Regular-B22Nviop.woff2',
  'assets/KaTeX_Main-Regular-Dr94JaBh.woff',
  'assets/KaTeX_Main-Regular-ypZvNtVU.ttf',
];

describe('precacheList', () => {
  it('keeps the app page, scripts, styles, workers, wasm, every font file and the icon', () => {
    expect(precacheList(BUILD)).toEqual([
      'assets/KaTeX_Main-Regular-B22Nviop.woff2',
      'assets/KaTeX_Main-Regular-Dr94JaBh.woff',
      'assets/KaTeX_Main-Regular-ypZvNtVU.ttf',
      'assets/main-ByT9u_0a.js',
      'assets/main-CGe2es-G.css',
      'assets/surface.worker-DQnLzahp.js',
      'assets/tfjs-backend-wasm-simd-BrM3BlWr.wasm',
      'favicon.svg',
      'index.html',
    ]);
  });
  it('reads Windows and ./ paths the same, and refuses a build without its page', () => {
    expect(precacheList(['.\\index.html', 'assets\\a.js', './b.css'])).toEqual([
      'assets/a.js',
      'b.css',
      'index.html',
    ]);
    expect(() => precacheList(['assets/a.js'])).toThrow(/no index.html/);
  });
});

describe('cacheVersion', () => {
  const files = [
    { path: 'index.html', digest: sha('<html>1') },
    { path: 'assets/a.js', digest: sha('a') },
  ];
  it('depends on the list, not on its order', () => {
    expect(cacheVersion(files, sha)).toBe(cacheVersion([...files].reverse(), sha));
    expect(cacheVersion(files, sha)).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when a file is added, removed, renamed or changed', () => {
    const v = cacheVersion(files, sha);
    const variants = [
      [...files, { path: 'assets/b.js', digest: sha('b') }],
      files.slice(1),
      [files[0], { path: 'assets/a2.js', digest: files[1].digest }],
      [{ path: 'index.html', digest: sha('<html>2') }, files[1]],
    ];
    const versions = variants.map((f) => cacheVersion(f, sha));
    expect(new Set([v, ...versions]).size).toBe(5);
  });
  it('names the cache with the app prefix and lists the files', () => {
    const m = manifest(files, sha);
    expect(m.cache).toBe(CACHE_PREFIX + cacheVersion(files, sha));
    expect(m.prefix).toBe(CACHE_PREFIX);
    expect(m.assets).toEqual(['assets/a.js', 'index.html']);
  });
});
