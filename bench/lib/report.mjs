// The Markdown report on stdout, and the goals of issue 15 checked against the measurements.
import { MSE_ROWS, SURFACE_ROWS, cellsOf } from './engine.mjs';
import { bytes, ms, num } from './util.mjs';

const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

/** A section's list of results, or [] where the section failed or did not run. */
const list = (x) => (Array.isArray(x) ? x : []);

const find = (surface, row, loss, g, m) =>
  list(surface).find((c) => c.row === row && c.loss === loss && c.g === g && c.m === m);

/** "63 ms · 1.40× · 260 M/s": median, ratio to the plain loop, grid-points×data-points per s. */
function cellText(c, plain, reps) {
  if (!c) return '–';
  if (c.status === 'skipped: over cap') return `skipped: over cap (≈ ${ms(c.predictedMs)} per run)`;
  if (c.status === 'over cap') return `over cap (first run ${ms(c.warmMs)})`;
  if (c.status !== 'ok') return c.status === 'error' ? `error: ${c.error}` : c.status;
  const parts = [ms(c.medianMs)];
  if (plain?.status === 'ok') parts.push(`${num(c.medianMs / plain.medianMs)}×`);
  parts.push(`${num(c.work / c.medianMs / 1000)} M/s`);
  const n = c.ms.length < reps ? ` (n = ${c.ms.length})` : '';
  return parts.join(' · ') + n;
}

function surfaceTable(results, cfg, rows, loss) {
  const cells = cellsOf(cfg);
  const head = ['engine', ...cells.map((c) => `G=${c.g}, M=${c.m.toLocaleString('en-US')}`)];
  const body = rows.map((row) => [
    row.label,
    ...cells.map((c) =>
      cellText(
        find(results, row.id, loss, c.g, c.m),
        find(results, 'plain', loss, c.g, c.m),
        cfg.reps,
      ),
    ),
  ]);
  return table(head, body);
}

/** The best tfjs engine (not the plain loop, not the closed form) at one cell. */
export function bestEngine(results, loss, g, m) {
  const ok = list(results).filter(
    (c) =>
      c.loss === loss &&
      c.g === g &&
      c.m === m &&
      c.status === 'ok' &&
      c.row !== 'plain' &&
      c.row !== 'closed-form',
  );
  return ok.sort((a, b) => a.medianMs - b.medianMs)[0] ?? null;
}

/**
 * A goal's verdict: met / missed from a measurement, or null ("not measured") when the row did
 * not run, failed, or has no samples: a goal with nothing measured is never "met".
 */
const verdict = (value, ok) =>
  value === null || value === undefined || Number.isNaN(value) ? null : ok(value);

/** A drag row's sample count, or 0 where it did not run. */
const samplesOf = (x) => (x && !x.na && x.n > 0 ? x.n : 0);

