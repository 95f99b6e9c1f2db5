// Issue 17: the digits networks in Applications — train the CNN a few epochs on the bundled
// digits, draw the PCA plane with its path and a random slice, cancel a slice midway with the
// page still responsive. Screenshots to look at.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

async function shot(page: Page, testInfo: TestInfo, name: string) {
  const part = page.getByTestId('digits-demo');
  await part.screenshot({ path: path.join(testInfo.project.outputDir, name) });
}

test('digits: train the CNN, draw the PCA plane with its path and a random slice, cancel a slice', async ({
  page,
}, testInfo) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/applications');
  await waitForBackend(page);
  const demo = page.getByTestId('digits-demo');
  await demo.scrollIntoViewIfNeeded();
  await expect(demo.getByTestId('dg-status')).toContainText('1437 training', { timeout: 60_000 });
  await demo.getByTestId('dg-epochs').selectOption('3');
  await demo.getByTestId('dg-train').click();
  await expect(demo.getByTestId('dg-result')).toBeVisible({ timeout: 120_000 });
  const acc = Number(await demo.getByTestId('dg-result').getAttribute('data-test-acc'));
  expect(acc).toBeGreaterThan(0.8);
  await expect(demo.getByTestId('dg-confusion')).toBeVisible();
  await expect(demo.getByTestId('dg-misclassified')).toBeVisible();

  // The PCA plane of the trajectory, with the path (4 checkpoints) and explained variance.
  await demo.getByTestId('dg-draw').click();
  const slice = demo.getByTestId('dg-slice');
  await expect(slice).toHaveAttribute('data-complete', 'true', { timeout: 120_000 });
  await expect(slice).toHaveAttribute('data-plane', 'pca');
  await expect(slice).toHaveAttribute('data-path', '4');
  await expect(demo.getByTestId('dg-explained')).toContainText('%');
  await shot(page, testInfo, 'nets-pca-1280.png');

  // A random filter-normalised slice on the larger grid; cancel it after its coarse picture.
  await demo.getByTestId('dg-plane').selectOption('random');
  await demo.getByTestId('dg-grid').selectOption('41');
  await demo.getByTestId('dg-draw').click();
  await expect(slice).toHaveAttribute('data-plane', 'random', { timeout: 60_000 });
  await expect(demo.getByTestId('dg-slice-status')).toContainText('coarse', { timeout: 60_000 });
  await demo.getByTestId('dg-slice-cancel').click();
  await expect(demo.getByTestId('dg-slice-status')).toHaveAttribute('data-state', 'cancelled');
  // The page still answers: a control responds at once.
  await demo.getByTestId('dg-grid').selectOption('21');
  await expect(demo.getByTestId('dg-grid')).toHaveValue('21');
  // Redrawn in full on the small grid.
  await demo.getByTestId('dg-draw').click();
  await expect(slice).toHaveAttribute('data-complete', 'true', { timeout: 120_000 });
  expect(Number(await slice.getAttribute('data-min'))).toBeGreaterThan(0);
  await shot(page, testInfo, 'nets-random-1280.png');
});

