// Faults injected into the built app: a panel's code and tfjs's code failing to download once
// (a retry message, then Retry loads them), the wasm binary missing (the backend falls back),
// and the WebGL context lost under tfjs (the app switches backend and keeps computing).
import type { Page } from '@playwright/test';
import { expect, test, waitForBackend, type Problems } from './fixtures';

/**
 * Fails every request whose URL matches, as a dropped connection would (Vite's modulepreload
 * and the import itself both ask), until the returned function restores the connection.
 */
async function failUntilRestored(page: Page, pattern: RegExp): Promise<() => void> {
  let down = true;
  await page.route(pattern, async (route) =>
    down ? route.abort('connectionreset') : route.continue(),
  );
  return () => {
    down = false;
  };
}

/** The browser logs a failed download as a console error: expected here, and only that. */
function allowConsoleErrors(problems: Problems, allowed: RegExp): void {
  expect(problems.consoleErrors.length).toBeGreaterThan(0);
  for (const e of problems.consoleErrors) expect(e).toMatch(allowed);
  problems.consoleErrors.length = 0;
}

test('a panel chunk that fails to load shows a retry message, and Retry loads it', async ({
  page,
  problems,
}) => {
  const restore = await failUntilRestored(page, /ExplorePanel-[^/]*\.js$/);
  await page.goto('./#/explore');
  const error = page.getByTestId('chunk-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('could not be downloaded');
  await expect(page.getByTestId('explore')).toHaveCount(0);
  restore();
  await error.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByTestId('explore')).toBeVisible();
  await expect(page.getByTestId('step-mean')).toHaveText(/\d/);
  allowConsoleErrors(problems, /Failed to load resource|ExplorePanel/);
});

test('the tfjs chunk failing to load shows a retry in the status bar, and Retry starts tfjs', async ({
  page,
  problems,
}) => {
  const restore = await failUntilRestored(page, /\/math-[^/]*\.js$/);
  await page.goto('./#/explore');
  const failed = page.getByTestId('backend-failed');
  await expect(failed).toContainText('loading tfjs');
  restore();
  await failed.getByRole('button', { name: 'Retry' }).click();
  expect(await waitForBackend(page)).toMatch(/webgl|wasm|cpu/);
  await expect(page.getByTestId('step-mean')).toHaveText(/\d/);
  allowConsoleErrors(problems, /Failed to load resource|math-/);
});

test('a missing wasm binary: the wasm backend fails to start and tfjs falls back to cpu', async ({
  page,
  problems,
}) => {
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto('./?backend=wasm#/explore');
  expect(await waitForBackend(page)).toBe('cpu');
  await expect(page.getByTestId('backend-reason')).toHaveAttribute('data-reason', 'fallback');
  await expect(page.getByTestId('backend-reason')).toHaveAttribute('title', /^wasm: /);
  await expect(page.getByTestId('step-mean')).toHaveText(/\d/);
  if (problems.consoleErrors.length > 0) allowConsoleErrors(problems, /404|wasm|Failed/i);
});

test('WebGL context loss: tfjs moves to wasm, a notice says so, and computing goes on', async ({
  page,
  problems,
}) => {
  // Keep every WebGL context the page makes, to lose tfjs's one (its canvas is not in the DOM).
  await page.addInitScript(() => {
    const contexts: WebGLRenderingContext[] = [];
    (window as unknown as { __gl: WebGLRenderingContext[] }).__gl = contexts;
    // tfjs draws on an OffscreenCanvas where there is one, else on a detached <canvas>.
    for (const proto of [HTMLCanvasElement.prototype, OffscreenCanvas.prototype]) {
      const get = proto.getContext as (...a: unknown[]) => unknown;
      Object.defineProperty(proto, 'getContext', {
        value: function (this: unknown, type: string, ...rest: unknown[]) {
          const ctx = get.call(this, type, ...rest);
          if (ctx && /webgl/.test(type)) contexts.push(ctx as WebGLRenderingContext);
          return ctx;
        },
      });
    }
  });
  await page.goto('./?backend=webgl#/explore');
  expect(await waitForBackend(page)).toBe('webgl');
  const mean = page.getByTestId('step-mean');
  await expect(mean).toHaveText(/\d/);
  const lost = await page.evaluate(() => {
    let n = 0;
    for (const gl of (window as unknown as { __gl: WebGLRenderingContext[] }).__gl) {
      if (gl.isContextLost()) continue;
      gl.getExtension('WEBGL_lose_context')?.loseContext();
      n++;
    }
    return n;
  });
  expect(lost).toBeGreaterThan(0);
  await expect(page.getByTestId('backend-lost')).toContainText('WebGL context lost');
  expect(await waitForBackend(page)).toBe('wasm');
  const before = await mean.textContent();
  await page.getByTestId('cell-0-yHat').fill('9');
  await expect(mean).not.toHaveText(before ?? '');
  await expect(mean).toHaveText(/\d/);
  if (problems.consoleErrors.length > 0) allowConsoleErrors(problems, /context|webgl/i);
});
