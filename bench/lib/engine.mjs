// The engine page (bench.html): surface, training and memory measurements, timed inside the page
// by src/bench/harness.ts. This module plans them: which cells to run, how many repetitions, and
// which to skip because they would take longer than the time cap.
import { openPage } from './browser.mjs';
import { brief, log, median, ms } from './util.mjs';

/**
 * One row of the surface tables. `backend`: the main-thread backend the row needs (rows on one
 * backend are adjacent: they run in this order, so the backend switches three times per cell).
 */
export const SURFACE_ROWS = [
  { id: 'plain', engine: 'plain', label: 'plain TypeScript loop (yardstick)' },
  { id: 'worker', engine: 'worker', label: 'surface engine: worker round trip (the app)' },
  {
    id: 'fused-main',
    engine: 'fused-main',
    backend: 'webgl',
    label: 'fused WebGL program, main thread',
  },
  {
    id: 'fused-main-const',
    engine: 'fused-main-const',
    backend: 'webgl',
    label: 'fused WebGL program, main thread, constant loop bound',
  },
  { id: 'ops-webgl', engine: 'ops', backend: 'webgl', label: 'lossSurface (tfjs ops), webgl' },
  { id: 'ops-wasm', engine: 'ops', backend: 'wasm', label: 'lossSurface (tfjs ops), wasm' },
  { id: 'ops-cpu', engine: 'ops', backend: 'cpu', label: 'lossSurface (tfjs ops), cpu' },
];

/** The MSE table: the closed form against the plain loop on the same MSE surface. */
export const MSE_ROWS = [
  { id: 'plain', engine: 'plain', label: 'plain TypeScript loop (yardstick), MSE' },
  {
    id: 'closed-form',
    engine: 'closed-form',
    label: 'closed form from sufficient statistics (not the general path)',
  },
];

/**
 * Huber and bce_logits: the issue asks for "the bce_logits loss of a logistic model"; the API's
 * logistic model turns bce_logits' score into p = σ(z), so the benchmark asks for bce_logits on
 * the *linear* model's score z = w·x + b — softplus(z) − z·y, which is logistic regression's loss.
 */
export const SURFACE_LOSSES = ['huber', 'bce_logits'];

export function cellsOf(cfg) {
  const cells = [];
  for (const g of cfg.grids) for (const m of cfg.points) cells.push({ g, m, work: g * g * m });
  return cells;
}

export async function openEnginePage(browser, baseUrl, problems) {
  const { context, page } = await openPage(browser, problems, 'bench.html');
  await page.goto(`${baseUrl}bench.html?backend=webgl`);
  await page.waitForFunction(() => window.losscapeBench !== undefined, null, { timeout: 60_000 });
  await page.evaluate(() => window.losscapeBench.ready);
  return { context, page };
}

export async function setBackend(page, name) {
  return page.evaluate((n) => window.losscapeBench.harness.setBackend(n), name);
}

/** The environment as the engine page sees it: backend, renderer, the worker's engine. */
export async function pageInfo(page) {
  return page.evaluate(async () => {
    const { math, harness } = window.losscapeBench;
    const main = math.backendInfo();
    let worker;
    try {
      worker = await harness.workerInfo();
    } catch (e) {
      worker = { error: String(e) };
    }
    return {
      userAgent: navigator.userAgent,
      hardwareConcurrency: navigator.hardwareConcurrency,
      webglRenderer: main?.renderer ?? null,
      mainBackend: main,
      surfaceWorker: worker,
    };
  });
}

/**
 * The (row, loss) pairs of the surface tables in the order they run: the plain loop first (its
 * values are the reference the others are compared with), then the closed form, then the engines.
 */
export function surfacePairs() {
  return [
    ...[...SURFACE_LOSSES, 'mse'].map((loss) => ({ row: SURFACE_ROWS[0], loss })),
    { row: MSE_ROWS[1], loss: 'mse' },
    ...SURFACE_ROWS.slice(1).flatMap((row) => SURFACE_LOSSES.map((loss) => ({ row, loss }))),
  ];
}

/**
 * Runs every (row, loss) pair on every cell it can within the caps. Cells run in order of work
 * (G²·M), every pair on one cell before the next cell, so when the section's time runs out it is
 * the largest cells of every row that are "skipped: out of time", never whole rows. Each cell's
 * time is predicted from the largest cell the same pair has run (time ∝ G²·M): a cell whose
 * warm-up plus one timed run is predicted over the cap is "skipped: over cap"; one whose warm-up
 * alone took over half the cap reports that first run ("over cap"). Timed runs: `reps`, fewer
 * when they would take more than `cellBudgetMs`.
 */
