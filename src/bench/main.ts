// The engine page: exposes the math module, the surface engine and the yardstick loop to the
// benchmark script and the browser tests (window.losscapeBench). Not linked from the app.
import * as math from '../math';
import { plainSurface } from './plainSurface';

declare global {
  interface Window {
    losscapeBench?: { math: typeof math; plainSurface: typeof plainSurface; ready: Promise<void> };
  }
}

const params = new URLSearchParams(location.search);
const force = params.get('backend');
const ready = math
  .initBackend(force === 'webgl' || force === 'wasm' || force === 'cpu' ? { force } : {})
  .then((info) => {
    document.getElementById('status')!.textContent = `ready: ${info.name} (${info.reason})`;
  });
window.losscapeBench = { math, plainSurface, ready };
