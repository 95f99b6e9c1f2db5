// The landscape follows the hand (issue 15): while a Train data point is held and moved, the
// surface is redrawn from live frames, so the minimum marker moves before the button is released.
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

  const point = page.locator('circle.pt[data-index="3"]');
  await point.scrollIntoViewIfNeeded();
  const box = (await point.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 6 });
  // Still held: the minimum has moved already.
  await expect.poll(() => minimum.getAttribute('transform')).not.toBe(before);
  await page.mouse.up();
});
