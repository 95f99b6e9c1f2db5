// Interaction latency in the app, measured inside the page: a capturing `pointermove` listener on
// window stamps performance.now(); a MutationObserver on the tab's panel notes the first DOM change
// after it and asks for a requestAnimationFrame, whose callback stamps the frame. One sample =
// frame stamp − pointer stamp. The Node side moves the mouse one step at a time and waits for the
// sample (or gives up after 2 s: a "miss", e.g. a move that changed nothing).
// Every selector is a parameter (reported in results.json); a missing one gives "n/a", not a crash.
import { openPage } from './browser.mjs';
import { brief, log, median, quantile, sleep } from './util.mjs';

export const INTERACTION_SELECTORS = {
  backendName: '[data-testid="backend-name"]',
  explorePanel: '#panel-explore',
  exploreLossPicker: '#panel-explore [data-testid="loss-picker"] input[type="checkbox"]',
  exploreCurves: '#panel-explore [data-testid="loss-chart"] path.curve',
  exploreMarker: '#panel-explore [data-testid="loss-chart-marker"]',
  exploreMarkerHandle: '#panel-explore [data-testid="loss-chart-marker"] .marker-handle',
  trainPanel: '#panel-train',
  trainPoint: '#panel-train [data-testid="data-chart"] circle.pt',
  trainGridSize: '#panel-train [data-testid="grid-size"]',
  trainLandscape: '#panel-train .landscape canvas, #panel-train [data-testid="surface-3d"]',
  /** The heatmap's SVG (contours, minimum marker) is redrawn from the same surface as its canvas. */
  trainHeatmap: '#panel-train .heatmap',
  trainCsvFile: '#panel-train [data-testid="csv-file"]',
  trainSurfaceTime: '#panel-train [data-testid="surface-time"]',
  trainPlay: '#panel-train [data-testid="play"]',
  trainScrubber: '#panel-train [data-testid="scrubber"]',
  trainSpeed: '#panel-train .speed select',
};
const S = INTERACTION_SELECTORS;

class NotFound extends Error {}

async function need(page, selector, timeout = 30_000) {
  try {
    await page.waitForSelector(selector, { state: 'attached', timeout });
  } catch {
    throw new NotFound(`n/a (selector not found: ${selector})`);
  }
}

async function openTab(browser, baseUrl, tab, problems) {
  const { context, page } = await openPage(browser, problems, tab);
  await page.goto(`${baseUrl}#/${tab}`);
  await page.waitForFunction(
    (sel) => /^(webgl|wasm|cpu)$/.test(document.querySelector(sel)?.textContent?.trim() ?? ''),
    S.backendName,
    { timeout: 60_000 },
  );
  return { context, page };
}

/**
 * With `canvas`, a canvas inside the container being painted (drawImage / putImageData: the
 * heatmap paints its surface so, and small moves change no SVG) counts as a change too.
 */
