import { copyFileSync, readFileSync } from 'node:fs';

import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    data: 'src/data/index.ts',
    edit: 'src/edit/index.ts',
    csv: 'src/csv/index.ts',
    export: 'src/export/index.ts',
    arrow: 'src/arrow/index.ts',
    // Built in both formats with the library (one set of shared chunks), but only the ESM build
    // ships (package.json `files`): `report --html` loads ESM-only renderers with `import()`.
    cli: 'src/cli/main.ts',
  },
  format: ['esm', 'cjs'],
  target: 'node20',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  // Shared chunks for CJS too, so `nsatu` and `nsatu/data` share one copy of the
  // error classes and `instanceof DatasetError` works across entries.
  splitting: true,
  minify: false,
  define: { __NSATU_VERSION__: JSON.stringify(version) },
  // The dataset as plain JSON too, for Python, R and other tools: `nsatu/data/dataset.json`.
  onSuccess: () => {
    copyFileSync('src/data/dataset.json', 'dist/dataset.json');
    return Promise.resolve();
  },
});
