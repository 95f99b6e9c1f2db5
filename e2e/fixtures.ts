// Shared fixture: every test fails on a console error, an uncaught page error, a CSP
// violation, or a request to another origin (the app must make none).
import { test as base, expect, type Page } from '@playwright/test';

export interface Problems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
  foreignRequests: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page, baseURL }, use) => {
      const problems: Problems = {
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        foreignRequests: [],
      };
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      page.on('console', (msg) => {
        if (msg.type() === 'error') problems.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => problems.pageErrors.push(err.message));
      page.on('request', (req) => {
        const url = req.url();
        if (!/^(data|blob):/.test(url) && new URL(url).origin !== origin) {
          problems.foreignRequests.push(url);
        }
      });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations?.push(
            `${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`,
          );
        });
      });
      await use(problems);
      if (!page.isClosed()) {
        problems.cspViolations.push(
          ...(await page.evaluate(() => window.__cspViolations ?? []).catch(() => [])),
        );
      }
      expect(problems).toEqual({
        consoleErrors: [],
        pageErrors: [],
        cspViolations: [],
        foreignRequests: [],
      });
    },
    { auto: true },
  ],
});

export { expect };

/** Waits until the status bar names a live backend, and returns its name. */
export async function waitForBackend(page: Page): Promise<string> {
  const name = page.getByTestId('backend-name');
  await expect(name).toHaveText(/^(webgl|wasm|cpu)$/);
  return (await name.textContent()) ?? '';
}

/** Stores preferences before the app loads, as a returning visitor would have them. */
export async function presetPrefs(
  page: Page,
  prefs: { lang?: 'en' | 'zh-CN'; theme?: 'light' | 'dark' },
): Promise<void> {
  await page.addInitScript((state) => {
    localStorage.setItem('losscape:prefs', JSON.stringify({ state, version: 1 }));
  }, prefs);
}
