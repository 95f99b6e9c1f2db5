// The Applications tab, driven as a person would: add k-means points and step Lloyd's
// algorithm, train the classifier and watch the mean CE fall, switch the segmentation loss,
// type a bad formula; axe on the tab; screenshots to look at.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

async function shot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name), fullPage });
}

/** A number as the page prints it (“−1.5e-7”, “∞ (overflow)”). */
function num(text: string | null): number {
  const t = (text ?? '').trim().replace('−', '-');
  if (t.startsWith('∞')) return Infinity;
  return Number(t);
}

async function openApps(page: Page) {
  await page.goto('./#/applications');
  await waitForBackend(page);
  await expect(page.getByTestId('applications-panel')).toBeVisible();
}

test('k-means: click to add points, step through assignment and update, inertia falls', async ({
  page,
}, testInfo) => {
  await openApps(page);
  await page.getByRole('button', { name: 'Clear points' }).click();
  await expect(page.getByTestId('kmeans-message')).toContainText('needs at least 3 points');
  // k = 2 and four clicks: two pairs far apart.
  await page.getByTestId('kmeans-k-slider').fill('2');
  await expect(page.getByTestId('kmeans-k')).toHaveText('2');
  const plane = page.getByTestId('kmeans-plane');
  const box = (await plane.boundingBox())!;
  for (const [fx, fy] of [
    [0.1, 0.1],
    [0.1, 0.3],
    [0.9, 0.1],
    [0.9, 0.3],
  ])
    await plane.click({ position: { x: fx * box.width, y: fy * box.height } });
  await expect(page.getByTestId('kmeans-message')).toHaveCount(0);
  await expect(page.getByTestId('kmeans-phase')).toHaveText('initial centroids');
  await page.getByTestId('kmeans-step').click();
  await expect(page.getByTestId('kmeans-phase')).toContainText('assignment');
  const first = num(await page.getByTestId('kmeans-inertia').textContent());
  expect(first).toBeGreaterThan(0);
  await page.getByTestId('kmeans-step').click();
  await expect(page.getByTestId('kmeans-phase')).toContainText('update');
  await page.getByTestId('kmeans-run').click();
  await expect(page.getByText(/Converged/)).toBeVisible({ timeout: 15_000 });
  const last = num(await page.getByTestId('kmeans-inertia').textContent());
  expect(last).toBeLessThanOrEqual(first);
  // Two pairs 2 units apart vertically (0.2 of 10 = 2): each point 1 from its mean, 4 × 1² = 4.
  expect(last).toBeCloseTo(4, 1);
  await expect(page.getByTestId('kmeans-centroid')).toHaveCount(2);

  // A bad typed point is refused with a message in place.
  await page.getByTestId('kmeans-add-x').fill('12');
  await page.getByTestId('kmeans-add').click();
  await expect(page.getByTestId('kmeans-add-error')).toContainText('between 0 and 10');
  await shot(page, testInfo, 'apps-kmeans.png');
});

test('k-means preset: the elbow and the per-iteration chart are drawn', async ({ page }) => {
  await openApps(page);
  await page.getByTestId('kmeans-run').click();
  await expect(page.getByText(/Converged/)).toBeVisible({ timeout: 20_000 });
  await expect(page.getByTestId('kmeans-elbow-chart').locator('path.curve')).toHaveCount(1);
  await expect(
    page.getByTestId('kmeans-inertia-chart').locator('circle.marker-dot'),
  ).not.toHaveCount(0);
});

test('classifier: training lowers the mean CE; a confident prediction made wrong explodes it', async ({
  page,
}, testInfo) => {
  await openApps(page);
  const mean = page.getByTestId('clf-mean');
  await expect(mean).toHaveText('1.386'); // log 4: uniform at zero weights
  await page.getByTestId('clf-train').click();
  await expect
    .poll(async () => num(await mean.textContent()), { timeout: 30_000 })
    .toBeLessThan(0.3);
  await page.getByTestId('clf-train').click(); // pause
  const trained = num(await mean.textContent());
  await page.getByTestId('clf-wrong').click();
  await expect(page.getByTestId('clf-wrong-note')).toBeVisible();
  await expect.poll(async () => num(await mean.textContent())).toBeGreaterThan(trained + 0.2);
  const wrongCe = num(
    await page.locator('.ap-glyph.is-wrong [data-testid="clf-ce"]').textContent(),
  );
  expect(wrongCe).toBeGreaterThan(3);
  await page.locator('.ap-classifier').screenshot({
    path: path.join(testInfo.project.outputDir, 'apps-classifier.png'),
  });
});

