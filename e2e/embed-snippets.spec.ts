// The Embed dialog as a teacher uses it (issue 16): pick one figure and the controls it shows,
// set the size (the shared number field: bad input is refused where it was typed, the last good
// size stays), watch the live preview, then take the snippet for each kind of page — a web page
// or LMS, a Jupyter cell, a Docusaurus (MDX) page, a reveal.js slide — and open it in a page of
// that shape served from another origin (e2e/embedHost.mjs renders each as that platform would).
// In every one the frame shows the figure with exactly the chosen controls.
import type { FrameLocator, Page } from '@playwright/test';
import { waitForBackend } from './fixtures';
import { expect, hostOrigin, test } from './hostFixture';

async function openEmbedDialog(page: Page) {
  await page.getByTestId('share-menu').click();
  await page.getByRole('menuitem', { name: /^Embed/ }).click();
  return page.getByTestId('embed-dialog');
}

/** The curves figure with the loss select and without the Huber δ slider (ctl=loss). */
async function expectCurvesFigure(frame: FrameLocator) {
  await expect(frame.getByTestId('fig-body')).toBeVisible({ timeout: 30_000 });
  await expect(frame.getByTestId('fig-loss')).toBeVisible();
  await expect(frame.getByRole('slider', { name: /Huber/ })).toHaveCount(0);
  await expect(frame.getByTestId('open-in-losscape')).toBeVisible();
}

test('the Embed dialog writes a figure snippet that works on four kinds of course page', async ({
  page,
  baseURL,
  problems,
}) => {
  void problems;
  await page.goto('/#/explore');
  await waitForBackend(page);
  const dialog = await openEmbedDialog(page);
  await dialog
    .getByTestId('embed-target')
    .selectOption({ label: 'Loss curves ℓ(ŷ) with the marker' });
  await dialog.getByRole('checkbox', { name: 'Loss parameters' }).uncheck();

  // Sizes: the figure keeps its 3:2 shape; a refused width is named and the last good one stays.
  const width = dialog.getByTestId('embed-width');
  const height = dialog.getByTestId('embed-height');
  const snippet = dialog.getByTestId('embed-snippet');
  await width.fill('600');
  await expect(height).toHaveValue('400');
  for (const bad of ['abc', '-5', '99999', '600.5', '']) {
    await width.fill(bad);
    await expect(width, bad).toHaveAttribute('aria-invalid', 'true');
    await expect(dialog.getByTestId('field-error'), bad).toBeVisible();
    await expect(snippet).toHaveValue(/ width="600" height="400" /);
  }
  await width.fill('600');
  await expect(width).not.toHaveAttribute('aria-invalid', 'true');

  // The live preview: the snippet's own link in a frame of that size.
  const html = await snippet.inputValue();
  const src = (await snippet.getAttribute('data-src')) ?? '';
  expect(src.startsWith(new URL(baseURL ?? '').origin)).toBe(true);
  expect(src).toContain('?fig=curves&ctl=loss#/explore?');
  await expect(dialog.getByTestId('embed-preview-caption')).toContainText('600 × 400');
  const preview = dialog.getByTestId('embed-preview');
  await expect(preview).toHaveAttribute('src', src);
  await expect(preview).toHaveAttribute('width', '600');
  await expectCurvesFigure(page.frameLocator('[data-testid="embed-preview"]'));

  const snippets: Record<string, string> = { html };
  for (const f of ['jupyter', 'mdx', 'reveal'] as const) {
    await dialog.getByTestId('embed-format').selectOption(f);
    snippets[f] = await snippet.inputValue();
  }
  expect(snippets.jupyter).toContain('IFrame(');
  expect(snippets.mdx).toContain('style={{');
  expect(snippets.reveal).toContain('<section>');

  for (const [format, text] of Object.entries(snippets)) {
    await page.goto(`${hostOrigin}/shape/${format}?s=${encodeURIComponent(text)}`);
    expect(new URL(page.url()).origin).toBe(hostOrigin);
    if (format === 'reveal') {
      await expect(page.locator('body')).toHaveAttribute('data-ready', '1');
      await page.keyboard.press('ArrowRight');
    }
    const frame = page.locator('iframe');
    await expect(frame, format).toHaveAttribute(
      'title',
      'losscape: Loss curves ℓ(ŷ) with the marker',
    );
    await expect(frame, format).toHaveAttribute('loading', 'lazy');
    await expect(frame, format).toHaveAttribute('allow', 'fullscreen');
    await expect(frame, format).toHaveAttribute('src', src);
    // Its size: as given (reveal.js scales the whole slide, so there only its shape).
    const box = (await frame.boundingBox()) ?? { width: 0, height: 0 };
    expect(box.width / box.height, format).toBeCloseTo(1.5, 1);
    if (format !== 'reveal') expect([box.width, box.height], format).toEqual([600, 400]);
    await expectCurvesFigure(page.frameLocator('iframe'));
  }
});
