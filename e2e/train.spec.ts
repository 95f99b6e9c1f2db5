// The Train tab, driven as a person would: presets, play, scrub, drag, keyboard, divergence.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name), fullPage: true });
}

/** A number as the page prints it (“−1.5e-7”, “∞ (overflow)”). */
function num(text: string | null): number {
  const t = (text ?? '').trim().replace('−', '-');
  if (t.startsWith('∞')) return Infinity;
  return Number(t);
}

/**
 * The seed example in plain float64 JS: L(w, b) = mean((w·x + b − y)²), gradient descent at 0.1
 * from w = b = 0.5. loss[k] is the loss of the state before step k (loss[1000]: after the last).
 */
function seedReference(steps = 1000, lr = 0.1) {
  const x = [1, 2, 3, 4];
  const y = x.map((v) => 2 * v);
  let [w, b] = [0.5, 0.5];
  const loss: number[] = [];
  const lossAt = () => x.reduce((s, xi, i) => s + (w * xi + b - y[i]) ** 2, 0) / x.length;
  for (let k = 0; k < steps; k++) {
    loss.push(lossAt());
    const e = x.map((xi, i) => w * xi + b - y[i]);
    const gw = (2 * e.reduce((s, ei, i) => s + ei * x[i], 0)) / x.length;
    const gb = (2 * e.reduce((s, ei) => s + ei, 0)) / x.length;
    [w, b] = [w - lr * gw, b - lr * gb];
  }
  loss.push(lossAt());
  return { loss, w, b };
}

/**
 * tfjs trains in float32: the path drifts from float64 by rounding (w, b carry ~1e-7 absolute
 * error), so a logged loss must match to 0.1 % relative or 1e-9 absolute, whichever is larger.
 */
const close = (got: number, want: number) => Math.abs(got - want) <= Math.max(1e-3 * want, 1e-9);

async function openTrain(page: Page) {
  await page.goto('./#/train');
  await waitForBackend(page);
  await expect(page.getByTestId('run-info')).toBeVisible();
}

async function runToEnd(page: Page) {
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('100');
  await page.getByTestId('play').click();
  await expect(page.getByTestId('play')).toHaveText(/Play/, { timeout: 30_000 });
}

test('seed preset: runs to w ≈ 2, b ≈ 0, loss < 1e-6, and logs trainPath(...).loss[i + 1]', async ({
  page,
}, testInfo) => {
  await openTrain(page);
  await expect(page.getByTestId('preset-select')).toHaveValue('seed');
  await expect(page.getByTestId('lr-input')).toHaveValue('0.1');
  await expect(page.getByTestId('epochs-input')).toHaveValue('1000');
  await expect(page.getByTestId('readout-w')).toHaveText('0.5');
  await expect(page.getByTestId('readout-b')).toHaveText('0.5');
  await shot(page, testInfo, 'train-start.png');

  await runToEnd(page);
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 1000 / 1000');
  const w = num(await page.getByTestId('readout-w').textContent());
  const b = num(await page.getByTestId('readout-b').textContent());
  const loss = num(await page.getByTestId('readout-loss').getAttribute('title'));
  expect(Math.abs(w - 2)).toBeLessThan(1e-3);
  expect(Math.abs(b)).toBeLessThan(1e-3);
  expect(loss).toBeLessThan(1e-6);
  expect(loss).toBeGreaterThanOrEqual(0);

  const ref = seedReference();
  const lines = page.getByTestId('train-log').locator('li');
  await expect(lines).toHaveCount(10);
  for (let k = 0; k < 10; k++) {
    const text = (await lines.nth(k).textContent()) ?? '';
    const m = /^Epoch (\d+), Loss: (\S+)$/.exec(text);
    expect(m, text).not.toBeNull();
    const epoch = Number(m![1]);
    expect(epoch).toBe(100 * k);
    const got = num(m![2]);
    expect(
      close(got, ref.loss[epoch + 1]),
      `epoch ${epoch}: ${got} vs ${ref.loss[epoch + 1]}`,
    ).toBe(true);
  }
  await shot(page, testInfo, 'train-seed-end.png');

  // Axe on the Train tab, at the end of a run (every part drawn).
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
  ).toEqual([]);
});