test('segmentation: switching the loss changes the mean; painting changes it too', async ({
  page,
}, testInfo) => {
  await openApps(page);
  const mean = page.getByTestId('seg-mean');
  await expect(mean).not.toHaveText('—');
  const ce = num(await mean.textContent());
  await page.getByRole('radio', { name: 'Class-weighted CE' }).check();
  await expect.poll(async () => num(await mean.textContent())).not.toBe(ce);
  const wce = num(await mean.textContent());
  await page.getByRole('radio', { name: 'Dice' }).check();
  await expect.poll(async () => num(await mean.textContent())).not.toBe(wce);
  await expect(page.getByTestId('seg-table').locator('tbody tr')).toHaveCount(4);
  // Paint background over the object: the Dice loss rises.
  const dice = num(await mean.textContent());
  await page.getByRole('radio', { name: /^Background/ }).check();
  const canvas = page.getByTestId('seg-prob');
  const b = (await canvas.boundingBox())!;
  await canvas.click({ position: { x: (20.5 / 32) * b.width, y: (12.5 / 32) * b.height } });
  await expect.poll(async () => num(await mean.textContent())).toBeGreaterThan(dice);
  await page.getByTestId('seg-blur').click();
  await page.locator('.ap-seg').screenshot({
    path: path.join(testInfo.project.outputDir, 'apps-segmentation.png'),
  });
});

test('custom loss: typeset, bad formula reported with its position, last valid kept', async ({
  page,
}, testInfo) => {
  await openApps(page);
  const input = page.getByTestId('custom-input');
  await input.fill('(yhat - y)^2');
  // The seed rows: errors 0.5, −1, 1, 0 → MSE = (0.25 + 1 + 1 + 0) / 4 = 0.5625.
  await expect(page.getByTestId('custom-value')).toHaveText('0.5625');
  await input.fill('log(1 + (yhat - y)');
  await expect(page.getByTestId('custom-error')).toContainText('Column');
  await expect(page.getByTestId('custom-value')).toHaveText('0.5625');
  await input.fill('foo(yhat)');
  await expect(page.getByTestId('custom-error')).toContainText('Column 1');
  await input.fill('log(yhat - y)');
  await expect(page.getByTestId('custom-eval-error')).toContainText('row');
  await input.fill('abs(yhat - y)^1.5');
  await expect(page.getByTestId('custom-error')).toHaveCount(0);
  await expect(page.getByTestId('custom-formula').locator('.katex')).toBeVisible();
  await page.locator('.ap-custom').screenshot({
    path: path.join(testInfo.project.outputDir, 'apps-custom.png'),
  });
});

test('axe: no violations on the tab, light and dark; reflows at 360 px', async ({
  page,
}, testInfo) => {
  await openApps(page);
  await expect(page.getByTestId('seg-mean')).not.toHaveText('—');
  const light = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    light.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
  await page.setViewportSize({ width: 360, height: 800 });
  // The charts take the new width from their ResizeObserver, a frame or so after the resize.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(362);
  // The classifier's formula wraps instead of being cut (at "pᵢ = softmax" before, issue 14.9).
  const formula = page.getByTestId('classifier-formula');
  await expect(formula).toContainText('softmax');
  const fit = await formula.evaluate((el) => {
    const math = el.querySelector('.katex')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    return { over: el.scrollWidth - el.clientWidth, right: math.right - box.right, h: math.height };
  });
  expect(fit.over).toBeLessThanOrEqual(0);
  expect(fit.right).toBeLessThanOrEqual(0.5);
  for (const part of ['kmeans', 'classifier', 'seg', 'custom'])
    await page.locator(`.ap-${part}`).screenshot({
      path: path.join(testInfo.project.outputDir, `apps-360-${part}.png`),
    });
});

test('dark theme and 简体中文: axe clean', async ({ page }, testInfo) => {
  await presetPrefs(page, { lang: 'zh-CN', theme: 'dark' });
  await openApps(page);
  await expect(page.getByRole('heading', { name: 'k 均值聚类' })).toBeVisible();
  await expect(page.getByTestId('seg-mean')).not.toHaveText('—');
  const dark = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    dark.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`),
  ).toEqual([]);
  await shot(page, testInfo, 'apps-dark-zh.png');
});