// Issue 17.6: Li et al.'s HDF5 files opened in the browser (nothing uploaded).
test('h5 landscape: surface + trajectory + directions, then a file without the datasets', async ({
  page,
}, testInfo) => {
  const fx = (n: string) => path.join('src/export/fixtures', n);
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/applications');
  const card = page.getByTestId('h5-landscape');
  await card.scrollIntoViewIfNeeded();
  await card
    .getByTestId('h5-input')
    .setInputFiles([fx('surface.h5'), fx('projection.h5'), fx('directions.h5')]);
  const files = card.getByTestId('h5-files');
  await expect(files).toContainText('surface.h5');
  await expect(files).toContainText('projection.h5');
  await expect(files).toContainText('directions.h5');
  // The fixture's train_loss 0.1 + (x − 0.2)² + 4·(y + 0.1)² has its grid point at (0.2, −0.1).
  const best = Number(await card.getByTestId('h5-best').getAttribute('data-value'));
  expect(best).toBeCloseTo(0.1, 5);
  await expect(card.getByTestId('h5-best')).toContainText(/0\.2.*−?-?0\.1/);
  await expect(card.getByTestId('h5-chart')).toHaveAttribute('data-path', '8');
  await expect(card.getByTestId('h5-chart').locator('canvas').first()).toBeVisible();
  await expect(card.getByTestId('h5-explained')).toContainText('83.0 %');
  await expect(card.getByTestId('h5-explained')).toContainText('11.0 %');
  await card.screenshot({ path: path.join(testInfo.project.outputDir, 'nets-h5-1280.png') });

  // Embedded as one figure (fig=h5): the field shown travels packed in the link, and a fresh page
  // draws it from the link alone. test_loss is train_loss + 0.05 in the fixture.
  await card.getByTestId('h5-field').selectOption('test_loss');
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: /^Embed/ }).click();
  const dialog = page.getByTestId('embed-dialog');
  await dialog.getByTestId('embed-target').selectOption('fig:h5');
  await expect(dialog.getByTestId('embed-h5')).toContainText('test_loss of surface.h5');
  const snippet = dialog.getByTestId('embed-snippet');
  await expect(snippet).toHaveAttribute('data-src', /\?fig=h5&h5=j1\.[\w-]+#\/applications\?/);
  const src = (await snippet.getAttribute('data-src'))!;
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  const fig = await page.context().newPage();
  await fig.setViewportSize({ width: 600, height: 400 });
  await fig.goto(src);
  const figure = fig.getByTestId('h5-figure');
  await expect(figure.getByTestId('h5-best')).toContainText('test_loss', { timeout: 30_000 });
  expect(Number(await figure.getByTestId('h5-best').getAttribute('data-value'))).toBeCloseTo(
    0.15,
    5,
  );
  await expect(figure.getByTestId('h5-chart')).toHaveAttribute('data-path', '8');
  await expect(figure.getByTestId('h5-chart').locator('canvas').first()).toBeVisible();
  await expect(figure.getByTestId('h5-explained')).toContainText('83.0 %');
  await fig.screenshot({ path: path.join(testInfo.project.outputDir, 'nets-h5-figure-600.png') });
  // The same link cut short: the figure says it cannot read it.
  await fig.goto(src.replace(/(h5=j1\.[\w-]{40})[\w-]*/, '$1'));
  await expect(fig.getByTestId('fig-body')).toContainText('cannot be read');
  await fig.close();
  await card.getByTestId('h5-field').selectOption('train_loss');

  // A file with none of the datasets: a message naming what is missing; the surface stays.
  await card.getByTestId('h5-input').setInputFiles([fx('nothing.h5')]);
  const errors = card.getByTestId('h5-errors');
  await expect(errors).toContainText('nothing.h5');
  await expect(errors).toContainText('xcoordinates');
  await expect(files).toContainText('surface.h5');
  await expect(card.getByTestId('h5-best')).toBeVisible();
  const axe = await new AxeBuilder({ page }).include('[data-testid="h5-landscape"]').analyze();
  expect(axe.violations).toEqual([]);
  await page.setViewportSize({ width: 360, height: 740 });
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: path.join(testInfo.project.outputDir, 'nets-h5-360.png') });

  // Saved with the state as a state file, and opened back in a fresh page: the same landscape.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByTestId('h5-save-state').click(),
  ]);
  const saved = testInfo.outputPath('landscape-state.json');
  await download.saveAs(saved);
  await page.goto('about:blank');
  await page.goto('./#/applications');
  await expect(card.getByTestId('h5-files')).toHaveCount(0);
  // A state file without a landscape is refused where the user is looking; nothing changes.
  await card.getByTestId('h5-state-input').setInputFiles({
    name: 'plain.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"losscape-state","version":1,"hash":"#/applications"}'),
  });
  await expect(card.getByTestId('h5-state-message')).toContainText('plain.json');
  await expect(card.getByTestId('h5-files')).toHaveCount(0);
  // No landscape open: the Embed dialog says why there is no figure snippet.
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: /^Embed/ }).click();
  await dialog.getByTestId('embed-target').selectOption('fig:h5');
  await expect(dialog.getByTestId('embed-h5')).toContainText('Open a landscape file');
  await expect(snippet).toHaveValue('');
  await page.keyboard.press('Escape');
  // The header's Export → Load state restores the landscape the file carries.
  await page.getByTestId('share-menu').click();
  await page.getByTestId('export-button').click();
  await page.getByTestId('export-load-state').setInputFiles(saved);
  await expect(page.getByTestId('export-dialog')).toBeHidden();
  await expect(card.getByTestId('h5-files')).toContainText('surface.h5');
  await expect(card.getByTestId('h5-files')).toContainText('projection.h5');
  expect(Number(await card.getByTestId('h5-best').getAttribute('data-value'))).toBeCloseTo(0.1, 5);
  await expect(card.getByTestId('h5-chart')).toHaveAttribute('data-path', '8');
  await expect(card.getByTestId('h5-explained')).toContainText('83.0 %');
  await expect(page).toHaveURL(/#\/applications/);
});

