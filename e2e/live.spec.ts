// The landscape follows the hand (issue 15): while a Train data point is held and moved, the
// surface is redrawn from live frames, so the minimum marker moves before the button is released;
// its window (axes) holds still during the drag and re-fits on release.
import { expect, test, waitForBackend } from './fixtures';

test('dragging a Train point moves the landscape minimum during the drag, before release', async ({
  page,
}) => {
  await page.goto('./#/train');
  await waitForBackend(page);
  const overlay = page.getByTestId('surface-overlay').first();
  await expect(overlay).toBeVisible();
  await expect(page.getByTestId('surface-time')).toBeVisible();
  // The grid minimum's cross, drawn in the heatmap's SVG beside the pointer overlay.
  const minimum = page.locator('.heatmap').first().locator('g.minimum');
  await expect(minimum).toHaveCount(1);
  const before = await minimum.getAttribute('transform');
  // The window shown (w0,w1,b0,b1, as the axes read) and the fitted one.
  const heatmap = page.getByTestId('heatmap').first();
  const stage = page.getByTestId('landscape-stage').first();
  const win0 = await heatmap.getAttribute('data-window');
  const base0 = await stage.getAttribute('data-base');
  const ticks = page.locator('.heatmap').first().locator('.tick text');
  const ticks0 = await ticks.allTextContents();

  const point = page.locator('circle.pt[data-index="3"]');
  await point.scrollIntoViewIfNeeded();
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 6 });
  // Still held: the minimum has moved already.
  await expect.poll(() => minimum.getAttribute('transform')).not.toBe(before);
  // Frozen: the axes have not moved with the data, also after more frames.
  expect(await heatmap.getAttribute('data-window')).toBe(win0);
  await page.mouse.move(box.x + box.width / 2, box.y + 90, { steps: 4 });
  expect(await heatmap.getAttribute('data-window')).toBe(win0);
  expect(await stage.getAttribute('data-base')).toBe(base0);
  expect(await ticks.allTextContents()).toEqual(ticks0);
  await page.mouse.up();
  // Released: the view re-fits to the new data's run (its path now ends elsewhere).
  await expect.poll(() => stage.getAttribute('data-base')).not.toBe(base0);
  await expect.poll(() => heatmap.getAttribute('data-window')).not.toBe(win0);
});