export function goals(r) {
  const out = [];
  const add = (goal, target, measured, met) => out.push({ goal, target, measured, met });
  const measuredDrag = (x, extra = '') =>
    !x
      ? 'not measured (not run)'
      : x.na
        ? `not measured: ${x.na}`
        : samplesOf(x) === 0
          ? `not measured (0 samples, ${x.misses} misses)`
          : `${ms(x.p95)} (${ms(x.fromEvent.p95)} from the event's timestamp; ${x.n} samples)${extra}`;
  const dragGoal = (goal, x, limit, extra) =>
    add(goal, `≤ ${limit} ms`, measuredDrag(x, extra), samplesOf(x) ? x.p95 <= limit : null);
  const ia = r.interaction;
  dragGoal('Explore: ŷ marker drag → painted frame, 6 losses, p95', ia?.explore, 16);
  dragGoal(
    'Train: point drag → first DOM change, p95',
    ia?.train,
    50,
    ia?.train?.landscape ? `; landscape: ${ia.train.landscape}` : '',
  );
  dragGoal('Train: point drag → landscape repainted, G = 128, M = 1,000, p95', ia?.train128, 16);
  dragGoal('Train: point drag → landscape repainted, G = 256, M = 1,000, p95', ia?.train256, 33);
  const live = ia?.live;
  const fps = live && !live.na ? live.fast?.fps : null;
  add(
    'Train playback at top speed, landscape shown, animation frames/s',
    '≥ 59',
    fps === null || fps === undefined ? `not measured${live?.na ? `: ${live.na}` : ''}` : num(fps),
    verdict(fps, (v) => v >= 59),
  );
  // The app's surface engine (the measured choice: the "worker" row), whole round trip.
  const app = find(r.surface, 'worker', 'huber', 128, 1000);
  const plainH = find(r.surface, 'plain', 'huber', 128, 1000);
  const appRatio =
    app?.status === 'ok' && plainH?.status === 'ok' ? app.medianMs / plainH.medianMs : null;
  const engine = r.meta?.page?.surfaceWorker;
  add(
    'surface engine in the app (round trip), Huber G = 128, M = 1,000, vs plain loop',
    '≤ 0.65×',
    appRatio === null
      ? 'not measured'
      : `${num(appRatio)}× (${ms(app.medianMs)} vs ${ms(plainH.medianMs)}${engine?.choice ? `; chose ${engine.choice.id}` : ''})`,
    verdict(appRatio, (v) => v <= 0.65),
  );
  const ij = r.load?.static?.initialJs;
  add(
    'JS before first paint (gzip)',
    '≤ 100 KB',
    ij ? bytes(ij.gzip) : 'not measured',
    ij ? ij.gzip <= 100 * 1024 : null,
  );
  const mc = r.load?.static?.mathChunks;
  const sw = r.load?.static?.surfaceWorker;
  const both = mc && sw ? mc.gzip + sw.gzip : null;
  add(
    'math + surface worker chunks (gzip)',
    '≤ 344 KB (244 + 250 − 150)',
    both === null ? 'not measured' : `${bytes(both)} (${bytes(mc.gzip)} + ${bytes(sw.gzip)})`,
    verdict(both, (v) => v <= 344 * 1024),
  );
  for (const loss of ['huber', 'bce_logits']) {
    const best = bestEngine(r.surface, loss, 128, 1000);
    const plain = find(r.surface, 'plain', loss, 128, 1000);
    const ratio = best && plain?.status === 'ok' ? best.medianMs / plain.medianMs : null;
    add(
      `${loss}: best engine beats the plain loop at G=128, M=1,000`,
      '< 1× plain loop',
      ratio === null ? 'not measured' : `${num(ratio)}× (${best.row})`,
      verdict(ratio, (v) => v < 1),
    );
  }
  const mem = r.memory;
  const ok = mem && !mem.error && mem.short;
  add(
    'tensors after 10,000 steps vs after 100',
    'no growth',
    ok ? `${mem.short.tensors} → ${mem.long.tensors}` : 'not measured',
    ok ? mem.tensorGrowth <= 0 : null,
  );
  add(
    'JS heap growth, 10,000 steps vs 100',
    '≤ 5 MB',
    ok ? bytes(mem.heapGrowthBytes) : 'not measured',
    ok && mem.heapGrowthBytes !== null ? mem.heapGrowthBytes <= 5 * 1024 * 1024 : null,
  );
  return out;
}

