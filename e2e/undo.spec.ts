// Undo and redo as a person uses them: ten edits of different kinds (a typed cell, a loss, a
// slider by keyboard, a chart drag, presets, tabs, selects), then ten undos restore each earlier
// link exactly, and ten redos come back to the last one; the shortcuts stay out of text fields.
import type { Page } from '@playwright/test';
import { REPLACE_DEBOUNCE_MS } from '../src/state/url/editTracker';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

const hashOf = (page: Page) => page.evaluate(() => location.hash);
const undoButton = (page: Page) => page.getByRole('button', { name: 'Undo', exact: true });
const redoButton = (page: Page) => page.getByRole('button', { name: 'Redo', exact: true });

/**
 * Makes an edit and returns the link once it shows the edit. The link and undo follow the store
 * with one debounce each, started by the same store change (state/url/editTracker.ts): a typed
 * or keyed edit reaches the link when its pause is over, and then undo has recorded it too (a
 * zero timeout queued in the page after that runs after undo's earlier-due one).
 */
async function edit(page: Page, before: string, act: () => Promise<unknown>): Promise<string> {
  await act();
  await expect.poll(() => hashOf(page)).not.toBe(before);
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  return hashOf(page);
}

/**
 * Drags the ŷ marker and holds it still for longer than the edit debounce midway: a held
 * pointer is one gesture, so the drag is still one undo step, and the link is not rewritten
 * until the release (issue 15: no URL or storage write per move).
 */
async function dragMarker(page: Page): Promise<void> {
  const before = await hashOf(page);
  const cell = page.getByTestId('cell-0-yHat');
  const start = await cell.inputValue();
  const handle = page.getByTestId('loss-chart-marker').locator('.marker-handle');
  await handle.scrollIntoViewIfNeeded();
  const box = (await handle.boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let dx = 10; dx <= 80; dx += 10) {
    await page.mouse.move(x + dx, y);
    if (dx === 40) {
      // The table follows the drag, the link does not while the pointer is held.
      await expect(cell).not.toHaveValue(start);
      // A deliberate pause, not a wait for state: it proves that nothing splits the gesture
      // when the hand rests longer than the debounce (a slower machine only lengthens it).
      await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), 2 * REPLACE_DEBOUNCE_MS);
      expect(await hashOf(page)).toBe(before);
    }
  }
  await page.mouse.up();
}

test('ten edits of different kinds are undone one by one and redone', async ({ page }) => {
  test.setTimeout(150_000); // ten edits, ten undos, ten redos, each re-rendering every chart
  await page.goto('./');
  await waitForBackend(page);
  await expect(undoButton(page)).toBeDisabled();
  await expect(redoButton(page)).toBeDisabled();
  const hashes = [await hashOf(page)];
  const step = async (act: () => Promise<unknown>) => {
    hashes.push(await edit(page, hashes[hashes.length - 1], act));
  };

  await step(() => page.getByTestId('cell-0-y').fill('3')); // 1 a data cell
  await step(() => page.getByRole('button', { name: /Step by step: Huber/ }).click()); // 2 a loss
  await step(async () => {
    await page.getByTestId('param-delta-slider').focus(); // 3 a slider, by keyboard
    await page.keyboard.press('ArrowRight');
  });
  await step(() => dragMarker(page)); // 4 a chart drag
  await step(() =>
    page.getByRole('combobox', { name: 'Preset' }).selectOption({ label: 'One outlier' }),
  ); // 5 an Explore preset
  await step(() => page.getByRole('tab', { name: 'Train', exact: true }).click()); // 6 a tab
  await step(() => page.getByTestId('loss-select').selectOption('mae')); // 7 the training loss
  await step(() => page.getByRole('combobox', { name: 'Speed' }).selectOption('25')); // 8
  await step(async () => {
    await page.getByTestId('lr-input').fill('0.05'); // 9 a typed number
    await page.getByTestId('lr-input').press('Enter');
  });
  await step(async () => {
    await page.getByRole('button', { name: 'Presets' }).click(); // 10 the presets gallery
    await page.getByRole('link', { name: 'MSE vs MAE with an outlier' }).click();
  });
  expect(new Set(hashes).size).toBe(11);
  await expect(redoButton(page)).toBeDisabled();

  // Undo: the button and both shortcuts, from the page (not a text field).
  for (let i = 9; i >= 0; i--) {
    if (i % 2) await undoButton(page).click();
    else {
      await page.locator('body').click({ position: { x: 2, y: 2 } });
      await page.keyboard.press(i % 4 ? 'Meta+z' : 'Control+z');
    }
    await expect.poll(() => hashOf(page), { message: `undo to step ${i}` }).toBe(hashes[i]);
  }
  await expect(undoButton(page)).toBeDisabled();
  await expect(page.getByTestId('cell-0-y')).toHaveValue('2'); // the seed's data again

  for (let i = 1; i <= 10; i++) {
    if (i % 2) await redoButton(page).click();
    else await page.keyboard.press(i % 4 ? 'Control+y' : 'Control+Shift+z');
    await expect.poll(() => hashOf(page), { message: `redo to step ${i}` }).toBe(hashes[i]);
  }
  await expect(redoButton(page)).toBeDisabled();

  // A new edit after an undo forgets what was undone.
  await undoButton(page).click();
  await expect.poll(() => hashOf(page)).toBe(hashes[9]);
  await expect(redoButton(page)).toBeEnabled();
  await page.getByRole('tab', { name: 'Guide', exact: true }).click();
  await expect(redoButton(page)).toBeDisabled();
});

test('in a text field Ctrl+Z is the browser’s own; the buttons are named in Chinese', async ({
  page,
}) => {
  await presetPrefs(page, { lang: 'zh-CN' });
  await page.goto('./');
  await waitForBackend(page);
  const undo = page.getByRole('button', { name: '撤销', exact: true });
  const redo = page.getByRole('button', { name: '重做', exact: true });
  await expect(undo).toBeDisabled();
  await expect(redo).toBeDisabled();
  const cell = page.getByTestId('cell-0-y');
  await cell.fill('5');
  await expect(undo).toBeEnabled();
  await cell.press('Control+z'); // the field's own undo: the typed text goes
  await expect(cell).toHaveValue('2');
  await expect(redo).toBeDisabled(); // the app did not undo
  // That was a change too: the app's Undo brings the typed value back, then the first state.
  await undo.click();
  await expect(cell).toHaveValue('5');
  await expect(redo).toBeEnabled();
  await undo.click();
  await expect(cell).toHaveValue('2');
  await expect(undo).toBeDisabled();
});
