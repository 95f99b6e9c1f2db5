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