export async function runSurfaces(page, cfg, { pairs, deadline }) {
  const results = [];
  const rate = new Map(); // pair → ms per grid-point×data-point, from its largest cell so far
  let backend = null;
  for (const cell of cellsOf(cfg).sort((a, b) => a.work - b.work)) {
    for (const { row, loss } of pairs) {
      const key = `${row.id}/${loss}`;
      const res = { row: row.id, engine: row.engine, loss, g: cell.g, m: cell.m, work: cell.work };
      results.push(res);
      const tag = `surface ${loss} ${row.id} G=${cell.g} M=${cell.m}`;
      const predicted = rate.has(key) ? rate.get(key) * cell.work : null;
      res.predictedMs = predicted;
      if (predicted !== null && 2 * predicted > cfg.capMs) {
        res.status = 'skipped: over cap';
        log(`${tag}: skipped, predicted ${ms(predicted)} per run (cap ${ms(cfg.capMs)} per cell)`);
        continue;
      }
      if (Date.now() + 2 * (predicted ?? 0) > deadline) {
        res.status = 'skipped: out of time';
        log(`${tag}: skipped, the surface section is out of time`);
        continue;
      }
      try {
        if (row.backend && row.backend !== backend) {
          await setBackend(page, row.backend);
          backend = row.backend;
        }
        const r = await page.evaluate((spec) => window.losscapeBench.harness.timeSurface(spec), {
          engine: row.engine,
          loss,
          g: cell.g,
          m: cell.m,
          reps: cfg.reps,
          budgetMs: cfg.cellBudgetMs,
          capMs: cfg.capMs / 2,
        });
        Object.assign(res, r);
        res.status = r.overCap ? 'over cap' : 'ok';
        res.medianMs = r.overCap ? null : median(r.ms);
        rate.set(key, (r.overCap ? r.warmMs : res.medianMs) / cell.work);
        const err =
          r.maxErr === null ? '' : `, max rel. diff. from plain ${r.maxErr.toExponential(1)}`;
        const what = r.overCap ? `over cap, first run ${ms(r.warmMs)}` : ms(res.medianMs);
        log(`${tag}: ${what} (warm-up ${ms(r.warmMs)}, ${r.ms.length} timed${err})`);
        if (r.maxErr !== null && !(r.maxErr < 1e-3))
          log(`WARNING ${tag}: differs from the plain loop by ${r.maxErr}`);
      } catch (e) {
        res.status = 'error';
        res.error = brief(e);
        log(`${tag}: error: ${res.error}`);
      }
    }
  }
  return results;
}

/** trainPath steps/s on each main-thread backend (linear, M = 1,000, MSE, SGD, full batch). */
export async function runTraining(page, cfg) {
  const out = [];
  for (const backend of ['wasm', 'webgl', 'cpu']) {
    const row = { backend, m: cfg.train.m, steps: cfg.train.steps };
    out.push(row);
    try {
      await setBackend(page, backend);
      const r = await page.evaluate((o) => window.losscapeBench.harness.timeTrain(o), {
        m: cfg.train.m,
        steps: cfg.train.steps,
        warmSteps: cfg.train.warmSteps,
        reps: cfg.reps,
        budgetMs: cfg.train.budgetMs,
      });
      Object.assign(row, r);
      row.medianMs = median(r.ms);
      row.stepsPerSecond = r.steps / (row.medianMs / 1000);
      log(`training ${backend}: ${Math.round(row.stepsPerSecond)} steps/s (${r.ms.length} timed)`);
    } catch (e) {
      row.error = brief(e);
      log(`training ${backend}: error: ${row.error}`);
    }
  }
  return out;
}

/** Tensors and JS heap after a 100-step and after a 10,000-step trainPath, on the app's backend. */
export async function runMemory(page, cfg) {
  try {
    const info = await page.evaluate(() => window.losscapeBench.math.initBackend({}));
    log(`memory: the app's default backend here is ${info.name}`);
    const r = await page.evaluate((o) => window.losscapeBench.harness.memoryProbe(o), {
      m: cfg.train.m,
      shortSteps: cfg.memory.shortSteps,
      longSteps: cfg.memory.longSteps,
    });
    r.tensorGrowth = r.long.tensors - r.short.tensors;
    r.heapGrowthBytes =
      r.long.heapBytes === null || r.short.heapBytes === null
        ? null
        : r.long.heapBytes - r.short.heapBytes;
    r.shortSteps = cfg.memory.shortSteps;
    r.longSteps = cfg.memory.longSteps;
    log(
      `memory: tensors ${r.short.tensors} → ${r.long.tensors}, heap growth ${r.heapGrowthBytes} B`,
    );
    return r;
  } catch (e) {
    log(`memory: error: ${brief(e)}`);
    return { error: brief(e) };
  }
}
