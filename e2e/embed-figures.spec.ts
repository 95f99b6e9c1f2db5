// One-figure embeds (`fig=`, issue 16) at the four frame sizes of course pages: each figure and
// each of its controls lies inside the frame, and nothing overlaps — the figure, its controls
// and the "open in losscape" link. One page per size (the viewport is the frame), every figure
// loaded into it in turn; a screenshot of each lands in the test's output folder.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SIZES = [
  [480, 320],
  [600, 400],
  [800, 600],
  [1000, 700],
] as const;

/** Each figure with every control it allows (the most crowded case). */
const FIGS: [string, string][] = [
  ['curves', 'loss,params'],
  ['steps', 'loss'],
  ['margin', ''],
  ['dist', ''],
  ['data', 'transport'],
  ['loss', 'transport,log'],
  ['landscape', 'transport,lr'],
  ['kmeans', ''],
];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 1 &&
  b.x < a.x + a.width - 1 &&
  a.y < b.y + b.height - 1 &&
  b.y < a.y + a.height - 1;

/**
 * The smallest scale each figure may be drawn at, by frame height: charts fill the frame
 * (ChartFillContext), so only text-heavy figures and charts whose height follows their width
 * are scaled at all. Known shortfalls at 480×320, kept honest here: k-means (plot, steps and
 * readout), the step-by-step text (0.69), the distributions' two charts and their table (0.79)
 * and the data chart (its minimum height).
 */
const MIN_SCALE: Record<string, [number, number]> = {
  // [at 320 px high, at 400 px and up]
  landscape: [0.3, 0.55],
  kmeans: [0.65, 0.85],
  steps: [0.65, 0.9],
  dist: [0.75, 0.95],
  data: [0.75, 0.95],
};
const minScale = (fig: string, h: number) => (MIN_SCALE[fig] ?? [0.8, 0.95])[h < 400 ? 0 : 1];

/** The boxes once the figure has loaded and stopped moving: read in the page until two reads
 *  a few animation frames apart agree (the fit settles in a frame or two). */
async function settledBoxes(page: Page) {
  await expect(page.getByTestId('fig-body')).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#main [aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
  // A surface still computing is drawn empty: wait for it (the screenshots go in the README).
  await expect(page.locator('[data-pending="true"]')).toHaveCount(0, { timeout: 30_000 });
  return page.evaluate(async () => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const q = (s: string) => document.querySelector(s);
    const read = () => {
      const controls = [...document.querySelectorAll('[data-testid="fig-controls"] > *')]
        .filter((el) => el.getBoundingClientRect().height > 0)
        .map((el) => ({ name: el.className || el.tagName, box: box(el) }));
      const t = getComputedStyle(q('.fig-fit-inner')!).transform;
      const root = document.documentElement;
      return {
        scale: t === 'none' ? 1 : new DOMMatrix(t).a,
        body: box(q('[data-testid="fig-body"]')!),
        link: box(q('[data-testid="open-in-losscape"]')!),
        controls,
        scrolls: root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight,
      };
    };
    const frames = (n: number) =>
      new Promise<void>((done) => {
        const tick = (k: number) => (k === 0 ? done() : requestAnimationFrame(() => tick(k - 1)));
        tick(n);
      });
    let prev = JSON.stringify(read());
    for (;;) {
      await frames(4);
      const now = JSON.stringify(read());
      if (now === prev) return read();
      prev = now;
    }
  });
}

for (const [fig, ctl] of FIGS) {
  test(`fig=${fig} fits frames from 480×320 to 1000×700, nothing cut or covered`, async ({
    page,
  }, info) => {
    // One load per figure; the frame is resized around it (a course page's layout changing).
    await page.setViewportSize({ width: SIZES[0][0], height: SIZES[0][1] });
    await page.goto(`/?fig=${fig}&ctl=${ctl}#/explore?v=1&embed=1`);
    for (const [w, h] of SIZES) {
      await page.setViewportSize({ width: w, height: h });
      const b = await settledBoxes(page);
      const inside = (x: Box) =>
        x.x >= -0.5 && x.y >= -0.5 && x.x + x.width <= w + 0.5 && x.y + x.height <= h + 0.5;
      const where = `${fig} at ${w}×${h}`;
      expect(inside(b.body), `${where}: figure ${JSON.stringify(b.body)}`).toBe(true);
      expect(inside(b.link), `${where}: link`).toBe(true);
      expect(overlap(b.body, b.link), `${where}: link over the figure`).toBe(false);
      expect(b.controls.length, `${where}: controls shown`).toBe(ctl ? ctl.split(',').length : 0);
      for (const [i, c] of b.controls.entries()) {
        expect(inside(c.box), `${where}: control ${c.name} ${JSON.stringify(c.box)}`).toBe(true);
        expect(overlap(c.box, b.body), `${where}: control ${c.name} over the figure`).toBe(false);
        expect(overlap(c.box, b.link), `${where}: control ${c.name} under the link`).toBe(false);
        for (const d of b.controls.slice(i + 1))
          expect(overlap(c.box, d.box), `${where}: ${c.name} and ${d.name}`).toBe(false);
      }
      // Legible: drawn at (nearly) full size, and the frame never scrolls.
      info.annotations.push({ type: 'scale', description: `${where}: ${b.scale}` });
      expect(b.scale, `${where}: scaled to ${b.scale}`).toBeGreaterThanOrEqual(minScale(fig, h));
      expect(b.scrolls, `${where}: scrollbars`).toBe(false);
      await page.screenshot({ path: path.join(info.outputDir, `fig-${fig}-${w}x${h}.png`) });
    }
  });
}
