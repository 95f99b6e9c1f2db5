// Tests whose page is a course site at another origin (e2e/embedHost.mjs, another port) with
// frames of the app: the shared fixture's checks, by hand, counting both origins as ours — no
// console error, no page error, no CSP violation, no request to a third origin.
import { test as base } from '@playwright/test';
import { EMBED_HOST_PORT } from '../playwright.config';
import { expect } from './fixtures';

export const hostOrigin = `http://127.0.0.1:${EMBED_HOST_PORT}`;

export const test = base.extend<{ problems: string[] }>({
  problems: async ({ page, baseURL }, provide) => {
    const problems: string[] = [];
    const appOrigin = new URL(baseURL ?? '').origin;
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('request', (r) => {
      const o = /^(data|blob):/.test(r.url()) ? appOrigin : new URL(r.url()).origin;
      if (o !== appOrigin && o !== hostOrigin) problems.push(`request: ${r.url()}`);
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await provide(problems);
    expect(problems).toEqual([]);
  },
});

export { expect };