test('learning rate 0.2 diverges: training stops, the step is marked, a smaller rate is suggested', async ({
  page,
}, testInfo) => {
  await openTrain(page);
  await page.getByTestId('lr-input').fill('0.2');
  await expect(page.getByTestId('run-info')).toBeVisible();
  await page.getByTestId('play').click();
  const notice = page.getByTestId('divergence');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('diverged at epoch');
  await expect(notice).toContainText('overshoots the minimum');
  await expect(notice).toContainText('η < 0.1198');
  await expect(page.locator('.diverged-mark')).toBeVisible();
  await expect(page.getByTestId('play')).toHaveText(/Play/);
  await shot(page, testInfo, 'train-diverged.png');
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  // Reset works; the suggested rate converges.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  await expect(notice).toBeHidden();
  await page.getByTestId('apply-lr').or(page.getByTestId('lr-input')).first().isVisible();
  await page.getByTestId('lr-input').fill('0.1');
  await runToEnd(page);
  await expect(notice).toBeHidden();
});

test('drag a point: the fit and the loss change; keyboard moves and deletes points', async ({
  page,
}, testInfo) => {
  await openTrain(page);
  await runToEnd(page);
  const fit = page.getByTestId('fit-text');
  const loss = page.getByTestId('readout-loss');
  const fitBefore = await fit.textContent();
  const lossBefore = await loss.textContent();

  const point = page.locator('circle.pt[data-index="3"]');
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 40, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2, box.y - 80, { steps: 5 });
  await page.mouse.up();
  await expect(fit).not.toHaveText(fitBefore ?? '');
  await expect(loss).not.toHaveText(lossBefore ?? '');
  await expect(page.getByTestId('preset-select')).toHaveValue('custom');
  // Four points no longer on one line: the loss at the end is no longer ≈ 0.
  await expect.poll(async () => num(await loss.textContent())).toBeGreaterThan(1e-3);
  await shot(page, testInfo, 'train-dragged.png');

  // Keyboard: focus a point, move it up, delete it; click empty space to add one.
  const first = page.locator('circle.pt[data-index="0"]');
  await first.focus();
  const y0 = Number(await first.getAttribute('cy'));
  await page.keyboard.press('Shift+ArrowUp');
  await expect.poll(async () => Number(await first.getAttribute('cy'))).toBeLessThan(y0);
  await page.keyboard.press('Delete');
  await expect(page.locator('circle.pt')).toHaveCount(3);
  const plot = (await page.getByTestId('data-plot').boundingBox())!;
  await page
    .getByTestId('data-plot')
    .click({ position: { x: plot.width * 0.2, y: plot.height * 0.2 } });
  await expect(page.locator('circle.pt')).toHaveCount(4);
  // Alt+click removes.
  await page
    .locator('circle.pt')
    .last()
    .click({ modifiers: ['Alt'] });
  await expect(page.locator('circle.pt')).toHaveCount(3);
});

test('scrub the timeline: an earlier step’s loss, fit and readout come back', async ({
  page,
}, testInfo) => {
  await openTrain(page);
  await runToEnd(page);
  const scrubber = page.getByTestId('scrubber');
  await scrubber.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('readout-epoch')).toHaveText('5');
  const ref = seedReference();
  const loss = num(await page.getByTestId('readout-loss').getAttribute('title'));
  expect(close(loss, ref.loss[5]), `${loss} vs ${ref.loss[5]}`).toBe(true);
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 5 / 1000');
  await shot(page, testInfo, 'train-scrubbed.png');
  // Space toggles play from the scrubber (a range input) and from the page.
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveText(/Pause/);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('play')).toHaveText(/Play/);
});

