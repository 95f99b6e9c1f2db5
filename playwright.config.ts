// Browser tests against the built app (`npm run test:e2e` builds first), served by
// `vite preview` with the strict CSP of scripts/csp.ts.
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own browser. */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

// E2E_PORT and E2E_OUTDIR let two suites run side by side (each on its own build and port).
const PORT = Number(process.env.E2E_PORT ?? 4179);
const OUTDIR = process.env.E2E_OUTDIR ?? 'dist';
/** The course-page origin of the embed test (e2e/embed.spec.ts): another port, another origin. */
export const EMBED_HOST_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  // Text snapshots (e2e/__snapshots__/*.svg, through toMatchSnapshot) sit beside the specs,
  // one file per name, no platform suffix: they hold rounded SVG text, not pixels. Under CI a
  // missing snapshot fails instead of being written; locally a missing one is written, and
  // `--update-snapshots` rewrites changed ones.
  snapshotPathTemplate: '{testDir}/__snapshots__/{arg}{ext}',
  updateSnapshots: process.env.CI ? 'none' : 'missing',
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    colorScheme: 'light',
    // The built app registers a service worker (offline use); page.route cannot see what a
    // worker answers, and each test would download the whole precache. Only
    // e2e/offline.spec.ts allows it.
    serviceWorkers: 'block',
    // A trace on the retry of a failed test only (CI retries once; locally add `--trace on`).
    // Recording one for every test, kept on failure, cost a fifth of the e2e time (measured:
    // train + landscape specs 140 s with it, 111 s without).
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: [
    {
      // --bypass-lock: Vite 8 refuses a second `vite preview` of one project, and the tests must
      // run while `npm start` (or anyone's preview) is up; this one has its own port.
      command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --bypass-lock --outDir ${OUTDIR}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node e2e/embedHost.mjs ${EMBED_HOST_PORT} ${PORT}`,
      url: `http://127.0.0.1:${EMBED_HOST_PORT}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