async function installProbe(page, containerSelector, { canvas = false } = {}) {
  await page.evaluate(
    ([sel, canvas]) => {
      const L = { samples: [], fromEvent: [], pending: null };
      window.__benchLatency = L;
      window.addEventListener(
        'pointermove',
        (e) => {
          L.pending = { t0: performance.now(), ts: e.timeStamp, changed: false };
        },
        { capture: true },
      );
      const changed = () => {
        const p = L.pending;
        if (!p || p.changed) return;
        p.changed = true;
        requestAnimationFrame(() => {
          const now = performance.now();
          L.samples.push(now - p.t0);
          L.fromEvent.push(now - p.ts);
          if (L.pending === p) L.pending = null;
        });
      };
      new MutationObserver(changed).observe(document.querySelector(sel), {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      if (canvas) {
        const proto = CanvasRenderingContext2D.prototype;
        for (const name of ['drawImage', 'putImageData']) {
          const paint = proto[name];
          proto[name] = function (...args) {
            if (this.canvas.closest(sel)) changed();
            return paint.apply(this, args);
          };
        }
      }
    },
    [containerSelector, canvas],
  );
}

/**
 * Presses at (x, y) and moves by (dx, dy) per step, `count` steps, turning back every `turn`
 * steps (so the drag stays inside the chart). Returns the latency samples and the misses.
 */
async function drag(page, { x, y, dx, dy, count, turn }) {
  await page.mouse.move(x, y);
  await sleep(100);
  await page.mouse.down();
  await sleep(100);
  // Only the drag's moves count (not the hover on the way in, nor the press).
  await page.evaluate(() => {
    window.__benchLatency.samples.length = 0;
    window.__benchLatency.fromEvent.length = 0;
    window.__benchLatency.pending = null;
  });
  let misses = 0;
  for (let k = 0; k < count; k++) {
    const dir = Math.floor(k / turn) % 4 === 1 || Math.floor(k / turn) % 4 === 2 ? -1 : 1;
    x += dir * dx;
    y += dir * dy;
    const before = await page.evaluate(() => window.__benchLatency.samples.length);
    await page.mouse.move(x, y);
    try {
      await page.waitForFunction((n) => window.__benchLatency.samples.length > n, before, {
        timeout: 2000,
        polling: 'raf',
      });
    } catch {
      misses++;
    }
  }
  await page.mouse.up();
  const { samples, fromEvent } = await page.evaluate(() => window.__benchLatency);
  return { samples, fromEvent, misses };
}

/**
 * p50/p95 from the handler's performance.now() (the definition), and from the event's
 * timeStamp (when the browser received it: adds the time the event waited for the main thread).
 */
function summary({ samples, fromEvent }) {
  if (samples.length === 0)
    return { n: 0, p50: null, p95: null, max: null, fromEvent: { p50: null, p95: null }, samples };
  return {
    n: samples.length,
    p50: median(samples),
    p95: quantile(samples, 0.95),
    max: Math.max(...samples),
    fromEvent: { p50: median(fromEvent), p95: quantile(fromEvent, 0.95) },
    samples,
  };
}

async function center(page, selector) {
  // Checking a loss box or importing a file may have scrolled the page: bring the target back.
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new NotFound(`n/a (not visible: ${selector})`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Explore: 6 losses overlaid (as many as the task offers), drag the ŷ marker. */
export async function exploreDrag(browser, baseUrl, cfg, problems) {
  const { context, page } = await openTab(browser, baseUrl, 'explore', problems);
  try {
    await need(page, S.exploreMarker);
    const boxes = page.locator(S.exploreLossPicker);
    for (let i = 0; i < (await boxes.count()); i++) {
      if ((await page.locator(`${S.exploreLossPicker}:checked`).count()) >= 6) break;
      if (!(await boxes.nth(i).isChecked())) await boxes.nth(i).check();
    }
    await sleep(300);
    const curves = await page.$$eval(S.exploreCurves, (ps) =>
      ps.map((p) => (p.getAttribute('d')?.match(/[ML]/g) ?? []).length),
    );
    await installProbe(page, S.explorePanel);
    const handle = (await page.locator(S.exploreMarkerHandle).count())
      ? S.exploreMarkerHandle
      : S.exploreMarker;
    const start = await center(page, handle);
    const r = await drag(page, { ...start, dx: 3, dy: 0, count: cfg.drags, turn: 25 });
    const out = {
      ...summary(r),
      misses: r.misses,
      drags: cfg.drags,
      series: curves.length,
      pointsPerCurve: Math.max(0, ...curves),
    };
    log(
      `explore drag: p50 ${out.p50?.toFixed(1)} ms, p95 ${out.p95?.toFixed(1)} ms (${out.n} samples, ${out.misses} misses, ${out.series} curves × ${out.pointsPerCurve} points)`,
    );
    return out;
  } catch (e) {
    const na = e instanceof NotFound ? e.message : `n/a (${brief(e)})`;
    log(`explore drag: ${na}`);
    return { na };
  } finally {
    await context.close();
  }
}

/** M points on a noisy line, as Train's CSV import reads them (x,y per line). */
function pointsCsv(m) {
  const rows = ['x,y'];
  for (let k = 0; k < m; k++) {
    const x = -2 + (4 * k) / (m - 1);
    rows.push(`${x.toFixed(4)},${(1.5 * x - 0.5 + 0.8 * Math.sin(k * 12.9898)).toFixed(4)}`);
  }
  return rows.join('\n') + '\n';
}

/**
 * Train: drag a data point with the landscape at grid G and M points (imported as CSV), and time
 * pointer event → the first frame after the *landscape* changed (its heatmap's contours and
 * minimum marker, drawn from the same surface as its canvas); with `surface: false`, after the
 * first DOM change anywhere in the panel (the data chart's point).
 */
export async function trainDrag(browser, baseUrl, cfg, problems, opts = {}) {
  const { grid = 128, m = null, surface = true } = opts;
  const { context, page } = await openTab(browser, baseUrl, 'train', problems);
  try {
    await need(page, S.trainPoint);
    let points = 'default';
    if (m !== null) {
      await need(page, S.trainCsvFile);
      await page.setInputFiles(S.trainCsvFile, {
        name: `bench-${m}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(pointsCsv(m)),
      });
      await page.waitForFunction(
        ([sel, n]) => document.querySelectorAll(sel).length === n,
        [S.trainPoint, m],
        { timeout: 30_000 },
      );
      points = String(m);
    }
    let landscape = 'absent';
    // The landscape appears once the first run is computed: give it time before deciding.
    await page.waitForSelector(S.trainGridSize, { timeout: 20_000 }).catch(() => {});
    if (await page.locator(S.trainGridSize).count()) {
      await page.locator(S.trainGridSize).first().selectOption(String(grid));
      landscape = `G = ${grid}`;
      await page.waitForSelector(S.trainSurfaceTime, { timeout: 30_000 }).catch(() => {
        landscape = `G = ${grid} (no surface time shown within 30 s)`;
      });
    } else if (await page.locator(S.trainLandscape).count()) {
      landscape = 'present (grid size not found)';
    }
    if (surface) await need(page, S.trainHeatmap);
    await installProbe(page, surface ? S.trainHeatmap : S.trainPanel, { canvas: surface });
    const n = await page.locator(S.trainPoint).count();
    // A training point (a held-out one does not enter the surface) that no other point covers.
    await page
      .locator(S.trainPoint)
      .nth(Math.floor(n / 2))
      .scrollIntoViewIfNeeded();
    const index = await page.evaluate((sel) => {
      const pts = [...document.querySelectorAll(sel)];
      const order = pts
        .map((_, i) => i)
        .sort((a, b) => Math.abs(a - pts.length / 2) - Math.abs(b - pts.length / 2));
      return (
        order.find((i) => {
          const p = pts[i];
          if (p.classList.contains('held')) return false;
          const r = p.getBoundingClientRect();
          return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p;
        }) ?? -1
      );
    }, S.trainPoint);
    if (index < 0) throw new NotFound('n/a (no uncovered training point)');
    const start = await center(page, `${S.trainPoint} >> nth=${index}`);
    const r = await drag(page, { ...start, dx: 0, dy: 2, count: cfg.drags, turn: 25 });
    const out = {
      ...summary(r),
      misses: r.misses,
      drags: cfg.drags,
      points: n,
      landscape,
      until: surface ? 'landscape repainted' : 'first DOM change',
    };
    log(
      `train drag (${out.until}, ${points} points): p50 ${out.p50?.toFixed(1)} ms, p95 ${out.p95?.toFixed(1)} ms (${out.n} samples, ${out.misses} misses, landscape ${landscape})`,
    );
    return out;
  } catch (e) {
    const na = e instanceof NotFound ? e.message : `n/a (${brief(e)})`;
    log(`train drag: ${na}`);
    return { na };
  } finally {
    await context.close();
  }
}

/**
 * The live Train tab: the run is computed by trainPath, then replayed `speed` steps per animation
 * frame with every chart updating. Speed 1 for `windowMs` gives frames/s (= steps/s); the highest
 * speed, played to the end of the run, gives the replay's steps/s.
 */
export async function trainLive(browser, baseUrl, cfg, problems) {
  const { context, page } = await openTab(browser, baseUrl, 'train', problems);
  const read = () =>
    page.evaluate((sel) => {
      const s = document.querySelector(sel.trainScrubber);
      return {
        t: performance.now(),
        frames: window.__benchFrames ?? 0,
        step: s ? Number(s.value) : NaN,
      };
    }, S);
  try {
    await need(page, S.trainPlay);
    await need(page, S.trainSpeed);
    await page.waitForFunction((sel) => !document.querySelector(sel)?.disabled, S.trainPlay, {
      timeout: 30_000,
    });
    await page.evaluate(() => {
      window.__benchFrames = 0;
      const tick = () => {
        window.__benchFrames++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const speeds = await page.$$eval(`${S.trainSpeed} option`, (os) =>
      os.map((o) => Number(o.value)),
    );
    const play = page.locator(S.trainPlay);
    // Speed 1: one step and one chart update per frame.
    await page.locator(S.trainSpeed).selectOption('1');
    const a0 = await read();
    await play.click();
    await sleep(cfg.liveWindowMs);
    const a1 = await read();
    await play.click(); // pause
    const slow = {
      speed: 1,
      fps: ((a1.frames - a0.frames) * 1000) / (a1.t - a0.t),
      stepsPerSecond: ((a1.step - a0.step) * 1000) / (a1.t - a0.t),
    };
    // The fastest speed, played to the end of the run.
    const top = Math.max(...speeds);
    await page.locator(S.trainSpeed).selectOption(String(top));
    const b0 = await read();
    await play.click();
    await page.waitForFunction(
      (sel) => /play/i.test(document.querySelector(sel)?.textContent ?? ''),
      S.trainPlay,
      { timeout: 60_000 },
    );
    const b1 = await read();
    const fast = {
      speed: top,
      steps: b1.step - b0.step,
      fps: ((b1.frames - b0.frames) * 1000) / (b1.t - b0.t),
      stepsPerSecond: ((b1.step - b0.step) * 1000) / (b1.t - b0.t),
    };
    log(
      `train live: speed 1 ${slow.stepsPerSecond.toFixed(0)} steps/s (${slow.fps.toFixed(0)} fps); speed ${top} ${fast.stepsPerSecond.toFixed(0)} steps/s over ${fast.steps} steps (${fast.fps.toFixed(0)} fps)`,
    );
    return { slow, fast };
  } catch (e) {
    const na = e instanceof NotFound ? e.message : `n/a (${brief(e)})`;
    log(`train live: ${na}`);
    return { na };
  } finally {
    await context.close();
  }
}
