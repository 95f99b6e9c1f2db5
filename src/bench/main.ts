// The engine page: exposes the math module, the surface engine, the yardstick loop and the
// benchmark's in-page timing helpers to the benchmark script (bench/run.mjs) and the browser
// tests (window.losscapeBench). Not linked from the app.
import * as math from '../math';
import { createNetsClient } from '../math/nets/client';
import { mseClosedFormSurface } from './closedForm';
import * as harness from './harness';
import { plainSurface } from './plainSurface';
import { benchProblem } from './problems';

declare global {
  interface Window {
    losscapeBench?: {
      math: typeof math;
      plainSurface: typeof plainSurface;
      mseClosedFormSurface: typeof mseClosedFormSurface;
      benchProblem: typeof benchProblem;
      harness: typeof harness;
      /** The digits networks' worker (bench/lib/nets.mjs). */
      nets: { createNetsClient: typeof createNetsClient };
      ready: Promise<void>;
    };
  }
}

const params = new URLSearchParams(location.search);
const force = params.get('backend');
const ready = math
  .initBackend(force === 'webgl' || force === 'wasm' || force === 'cpu' ? { force } : {})
  .then((info) => {
    document.getElementById('status')!.textContent = `ready: ${info.name} (${info.reason})`;
  });
window.losscapeBench = {
  math,
  plainSurface,
  mseClosedFormSurface,
  benchProblem,
  harness,
  nets: { createNetsClient },
  ready,
};
