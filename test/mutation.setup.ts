// Setup of the mutation runs only (vitest.stryker.config.ts; see docs/quality.md).
import fc from 'fast-check';
import { beforeEach } from 'vitest';

// One seed, so a property meets the same inputs for every mutant and on every run: a mutant's
// status then depends on the code and the tests, not on the draw, and incremental runs can reuse it.
fc.configureGlobal({ seed: 12 });

/**
 * Scale tests: two build a chain hundreds of thousands of ties deep to show that nothing
 * recurses, one reads 10 MB of CSV. Instrumented code runs them ten times slower, and they would
 * run for almost every mutant of src/chain, src/dataset and src/import; the small inputs of the
 * other tests cover the same code.
 */
const SCALE_TESTS = new Set([
  'resolves a chain a million links deep on the default stack',
  'resolves a chain 200,000 ties deep without recursion',
  'reads 10 MB without losing a row',
]);

beforeEach((context) => {
  if (SCALE_TESTS.has(context.task.name)) context.skip('a scale test, left to the unit-test run');
});
