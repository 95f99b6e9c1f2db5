// The embed example (public/embed-example.html) served from another origin (another port, see
// playwright.config.ts) embeds three views in cross-origin iframes; each shows its view under
// the app's strict CSP, with no header, a link to the full app, and no console error.
import path from 'node:path';
import { expect, hostOrigin, test } from './hostFixture';

test('the embed example shows three views from another origin, with no console error', async ({
  page,
  baseURL,
  problems,
}, testInfo) => {
  const appOrigin = new URL(baseURL ?? '').origin;
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto(`${hostOrigin}/`);
  await expect(page.locator('iframe')).toHaveCount(3);
  expect(new URL(page.url()).origin).not.toBe(appOrigin);

  const views = [
    { region: null, check: 'fig-loss' },
    { region: 'Train', check: 'run-info' },
    { region: '指南', check: null },
  ];
  for (const [i, v] of views.entries()) {
    await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
    const frame = page.frameLocator('iframe').nth(i);
    if (v.region)
      await expect(frame.getByRole('region', { name: v.region, exact: true })).toBeVisible({
        timeout: 30_000,
      });
    if (v.check) await expect(frame.getByTestId(v.check)).toBeVisible({ timeout: 30_000 });
    await expect(frame.getByRole('banner')).toHaveCount(0);
    await expect(frame.getByRole('tablist')).toHaveCount(0);
    const open = frame.getByTestId('open-in-losscape');
    await expect(open).toHaveAttribute('target', '_blank');
    await expect(open).toHaveAttribute('rel', 'noopener');
    await expect(open).toHaveAttribute('href', new RegExp(`^${appOrigin}/#/`));
    expect(await open.getAttribute('href')).not.toContain('embed=1');
  }
  await expect(page.frameLocator('iframe').nth(2).locator('html')).toHaveAttribute('lang', 'zh-CN');
  // The embedded MSE vs MAE figure: the outlier's row, its curves drawn in the frame, 3:2.
  const fig = page.frameLocator('iframe').nth(0);
  await expect(fig.getByTestId('fig-body')).toContainText('row 5 (y = 30)');
  await expect(fig.locator('[data-testid="fig-body"] svg path').first()).toBeVisible();
  const box = await page.locator('iframe').nth(0).boundingBox();
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(1.5, 1);
  // A window as tall as the page: frames scrolled out of view would paint blank.
  await page.setViewportSize({ width: 1100, height: 2400 });
  await expect(page.frameLocator('iframe').nth(1).getByTestId('run-info')).toBeVisible();
  await expect(page.frameLocator('iframe').nth(2).locator('.guide-item').first()).toBeVisible();
  await page.screenshot({ path: path.join(testInfo.project.outputDir, 'embed-example.png') });
  void problems;
});
