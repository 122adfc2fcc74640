import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests that need the built package (`npm run build` first): the CLI run as a spawned binary, the
// HTML report and the docs site in a headless browser. Run by `npm run test:dist` after the build.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['test/dist/**/*.test.ts', 'test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser or process-heavy file at a time on a small machine.
    fileParallelism: false,
  },
});
