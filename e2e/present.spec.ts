// Presentation mode and printing (issue 10, parts 1 and 5), acted on as a teacher would: P or
// the header button enters, the chrome goes, type and lines grow, the palette turns to high
// contrast; Esc, P or the floating button leaves and the layout comes back. Printing (emulated,
// then a real PDF from headless Chromium) shows the charts and numbers, no buttons, the link.
import type { Page } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

const SHOTS = '/tmp/class-shots';
const rootClass = (page: Page) => page.evaluate(() => document.documentElement.className);
const px = (page: Page, sel: string, prop: string) =>
  page
    .locator(sel)
    .first()
    .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), prop);

test('P enters presentation mode on every tab; Esc, P and the Exit button leave it', async ({
  page,
}) => {
  await page.goto('./#/explore');
  await waitForBackend(page);
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  const header = page.locator('.app-header');
  const status = page.locator('.status-bar');
  const bodyFont = await px(page, 'body', 'font-size');
  const axisFont = await px(page, '[data-testid="loss-chart"] .axis text', 'font-size');
  const curveWidth = await px(page, '[data-testid="loss-chart"] .curve', 'stroke-width');

  // P while typing in a cell types; it does not present.
  const cell = page.getByTestId('cell-0-y');
  await cell.focus();
  await page.keyboard.press('p');
  expect(await rootClass(page)).not.toContain('present');
  await expect(cell).toHaveValue('2p');
  await page.keyboard.press('Backspace');
  await page.locator('body').click({ position: { x: 5, y: 300 } });

  await page.keyboard.press('p');
  expect(await rootClass(page)).toContain('present');
  // The header keeps only the tab switch (issue 14.7); the Exit button covers no tab.
  const brand = page.locator('.app-header .brand');
  await expect(brand).toBeHidden();
  await expect(page.locator('.app-header .settings')).toBeHidden();
  await expect(page.getByRole('tablist')).toBeVisible();
  await expect(status).toBeHidden();
  const exit = page.getByTestId('present-exit');
  await expect(exit).toBeVisible();
  const exitBox = (await exit.boundingBox())!;
  for (const tab of await page.getByRole('tab').all()) {
    const b = (await tab.boundingBox())!;
    expect(b.x + b.width <= exitBox.x || b.y >= exitBox.y + exitBox.height, 'Exit on a tab').toBe(
      true,
    );
  }
  await expect(exit).toBeFocused();
  // Sized for a projector: larger type, larger axis labels, thicker curves, high contrast.
  expect(parseFloat(await px(page, 'body', 'font-size'))).toBeGreaterThan(parseFloat(bodyFont));
  expect(
    parseFloat(await px(page, '[data-testid="loss-chart"] .axis text', 'font-size')),
  ).toBeGreaterThan(parseFloat(axisFont));
  expect(
    parseFloat(await px(page, '[data-testid="loss-chart"] .curve', 'stroke-width')),
  ).toBeGreaterThan(parseFloat(curveWidth));
  expect(await px(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
  // The view uses the whole width.
  const main = (await page.locator('#main').boundingBox())!;
  expect(main.width).toBeGreaterThan(1200);
  await page.screenshot({ path: `${SHOTS}/present-explore.png` });

  // Other tabs stay in presentation mode (it is not in the URL, and does not change it).
  const ready: Record<string, string> = {
    train: '[data-testid="surface-overlay"]',
    applications: '[data-testid="applications-panel"]',
    guide: '.guide-toc',
  };
  for (const [tab, sel] of Object.entries(ready)) {
    // By the tab switch, which presentation mode keeps.
    await page
      .getByRole('tab')
      .nth(['explore', 'train', 'applications', 'guide'].indexOf(tab))
      .click();
    await expect(page.locator(sel).first()).toBeVisible();
    expect(await rootClass(page)).toContain('present');
    expect(page.url()).not.toContain('present');
    await page.screenshot({ path: `${SHOTS}/present-${tab}.png` });
  }

  // Esc leaves; the layout is back and focus returns to the header's button.
  await page.keyboard.press('Escape');
  expect(await rootClass(page)).not.toContain('present');
  await expect(header).toBeVisible();
  await expect(status).toBeVisible();
  await expect(page.getByTestId('present-exit')).toHaveCount(0);
  expect(await px(page, 'body', 'font-size')).toBe(bodyFont);

  // The header button enters; P leaves; the button enters again and the Exit button leaves.
  const button = page.getByTestId('present-button');
  await button.click();
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  await expect(brand).toBeHidden();
  await page.keyboard.press('P');
  await expect(brand).toBeVisible();
  await expect(button).toHaveAttribute('aria-pressed', 'false');
  await button.click();
  await page.getByTestId('present-exit').click();
  await expect(header).toBeVisible();
  await expect(button).toBeFocused();

  // In dark theme the presentation palette is the dark high-contrast one.
  await page.getByRole('switch', { name: 'Dark theme' }).click();
  await page.keyboard.press('p');
  expect(await px(page, 'body', 'background-color')).toBe('rgb(0, 0, 0)');
  await page.screenshot({ path: `${SHOTS}/present-guide-dark.png` });
  await page.keyboard.press('Escape');
});

test('print: light colours, charts and numbers, no buttons, the link as text; a real PDF', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/explore');
  await waitForBackend(page);
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  await expect(page.getByTestId('print-link')).toBeHidden();

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  const link = page.getByTestId('print-link');
  await expect(link).toBeVisible();
  // The link of this view: this page's address and the state's hash, not embed.
  const url = (await link.locator('.print-url').textContent()) ?? '';
  expect(url.startsWith(new URL(page.url()).origin)).toBe(true);
  expect(url).toContain('#/explore');
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.status-bar')).toBeHidden();
  await expect(page.locator('main button:visible')).toHaveCount(0);
  await expect(page.getByTestId('loss-chart')).toBeVisible();
  await expect(page.getByTestId('step-mean')).toBeVisible();
  await expect(page.locator('.katex').first()).toBeVisible();
  expect(await px(page, 'body', 'background-color')).toBe('rgb(255, 255, 255)');
  expect(await px(page, 'body', 'color')).toBe('rgb(0, 0, 0)');
  expect(await px(page, '[data-testid="loss-chart"]', 'break-inside')).toBe('avoid');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.screenshot({ path: `${SHOTS}/print-explore.png`, fullPage: true });

  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(20_000);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(`${SHOTS}/print-explore.pdf`, pdf);
});
