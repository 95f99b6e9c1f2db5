#!/usr/bin/env node
// What the JavaScript before first paint holds, by package and source folder.
//
//   npx vite build --sourcemap && node scripts/entry-bytes.mjs [dist] [--all]
//
// Reads dist/index.html's module script and modulepreload links (what bench/lib/load.mjs counts
// as "JS before first paint"), and attributes every generated character of those files to its
// source through the source maps. Each group's gzip is the gzip -9 of its own characters
// concatenated: an estimate (gzip of the whole file is less than the sum of its parts), given so
// the groups can be compared; the file totals are exact. `--all` lists every chunk in assets/.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const dist = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
const gz = (s) => gzipSync(Buffer.from(s), { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_VAL = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Decodes one segment of base64 VLQ numbers. */
function vlq(seg) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of seg) {
    const d = B64_VAL[c];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** The source (index into map.sources, or -1) of each generated character, line by line. */
function attribute(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  const add = (src, text) => bySource.set(src, (bySource.get(src) ?? '') + text);
  let src = 0;
  map.mappings.split(';').forEach((line, li) => {
    const text = lines[li] ?? '';
    let col = 0;
    let prevCol = 0;
    let prevSrc = -1;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = vlq(seg);
      col += v[0];
      add(prevSrc, text.slice(prevCol, col));
      prevCol = col;
      if (v.length >= 4) {
        src += v[1];
        prevSrc = src;
      } else prevSrc = -1;
    }
    add(prevSrc, text.slice(prevCol) + '\n');
  });
  return bySource;
}

/** "react-dom", "i18next", "src/i18n/explore", "src/state/url"… */
function groupOf(source) {
  if (!source) return '(no source)';
  const s = source.replace(/\\/g, '/');
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (nm) return nm[1];
  const rel = s.replace(/^.*?\/src\//, 'src/');
  const parts = rel.split('/');
  if (parts[0] !== 'src') return rel;
  if (parts[1] === 'i18n') return parts.length > 3 ? `src/i18n/${parts[2]}` : rel;
  return parts.slice(0, Math.min(parts.length - 1, 3)).join('/') || rel;
}

function entryFiles() {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const a = Object.fromEntries(
      [...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    );
    if (tag.startsWith('<script') && a.type === 'module' && a.src) files.push(a.src);
    else if (tag.startsWith('<link') && a.rel === 'modulepreload' && a.href) files.push(a.href);
  }
  return files.map((u) => path.join(dist, u.replace(/^\.?\//, '')));
}

const groups = new Map();
let total = 0;
let totalRaw = 0;
for (const file of entryFiles()) {
  const code = readFileSync(file, 'utf8');
  const size = gz(code);
  total += size;
  totalRaw += code.length;
  console.log(`${path.relative(dist, file)}: ${kb(code.length)} raw, ${kb(size)} gzip`);
  if (!existsSync(`${file}.map`)) {
    console.log('  (no source map: build with `vite build --sourcemap` for the breakdown)');
    continue;
  }
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  for (const [i, text] of attribute(code, map)) {
    const g = groupOf(i >= 0 ? map.sources[i] : '');
    groups.set(g, (groups.get(g) ?? '') + text);
  }
}
console.log(`JS before first paint: ${kb(totalRaw)} raw, ${kb(total)} gzip\n`);
if (groups.size) {
  const rows = [...groups].map(([g, text]) => ({ g, raw: text.length, gzip: gz(text) }));
  rows.sort((a, b) => b.gzip - a.gzip);
  console.log('group'.padEnd(44), 'raw'.padStart(10), 'gzip (alone)'.padStart(14));
  for (const r of rows)
    console.log(r.g.padEnd(44), kb(r.raw).padStart(10), kb(r.gzip).padStart(14));
}
if (args.includes('--all')) {
  console.log('\nevery chunk in assets/:');
  const assets = path.join(dist, 'assets');
  const list = readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ f, gzip: gz(readFileSync(path.join(assets, f))) }))
    .sort((a, b) => b.gzip - a.gzip);
  for (const { f, gzip } of list) console.log(`  ${f.padEnd(52)} ${kb(gzip).padStart(10)}`);
}
