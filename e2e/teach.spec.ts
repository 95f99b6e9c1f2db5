// Code view and Export (issue 7, parts 5 and 7), as a teacher would use them: open the code of
// a run, copy and download it; download charts as PNG and SVG, the data and the history as CSV;
// save the whole state as JSON and load it into a fresh page; a corrupt file gets a message.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page, TestInfo } from '@playwright/test';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

/** The place of a chart in the Export dialog's list: its order among the laid-out charts of <main>. */
const exportIndex = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      Array.from(document.querySelectorAll('main [data-export]'))
        .filter((el) => el.getBoundingClientRect().width > 0)
        .findIndex((el) => el.matches(sel)),
    selector,
  );

async function shot(page: Page, testInfo: TestInfo, name: string) {
  await page.screenshot({ path: path.join(testInfo.project.outputDir, name) });
}

async function openTrain(page: Page) {
  await page.goto('./#/train');
  await waitForBackend(page);
  await expect(page.getByTestId('run-info')).toBeVisible();
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<[Download, Buffer]> {
  const [dl] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await dl.path();
  // Kept beside the screenshots, to be opened and looked at.
  await dl.saveAs(path.join(test.info().outputDir, dl.suggestedFilename()));
  return [dl, readFileSync(file)];
}

const lines = (b: Buffer) => b.toString('utf8').trim().split('\n');

test('Code view: the run as tfjs and Python code, copied and downloaded', async ({
  page,
  context,
}, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openTrain(page);
  await page.getByTestId('optimizer-select').selectOption('adam');
  await page.getByTestId('lr-input').fill('0.05');
  await page.getByTestId('lr-input').press('Enter');
  await page.getByTestId('code-button').click();
  const dialog = page.getByTestId('code-dialog');
  const block = dialog.getByTestId('code-block');
  await expect(block).toContainText("import * as tf from '@tensorflow/tfjs';");
  await expect(block).toContainText('tf.train.adam(0.05, 0.9, 0.999, 1e-7)');
  await expect(block).toContainText('const steps = 1000;');
  await expect(block).toContainText('const xs = [\n  1, 2, 3, 4,\n];');
  await expect(dialog.getByTestId('code-app-result')).toContainText('ends at step 1000');
  await shot(page, testInfo, 'code-tfjs.png');

  await dialog.getByTestId('code-copy').click();
  await expect(dialog.getByTestId('code-status')).toHaveText('Copied to the clipboard.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await block.textContent());

  await dialog.getByTestId('code-tab-python').click();
  await expect(block).toContainText(
    'TfjsAdam(learning_rate=0.05, beta_1=0.9, beta_2=0.999, epsilon=1e-7)',
  );
  await expect(block).toContainText('loss_fn = tf.keras.losses.MeanSquaredError()');
  const [dl, body] = await downloaded(page, () => dialog.getByTestId('code-download').click());
  expect(dl.suggestedFilename()).toBe('train.py');
  expect(body.toString('utf8')).toBe(await block.textContent());
  await shot(page, testInfo, 'code-python.png');

  // A classifier: the loss is read from the logit.
  await page.keyboard.press('Escape');
  await page.getByTestId('model-select').selectOption('logistic');
  await expect(page.getByTestId('loss-select')).toHaveValue('bce');
  await page.getByTestId('code-button').click();
  await expect(dialog.getByTestId('code-block')).toContainText('tf.losses.sigmoidCrossEntropy');
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(b: Buffer): { width: number; height: number } {
  expect(b.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(b.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** Parses an SVG file in the page: element counts and its text. */
async function svgFacts(page: Page, text: string) {
  return page.evaluate((src) => {
    const doc = new DOMParser().parseFromString(src, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      paths: doc.querySelectorAll('path').length,
      images: Array.from(doc.querySelectorAll('image')).map((i) =>
        (i.getAttribute('href') ?? '').slice(0, 22),
      ),
      text: Array.from(doc.querySelectorAll('text')).map((t) => t.textContent ?? ''),
      styled: doc.querySelectorAll('[style*="stroke"]').length,
      vars: src.includes('var(--'),
    };
  }, text);
}

test('Export: charts as PNG and SVG, the data and the history as CSV', async ({
  page,
}, testInfo) => {
  test.slow(); // two full training runs (the tab's and the history's) on a shared CPU
  await openTrain(page);
  await expect(page.getByTestId('surface-overlay')).toBeVisible();
  // The surface (and its contours) still computing would export an empty heatmap.
  await expect(page.locator('[data-pending="true"]')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  const charts = dialog.getByTestId('export-charts').locator('li');
  await expect(charts).toHaveCount(3);
  await shot(page, testInfo, 'export-dialog.png');

  // The loss chart (SVG only): the file is an SVG with its curve, axis text and inline styles.
  const lossItem = charts.filter({ hasText: 'Loss vs epoch' });
  const [svgDl, svgBody] = await downloaded(page, () =>
    lossItem.getByRole('button', { name: /SVG$/ }).click(),
  );
  expect(svgDl.suggestedFilename()).toMatch(/^losscape-loss-vs-epoch\.svg$/);
  const loss = await svgFacts(page, svgBody.toString('utf8'));
  expect(loss.error).toBeNull();
  expect(loss.root).toBe('svg');
  expect(loss.paths).toBeGreaterThan(3);
  expect(loss.text).toEqual(expect.arrayContaining(['epoch']));
  expect(loss.styled).toBeGreaterThan(3);
  expect(loss.vars).toBe(false); // CSS variables resolved

  // The landscape (a canvas heatmap under an SVG overlay), as PNG and SVG.
  const land = page.getByTestId('surface-overlay');
  const box = (await land.boundingBox())!;
  const landItem = charts.nth(await exportIndex(page, '.heatmap'));
  const [, png] = await downloaded(page, () =>
    landItem.getByRole('button', { name: /PNG$/ }).click(),
  );
  const size = pngSize(png);
  expect(size.width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
  expect(size.height).toBeGreaterThanOrEqual(Math.floor(box.height * 2) - 2);
  expect(png.length).toBeGreaterThan(20_000);
  const [, landSvg] = await downloaded(page, () =>
    landItem.getByRole('button', { name: /SVG$/ }).click(),
  );
  const facts = await svgFacts(page, landSvg.toString('utf8'));
  expect(facts.error).toBeNull();
  expect(facts.images).toEqual(['data:image/png;base64,']);
  expect(facts.paths).toBeGreaterThan(5); // contours and the path
  expect(facts.text).toEqual(expect.arrayContaining(['weight w', 'bias b']));

  // CSV: the training data, and the history of the whole planned run (1,000 epochs).
  const [, data] = await downloaded(page, () => dialog.getByTestId('export-train-data').click());
  expect(lines(data)).toEqual(['x,y', '1,2', '2,4', '3,6', '4,8']);
  const [hDl, history] = await downloaded(page, () => dialog.getByTestId('export-history').click());
  expect(hDl.suggestedFilename()).toBe('losscape-history-seed.csv');
  const rows = lines(history).map((l) => l.split(','));
  expect(rows[0]).toEqual(['step', 'epoch', 'loss', 'w', 'b']);
  expect(rows).toHaveLength(1 + 1001);
  expect(Number(rows[1][2])).toBeCloseTo(13.375, 4);
  expect(Number(rows[1001][2])).toBeLessThan(1e-6);
  expect(Math.abs(Number(rows[1001][3]) - 2)).toBeLessThan(1e-3);
});

test('Export: an Explore chart as SVG, the rows as CSV matching the table', async ({
  page,
}, testInfo) => {
  await page.goto('./#/explore');
  await waitForBackend(page);
  const table = page.getByTestId('data-table');
  await expect(table).toBeVisible();
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  // The loss curves (an HTML-free SVG chart) as a standalone SVG.
  const first = page
    .getByTestId('export-charts')
    .locator('li')
    .filter({ hasText: /loss/i })
    .first();
  await shot(page, testInfo, 'export-explore.png');
  const [, svg] = await downloaded(page, () => first.getByRole('button', { name: /SVG$/ }).click());
  const facts = await svgFacts(page, svg.toString('utf8'));
  expect(facts.error).toBeNull();
  expect(facts.paths).toBeGreaterThan(2);
  expect(facts.vars).toBe(false);
  const [, csv] = await downloaded(page, () => page.getByTestId('export-rows').click());
  const rows = lines(csv).map((l) => l.split(','));
  expect(rows[0].slice(0, 3)).toEqual(['row', 'y', 'y_hat']);
  expect(rows[0].slice(3)).toEqual(['loss_mse', 'loss_mae', 'loss_huber']);
  const bodyRows = table.locator('tbody tr');
  await expect(bodyRows).toHaveCount(rows.length - 1);
  for (let i = 0; i < rows.length - 1; i++) {
    const inputs = bodyRows.nth(i).locator('td input');
    expect(Number(await inputs.nth(0).inputValue())).toBe(Number(rows[i + 1][1]));
    expect(Number(await inputs.nth(1).inputValue())).toBe(Number(rows[i + 1][2]));
    // The table's loss column (the active loss, MSE) and the CSV's agree.
    const shown = await page.getByTestId(`row-loss-${i}`).getAttribute('title');
    expect(Number(rows[i + 1][3])).toBeCloseTo(Number(shown), 5);
  }
});

test('Export: the state as JSON loads back into a fresh page; bad files get a message', async ({
  page,
  browser,
}, testInfo) => {
  await openTrain(page);
  await page.getByTestId('preset-select').selectOption('outliers');
  await page.getByTestId('loss-select').selectOption('huber');
  await page.getByTestId('lr-input').fill('0.03');
  await page.getByTestId('lr-input').press('Enter');
  const readout = page.getByTestId('readout-loss');
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  // Each change above re-trains; the readout shows the last run's start once that run is in:
  // while a run computes (from the edit's own render on), its run-info line is replaced by
  // "Computing the run…", and the replay stays at step 0 (a change of settings stops it there).
  await expect(page.getByText(/Computing the run/)).toHaveCount(0, { timeout: 60_000 });
  await expect(page.getByTestId('run-info')).toBeVisible();
  await expect(page.getByTestId('play')).toHaveText(/Play/);
  await expect(page.getByTestId('readout-epoch')).toHaveText('0');
  const lossAtStart = await readout.getAttribute('title');
  expect(Number(lossAtStart)).toBeGreaterThan(0);
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  const [dl, json] = await downloaded(page, () => page.getByTestId('export-save-state').click());
  expect(dl.suggestedFilename()).toBe('losscape-train.json');
  const file = JSON.parse(json.toString('utf8'));
  expect(file).toMatchObject({ format: 'losscape-state', version: 1 });
  expect(file.hash).toMatch(/^#\/train\?v=1&/);

  // A fresh page (no storage) on the Explore tab loads it.
  const fresh = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const p2 = await fresh.newPage();
  const errors: string[] = [];
  p2.on('pageerror', (e) => errors.push(e.message));
  p2.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  try {
    await p2.goto('./#/explore');
    await waitForBackend(p2);
    await p2.getByTestId('share-menu').click();
    await p2.getByTestId('export-button').click();
    const input = p2.getByTestId('export-load-state');
    await input.setInputFiles({ name: 'state.json', mimeType: 'application/json', buffer: json });
    await expect(p2.getByTestId('export-dialog')).toBeHidden();
    await expect(p2.getByTestId('preset-select')).toHaveValue('outliers');
    await expect(p2.getByTestId('loss-select')).toHaveValue('huber');
    await expect(p2.getByTestId('lr-input')).toHaveValue('0.03');
    await expect(p2.getByTestId('readout-loss')).toHaveAttribute('title', lossAtStart ?? '');
    await expect(p2.getByTestId('url-notice')).toBeHidden();
    expect(p2.url()).toContain(file.hash);

    // Corrupt, wrong-shaped and oversized files: a message in the dialog, the state kept.
    const bad: [string, string | Buffer, RegExp][] = [
      ['broken.json', '{"format": "losscape-state", "hash": ', /broken\.json is not valid JSON/],
      ['other.json', '{"hello": 1}', /other\.json is not a losscape state file/],
      ['big.json', Buffer.alloc(1_100_000, 32), /big\.json is larger than 1 MB/],
    ];
    await p2.getByTestId('share-menu').click();
    await p2.getByTestId('export-button').click();
    for (const [name, content, msg] of bad) {
      const buffer = typeof content === 'string' ? Buffer.from(content) : content;
      await input.setInputFiles({ name, mimeType: 'application/json', buffer });
      await expect(p2.getByTestId('export-status')).toHaveText(msg);
    }
    await shot(p2, testInfo, 'export-bad-file.png');
    await p2.keyboard.press('Escape');
    await expect(p2.getByTestId('preset-select')).toHaveValue('outliers');

    // A file with bad fields: the good ones load, the bad are named in the notice.
    await p2.getByTestId('share-menu').click();
    await p2.getByTestId('export-button').click();
    const partly = JSON.stringify({
      format: 'losscape-state',
      version: 1,
      hash: '#/train?v=1&tp=noisy&te=-5&zz=%3Cscript%3E',
    });
    await input.setInputFiles({
      name: 'partly.json',
      mimeType: 'application/json',
      buffer: Buffer.from(partly),
    });
    await expect(p2.getByTestId('preset-select')).toHaveValue('noisy');
    const notice = p2.getByTestId('url-notice');
    await expect(notice).toContainText('“te”');
    await expect(notice).toContainText('“zz”');
    await expect(p2.locator('script:not([src])')).toHaveCount(0);
    expect(errors).toEqual([]);
  } finally {
    await fresh.close();
  }
});

/** The RGB of one pixel of a PNG, decoded by the browser. */
async function pngPixel(page: Page, png: Buffer, x: number, y: number): Promise<number[]> {
  return page.evaluate(
    async ({ b64, x, y }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const c = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      return Array.from(ctx.getImageData(x, y, 1, 1).data.slice(0, 3));
    },
    { b64: png.toString('base64'), x, y },
  );
}

test('简体中文, dark theme: the dialogs in Chinese, the 3-D surface as PNG on a dark background', async ({
  page,
}, testInfo) => {
  await presetPrefs(page, { lang: 'zh-CN', theme: 'dark' });
  await openTrain(page);
  await page.getByRole('button', { name: '三维' }).click();
  const surface = page.getByTestId('surface-3d');
  await expect(surface).toBeVisible();
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog.getByRole('heading', { name: '导出' })).toBeVisible();
  await expect(dialog).toContainText('当前视图中的图表');
  await expect(dialog).toContainText('保存状态（JSON）');
  await shot(page, testInfo, 'export-zh-dark.png');
  const item = dialog
    .getByTestId('export-charts')
    .locator('li')
    .nth(await exportIndex(page, '[data-testid="surface-3d"]'));
  const [, png] = await downloaded(page, () => item.getByRole('button', { name: /PNG$/ }).click());
  const box = (await surface.boundingBox())!;
  const size = pngSize(png);
  expect(size.width).toBe(Math.round(box.width * 2));
  expect(size.height).toBe(Math.round(box.height * 2));
  // A corner pixel is the dark page behind the mesh, not a white box.
  const [r, g, b] = await pngPixel(page, png, 2, 2);
  expect(r + g + b).toBeLessThan(3 * 80);
  const results = await new AxeBuilder({ page }).include('[data-testid="export-dialog"]').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('code-button').click();
  const code = page.getByTestId('code-dialog');
  await expect(code.getByRole('heading', { name: '本次训练的代码' })).toBeVisible();
  await expect(code.getByRole('tab', { name: 'Python（TensorFlow 2 / Keras）' })).toBeVisible();
  await expect(code.getByTestId('code-app-result')).toContainText('损失为');
  await shot(page, testInfo, 'code-zh-dark.png');
  const axe = await new AxeBuilder({ page }).include('[data-testid="code-dialog"]').analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});
