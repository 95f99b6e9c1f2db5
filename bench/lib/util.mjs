// Small helpers shared by the benchmark modules: progress logging, statistics, formatting.
const started = Date.now();

/** A progress line on stderr (stdout carries only the Markdown report). */
export function log(...parts) {
  const s = ((Date.now() - started) / 1000).toFixed(1).padStart(6);
  process.stderr.write(`[bench ${s}s] ${parts.join(' ')}\n`);
}

export const elapsedS = () => (Date.now() - started) / 1000;
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function median(xs) {
  return quantile(xs, 0.5);
}

/** The q-quantile with linear interpolation between order statistics (q = 0.95: p95). */
export function quantile(xs, q) {
  const v = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const pos = (v.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return v[lo] + (v[hi] - v[lo]) * (pos - lo);
}

/** 3 significant digits, thousands separated: 0.0123, 1.23, 123, 12,300. */
export function num(v, digits = 3) {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  if (v === 0) return '0';
  const mag = Math.floor(Math.log10(Math.abs(v)));
  const decimals = Math.max(0, digits - 1 - mag);
  const rounded = Number(v.toPrecision(digits));
  return rounded.toLocaleString('en-US', {
    minimumFractionDigits: Math.min(decimals, 6),
    maximumFractionDigits: Math.min(decimals, 6),
  });
}

export function ms(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  return v >= 10_000 ? `${num(v / 1000)} s` : `${num(v)} ms`;
}

export function bytes(v) {
  if (v === null || v === undefined || !Number.isFinite(v)) return 'n/a';
  if (Math.abs(v) >= 1024 * 1024) return `${num(v / 1024 / 1024)} MB`;
  return `${num(v / 1024)} KB`;
}

/** An error's first line, for table cells and JSON. */
export function brief(err) {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.split('\n')[0].slice(0, 200);
}
