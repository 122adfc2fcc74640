// @ts-check
import { existsSync, mkdirSync, symlinkSync } from 'node:fs';

const tempDirName = '.stryker-tmp';
// Tests read shared/external/ beside the repository (`../shared`). Stryker runs them in a sandbox
// two levels down (.stryker-tmp/sandbox-x/), so a link .stryker-tmp/shared -> ../../shared puts
// the same files where those relative paths look. Stryker deletes only the sandboxes.
if (existsSync('../shared') && !existsSync(`${tempDirName}/shared`)) {
  mkdirSync(tempDirName, { recursive: true });
  symlinkSync('../../shared', `${tempDirName}/shared`, 'junction');
}

/**
 * Mutation testing with StrykerJS (issue 12): `npm run mutation` mutates src/ and runs the unit
 * tests (vitest.stryker.config.ts) against each mutant; `npm run mutation:check` then checks the
 * score per area (scripts/mutation-score.mjs). Results and how to read them: docs/quality.md.
 *
 * One area at a time: `npm run mutation -- --mutate 'src/chain/*.ts'`. Incremental mode keeps
 * the results of every earlier run in reports/ and only re-tests mutants whose code or covering
 * tests changed, so the report always covers every area run so far.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  // related: false — each mutant's tests come from per-test coverage; vitest need not work out
  // again, for every mutant, which test files import the mutated one.
  vitest: { configFile: 'vitest.stryker.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'src/**/*.ts',
    // The CLI is a thin shell over the library, tested end to end; barrels hold no code.
    '!src/cli/**',
    '!src/index.ts',
    '!src/{edit,csv,arrow,export}/index.ts',
  ],
  // Only what the tests need is copied to the sandbox.
  ignorePatterns: [
    'dist',
    'docs/api',
    'bench',
    'examples',
    'coverage',
    'reports',
    'test/.generated',
    '.tmp',
  ],
  coverageAnalysis: 'perTest',
  // A static mutant is one hit while modules load (a table, a schema, or a test's describe-level
  // setup). Stryker would run the whole suite for each; with this, one that tests also reach runs
  // against those tests only, and one that no test reaches is reported as ignored (counted apart
  // in docs/quality.md).
  ignoreStatic: true,
  // Two cores, shared: one worker keeps the machine usable (STRYKER_CONCURRENCY=2 on a free one).
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { logTests: false, reportTests: false },
  // The per-area thresholds are checked by scripts/mutation-score.mjs; this is the overall one.
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 5_000,
  tempDirName,
};
