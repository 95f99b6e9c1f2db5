// The Train tab's tiny MLP, driven as a person would: XOR to 100 %, the decision heatmap, the
// landscape slice and its direction seed, point editing, tensors, axe.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name), fullPage: true });
}

function num(text: string | null): number {
  return Number((text ?? '').trim().replace('−', '-'));
}

async function openXor(page: Page) {
  await page.goto('./#/train');
  await waitForBackend(page);
  await page.getByTestId('preset-select').selectOption('xor');
  await expect(page.getByTestId('model-select')).toHaveValue('mlp');
  await expect(page.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
}

async function runToEnd(page: Page) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveText(/Play/, { timeout: 30_000 });
}

/** Non-transparent pixels of the decision canvas. */
const painted = (page: Page) =>
  page.getByTestId('decision-canvas').evaluate((c: HTMLCanvasElement) => {
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });

test('XOR with the MLP trains to 100 % and a low loss; the boundary and the slice are drawn', async ({
  page,
}, testInfo) => {
  await openXor(page);
  await expect(page.getByTestId('hidden-input')).toHaveValue('8');
  await expect(page.getByTestId('loss-select')).toHaveValue('bce');
  const losses = await page
    .getByTestId('loss-select')
    .locator('option')
    .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).sort());
  expect(losses).toEqual(['bce', 'bce_logits', 'exponential', 'focal', 'hinge', 'squared_hinge']);
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
  await expect.poll(() => painted(page)).toBeGreaterThan(1000);
  await shot(page, testInfo, 'mlp-start.png');

  await runToEnd(page);
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 500 / 500');
  await expect(page.getByTestId('readout-quality')).toHaveText('100.0 %');
  const loss = num(await page.getByTestId('readout-loss').getAttribute('title'));
  expect(loss).toBeLessThan(0.1);
  expect(num(await page.getByTestId('readout-norm').textContent())).toBeGreaterThan(0);
  await expect(page.getByTestId('readout-held')).toHaveText(/\d/);
  await expect(page.getByTestId('accuracy-chart')).toBeVisible();
  // The slice centres on the current weights: its centre value is the current loss.
  const slice = page.getByTestId('mlp-slice');
  await expect(slice).toHaveAttribute('data-seed', '1');
  await expect
    .poll(async () => Math.abs(num(await slice.getAttribute('data-centre')) - loss) / loss)
    .toBeLessThan(1e-3);
  await expect(page.getByTestId('path-mlp')).toBeVisible();
  await expect(page.getByTestId('slice-note')).toContainText('a view, not the whole space');
  await expect(page.getByTestId('mlp-interp')).toBeVisible();
  await shot(page, testInfo, 'mlp-xor-trained.png');

  // New directions: another slice through the same weights (same centre, other values).
  const before = await slice.getAttribute('data-sum');
  await page.getByTestId('dir-seed').fill('5');
  await page.getByTestId('dir-seed').press('Enter');
  await expect(slice).toHaveAttribute('data-seed', '5');
  expect(await slice.getAttribute('data-sum')).not.toBe(before);
  // The centre is still the current loss.
  expect(Math.abs(num(await slice.getAttribute('data-centre')) - loss) / loss).toBeLessThan(1e-3);
  await shot(page, testInfo, 'mlp-xor-seed5.png');

  // Scrub back: the readout and the boundary follow.
  await page.getByTestId('scrubber').fill('0');
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  await expect(page.getByTestId('readout-quality')).not.toHaveText('100.0 %');
});

test('points: add one of the chosen class, move it, remove it; the run restarts', async ({
  page,
}) => {
  await openXor(page);
  const pts = page.locator('circle.pt');
  await expect(pts).toHaveCount(80);
  await page.getByTestId('new-class-1').check();
  const plot = page.getByTestId('data-plot');
  const box = (await plot.boundingBox())!;
  // The axes are padded by 15 % of the data's span: the left margin holds no point.
  await plot.click({ position: { x: box.width * 0.04, y: box.height * 0.5 } });
  await expect(pts).toHaveCount(81);
  await expect(pts.nth(80)).toHaveClass(/cls1/);
  await expect(page.getByTestId('preset-select')).toHaveValue('custom');
  await pts.nth(80).focus();
  const label = await pts.nth(80).getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  await expect(pts.nth(80)).not.toHaveAttribute('aria-label', label ?? '');
  await page.keyboard.press('Delete');
  await expect(pts).toHaveCount(80);
  await expect(page.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
});

test('MLP: tensor count flat after a long run; ReLU; axe in en and zh-CN', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000); // three trainMlp runs (2,000 epochs among them) on a shared 2-core box
  await openXor(page);
  const count = page.getByTestId('tensor-count');
  const settled = async () => {
    // Two fresh reads of tf.memory().numTensors (the status bar stamps each read): the second
    // starts after the run has let go of its tensors.
    const stamp = Number(await count.getAttribute('data-poll'));
    await expect
      .poll(async () => Number(await count.getAttribute('data-poll')))
      .toBeGreaterThanOrEqual(stamp + 2);
    return Number(await count.textContent());
  };
  await page.getByTestId('epochs-input').fill('100');
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 0 / 100', { timeout: 30_000 });
  await runToEnd(page);
  const after100 = await settled();
  await page.getByTestId('epochs-input').fill('2000');
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 0 / 2000', { timeout: 60_000 });
  await runToEnd(page);
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 2000 / 2000');
  const after2000 = await settled();
  expect(Number.isInteger(after100)).toBe(true);
  expect(after2000).toBe(after100);

  await page.getByTestId('activation-select').selectOption('relu');
  await page.getByTestId('epochs-input').fill('300');
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 0 / 300', { timeout: 30_000 });
  await runToEnd(page);
  await shot(page, testInfo, 'mlp-relu.png');
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});

test('MLP in zh-CN, dark: circles; axe', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  await presetPrefs(page, { lang: 'zh-CN', theme: 'dark' });
  await page.goto('./#/train');
  await waitForBackend(page);
  await page.getByTestId('preset-select').selectOption('circles');
  await expect(page.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  // Waits on the run's state, not on time: played from step 0 to the scrubber's end, stopped.
  const scrubber = page.getByTestId('scrubber');
  await expect(scrubber).toHaveValue('0');
  await page.getByRole('combobox', { name: '速度' }).selectOption('100');
  await page.getByTestId('play').click();
  await expect
    .poll(() => scrubber.evaluate((e: HTMLInputElement) => e.max !== '0' && e.value === e.max), {
      timeout: 90_000,
    })
    .toBe(true);
  await expect(page.getByTestId('play')).toHaveText(/播放/, { timeout: 30_000 });
  await expect(page.getByTestId('slice-note')).toContainText('视图');
  await expect(page.getByTestId('path-mlp')).toBeVisible();
  await shot(page, testInfo, 'mlp-circles-zh-dark.png');
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(page.getByTestId('mlp-slice')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth))
    .toBeLessThanOrEqual(0);
  await shot(page, testInfo, 'mlp-circles-360.png');
  await page.setViewportSize({ width: 1280, height: 800 });
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});
