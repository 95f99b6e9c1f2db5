// Lessons: open one from the guide, predict, and see the reveal (the app changes the view and
// plays); a lesson link with embed=1; the author saves the current view as a lesson, exports
// it as a link and a JSON file, and a bad JSON file is refused with a message.
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

test('a lesson from the guide: predict, then the reveal switches to MAE and plays', async ({
  page,
}) => {
  await page.goto('./#/guide');
  await page.locator('[data-lesson="outlier"] a').click();
  const card = page.getByTestId('lesson-card');
  await expect(card.getByRole('heading', { name: 'An outlier: MSE or MAE?' })).toBeVisible();
  await expect(page).toHaveURL(/#\/train\?.*ls=outlier/);
  await expect(page.getByTestId('loss-select')).toHaveValue('mse');
  await expect(page.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  // No answer yet: a message where the learner is looking, nothing revealed.
  await card.getByTestId('lesson-check').click();
  await expect(card.getByRole('alert')).toHaveText('Choose an answer first.');
  await expect(page.getByTestId('loss-select')).toHaveValue('mse');

  await card.getByLabel('Down, close to the twelve points on the line').check();
  await card.getByTestId('lesson-check').click();
  const result = card.getByTestId('lesson-result');
  await expect(result).toHaveAttribute('data-right', 'true');
  await expect(result).toContainText('Right.');
  await expect(result).toContainText('MAE is a robust loss');
  await expect(page.getByTestId('loss-select')).toHaveValue('mae');
  // It plays to the end of the run, and the fit is near the clean line y = 0.8x + 1.
  await expect(page.getByTestId('readout-epoch')).toHaveText('500', { timeout: 30_000 });
  await expect(page.getByTestId('fit-text')).toContainText('ŷ = 0.75');
  await page.screenshot({ path: test.info().outputPath('lesson-outlier.png') });
  const axe = await new AxeBuilder({ page }).include('[data-testid="lesson-card"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
    [],
  );

  // Try again: back to the question's view.
  await card.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('loss-select')).toHaveValue('mse');
  await expect(card.getByTestId('lesson-result')).toHaveCount(0);
  await card.getByRole('button', { name: 'Close the lesson' }).click();
  await expect(card).toHaveCount(0);
  await expect(page).not.toHaveURL(/ls=/);
});

test('a lesson link in an embedded view, in Chinese: a wrong answer shows the right one', async ({
  page,
}) => {
  await page.goto('./#/train?v=1&embed=1&l=zh-CN&tep=60&ls=lrHigh');
  const card = page.getByTestId('lesson-card');
  await expect(card.getByRole('heading', { name: '学习率过高' })).toBeVisible();
  await expect(page.getByTestId('run-info')).toBeVisible({ timeout: 30_000 });
  await card.getByLabel('收敛得更快').check();
  await card.getByTestId('lesson-check').click();
  const result = card.getByTestId('lesson-result');
  await expect(result).toHaveAttribute('data-right', 'false');
  await expect(result).toContainText('答案是“损失无限增大：训练发散”');
  // The reveal: η = 0.15, played until it diverges.
  await expect(page.getByTestId('divergence')).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: test.info().outputPath('lesson-embed-zh.png'), fullPage: true });
});

test('the author saves the view as a lesson, as a link and as JSON; a bad file is refused', async ({
  page,
}) => {
  await page.goto('./#/train?v=1&tep=60');
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: 'Lesson…' }).click();
  const dialog = page.getByTestId('lesson-dialog');
  await expect(dialog.getByTestId('author-invalid')).toBeVisible();
  const hostile = '<img src=x onerror=alert(1)>';
  await dialog.getByTestId('author-title').fill(`Guess ${hostile}`);
  await dialog.getByTestId('author-question').fill('What happens at 0.15?');
  await dialog.getByTestId('author-choice-0').fill('It diverges');
  await dialog.getByTestId('author-choice-1').fill('It converges');
  await dialog.getByTestId('author-explanation').fill('2/λmax ≈ 0.12.');
  await dialog.locator('[data-control="lr"]').check();
  await expect(dialog.getByTestId('author-link')).toHaveValue(/#\/train\?.*hide=lr.*lj=/);

  const download = page.waitForEvent('download');
  await dialog.getByTestId('author-download').click();
  const file = JSON.parse(readFileSync((await (await download).path())!, 'utf8'));
  expect(file).toMatchObject({
    losscape: 'lesson',
    version: 1,
    lesson: { title: `Guess ${hostile}`, choices: ['It diverges', 'It converges'], answer: 0 },
  });
  expect(file.view).toMatch(/^#\/train\?.*hide=lr/);

  // A bad file: a clear message, the form kept.
  await dialog.getByTestId('author-file').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...file, lesson: { ...file.lesson, answer: 9 } })),
  });
  await expect(dialog.getByTestId('author-note')).toHaveText(
    'This is not a valid lesson file: “lesson.answer” is missing or not allowed.',
  );
  await dialog.getByTestId('author-file').setInputFiles({
    name: 'lesson.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(dialog.getByTestId('author-note')).toContainText('imported');
  await page.screenshot({ path: test.info().outputPath('author.png') });

  await dialog.getByTestId('author-open').click();
  const card = page.getByTestId('lesson-card');
  // The author's text is text: the markup shows as written, and no element was made of it.
  await expect(card.getByRole('heading')).toHaveText(`Guess ${hostile}`);
  await expect(card.locator('img')).toHaveCount(0);
  await expect(page.locator('#train-lr-slider')).toHaveCount(0);
  await card.getByLabel('It diverges').check();
  await card.getByTestId('lesson-check').click();
  await expect(card.getByTestId('lesson-result')).toHaveAttribute('data-right', 'true');
});
