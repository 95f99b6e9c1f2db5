// Chromium as the e2e tests launch it (playwright.config.ts: CHROMIUM_PATH, else Debian's
// /usr/bin/chromium, else Playwright's own browser; the same args), plus two flags for the memory
// readings: precise performance.memory, and gc() exposed to the page.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--enable-precise-memory-info',
  '--js-flags=--expose-gc',
];

/** The e2e suite's `use` options. */
export const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
  colorScheme: 'light',
};

export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), args: LAUNCH_ARGS, headless: true });
}

/**
 * A fresh context and page (cold cache, fresh storage) whose console errors, page errors and
 * crashes are collected into `problems` (reported in results.json, never fatal on their own).
 */
export async function openPage(browser, problems, label) {
  const context = await browser.newContext(CONTEXT_OPTIONS);
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`${label}: console error: ${m.text().slice(0, 300)}`);
  });
  page.on('pageerror', (e) => problems.push(`${label}: page error: ${e.message.slice(0, 300)}`));
  page.on('crash', () => problems.push(`${label}: the page crashed`));
  return { context, page };
}
