import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name), fullPage: true });
}

async function open(page: Page) {
  await page.goto('./');
  await waitForBackend(page);
  await expect(page.getByTestId('loss-chart')).toBeVisible();
}

test('screens', async ({ page }, testInfo) => {
  await open(page);
  await shot(page, testInfo, 'explore-curves.png');
});
