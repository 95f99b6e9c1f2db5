import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CSP } from './scripts/csp.ts';
import { offline } from './scripts/offline.ts';

const GENERIC_CHUNK = /^(dist|index|esm|lib|src|module|main)$/;

/** The npm package a generically named chunk comes from ("tfjs-core", "d3-shape"), else null. */
function vendorChunkName(chunk: {
  name: string;
  facadeModuleId?: string | null;
  moduleIds?: readonly string[];
}): string | null {
  if (!GENERIC_CHUNK.test(chunk.name)) return null;
  const ids = [chunk.facadeModuleId ?? '', ...(chunk.moduleIds ?? [])];
  for (const id of ids) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replace(/\\/g, '/'));
    if (m) return m[1].replace(/^@[^/]+\//, '');
  }
  return null;
}

/** "strings-train-zhCN" for an area's strings (src/i18n/<area>/<lang>.ts), "strings-shell-zhCN". */
function stringsChunkName(chunk: { facadeModuleId?: string | null }): string | null {
  const id = (chunk.facadeModuleId ?? '').replace(/\\/g, '/');
  const area = /\/src\/i18n\/([\w-]+)\/(en|zhCN)\.ts$/.exec(id);
  if (area) return `strings-${area[1]}-${area[2]}`;
  return /\/src\/i18n\/zhShell\.ts$/.test(id) ? 'strings-shell-zhCN' : null;
}

const chunkName = (chunk: Parameters<typeof vendorChunkName>[0]) =>
  `assets/${stringsChunkName(chunk) ?? vendorChunkName(chunk) ?? '[name]'}-[hash].js`;

// Relative base: dist/ works from any sub-path of any static host (DESIGN.md, Delivery).
export default defineConfig({
  base: './',
  plugins: [react(), offline()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    // Fonts are never inlined as data: URLs (KaTeX's small Size fonts would be): the CSP allows
    // fonts from 'self' only, and the service worker precaches them as files. Others: default.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
    // bench.html: the engine page used by `npm run bench` and the engine e2e tests.
    rollupOptions: {
      input: { main: 'index.html', bench: 'bench.html' },
      // Vendor chunks are named after their package ("tfjs-backend-webgl-…js"), not after the
      // file they start at ("dist-…js", "index-…js"), so a build's chunk list reads.
      output: { chunkFileNames: chunkName },
    },
  },
  worker: {
    format: 'es',
    rollupOptions: {
      output: {
        chunkFileNames: (chunk) => `assets/${vendorChunkName(chunk) ?? '[name]'}-[hash].js`,
      },
    },
  },
  // The built app is served under the strict CSP it must work with (see scripts/csp.ts).
  preview: { headers: { 'Content-Security-Policy': CSP } },
  // The unit tests' settings: vitest.config.ts (it extends this file).
});