test('tensor count is the same after 2,000 steps as after 100', async ({ page }) => {
  await openTrain(page);
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
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 0 / 100');
  await runToEnd(page);
  const after100 = await settled();
  await page.getByTestId('epochs-input').fill('2000');
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 0 / 2000');
  await runToEnd(page);
  await expect(page.getByTestId('scrub-epoch')).toHaveText('Epoch 2000 / 2000');
  const after2000 = await settled();
  expect(Number.isInteger(after100)).toBe(true);
  expect(after2000).toBe(after100);
});

test('presets: noisy line with held-out loss, outliers under MAE, blobs, XOR; views in dark, zh-CN and at 360 px', async ({
  page,
}, testInfo) => {
  await openTrain(page);
  await page.getByTestId('preset-select').selectOption('noisy');
  await expect(page.getByTestId('holdout-note')).toContainText('8 of 40 points are held out');
  await runToEnd(page);
  await expect(page.getByTestId('readout-held')).toHaveText(/\d/);
  await expect(page.getByTestId('readout-quality')).toHaveText(/^0\.\d+$/); // R²
  await shot(page, testInfo, 'train-noisy.png');

  await page.getByTestId('preset-select').selectOption('outliers');
  await runToEnd(page);
  await page.getByTestId('loss-select').selectOption('mae');
  await runToEnd(page);
  await expect(page.locator('.ghost')).toHaveCount(1);
  await shot(page, testInfo, 'train-outliers-mae.png');

  await page.getByTestId('preset-select').selectOption('blobs');
  await expect(page.getByTestId('model-select')).toHaveValue('logistic');
  await runToEnd(page);
  await expect(page.getByTestId('readout-quality')).toHaveText(/%$/);
  await page.getByTestId('log-scale').check();
  await shot(page, testInfo, 'train-blobs.png');

  await page.getByTestId('preset-select').selectOption('xor');
  await expect(page.getByTestId('model-select')).toHaveValue('mlp');
  await expect(page.getByTestId('decision-boundary')).toBeVisible();
  await shot(page, testInfo, 'train-xor.png');
  const results = await new AxeBuilder({ page }).include('main').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);

  await page.setViewportSize({ width: 360, height: 800 });
  await page.getByTestId('preset-select').selectOption('seed');
  await runToEnd(page);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await shot(page, testInfo, 'train-360.png');
});

test('CSV: a bad file is refused with its line; a good one replaces the data; export downloads it', async ({
  page,
}) => {
  await openTrain(page);
  const file = page.getByTestId('csv-file');
  await file.setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y\n1,2\n3,four\n'),
  });
  await expect(page.getByRole('alert')).toContainText('line 3');
  await file.setInputFiles({
    name: 'good.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('x,y\n0,1\n1,3\n2,5\n3,7\n4,9\n'),
  });
  await expect(page.locator('circle.pt')).toHaveCount(5);
  await expect(page.getByTestId('preset-select')).toHaveValue('custom');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const stream = await (await download).createReadStream();
  let text = '';
  for await (const chunk of stream) text += chunk;
  expect(text).toBe('x,y\n0,1\n1,3\n2,5\n3,7\n4,9\n');
});

for (const [lang, theme] of [
  ['zh-CN', 'dark'],
  ['en', 'dark'],
] as const) {
  test(`axe and a look in ${lang}, ${theme}`, async ({ page }, testInfo) => {
    await presetPrefs(page, { lang, theme });
    await page.goto('./#/train');
    await waitForBackend(page);
    await expect(page.getByTestId('run-info')).toBeVisible();
    await page.getByTestId('play').click();
    await expect(page.getByTestId('train-log').locator('li[data-epoch="100"]')).toBeVisible();
    await page.getByTestId('play').click();
    await shot(page, testInfo, `train-${lang}-${theme}.png`);
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}