// Issue 17.4: the paper's batch-size comparison runs in the background with progress and Cancel
// (the results themselves are checked by compare.test.ts; the whole run takes minutes).
test('digits Code dialog (tfjs + Keras); batch-size comparison: starts, shows progress, cancels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./#/applications');
  const demo = page.getByTestId('digits-demo');
  await expect(demo.getByTestId('dg-status')).toContainText('1437 training', { timeout: 60_000 });

  // Issue 17.5: the Code dialog shows the network as set, in tfjs and in Keras.
  const codeOf = async (lang: 'tfjs' | 'python') => {
    const dialog = page.getByTestId('net-code-dialog');
    await demo.getByTestId('dg-code').click();
    await dialog.getByTestId(`code-tab-${lang}`).click();
    const text = (await dialog.getByTestId('code-block').textContent()) ?? '';
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    return text;
  };
  await demo.getByTestId('dg-epochs').selectOption('3');
  let code = await codeOf('tfjs');
  expect(code).toMatch(/tf\.layers\.conv2d\(\{[^}]*filters: 8,/);
  expect(code).toMatch(/tf\.layers\.conv2d\(\{[^}]*filters: 16,/);
  expect(code).toMatch(/tf\.layers\.dense\(\{[^}]*units: 10,/);
  expect(code).toContain('epochs: 3,');
  code = await codeOf('python');
  expect(code).toMatch(/layers\.Conv2D\(8, 3,/);
  expect(code).toMatch(/layers\.Conv2D\(16, 3,/);
  expect(code).toContain('epochs=3,');
  await demo.getByTestId('dg-kind').selectOption('mlp');
  code = await codeOf('tfjs');
  expect(code).toMatch(/tf\.layers\.dense\(\{[^}]*units: 32,[^}]*activation: 'relu'/);
  expect(code).not.toContain('conv2d');
  code = await codeOf('python');
  expect(code).toMatch(/layers\.Dense\(32/);
  expect(code).not.toContain('Conv2D');
  await demo.getByTestId('dg-kind').selectOption('cnn');

  const cmp = demo.getByTestId('dg-compare');
  await cmp.scrollIntoViewIfNeeded();
  await cmp.getByTestId('dg-compare-grid').selectOption('11');
  await cmp.getByTestId('dg-compare-start').click();
  const status = cmp.getByTestId('dg-compare-status');
  await expect(status).toHaveAttribute('data-state', 'running');
  await expect(status).toContainText('Run 1 of 4');
  // Progress moves (epochs of the first run are reported as they end).
  await expect
    .poll(async () => Number(await cmp.getByTestId('dg-compare-progress').getAttribute('value')), {
      timeout: 15_000,
    })
    .toBeGreaterThan(0);
  await cmp.getByTestId('dg-compare-cancel').click();
  await expect(status).toHaveAttribute('data-state', 'cancelled');
  await expect(cmp.getByTestId('dg-compare-start')).toBeEnabled();
  await cmp.getByTestId('dg-compare-grid').selectOption('21');
  await expect(cmp.getByTestId('dg-compare-grid')).toHaveValue('21');
  const axe = await new AxeBuilder({ page }).include('[data-testid="dg-compare"]').analyze();
  expect(axe.violations).toEqual([]);
});
