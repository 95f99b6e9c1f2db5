// `npm run bench` (after the build): serves the built app with `vite preview`, drives headless
// Chromium through the engine page (bench.html) and the app, writes bench/results.json and prints
// Markdown tables to stdout; progress goes to stderr. See the README's "Benchmark" section.
//
// Environment:
//   BENCH_QUICK=1        a smoke run: G ∈ {64, 128}, M ∈ {100, 1,000}, 2 reps, short caps
//   BENCH_ONLY=a,b       only these sections: surface, training, memory, load, interaction, nets
//   BENCH_PORT=4199      the preview's port;  BENCH_OUTDIR=dist-bench  the build to serve
//   BENCH_OUT=bench/results.json          where the raw numbers go
//   CHROMIUM_PATH        the browser (else /usr/bin/chromium, else Playwright's)
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import {
  openEnginePage,
  pageInfo,
  runMemory,
  runSurfaces,
  runTraining,
  surfacePairs,
} from './lib/engine.mjs';
import { INTERACTION_SELECTORS, exploreDrag, trainDrag, trainLive } from './lib/interaction.mjs';
import { measureLoads, staticSizes } from './lib/load.mjs';
import { runNets } from './lib/nets.mjs';
import { goals, markdown } from './lib/report.mjs';
import { startPreview } from './lib/server.mjs';
import { brief, elapsedS, log } from './lib/util.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.env.BENCH_QUICK === '1';
const only = new Set(
  (process.env.BENCH_ONLY ?? 'surface,training,memory,load,interaction,nets')
    .split(',')
    .map((s) => s.trim()),
);

/** Full: sized to finish in under 10 minutes with the build on a 2-core machine. */
const cfg = {
  quick,
  grids: quick ? [64, 128] : [64, 128, 256],
  points: quick ? [100, 1000] : [100, 1000, 10000],
  reps: quick ? 2 : 5,
  /** Per cell: warm-up plus one timed run must fit (predicted), else "skipped: over cap". */
  capMs: quick ? 5_000 : 20_000,
  /** Per cell: the timed runs stop at `reps` or at this much time, whichever comes first. */
  cellBudgetMs: quick ? 1_500 : 4_000,
  /** The whole surface section: cells left when it is spent are "skipped: out of time". */
  surfaceBudgetMs: quick ? 120_000 : 300_000,
  train: { m: 1000, steps: 2000, warmSteps: 200, budgetMs: quick ? 4_000 : 12_000 },
  memory: { shortSteps: 100, longSteps: 10_000 },
  loadReps: quick ? 2 : 5,
  drags: quick ? 60 : 200,
  liveWindowMs: quick ? 2000 : 3000,
  port: Number(process.env.BENCH_PORT ?? 4199),
  outDir: process.env.BENCH_OUTDIR ?? 'dist-bench',
  out: process.env.BENCH_OUT ?? 'bench/results.json',
  sections: [...only],
};

async function main() {
  const results = {
    meta: {
      date: new Date().toISOString(),
      config: cfg,
      node: process.version,
      machine: {
        platform: `${os.platform()} ${os.release()}`,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        cores: os.cpus().length,
        memoryBytes: os.totalmem(),
        loadavgStart: os.loadavg(),
      },
    },
    problems: [],
  };
  const server = await startPreview({ root, port: cfg.port, outDir: cfg.outDir });
  let browser = null;
  const stopAll = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      log(`${sig}: stopping the browser and the preview server`);
      stopAll().finally(() => process.exit(130));
    });
  }
  // Each section stands alone: one that fails is recorded as an error and the run goes on.
  const section = async (name, fn) => {
    if (!only.has(name)) return;
    try {
      results[name] = await fn();
    } catch (e) {
      results[name] = { error: brief(e) };
      log(`${name}: failed: ${e instanceof Error ? e.stack : brief(e)}`);
    }
  };
  /** A fresh engine page per section, so each one's timings and memory start clean. */
  const onEnginePage = async (fn) => {
    const { context, page } = await openEnginePage(browser, server.url, results.problems);
    try {
      return await fn(page);
    } finally {
      await context.close();
    }
  };
  try {
    browser = await launchBrowser();
    results.meta.chromium = `Chromium ${browser.version()}`;
    log(
      `${results.meta.chromium}, ${results.meta.machine.cpuModel} × ${results.meta.machine.cores}`,
    );
    try {
      results.meta.page = await onEnginePage(pageInfo);
      const w = results.meta.page.surfaceWorker;
      log(`WebGL: ${results.meta.page.webglRenderer}; surface worker: ${w.engine}/${w.backend}`);
    } catch (e) {
      results.meta.page = { error: brief(e) };
      log(`the engine page failed: ${brief(e)}`);
    }

    await section('surface', () =>
      onEnginePage(async (page) => {
        const deadline = Date.now() + cfg.surfaceBudgetMs;
        return runSurfaces(page, cfg, { pairs: surfacePairs(), deadline });
      }),
    );
    await section('training', () => onEnginePage((page) => runTraining(page, cfg)));
    await section('memory', () => onEnginePage((page) => runMemory(page, cfg)));
    await section('nets', () => onEnginePage((page) => runNets(page)));
    await section('load', async () => {
      const load = { static: staticSizes(root, cfg.outDir) };
      log(`JS before first paint: ${load.static.initialJs.gzip} B gzip`);
      load.runtime = await measureLoads(browser, server.url, cfg, results.problems);
      return load;
    });
    await section('interaction', async () => ({
      selectors: INTERACTION_SELECTORS,
      explore: await exploreDrag(browser, server.url, cfg, results.problems),
      train: await trainDrag(browser, server.url, cfg, results.problems, { surface: false }),
      train128: await trainDrag(browser, server.url, cfg, results.problems, { grid: 128, m: 1000 }),
      train256: await trainDrag(browser, server.url, cfg, results.problems, { grid: 256, m: 1000 }),
      live: await trainLive(browser, server.url, cfg, results.problems),
    }));
  } finally {
    await stopAll();
  }
  results.meta.machine.loadavgEnd = os.loadavg();
  results.meta.durationS = elapsedS();
  results.goals = goals(results);
  mkdirSync(path.dirname(path.resolve(root, cfg.out)), { recursive: true });
  writeFileSync(path.resolve(root, cfg.out), JSON.stringify(results, null, 2) + '\n');
  log(`wrote ${cfg.out} (${Math.round(results.meta.durationS)} s)`);
  process.stdout.write(markdown(results));
}

main().catch((e) => {
  log(`failed: ${e instanceof Error ? e.stack : brief(e)}`);
  process.exit(1);
});
