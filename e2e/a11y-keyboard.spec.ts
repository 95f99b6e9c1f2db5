// Keyboard walk (issue #8 part 3): Tab from the top of Explore and Train reaches every visible,
// enabled control in the header and main, each with a visible focus indicator; a chart's data
// table opens from the keyboard and shows the numbers the page shows; axe passes with the
// tables open.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test, waitForBackend } from './fixtures';

const CONTROLS = 'button, input, select, textarea, a[href], summary, [tabindex="0"]';

/** Marks every control Tab should reach (data-kw) and snapshots its unfocused look. */
async function markControls(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const look = (e: Element | null) => {
      if (!e) return '';
      const s = getComputedStyle(e);
      return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}|${s.boxShadow}|${s.stroke} ${s.strokeWidth}`;
    };
    const els = [...document.querySelectorAll<HTMLElement>(`header ${sel}, main ${sel}`)].filter(
      (e) => {
        if (e.matches(':disabled') || e.closest('[inert], details:not([open]) > :not(summary)'))
          return false;
        if (e.getAttribute('tabindex') === '-1') return false;
        const r = e.getBoundingClientRect();
        if (!e.checkVisibility({ visibilityProperty: true }) || r.width * r.height === 0)
          return false;
        // In a radio group only the checked radio (or the first) is a Tab stop.
        if (e instanceof HTMLInputElement && e.type === 'radio' && e.name) {
          const group = [
            ...document.querySelectorAll<HTMLInputElement>(
              `input[type=radio][name="${CSS.escape(e.name)}"]`,
            ),
          ];
          const stop = group.find((g) => g.checked) ?? group[0];
          if (stop !== e) return false;
        }
        return true;
      },
    );
    return els.map((e, i) => {
      e.setAttribute('data-kw', String(i));
      for (const x of [e, e.parentElement, e.nextElementSibling, ...e.querySelectorAll('*')])
        x?.setAttribute('data-kw-look', look(x));
      return `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}`;
    });
  }, CONTROLS);
}

interface Stop {
  kw: string | null;
  name: string;
  indicator: boolean;
}

/** Presses Tab from the top until focus leaves the page or comes back to the first stop. */
async function tabWalk(page: Page): Promise<Stop[]> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: Stop[] = [];
  for (let i = 0; i < 400; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return null;
      const look = (x: Element | null) => {
        if (!x) return '';
        const s = getComputedStyle(x);
        return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}|${s.boxShadow}|${s.stroke} ${s.strokeWidth}`;
      };
      // A ring: an outline, a box shadow, or (an SVG mark) a stroke.
      const shows = (x: Element) => {
        const s = getComputedStyle(x);
        return (
          (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
          s.boxShadow !== 'none' ||
          (x instanceof SVGElement && s.stroke !== 'none' && parseFloat(s.strokeWidth) > 0)
        );
      };
      // The element itself, the wrapper or label that draws its ring (a visually hidden radio),
      // or a part of it (an SVG handle): one of them must look different from unfocused.
      const near = [e, e.parentElement, e.nextElementSibling, ...e.querySelectorAll('*')];
      const indicator = near.some(
        (x) => x !== null && look(x) !== x.getAttribute('data-kw-look') && shows(x),
      );
      return {
        kw: e.getAttribute('data-kw'),
        name: `${e.tagName.toLowerCase()} ${e.getAttribute('aria-label') ?? e.textContent?.trim().slice(0, 30) ?? ''}`,
        indicator,
      };
    });
    if (!stop) break;
    if (stops.length > 0 && stop.kw !== null && stop.kw === stops[0].kw) break;
    stops.push(stop);
  }
  return stops;
}

async function walkAndCheck(page: Page) {
  const controls = await markControls(page);
  expect(controls.length).toBeGreaterThan(10);
  const stops = await tabWalk(page);
  const reached = new Set(stops.map((s) => s.kw));
  const missed = controls.filter((_, i) => !reached.has(String(i)));
  expect(missed, 'controls Tab never reached').toEqual([]);
  const unseen = stops.filter((s) => !s.indicator).map((s) => s.name);
  expect(unseen, 'focused without a visible focus indicator').toEqual([]);
}

test('keyboard: Tab reaches every control on Explore, each with a focus ring', async ({ page }) => {
  await page.goto('./#/explore');
  await waitForBackend(page);
  await expect(page.getByTestId('curves-view')).toBeVisible();
  await walkAndCheck(page);
});

test('keyboard: Tab reaches every control on Train; the data tables open and match', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./#/train');
  await waitForBackend(page);
  await expect(page.getByTestId('run-info')).toBeVisible();
  await expect(page.getByTestId('readout-loss')).not.toHaveText('');
  await walkAndCheck(page);

  // The loss table: focus its toggle, Enter; the epoch-0 row holds the readout's loss.
  const lossTable = page.getByTestId('loss-table');
  await lossTable.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(lossTable).toHaveAttribute('open', '');
  const first = lossTable.locator('tbody tr').first().locator('td');
  await expect(first.nth(0)).toHaveText('0');
  await expect(first.nth(1)).toHaveText((await page.getByTestId('readout-loss').textContent())!);
  await expect(lossTable.locator('caption')).toContainText('1001 rows: showing 1 in every');
  await expect(lossTable.locator('th[scope=col]')).toHaveCount(2);
  // Sampled evenly to at most 50 rows, the last step included.
  const rows = lossTable.locator('tbody tr');
  expect(await rows.count()).toBeLessThanOrEqual(50);
  await expect(rows.last().locator('td').first()).toHaveText('1000');

  // The data table: point 1 as its chart names it, and ŷ = w·x + b from the readout.
  const dataTable = page.getByTestId('data-table');
  await dataTable.locator('summary').focus();
  await page.keyboard.press('Enter');
  const cells = dataTable.locator('tbody tr').first().locator('td');
  const label = (await page.locator('circle.pt[data-index="0"]').getAttribute('aria-label'))!;
  const [, x, y] = /x = (\S+), y = (\S+)$/.exec(label)!;
  await expect(cells.nth(1)).toHaveText(x);
  await expect(cells.nth(2)).toHaveText(y);
  const num = (s: string) => Number(s.replace('−', '-'));
  const w = num((await page.getByTestId('readout-w').textContent())!);
  const b = num((await page.getByTestId('readout-b').textContent())!);
  expect(num((await cells.nth(3).textContent())!)).toBeCloseTo(w * num(x) + b, 3);
  expect(num((await cells.nth(4).textContent())!)).toBeCloseTo(w * num(x) + b - num(y), 3);

  // The landscape's path table, opened too, then axe over the page with every table open.
  const pathTable = page.getByTestId('landscape-table');
  await pathTable.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(pathTable.locator('tbody tr').first().locator('td').nth(3)).toHaveText(
    (await first.nth(1).textContent())!,
  );
  await page.screenshot({ path: '/tmp/a11y-shots/train-tables.png', fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(summary).toEqual([]);
});
