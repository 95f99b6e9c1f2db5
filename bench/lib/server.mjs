// Starts `vite preview` of the built app for the benchmark, like playwright.config.ts's
// webServer: its own port, --bypass-lock (Vite 8 refuses a second preview of one project) and the
// strict CSP of vite.config.ts. The server runs in its own process group, so stop() ends it and
// anything it started.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { log, sleep } from './util.mjs';

export async function startPreview({ root, port, outDir }) {
  for (const page of ['index.html', 'bench.html']) {
    if (!existsSync(path.join(root, outDir, page)))
      throw new Error(`${outDir}/${page} is missing: build first (npm run bench does)`);
  }
  const bin = path.join(root, 'node_modules', '.bin', 'vite');
  const args = ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'];
  args.push('--bypass-lock', '--outDir', outDir);
  const child = spawn(bin, args, { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  let exitCode = null;
  exited.then((c) => (exitCode = c));

  async function stop() {
    if (exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return; // already gone
    }
    const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!done) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
  }

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== null)
      throw new Error(`vite preview exited with ${exitCode} before serving:\n${output.trim()}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`vite preview did not answer at ${url} within 60 s:\n${output.trim()}`);
    }
    await sleep(250);
  }
  log(`vite preview serves ${outDir}/ at ${url} (pid ${child.pid})`);
  return { url, stop };
}