export function markdown(r) {
  const cfg = r.meta.config;
  const out = [];
  const m = r.meta;
  out.push(
    `# losscape benchmark${cfg.quick ? ' — QUICK run (BENCH_QUICK=1: fewer cells and reps, not the reference figures)' : ''}`,
  );
  out.push('');
  out.push(
    `${m.date} · ${m.machine.cpuModel} × ${m.machine.cores} · ${m.chromium} · WebGL: ${m.page?.webglRenderer ?? 'n/a'} · surface worker: ${m.page?.surfaceWorker?.engine ? `${m.page.surfaceWorker.engine} on ${m.page.surfaceWorker.backend}` : 'n/a'} · load average ${m.machine.loadavgStart.map((v) => v.toFixed(1)).join(' ')} at start · ${Math.round(m.durationS)} s`,
  );
  out.push('');
  out.push(
    `Median of up to ${cfg.reps} timed runs after a warm-up (fewer where marked n; cells capped at ${ms(cfg.capMs)}). Cell: median · ratio to the plain loop · grid-points×data-points per second.`,
  );
  if (r.surface?.error) out.push('', `## Surface`, '', `error: ${r.surface.error}`);
  else if (r.surface) {
    for (const loss of ['huber', 'bce_logits']) {
      out.push(
        '',
        `## Surface: ${loss === 'huber' ? 'Huber (δ = 1), linear model' : "bce_logits on the linear model's score z = w·x + b (logistic regression)"}`,
        '',
      );
      out.push(surfaceTable(r.surface, cfg, SURFACE_ROWS, loss));
    }
    out.push(
      '',
      '## Surface: MSE, linear model — the closed form (not the general path) against the plain loop',
      '',
    );
    out.push(surfaceTable(r.surface, cfg, MSE_ROWS, 'mse'));
  }
  if (r.training?.error) out.push('', '## Training', '', `error: ${r.training.error}`);
  else if (r.training) {
    out.push(
      '',
      `## Training: trainPath, linear model, M = ${cfg.train.m.toLocaleString('en-US')}, MSE, SGD, full batch, ${cfg.train.steps.toLocaleString('en-US')} steps`,
      '',
    );
    out.push(
      table(
        ['main-thread backend', 'steps/s', 'ms per run', 'runs'],
        r.training.map((t) =>
          t.error
            ? [t.backend, `error: ${t.error}`, '', '']
            : [t.backend, num(t.stepsPerSecond), ms(t.medianMs), String(t.ms.length)],
        ),
      ),
    );
    const live = r.interaction?.live;
    if (live) {
      out.push('', 'Live Train tab (the run replayed with every chart updating):', '');
      out.push(
        live.na
          ? live.na
          : table(
              ['replay speed (steps/frame)', 'steps/s', 'frames/s'],
              [
                [String(live.slow.speed), num(live.slow.stepsPerSecond), num(live.slow.fps)],
                [
                  `${live.fast.speed} (${live.fast.steps} steps to the end)`,
                  num(live.fast.stepsPerSecond),
                  num(live.fast.fps),
                ],
              ],
            ),
      );
    }
  }
  if (r.memory) {
    out.push(
      '',
      "## Memory: trainPath on the app's default backend, results dropped, after gc()",
      '',
    );
    const mm = r.memory;
    out.push(
      mm.error
        ? `error: ${mm.error}`
        : table(
            [
              'backend',
              `tensors after ${mm.shortSteps} steps`,
              `after ${mm.longSteps.toLocaleString('en-US')} more`,
              'growth',
              `JS heap after ${mm.shortSteps}`,
              `after ${mm.longSteps.toLocaleString('en-US')} more`,
              'growth',
            ],
            [
              [
                mm.backend,
                String(mm.short.tensors),
                String(mm.long.tensors),
                String(mm.tensorGrowth),
                bytes(mm.short.heapBytes),
                bytes(mm.long.heapBytes),
                bytes(mm.heapGrowthBytes),
              ],
            ],
          ),
    );
    if (!mm.error && !mm.short.gcExposed)
      out.push('', '(gc() was not exposed: heap readings include garbage)');
  }
  if (r.load?.error) out.push('', '## Load', '', `error: ${r.load.error}`);
  else if (r.load) {
    const s = r.load.static;
    out.push('', '## Load (localhost, cold cache)', '');
    out.push(
      table(
        ['what', 'raw', 'gzip'],
        [
          [
            `JS before first paint (${s.initialJs.files.map((f) => f.file).join(', ')})`,
            bytes(s.initialJs.raw),
            bytes(s.initialJs.gzip),
          ],
          ['CSS before first paint', bytes(s.initialCss.raw), bytes(s.initialCss.gzip)],
          [
            `all JS (${s.allJs.files.length} files, the engine page's entry excluded)`,
            bytes(s.allJs.raw),
            bytes(s.allJs.gzip),
          ],
          [
            `everything in ${cfg.outDir}/ (${s.everything.files.length} files)`,
            bytes(s.everything.raw),
            bytes(s.everything.gzip),
          ],
        ],
      ),
    );
    const rt = r.load.runtime;
    if (rt) {
      out.push(
        '',
        table(
          ['time (median of loads)', 'ms'],
          [
            ['first contentful paint', ms(rt.fcpMs)],
            ['interactive Explore (backend named, chart drawn)', ms(rt.interactiveMs)],
          ],
        ),
      );
    }
  }
  if (r.interaction?.error) out.push('', '## Interaction', '', `error: ${r.interaction.error}`);
  else if (r.interaction) {
    out.push('', '## Interaction: pointer event → first animation frame after the DOM changed', '');
    const row = (name, x, what) =>
      !x || x.na || !(x.n > 0)
        ? [
            name,
            x?.na ?? (x ? `not measured (0 samples, ${x.misses} misses)` : 'not run'),
            '',
            '',
            '',
            '',
          ]
        : [
            name,
            ms(x.p50),
            ms(x.p95),
            `${ms(x.fromEvent.p50)} / ${ms(x.fromEvent.p95)}`,
            `${x.n} (${x.misses} misses)`,
            what(x),
          ];
    out.push(
      table(
        ['drag', 'p50', 'p95', 'from the event timestamp: p50 / p95', 'samples', 'setting'],
        [
          row(
            'Explore: ŷ marker',
            r.interaction.explore,
            (x) => `${x.series} losses overlaid, ${x.pointsPerCurve}-point curves`,
          ),
          row(
            'Train: a data point (first DOM change)',
            r.interaction.train,
            (x) => `${x.points} points, landscape: ${x.landscape}`,
          ),
          row(
            'Train: a data point (landscape repainted)',
            r.interaction.train128,
            (x) => `${x.points} points, landscape: ${x.landscape}`,
          ),
          row(
            'Train: a data point (landscape repainted)',
            r.interaction.train256,
            (x) => `${x.points} points, landscape: ${x.landscape}`,
          ),
        ],
      ),
    );
  }
  if (r.nets)
    out.push('', '## Digits networks (issue 17), in the network worker', '', netsTable(r.nets));
  out.push('', '## Goals (issue 15)', '');
  out.push(
    table(
      ['goal', 'target', 'measured', ''],
      r.goals.map((g) => [
        g.goal,
        g.target,
        g.measured,
        g.met === null ? 'not measured' : g.met ? 'met' : 'missed',
      ]),
    ),
  );
  if (r.problems?.length)
    out.push('', `Page problems seen: ${r.problems.length} (see results.json).`);
  return out.join('\n') + '\n';
}

