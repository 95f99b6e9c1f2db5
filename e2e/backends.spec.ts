// The key shell check with each backend forced by the URL, under the strict CSP (the fixture
// fails a test on any CSP violation or console error).
import { CSP } from '../scripts/csp';
import { expect, test, waitForBackend } from './fixtures';

for (const name of ['webgl', 'wasm', 'cpu'] as const) {
  test(`backend=${name} starts tfjs under the strict CSP`, async ({ page }, testInfo) => {
    const response = await page.goto(`./?backend=${name}#/train`);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(await waitForBackend(page)).toBe(name);
    await expect(page.getByTestId('backend-reason')).toHaveAttribute('data-reason', 'forced');
    await expect(page.getByTestId('tensor-count')).toHaveText(/^\d+$/);
    await expect(page.getByRole('tab', { name: 'Train' })).toHaveAttribute('aria-selected', 'true');
    await page.getByRole('tab', { name: 'Guide' }).click();
    await expect(page.getByRole('tabpanel', { name: 'Guide' })).toBeVisible();
    const renderer = await page.getByTestId('backend-renderer').getAttribute('title');
    testInfo.annotations.push({ type: 'renderer', description: renderer ?? 'none' });
  });
}

test('automatic choice names its reason', async ({ page }, testInfo) => {
  await page.goto('./');
  const name = await waitForBackend(page);
  const reason = page.getByTestId('backend-reason');
  await expect(reason).not.toHaveAttribute('data-reason', 'forced');
  testInfo.annotations.push({
    type: 'auto backend',
    description: `${name}: ${await reason.getAttribute('data-reason')}`,
  });
});

test('an invalid backend parameter falls back to auto with a notice', async ({ page }) => {
  await page.goto('./?backend=webgpu');
  await expect(page.getByTestId('backend-notice')).toContainText('webgpu');
  await waitForBackend(page);
  await expect(page.getByTestId('backend-reason')).not.toHaveAttribute('data-reason', 'forced');
});

test('when tfjs cannot load, the status bar says so', async ({ page, problems }) => {
  await page.route(/\/assets\/math-[^/]*\.js$/, (route) => route.abort());
  await page.goto('./');
  await expect(page.getByTestId('backend-failed')).toContainText(
    'No computing backend could start',
  );
  await expect(page.getByTestId('status-bar')).toHaveAttribute('data-status', 'failed');
  // The shell itself keeps working.
  await page.getByRole('tab', { name: 'Guide' }).click();
  await expect(page.getByRole('tabpanel', { name: 'Guide' })).toBeVisible();
  // The aborted request is logged as a console error: expected here, and only here.
  expect(problems.consoleErrors.every((e) => /Failed to (load|fetch)/i.test(e))).toBe(true);
  problems.consoleErrors.length = 0;
});
