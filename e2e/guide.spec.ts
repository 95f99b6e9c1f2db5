// The Guide tab: each answer opens its preset; the Presets dialog too; both languages.
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

test('the guide answers by task and opens each preset', async ({ page }, testInfo) => {
  await page.goto('./#/guide');
  await waitForBackend(page);
  await expect(page.getByRole('heading', { name: 'Which loss for which task?' })).toBeVisible();
  await page.screenshot({
    path: path.join(testInfo.project.outputDir, 'guide-en.png'),
    fullPage: true,
  });

  // Robust regression → MSE vs MAE with an outlier, on the Explore tab; Back returns.
  await page.locator('[data-item="robust"] .guide-show').click();
  await expect(page.getByRole('tab', { name: 'Explore' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('step-by-step')).toContainText('Mean squared error');
  await page.goBack();
  await expect(page.getByRole('tab', { name: 'Guide' })).toHaveAttribute('aria-selected', 'true');

  // Learning rate too high → Train at 0.15.
  await page.locator('[data-item="learningRate"] .guide-show').click();
  await expect(page).toHaveURL(/#\/train\?v=1&tlr=0.15&tep=60$/);

  // Every gallery preset from the dialog opens without a notice.
  for (const name of [
    'Linear regression, step by step',
    'Why cross-entropy explodes near 0',
    'Exponential vs log loss',
    'Momentum vs plain gradient descent',
    'Adam on a narrow valley',
    'Focal loss on an easy example',
  ]) {
    await page.getByRole('button', { name: 'Presets' }).click();
    await page.getByTestId('presets-dialog').getByRole('link', { name }).click();
    await expect(page.getByTestId('presets-dialog')).not.toBeVisible();
    await expect(page.getByTestId('url-notice')).toHaveCount(0);
  }
  await expect(page.getByTestId('step-by-step')).toContainText('Focal');
});

test('简体中文: the guide and the dialogs have no English left', async ({ page }, testInfo) => {
  await page.goto('./#/guide?v=1&l=zh-CN');
  await waitForBackend(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  // Names kept in English in Chinese teaching, and symbols.
  const allowed =
    /losscape|MSE|MAE|Huber|Focal|Adam|RMSProp|Adagrad|AdaBoost|softmax|logit|log|p_true|HTML|iframe|\b[a-zA-Z]\b/g;
  const check = async (els: Locator) => {
    // The header's dialogs load on first use: wait for the first element before counting.
    await expect(els.first()).toBeVisible();
    const n = await els.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const text = (await els.nth(i).textContent()) ?? '';
      expect(text.replace(allowed, ''), `English left in: ${text}`).not.toMatch(/[A-Za-z]{2,}/);
    }
  };
  await check(
    page.locator('.guide h2, .guide h3, .guide dt, .guide dd p, .guide-show, .preset-card'),
  );
  await page.screenshot({
    path: path.join(testInfo.project.outputDir, 'guide-zh.png'),
    fullPage: true,
  });
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: '本视图的链接…' }).click();
  await check(page.getByTestId('share-dialog').locator('h2, p, label span, button'));
  await page.keyboard.press('Escape');
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: '嵌入…' }).click();
  await check(page.getByTestId('embed-dialog').locator('h2, :scope > p, label span, button'));
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '预设' }).click();
  await check(page.getByTestId('presets-dialog').locator('h2, p, a, button'));
});
