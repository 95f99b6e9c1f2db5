// Each tab's strings load with the tab (issue 15.5): a lazily loaded tab, a language switch while
// it is open, and an embedded figure show their strings at once, in English and in 简体中文 —
// never a raw key. A MutationObserver from before the app's first script records every text and
// label that reads as a key of an area that loads lazily.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

declare global {
  interface Window {
    __rawKeys?: string[];
  }
}

async function watchForRawKeys(page: Page) {
  await page.addInitScript(() => {
    const KEY =
      /^(explore|train|landscape|applications|guide|a11y|digits|losses)(\.[A-Za-z0-9_-]+)+(…)?$/;
    const seen: string[] = (window.__rawKeys = []);
    const check = (s: string | null) => {
      const v = (s ?? '').trim();
      if (KEY.test(v)) seen.push(v);
    };
    const visit = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) return check(n.textContent);
      if (!(n instanceof Element)) return;
      for (const a of ['aria-label', 'title', 'placeholder', 'alt']) check(n.getAttribute(a));
      n.childNodes.forEach(visit);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') check(r.target.textContent);
        else if (r.type === 'attributes')
          check((r.target as Element).getAttribute(r.attributeName!));
        else r.addedNodes.forEach(visit);
      }
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
}

const rawKeys = (page: Page) => page.evaluate(() => window.__rawKeys ?? []);
const heading = (page: Page, panel: string) =>
  page.locator(`#panel-${panel}`).getByRole('heading', { level: 2 }).first();

test('a lazily loaded tab shows its strings in both languages, also across a switch', async ({
  page,
}) => {
  await watchForRawKeys(page);
  await page.goto('./#/train');
  await expect(heading(page, 'train')).toHaveText('Train');
  // The Train tab's area chunk came with it; Guide's did not.
  const loaded = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name.split('/').pop() ?? '')
        .filter((n) => n.startsWith('strings-')),
    );
  expect((await loaded()).some((n) => n.startsWith('strings-train-en-'))).toBe(true);
  expect((await loaded()).some((n) => n.startsWith('strings-guide-'))).toBe(false);

  // Switch while the tab is open: its strings (and the shell's) change together.
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: '简体中文' });
  await expect(heading(page, 'train')).toHaveText('训练');
  await expect(page.getByRole('tab', { name: '训练' })).toHaveAttribute('aria-selected', 'true');

  // A tab first opened in Chinese, then back to English with both tabs' strings.
  await page.getByRole('tab', { name: '指南' }).click();
  await expect(heading(page, 'guide')).toHaveText('指南');
  await page.getByRole('combobox', { name: '语言' }).selectOption({ label: 'English' });
  await expect(heading(page, 'guide')).toHaveText('Guide');
  await page.getByRole('tab', { name: 'Train' }).click();
  await expect(heading(page, 'train')).toHaveText('Train');
  expect(await rawKeys(page)).toEqual([]);
});

test('an embedded figure shows its strings in either language at once', async ({ page }) => {
  await watchForRawKeys(page);
  await page.goto('./?fig=landscape&ctl=transport,lr#/train?v=1&embed=1&l=zh-CN');
  const fig = page.locator('[data-fig="landscape"]');
  await expect(fig.getByTestId('fig-body')).toBeVisible();
  await expect(fig).toHaveAttribute('aria-label', '损失曲面与路径');
  await expect(fig.getByRole('button', { name: '播放' })).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);

  await page.goto('./?fig=landscape&ctl=transport,lr#/train?v=1&embed=1&l=en');
  await expect(fig.getByTestId('fig-body')).toBeVisible();
  await expect(fig.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);
});
