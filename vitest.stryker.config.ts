import { fileURLToPath } from 'node:url';

import type { RunnerTestCase } from 'vitest';
import { relative } from 'node:path';

import { BaseSequencer, type TestSpecification, type Vitest } from 'vitest/node';
import { defineConfig, mergeConfig } from 'vitest/config';
import type { Reporter } from 'vitest/reporters';

import base from './vitest.config.ts';

/**
 * Counts a test file that fails to load as one failed test. StrykerJS's vitest runner (9.6.1)
 * scores a mutant from the tests it collected, and a file whose import throws collects none, so a
 * mutant that breaks a module at load time (`new Map(list.map(() => undefined))`) would show as
 * survived although every test importing it fails (stryker-mutator/stryker-js#6150).
 */
function loadFailuresAsTests(): Reporter {
  let vitest: Vitest | undefined;
  return {
    onInit(ctx) {
      vitest = ctx;
    },
    onTestRunEnd() {
      for (const file of vitest?.state.getFiles() ?? []) {
        if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
        const test = {
          type: 'test',
          id: `${file.id}_load`,
          name: 'loads',
          fullName: `${file.name} > loads`,
          mode: 'run',
          file,
          suite: file,
          meta: {},
          context: {},
          annotations: [],
          artifacts: [],
          timeout: 0,
          result: { state: 'fail', errors: file.result.errors ?? [] },
        };
        // vitest builds a test case's context itself; nothing reads it once the run has ended.
        file.tasks.push(test as unknown as RunnerTestCase);
      }
    },
  };
}

/**
 * Runs the test files that failed last time first, then the fastest first. vitest runs the
 * slowest first, which suits a run of the whole suite; a mutant run stops at the first failing
 * test, and most mutants are killed by a quick example test long before a slow property would.
 * The file that killed the last mutant is the likeliest to kill the next one of the same code.
 */
class FailedThenFastFirst extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const state = (file: TestSpecification) =>
      this.ctx.cache.getFileTestResults(
        `${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`,
      );
    const failed = (file: TestSpecification) => (state(file)?.failed === true ? 0 : 1);
    const duration = (file: TestSpecification) => state(file)?.duration ?? 0;
    return Promise.resolve(
      [...files].sort((a, b) => failed(a) - failed(b) || duration(a) - duration(b)),
    );
  }
}

/**
 * The unit tests as StrykerJS runs them for each mutant (stryker.config.mjs): the same aliases and
 * test files, without the type tests (a mutant never changes a type Stryker could see: it adds
 * `// @ts-nocheck` to each mutated file) and without coverage (Stryker measures its own, per test).
 *
 * test/docs/ is left out: it type-checks and runs every `@example` through the compiler API, a
 * check of the docs that takes seconds per run and fails for reasons no mutant causes (an export
 * without an example). Its runtime assertions repeat the unit tests'.
 */
export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: [
        // Properties run fewer times per mutant (test/mutation.fast-check.ts).
        {
          find: /^fast-check$/,
          replacement: fileURLToPath(new URL('test/mutation.fast-check.ts', import.meta.url)),
        },
      ],
    },
    test: {
      // One module graph per run instead of one per test file: a third of the time of a run
      // went to loading modules again. Tests keep no state in modules that another file reads.
      isolate: false,
      sequence: { sequencer: FailedThenFastFirst },
      typecheck: { enabled: false },
      coverage: { enabled: false },
      // test/internal/regexp.test.ts reads the source of src/, which Stryker has instrumented.
      exclude: ['test/docs/**', 'test/internal/regexp.test.ts'],
      // Instrumented code is slower, and the machine may be busy: Stryker times mutants itself.
      testTimeout: 60_000,
      reporters: [loadFailuresAsTests(), 'default'],
      setupFiles: ['test/mutation.setup.ts'],
    },
  }),
);
