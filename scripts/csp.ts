// The strict Content-Security-Policy the built app must run under (no 'unsafe-eval'):
// `vite preview` sends it (vite.config.ts), so `npm start` and every e2e test run under it.
// 'wasm-unsafe-eval' lets the tfjs wasm backend compile its .wasm; blob: workers are for
// tfjs/worker code that may start from a Blob URL.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self'",
  'frame-ancestors *',
].join('; ');
