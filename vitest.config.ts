// The unit tests (`npm run test:unit`): vite.config.ts (plugins, resolution) plus the settings
// below. Vitest reads this file in place of vite.config.ts.
import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
      // No global setup file: the tests that use tfjs or fast-check import
      // src/math/test/setup.ts themselves, so the other test files do not pay for loading tfjs.
      environment: 'node',
      // Vitest's default on a 2-core machine is one worker (CPUs − 1): the main process mostly
      // waits on the workers, so both cores run tests. (Tried: isolate: false for the files that
      // mock nothing made tfjs's surface tests 100× slower — shared tfjs state — so each file
      // keeps its own module graph.)
      maxWorkers: 2,
      // tfjs-core's gradients ship only as unbundled ESM files (its Node bundle has none), which
      // Vitest would transform one by one for each run; prebundled once, they load in about
      // 0.5 s.
      deps: {
        optimizer: {
          ssr: {
            enabled: true,
            include: [
              '@tensorflow/tfjs-core',
              '@tensorflow/tfjs-core/dist/register_all_gradients',
              '@tensorflow/tfjs-backend-cpu',
            ],
          },
        },
      },
      testTimeout: 30000,
    },
  }),
);