/** Issue 17's rows: each with its goal; the epoch is the median after the first (warm-up). */
function netsTable(n) {
  if (n.error) return `error: ${n.error}`;
  const sec = (v) => `${(v / 1000).toFixed(2)} s`;
  const epochs = [...n.epochMs.slice(1)].sort((a, b) => a - b);
  const epoch = epochs[Math.floor(epochs.length / 2)] ?? n.epochMs[0];
  const verdict = (ok) => (ok ? 'met' : 'missed');
  return table(
    ['measure', 'goal', `measured (worker: ${n.backend})`, ''],
    [
      [
        'CNN one epoch, 1,437 digits, batch 32 (with its train + test evaluation)',
        '≤ 3 s',
        `${sec(epoch)} (first, warm-up: ${sec(n.epochMs[0])})`,
        verdict(epoch <= 3000),
      ],
      [
        '41×41 slice of the trained CNN: first coarse picture',
        '≤ 2 s',
        sec(n.slice41.firstMs),
        verdict(n.slice41.firstMs <= 2000),
      ],
      [
        '41×41 slice of the trained CNN: full grid',
        '≤ 30 s',
        sec(n.slice41.ms),
        verdict(n.slice41.ms <= 30000),
      ],
      [
        `PCA plane + projected path, ${n.pca.checkpoints} checkpoints`,
        '≤ 1 s',
        sec(n.pca.planeMs),
        verdict(n.pca.planeMs <= 1000),
      ],
      [
        'tensors in the worker after 5 trainings + 5 slices',
        'no growth',
        `${n.tensors.before} → ${n.tensors.after}`,
        verdict(n.tensors.growth <= 0),
      ],
    ],
  );
}
