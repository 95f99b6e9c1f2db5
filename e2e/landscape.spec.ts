// The loss landscape in the Train tab (issue 5), acted on as a person would: hover reads values
// and draws that model's fit; a click restarts training there; two optimizers give two paths;
// MSE → MAE moves the minimum on data with outliers; the stability limit of the seed example.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForBackend } from './fixtures';
import type { Page } from '@playwright/test';

async function openLandscape(page: Page, hash = '#/train') {
  await page.goto(`./${hash}`);
  await waitForBackend(page);
  const overlay = page.getByTestId('surface-overlay').first();
  await expect(overlay).toBeVisible();
  await expect(page.getByTestId('surface-time')).toBeVisible();
  await overlay.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  return overlay;
}

test('hover reads (w, b, loss) and draws that fit faintly; a click restarts the run there', async ({
  page,
}, testInfo) => {
  const overlay = await openLandscape(page);
  const box = (await overlay.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.2);
  await expect(page.getByTestId('surface-tip')).toContainText(/w = .*b = /);
  await expect(page.getByTestId('fit-hover')).toHaveCount(1);
  await page.mouse.move(box.x - 30, box.y - 30);
  await expect(page.getByTestId('fit-hover')).toHaveCount(0);

  const w0 = await page
    .getByTestId('readout-w')
    .textContent()
    .catch(() => null);
  await page.mouse.click(box.x + box.width * 0.85, box.y + box.height * 0.15);
  // A new run from the clicked point: the start square moves there and the readout follows.
  const start = page.locator('[data-testid="path-run"] .path-start');
  await expect(async () => {
    // Measured against the overlay again: the page above it may have reflowed meanwhile.
    const [s, o] = [(await start.boundingBox())!, (await overlay.boundingBox())!];
    expect(Math.abs(s.x + s.width / 2 - (o.x + o.width * 0.85))).toBeLessThan(6);
    expect(Math.abs(s.y + s.height / 2 - (o.y + o.height * 0.15))).toBeLessThan(6);
  }).toPass({ timeout: 20_000 });
  if (w0 !== null) await expect(page.getByTestId('readout-w')).not.toHaveText(w0);
  await page.screenshot({ path: testInfo.outputPath('landscape-restart.png'), fullPage: true });
});

test('two optimizers from one start give two paths, with a legend', async ({ page }) => {
  await openLandscape(page);
  await page.getByTestId('compare-select').selectOption('optimizers');
  await expect(page.getByTestId('compare-legend-item')).toHaveCount(4, { timeout: 30_000 });
  await expect(page.locator('[data-testid^="path-"]')).toHaveCount(4);
  await expect(page.getByTestId('compare-legend-item').nth(1)).toContainText('Momentum');
  await expect(page).toHaveURL(/[?&]tc=optimizers/);
  // Told apart by colour and dash both: no two paths share either.
  const lines = page.locator('[data-testid^="path-"] .path-line');
  const styles = await lines.evaluateAll((els) =>
    els.map((e) => [getComputedStyle(e).stroke, e.getAttribute('stroke-dasharray') ?? '']),
  );
  expect(new Set(styles.map((s) => s[0])).size).toBe(4);
  expect(new Set(styles.map((s) => s[1])).size).toBe(4);
  // Fitted to the compared runs: every path starts and ends inside the frame (the start square
  // and the current point are drawn only there), and the frame stays a few units wide.
  await expect(page.locator('[data-testid^="path-"] .path-start')).toHaveCount(4);
  await expect(page.locator('[data-testid^="path-"] .path-now')).toHaveCount(4);
  const stage = page.getByTestId('landscape-stage');
  const [w0, w1, b0, b1] = ((await stage.getAttribute('data-base')) ?? '').split(',').map(Number);
  expect(w1 - w0).toBeLessThan(20);
  expect(b1 - b0).toBeLessThan(20);
});

test('a diverging run keeps the minimum in frame and is marked where it leaves the view', async ({
  page,
}) => {
  await openLandscape(page, '#/train?tlr=0.2');
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('End');
  const run = page.getByTestId('path-run');
  await expect(page.getByTestId('diverges-run')).toBeVisible();
  await expect(page.getByTestId('diverges-run')).toContainText('diverges');
  // The window frames the early steps (a few units), not the last states (~1e5 away).
  const [w0, w1, b0, b1] = (
    (await page.getByTestId('landscape-stage').getAttribute('data-base')) ?? ''
  )
    .split(',')
    .map(Number);
  expect(w1 - w0).toBeLessThan(50);
  expect(w0 < 2 && 2 < w1 && b0 < 0 && 0 < b1).toBe(true); // the minimum (2, 0)
  // Cut at the exit: far fewer points drawn than states replayed.
  expect(Number(await run.getAttribute('data-exit'))).toBeLessThan(
    Number(await run.getAttribute('data-points')) - 1,
  );
  await expect(page.locator('g.minimum').first()).toBeVisible();
});

