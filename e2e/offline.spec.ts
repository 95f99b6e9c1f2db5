// Offline use (issue 10, part 4), with a server of this test's own: it serves the build with the
// app's CSP, then stops, and the app must still open from its service worker (Playwright's
// setOffline does not cover a worker's own traffic; a stopped server does). The update path:
// the server starts serving a changed sw.js, the page says a new version is ready, and Reload
// brings the new worker in and deletes the old cache.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CSP } from '../scripts/csp.ts';
import { test as base, expect, waitForBackend } from './fixtures';

const ROOT = path.resolve(process.env.E2E_OUTDIR ?? 'dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
};

interface StaticServer {
  url: string;
  /** What sw.js says: the build's own, or a changed one (a new version). */
  version: 'built' | 'next';
  stop(): Promise<void>;
}

/** A static server for the build, with the CSP `vite preview` sends (scripts/csp.ts). */
async function serve(): Promise<StaticServer> {
  const state = { version: 'built' as StaticServer['version'] };
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(ROOT, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(ROOT + path.sep)) return void res.writeHead(403).end();
    try {
      let body: Buffer | string = await readFile(file);
      if (pathname === '/sw.js' && state.version === 'next')
        body = body.toString().replace(/"cache":"(losscape-[0-9a-f]+)"/, '"cache":"$1-next"');
      res.writeHead(200, {
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': CSP,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  let stopped = false;
  return {
    url: `http://127.0.0.1:${port}/`,
    get version() {
      return state.version;
    },
    set version(v) {
      state.version = v;
    },
    stop: () => {
      if (stopped) return Promise.resolve();
      stopped = true;
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

const test = base.extend<{ server: StaticServer }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, provide) => {
    const server = await serve();
    await provide(server);
    await server.stop();
  },
  baseURL: async ({ server }, provide) => provide(server.url),
});
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached everything and controls the page. */
async function controlled(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

const cacheNames = (page: Page) => page.evaluate(() => caches.keys());

test('once loaded, the app and an embedded view open and compute with the server gone', async ({
  page,
  server,
}) => {
  await page.goto('./');
  await waitForBackend(page);
  const mean = page.getByTestId('step-mean');
  await expect(mean).toContainText('=');
  const online = await mean.textContent();
  await controlled(page);
  expect(await cacheNames(page)).toEqual([expect.stringMatching(/^losscape-[0-9a-f]{16}$/)]);

  await server.stop();
  await page.reload();
  await waitForBackend(page);
  await expect(mean).toHaveText(online ?? '');
  // No missing glyph offline: every KaTeX face loads, and every font file (the .woff/.ttf
  // fallbacks too) is a file from the cache, under font-src 'self' (no data: URL to block).
  const fonts = await page.evaluate(async () => {
    const faces = [...document.fonts].filter((f) => f.family.includes('KaTeX'));
    const failed = (
      await Promise.all(
        faces.map((f) =>
          f.load().then(
            () => '',
            () => `${f.family} ${f.style}`,
          ),
        ),
      )
    ).filter(Boolean);
    const urls = new Set<string>();
    for (const sheet of document.styleSheets)
      for (const rule of sheet.cssRules)
        if (rule instanceof CSSFontFaceRule)
          for (const m of rule.style.getPropertyValue('src').matchAll(/url\("?([^")]+)"?\)/g))
            urls.add(new URL(m[1], sheet.href ?? location.href).href);
    const missing: string[] = [];
    for (const url of urls) {
      const r = await fetch(url).catch(() => null);
      if (!r?.ok || url.startsWith('data:')) missing.push(url);
    }
    return { faces: faces.length, failed, urls: urls.size, missing };
  });
  expect(fonts).toMatchObject({ failed: [], missing: [] });
  expect(fonts.faces).toBeGreaterThanOrEqual(20);
  expect(fonts.urls).toBeGreaterThanOrEqual(60);
  // A typed value is computed offline too, and a lazily loaded view comes from the cache.
  await page.getByTestId('cell-0-y').fill('4');
  await expect(mean).not.toHaveText(online ?? '');
  await page.getByRole('tab', { name: 'Train', exact: true }).click();
  await expect(page.getByTestId('readout-loss')).toBeVisible();
  await expect(page.getByTestId('surface-time')).toBeVisible(); // the landscape's worker ran

  await page.goto('about:blank'); // a new document, not a same-page hash change
  await page.goto(`${server.url}#/explore?embed=1`);
  await expect(page.getByTestId('open-in-losscape')).toBeVisible(); // the embedded view
  await expect(page.locator('.app-header')).toHaveCount(0);
  await expect(mean).toHaveText(online ?? '');
  await page.screenshot({ path: '/tmp/offline-shots/embed-offline.png' });
});

test('a new version is announced, and Reload brings it in and drops the old cache', async ({
  page,
  server,
}) => {
  await page.goto('./');
  await waitForBackend(page);
  await controlled(page);
  const [first] = await cacheNames(page);
  await expect(page.getByTestId('update-notice')).toHaveCount(0);

  server.version = 'next';
  await page.reload(); // the browser checks sw.js on each visit
  const notice = page.getByTestId('update-notice');
  await expect(notice).toHaveText(/A new version of losscape is ready\./);
  await page.screenshot({ path: '/tmp/offline-shots/update-notice.png' }).catch(() => undefined);
  await Promise.all([
    page.waitForEvent('load'),
    notice.getByRole('button', { name: 'Reload' }).click(),
  ]);
  await expect(notice).toHaveCount(0);
  await expect.poll(() => cacheNames(page)).toEqual([`${first}-next`]);
  await waitForBackend(page);
});
