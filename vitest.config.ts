import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));
const fromRoot = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * Whether a module only re-exports (imports and `export … from` / `export { … }`): such barrels
 * have no code of their own to cover. A barrel that gains a statement of its own is covered again.
 */
function onlyReExports(path: string): boolean {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  return source.statements.every(
    (statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement),
  );
}

const reExportOnlyIndexes = readdirSync(fromRoot('./src'), { recursive: true, encoding: 'utf8' })
  .map((path) => path.split('\\').join('/'))
  .filter((path) => path === 'index.ts' || path.endsWith('/index.ts'))
  .filter((path) => onlyReExports(fromRoot(`./src/${path}`)))
  .map((path) => `src/${path}`);

export default defineConfig({
  resolve: {
    // Subpaths before `nsatu`, and anchored, so the shorter name never captures the longer.
    alias: [
      { find: /^nsatu\/data$/, replacement: fromRoot('./src/data/index.ts') },
      { find: /^nsatu\/edit$/, replacement: fromRoot('./src/edit/index.ts') },
      { find: /^nsatu\/csv$/, replacement: fromRoot('./src/csv/index.ts') },
      { find: /^nsatu\/export$/, replacement: fromRoot('./src/export/index.ts') },
      { find: /^nsatu\/arrow$/, replacement: fromRoot('./src/arrow/index.ts') },
      { find: /^nsatu$/, replacement: fromRoot('./src/index.ts') },
    ],
  },
  test: {
    root,
    include: ['test/**/*.test.ts'],
    // Tests of the built package and the browser tests run after the build (vitest.dist.config.ts).
    exclude: ['test/dist/**', 'test/browser/**', '**/node_modules/**'],
    typecheck: {
      enabled: true,
      include: ['test/**/*.test-d.ts'],
      tsconfig: 'tsconfig.json',
    },
    coverage: {
      provider: 'v8',
      include: ['src/**'],
      exclude: ['src/cli/**', ...reExportOnlyIndexes],
      reporter: ['text-summary', 'html'],
      reportsDirectory: 'coverage',
      thresholds: {
        statements: 95,
        branches: 90,
        functions: 95,
        lines: 95,
      },
    },
  },
});
