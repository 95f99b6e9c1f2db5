// A replay's frames are painted outside React (issue 15: replayPaint): while it plays, the data
// chart's fit line and pulls, the landscape path's head and the loss chart's marker move with the
// step; once paused at a step, React's render of that step shows exactly what was painted there.
import type { Page } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

/** What moves per step, read in one task (between two frames: painter and React both settled). */
function picture(page: Page) {
  return page.evaluate(() => {
    const q = (sel: string) => document.querySelector(`#panel-train ${sel}`);
    const attr = (sel: string, name: string) => q(sel)?.getAttribute(name) ?? null;
    const residuals = [...document.querySelectorAll('#panel-train .data-chart line.residual')];
    return {
      step: Number((q('[data-testid="scrubber"]') as HTMLInputElement | null)?.value ?? NaN),
      playing: !/play/i.test(q('[data-testid="play"]')?.textContent ?? ''),
      fit: attr('[data-testid="fit-line"]', 'd'),
      residuals: residuals.map((l) => `${l.getAttribute('y1')},${l.getAttribute('y2')}`).join(' '),
      headX: attr('[data-testid="path-run"] circle.path-now', 'cx'),
      headY: attr('[data-testid="path-run"] circle.path-now', 'cy'),
      shown: attr('[data-testid="path-run"]', 'data-points'),
      line: attr('[data-testid="path-run"] path.path-line', 'd'),
      cursor: attr('[data-testid="loss-chart"] line.now', 'x1'),
      dot: attr('[data-testid="loss-chart"] circle.now-dot', 'cy'),
    };
  });
}

test('a replay moves the fit, the path head and the loss marker; paused, React shows the same', async ({
  page,
}) => {
  await page.goto('./#/train');
  await waitForBackend(page);
  await expect(page.getByTestId('run-info')).toBeVisible();
  const play = page.getByTestId('play');
  await expect(play).toBeEnabled();
  await page.locator('#panel-train .speed select').selectOption('1');
  await play.click();

  // Two frames while playing, some steps apart.
  let a = await picture(page);
  await expect.poll(async () => (a = await picture(page)).step).toBeGreaterThan(2);
  expect(a.playing).toBe(true);
  let b = a;
  await expect.poll(async () => (b = await picture(page)).step).toBeGreaterThan(a.step + 5);
  expect(b.playing).toBe(true);
  expect(b.fit).not.toBe(a.fit);
  expect(b.residuals).not.toBe(a.residuals);
  expect([b.headX, b.headY]).not.toEqual([a.headX, a.headY]);
  expect(Number(b.shown)).toBe(b.step + 1);
  expect(b.line).not.toBe(a.line);
  expect(Number(b.cursor)).toBeGreaterThan(Number(a.cursor));
  expect(b.dot).not.toBe(a.dot);

  // Paused, then taken back to the step of frame `b`: React's render of it equals the frame.
  await play.click();
  await expect(play).toHaveText(/play/i);
  await page.getByTestId('scrubber').fill(String(b.step));
  await expect.poll(async () => (await picture(page)).step).toBe(b.step);
  const still = await picture(page);
  expect({ ...still, playing: true }).toEqual(b);
});

// The MLP's slice is centred at θ of the step shown: a new G² surface per step. While a replay
// plays it takes the step a few times a second (not every frame, which held the XOR replay at
// 25 frames/s); paused, it is the slice of the paused step.
test('an MLP replay moves the loss slice along while it plays; paused, the slice is the paused step’s', async ({
  page,
}) => {
  await page.goto('./#/train');
  await waitForBackend(page);
  await page.getByTestId('preset-select').selectOption('xor');
  await expect(page.getByTestId('model-select')).toHaveValue('mlp');
  await expect(page.getByTestId('run-info')).toBeVisible();
  const play = page.getByTestId('play');
  await page.locator('#panel-train .speed select').selectOption('1');
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  const hint = page.locator('#panel-train .mlp-slice .hint');
  await expect(hint).toContainText('at step 0,');
  await play.click();
  const shownStep = async () =>
    Number(/at step (\d+),/.exec((await hint.textContent()) ?? '')?.[1]);
  // Two slices while it plays, some steps apart.
  let first = 0;
  await expect.poll(async () => (first = await shownStep())).toBeGreaterThan(0);
  await expect(play).toHaveText(/pause/i);
  await expect.poll(shownStep).toBeGreaterThan(first + 5);
  await expect(play).toHaveText(/pause/i);
  await play.click();
  await expect(play).toHaveText(/play/i);
  const at = await page.getByTestId('scrubber').inputValue();
  await expect(hint).toContainText(`at step ${at},`);
});
