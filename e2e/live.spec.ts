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

test('tensor count is flat after 1,000 drag moves of a Train point', async ({ page }) => {
  await page.goto('./#/train');
  await waitForBackend(page);
  await expect(page.getByTestId('surface-time')).toBeVisible();
  const count = page.getByTestId('tensor-count');
  /** The count once the run and the surfaces have settled: two fresh polls (1 s apart). */
  const settled = async () => {
    await expect(page.getByTestId('landscape-stage').first()).toHaveAttribute(
      'data-pending',
      'false',
    );
    const stamp = Number(await count.getAttribute('data-poll'));
    await expect
      .poll(async () => Number(await count.getAttribute('data-poll')))
      .toBeGreaterThanOrEqual(stamp + 2);
    return Number(await count.textContent());
  };
  const before = await settled();
  const point = page.locator('circle.pt[data-index="3"]');
  await point.scrollIntoViewIfNeeded();
  const box = (await point.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const cy0 = (await point.getAttribute('cy'))!;
  await page.mouse.move(x, y);
  await page.mouse.down();
  // 1,000 moves up and down 100 px, dispatched in the page (a Playwright move per step would take
  // a minute here), a frame let through after every 10: each move asks for a live surface frame.
  const moved = await page.evaluate(
    async ([x, y]) => {
      const el = document.querySelector('circle.pt[data-index="3"]')!;
      let n = 0;
      for (let k = 0; k < 1000; k++) {
        const phase = k % 100;
        const at = { clientX: x, clientY: y + (phase < 50 ? phase : 100 - phase) * 2 };
        el.dispatchEvent(
          new PointerEvent('pointermove', { ...at, bubbles: true, isPrimary: true, pointerId: 1 }),
        );
        n++;
        if (k % 10 === 9) await new Promise(requestAnimationFrame);
      }
      return n;
    },
    [x, y],
  );
  expect(moved).toBe(1000);
  // The point followed the moves (they reached the drag, not only the page).
  await expect(point).not.toHaveAttribute('cy', cy0);
  await page.mouse.up();
  const after = await settled();
  expect(Number.isInteger(before)).toBe(true);
  expect(after).toBe(before);
});