test('on data with outliers, MSE → MAE moves the minimum marker', async ({ page }) => {
  // Opened from a link: the landscape settings (losses side by side, grid 64) are in the URL.
  await openLandscape(page, '#/train?tp=outliers&tcl=1&tg=64');
  await expect(page.getByTestId('compare-losses')).toBeChecked();
  await expect(page.getByTestId('grid-size')).toHaveValue('64');
  const mse = page.getByTestId('small-surface-mse');
  const mae = page.getByTestId('small-surface-mae');
  await expect(mse).toHaveAttribute('data-min-w', /\d/, { timeout: 30_000 });
  await expect(mae).toHaveAttribute('data-min-w', /\d/, { timeout: 30_000 });
  const at = async (l: typeof mse) => [
    Number(await l.getAttribute('data-min-w')),
    Number(await l.getAttribute('data-min-b')),
  ];
  const [a, b] = [await at(mse), await at(mae)];
  expect(Math.hypot(a[0] - b[0], a[1] - b[1])).toBeGreaterThan(0.1);
  // The Train loss itself: MSE → MAE keeps the frame, so the minimum's move is seen in place.
  const stage = page.getByTestId('landscape-stage');
  const frame = await stage.getAttribute('data-base');
  const minimum = page.locator('.heatmap').first().locator('g.minimum');
  const before = await minimum.getAttribute('transform');
  await page.getByTestId('loss-select').selectOption('mae');
  await expect.poll(() => minimum.getAttribute('transform')).not.toBe(before);
  await expect(stage).toHaveAttribute('data-base', frame ?? '');
  // The MSE minimum stays as a faint ring with a line to the new one.
  await expect(page.getByTestId('previous-minimum')).toHaveAttribute('data-loss', 'mse');
});

test('the seed example: the stability limit 2/λ_max ≈ 0.1198, and axe finds nothing', async ({
  page,
}) => {
  await openLandscape(page);
  const limit = page.getByTestId('stability-limit');
  await expect(limit).toContainText('0.1198');
  expect(Number(await limit.getAttribute('data-limit'))).toBeCloseTo(2 / 16.7004, 3);
  // The same limit as a mark on the learning-rate slider, described to assistive technology.
  const slider = page.locator('#train-lr-slider');
  const mark = page.getByTestId('lr-limit');
  await expect(mark).toContainText('0.1198');
  expect(Number(await mark.getAttribute('data-limit'))).toBeCloseTo(2 / 16.7004, 3);
  await expect(slider).toHaveAttribute('aria-describedby', 'train-lr-limit');
  // "Exact" stays exact: the same eigenvalues and limit at the end of the run as on a fresh load.
  const eigen = await page.getByTestId('stability').locator('p').first().textContent();
  const fresh = await limit.getAttribute('data-limit');
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('End');
  await expect(page.getByTestId('readout-w')).toHaveText(/^2(\.0+)?$/);
  await expect(limit).toHaveAttribute('data-limit', fresh ?? '');
  await expect(page.getByTestId('stability').locator('p').first()).toHaveText(eigen ?? '');
  // The tick sits where the slider's thumb would be for η = 0.1198: between 0.1 and 0.13.
  const tick = (await page.getByTestId('lr-mark').boundingBox())!;
  const track = (await slider.boundingBox())!;
  const at = (lr: number) => track.x + 8 + ((track.width - 16) * (Math.log10(lr) + 4)) / 5;
  expect(tick.x + tick.width / 2).toBeGreaterThan(at(0.1));
  expect(tick.x + tick.width / 2).toBeLessThan(at(0.13));
  await page.getByRole('button', { name: '3-D' }).click();
  const mesh = page.getByTestId('surface-3d');
  await mesh.focus();
  const az = await mesh.getAttribute('data-azimuth');
  await page.keyboard.press('ArrowRight');
  await expect(mesh).not.toHaveAttribute('data-azimuth', az ?? '');
  // The view and its camera go into the link.
  await expect(page).toHaveURL(/[?&]tv=3d.*[?&]tcam=-0\.6,0\.6,1/);
  const results = await new AxeBuilder({ page })
    .include('[data-testid="landscape-slot"]')
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('L2 geometry: the surface says it includes the penalty, and the ridge minimum moves with λ', async ({
  page,
}) => {
  // The seed data with λ = 0.5: ridge w* = Sxy / (Sxx + Nλ) = 10 / 7, b* = ȳ − w*·x̄ = 10 / 7.
  await openLandscape(page, '#/train?tl2=0.5');
  await expect(page.getByTestId('surface-label')).toContainText('data loss + λ·penalty');
  const reg = page.getByTestId('reg-min');
  const at = async (l: typeof reg) => [
    Number(await l.getAttribute('data-w')),
    Number(await l.getAttribute('data-b')),
  ];
  await expect(reg).toHaveAttribute('data-w', /^1\.42|^1\.43/);
  const [w, b] = await at(reg);
  expect(b).toBeCloseTo(10 / 7, 2);
  expect(w).toBeCloseTo(10 / 7, 2);
  const [dw, db] = await at(page.getByTestId('data-min'));
  expect(dw).toBeCloseTo(2, 2);
  expect(db).toBeCloseTo(0, 2);
  // λ = 0.25: w* = 10 / 6.
  await page.getByTestId('l2-input').fill('0.25');
  await page.getByTestId('l2-input').press('Enter');
  await expect(reg).toHaveAttribute('data-w', /^1\.66|^1\.67/);
});

test('mini-batches: the current batch’s surface is drawn and changes with the step', async ({
  page,
}) => {
  await openLandscape(page, '#/train?tp=noisy&tb=mini&tmb=4');
  await expect(page.getByTestId('batch-note')).toContainText('4 of');
  const min = page.getByTestId('batch-min');
  await expect(min).toHaveCount(1);
  const before = await min.getAttribute('transform');
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('ArrowRight');
  await expect(min).not.toHaveAttribute('transform', before ?? '');
  await expect(page.getByTestId('batch-layer')).not.toHaveAttribute('data-contours', '0');
  // While the replay plays, the batch surface follows it (a few times a second), not only on pause.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('1');
  const atPlay = await min.getAttribute('transform');
  await page.getByTestId('play').click();
  await expect(min).not.toHaveAttribute('transform', atPlay ?? '');
  await expect(page.getByTestId('play')).toHaveText(/Pause/);
});
