// Load: what the built app ships (from dist/ itself) and how fast it paints and becomes
// interactive in Chromium on localhost (fresh context per load: a cold cache, as a first visit).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { openPage } from './browser.mjs';
import { brief, log, median } from './util.mjs';

/** What "interactive Explore" means: the status bar names the backend and a chart is drawn. */
export const LOAD_SELECTORS = {
  backendName: '[data-testid="backend-name"]',
  exploreChart: '#panel-explore [role="figure"] svg',
};

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

function sized(files, root) {
  const list = files.map((f) => {
    const buf = readFileSync(f);
    return { file: path.relative(root, f), raw: buf.length, gzip: gz(buf) };
  });
  return {
    files: list,
    raw: list.reduce((s, f) => s + f.raw, 0),
    gzip: list.reduce((s, f) => s + f.gzip, 0),
  };
}

/** The module script and modulepreload links (JS) and stylesheets (CSS) of an HTML page. */
function entryAssets(html) {
  const attrs = (tag) =>
    Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
  const js = [];
  const css = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const a = attrs(tag);
    if (tag.startsWith('<script') && a.type === 'module' && a.src) js.push(a.src);
    else if (tag.startsWith('<link') && a.rel === 'modulepreload' && a.href) js.push(a.href);
    else if (tag.startsWith('<link') && a.rel === 'stylesheet' && a.href) css.push(a.href);
  }
  return { js, css };
}

export function staticSizes(root, outDir) {
  const dist = path.join(root, outDir);
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const { js, css } = entryAssets(html);
  const resolve = (u) => path.join(dist, u.replace(/^\.?\//, ''));
  // The engine page's own entry chunk is not part of the app.
  const benchOnly = new Set(
    entryAssets(readFileSync(path.join(dist, 'bench.html'), 'utf8'))
      .js.map(resolve)
      .filter((f) => !js.map(resolve).includes(f)),
  );
  const all = walk(dist);
  // The math chunk with every chunk it imports statically (less what the first paint already
  // loaded), and the surface worker (a self-contained bundle): the issue's "math + worker" row.
  const initial = new Set(js.map(resolve));
  const closure = new Set();
  const visit = (f) => {
    if (closure.has(f) || initial.has(f) || !f.endsWith('.js')) return;
    closure.add(f);
    const code = readFileSync(f, 'utf8');
    for (const m of code.matchAll(
      /(?:import|export)\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g,
    ))
      visit(path.join(path.dirname(f), m[1]));
  };
  const assets = path.join(dist, 'assets');
  const mathEntry = all.find(
    (f) => path.dirname(f) === assets && /^math-[\w-]+\.js$/.test(path.basename(f)),
  );
  if (mathEntry) visit(mathEntry);
  const surfaceWorker = all.filter((f) => /^surface\.worker-[\w-]+\.js$/.test(path.basename(f)));
  return {
    mathChunks: mathEntry ? sized([...closure], dist) : null,
    surfaceWorker: sized(surfaceWorker, dist),
    initialJs: sized(js.map(resolve), dist),
    initialCss: sized(css.map(resolve), dist),
    allJs: sized(
      all.filter((f) => f.endsWith('.js') && !benchOnly.has(f)),
      dist,
    ),
    benchOnlyJs: [...benchOnly].map((f) => path.relative(dist, f)),
    everything: sized(all, dist),
    gzipLevel: 9,
  };
}

/** First contentful paint and "interactive Explore" (performance.now() at that moment). */
export async function measureLoads(browser, baseUrl, cfg, problems) {
  const runs = [];
  for (let r = 0; r < cfg.loadReps; r++) {
    const { context, page } = await openPage(browser, problems, 'load');
    try {
      await page.addInitScript((sel) => {
        // Set performance.now() once both hold; checked on every DOM change from the start.
        const check = () => {
          if (window.__benchInteractive !== undefined) return;
          const name = document.querySelector(sel.backendName)?.textContent?.trim() ?? '';
          if (/^(webgl|wasm|cpu)$/.test(name) && document.querySelector(sel.exploreChart)) {
            window.__benchInteractive = performance.now();
            observer.disconnect();
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }, LOAD_SELECTORS);
      await page.goto(`${baseUrl}#/explore`);
      await page.waitForFunction(() => window.__benchInteractive !== undefined, null, {
        timeout: 60_000,
      });
      const m = await page.evaluate(() => {
        const fcp = performance
          .getEntriesByType('paint')
          .find((e) => e.name === 'first-contentful-paint');
        const t = fcp ? fcp.startTime : null;
        const js = performance
          .getEntriesByType('resource')
          .filter((e) => /\.js(\?|$)/.test(e.name) && t !== null && e.responseEnd <= t)
          .map((e) => new URL(e.name).pathname);
        const nav = performance.getEntriesByType('navigation')[0];
        return {
          fcpMs: t,
          interactiveMs: window.__benchInteractive,
          domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
          jsFetchedBeforeFcp: js,
          backend: document.querySelector('[data-testid="backend-name"]')?.textContent ?? null,
        };
      });
      runs.push(m);
      log(
        `load ${r + 1}/${cfg.loadReps}: first paint ${Math.round(m.fcpMs)} ms, interactive Explore ${Math.round(m.interactiveMs)} ms`,
      );
    } catch (e) {
      runs.push({ error: brief(e) });
      log(`load ${r + 1}: error: ${brief(e)}`);
    } finally {
      await context.close();
    }
  }
  const ok = runs.filter((x) => !x.error);
  return {
    selectors: LOAD_SELECTORS,
    runs,
    fcpMs: median(ok.map((x) => x.fcpMs)),
    interactiveMs: median(ok.map((x) => x.interactiveMs)),
  };
}
