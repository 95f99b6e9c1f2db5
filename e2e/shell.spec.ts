import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

const TABS = [
  { id: 'explore', en: 'Explore', zh: '探索', title: '.ex-title' },
  { id: 'train', en: 'Train', zh: '训练', title: 'h2' },
  { id: 'applications', en: 'Applications', zh: '应用', title: '.ap-title' },
  { id: 'guide', en: 'Guide', zh: '指南', title: '.guide-head h2' },
] as const;

async function screenshot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name) });
  // `DOCS_SCREENSHOT=1 npx playwright test` refreshes the README's picture.
  if (name === 'shell-en.png' && process.env.DOCS_SCREENSHOT) {
    await page.screenshot({ path: path.join('docs', 'screenshot.png') });
  }
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('tab', { name, exact: true });
}

test('shell loads, names a backend, and switches tabs by mouse and keyboard', async ({
  page,
}, testInfo) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('losscape');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toBeVisible();
  await waitForBackend(page);
  await expect(page.getByTestId('tensor-count')).toHaveText(/^\d+$/);
  await expect(tab(page, 'Explore')).toHaveAttribute('aria-selected', 'true');
  await expect(
    page.getByRole('tabpanel', { name: 'Explore' }).getByRole('heading', { level: 2 }).first(),
  ).toBeVisible();
  await screenshot(page, testInfo, 'shell-en.png');

  // Mouse: the hash follows, and the panel shows the tab.
  await tab(page, 'Train').click();
  await expect(tab(page, 'Train')).toHaveAttribute('aria-selected', 'true');
  await expect(page).toHaveURL(/#\/train$/); // defaults: the tab alone, no query
  await expect(page.getByRole('tabpanel', { name: 'Train' })).toBeVisible();

  // Keyboard: arrows move and select (wrapping), Home and End jump.
  await tab(page, 'Train').focus();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Applications')).toBeFocused();
  await expect(tab(page, 'Applications')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('End');
  await expect(tab(page, 'Guide')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tab(page, 'Explore')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(tab(page, 'Guide')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(tab(page, 'Explore')).toBeFocused();
  await expect(page).toHaveURL(/#\/explore$/);
  // Only the selected tab is in the Tab order.
  await expect(page.locator('[role="tab"][tabindex="0"]')).toHaveCount(1);

  // Back goes to the previous tab; a deep link opens its tab.
  await page.goBack();
  await expect(tab(page, 'Guide')).toHaveAttribute('aria-selected', 'true');
  await page.goto('./#/applications');
  await expect(tab(page, 'Applications')).toHaveAttribute('aria-selected', 'true');
});

test('简体中文 leaves no English text in the shell, and persists', async ({ page }, testInfo) => {
  await page.goto('./');
  await waitForBackend(page);
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(tab(page, '探索')).toHaveAttribute('aria-selected', 'true');

  // Names and identifiers that stay as they are in Chinese teaching and in the code.
  const allowed = /losscape|webgl|wasm|cpu|SwiftShader|MLP|\by\b|ŷ|\bk\b/gi;
  const shell: Locator[] = [
    ...TABS.map((t) => tab(page, t.zh)),
    page.getByRole('switch'),
    page.getByRole('button', { name: '预设' }),
    page.getByTestId('share-menu'),
    page.getByTestId('present-button'),
    page.getByTestId('status-bar').locator('.status-label').first(),
    page.getByTestId('status-bar').locator('.status-label').nth(1),
    page.getByTestId('status-bar').locator('.status-label').nth(2),
    page.getByTestId('backend-reason'),
  ];
  for (const t of TABS) {
    await tab(page, t.zh).click();
    // Each real panel by its own heading: its title, in Chinese.
    const visible = [...shell, page.getByRole('tabpanel').locator(t.title).first()];
    for (const el of visible) {
      await expect(el).toBeVisible();
      const text = ((await el.textContent()) ?? '').replace(allowed, '');
      expect(text, `English left in: ${await el.textContent()}`).not.toMatch(/[A-Za-z]{2,}/);
      expect(text.trim().length).toBeGreaterThan(0);
    }
  }
  await tab(page, '探索').click();
  await screenshot(page, testInfo, 'shell-zh.png');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(tab(page, '训练')).toBeVisible();
});

test('theme follows the system, toggles to dark, and persists', async ({ page }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  const toggle = page.getByRole('switch', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  const lightBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const darkBg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBg).not.toBe(lightBg);
  await waitForBackend(page);
  await screenshot(page, testInfo, 'shell-dark.png');

  await page.reload(); // the explicit choice beats the (light) system setting
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
