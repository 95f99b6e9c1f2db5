import AxeBuilder from '@axe-core/playwright';
import { expect, presetPrefs, test, waitForBackend } from './fixtures';

for (const lang of ['en', 'zh-CN'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`axe: no violations (${lang}, ${theme})`, async ({ page }) => {
      await presetPrefs(page, { lang, theme });
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await waitForBackend(page);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(summary).toEqual([]);
    });
  }
}

// Embed mode (no tabs, no header: a course page's iframe), every view, in both languages and
// both themes (two runs cover the four: the full app above runs all four pairs); the theme and
// language come from the URL, as an embed snippet sets them.
for (const [lang, theme] of [
  ['en', 'light'],
  ['zh-CN', 'dark'],
] as const) {
  {
    test(`axe: no violations embedded (${lang}, ${theme}), every view`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const view of ['explore', 'train', 'applications', 'guide']) {
        // A hash change alone does not restart the app: each view is a fresh load (a blank
        // page between costs nothing, where a reload after the hash change loaded twice).
        await page.goto('about:blank');
        await page.goto(`./#/${view}?v=1&embed=1&l=${lang}&th=${theme}`);
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('tablist')).toHaveCount(0);
        await expect(page.locator(`#panel-${view}`)).toBeVisible();
        // No status bar when embedded: wait until the view has computed its numbers.
        await page.waitForLoadState('networkidle');
        await expect(page.locator(`#panel-${view}`)).not.toContainText(/Loading|加载中/);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (v) =>
            `${view} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(summary).toEqual([]);
      }
    });
  }
}

test('prefers-reduced-motion: no transition or animation runs', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const view of ['explore', 'train', 'applications']) {
    await page.goto(`./#/${view}`);
    await waitForBackend(page);
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')]
        .filter((e) => {
          const s = getComputedStyle(e);
          const t = s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
          return t || s.animationName !== 'none';
        })
        .map((e) => e.tagName + '.' + e.className),
    );
    expect(moving, view).toEqual([]);
  }
});
