// The digits networks (issue 17) on the engine page, through the app's own network worker
// (window.losscapeBench.nets): one CNN epoch at batch 32; a 41×41 filter-normalised slice of the
// trained CNN (first coarse picture / full grid); the PCA plane of a 30-checkpoint run; the
// worker's tensors before and after 5 trainings and 5 slices.
import { brief, log } from './util.mjs';

export async function runNets(page) {
  try {
    const r = await page.evaluate(async () => {
      const { createNetsClient } = window.losscapeBench.nets;
      const c = createNetsClient(new URL('data/digits.u8', location.href).href);
      const info = await c.ready;
      const now = () => performance.now();
      const spec = (o) => ({
        kind: 'cnn',
        optimizer: 'adam',
        lr: 0.01,
        batchSize: 32,
        epochs: 2,
        weightDecay: 0,
        seed: 1,
        ...o,
      });
      // 1. Epochs at batch 32: the time between epoch reports (each ends with a forward pass over
      // the training and the test digits, included); the first epoch carries the warm-up.
      const stamps = [];
      const trained = await c.run({ type: 'train', spec: spec({ epochs: 3 }) }, (m) => {
        if (m.type === 'epoch') stamps.push(now());
      }).promise;
      const epochMs = stamps.slice(1).map((t, i) => t - stamps[i]);
      // 2. The 41×41 slice through the trained θ.
      const slice = await c.run({
        type: 'slice',
        kind: 'cnn',
        theta: trained.run.theta,
        g: 41,
        plane: { type: 'random', seed: 1, range: 1 },
      }).promise;
      // 3. The PCA plane of 30 checkpoints (29 epochs at batch 128): from the request to the
      // plane's message (the PCA and the projected path), then the slice is cancelled.
      const run30 = await c.run({ type: 'train', spec: spec({ batchSize: 128, epochs: 29 }) })
        .promise;
      const tp = now();
      let planeMs = NaN;
      const pca = c.run(
        {
          type: 'slice',
          kind: 'cnn',
          theta: run30.run.theta,
          g: 21,
          plane: { type: 'pca', checkpoints: run30.run.checkpoints, pad: 0.25 },
        },
        (m) => {
          if (m.type === 'plane' && Number.isNaN(planeMs)) {
            planeMs = now() - tp;
            pca.cancel();
          }
        },
      );
      await pca.promise.catch(() => undefined);
      // 4. Tensors in the worker around 5 trainings and 5 slices.
      const tensors = async () => (await c.run({ type: 'memory' }).promise).numTensors;
      const before = await tensors();
      for (let k = 0; k < 5; k++) {
        const t = await c.run({ type: 'train', spec: spec({ epochs: 1, seed: k + 2 }) }).promise;
        await c.run({
          type: 'slice',
          kind: 'cnn',
          theta: t.run.theta,
          g: 9,
          plane: { type: 'random', seed: k, range: 1 },
        }).promise;
      }
      const after = await tensors();
      return {
        backend: info.backend,
        epochMs,
        slice41: { firstMs: slice.firstMs, ms: slice.ms },
        pca: { checkpoints: run30.run.checkpoints.length, planeMs },
        tensors: { before, after, growth: after - before },
      };
    });
    log(
      `nets (${r.backend}): epoch ${r.epochMs.map(Math.round).join(' / ')} ms; 41×41 slice first ` +
        `${Math.round(r.slice41.firstMs)} ms, full ${Math.round(r.slice41.ms)} ms; PCA plane ` +
        `${Math.round(r.pca.planeMs)} ms; tensors ${r.tensors.before} → ${r.tensors.after}`,
    );
    return r;
  } catch (e) {
    return { error: brief(e) };
  }
}
