// fast-check as the mutation runs see it (vitest.stryker.config.ts aliases `fast-check` here): the
// same library with every property run at most MUTATION_RUNS times, and no shrinking. Instrumented
// code runs each property for every mutant its tests reach, thousands of times in all; the fixed
// seed of test/mutation.setup.ts makes the fewer runs the same ones on every run. The regression
// corpus (`examples`) still runs in full. A mutant only needs one failure to be killed, and
// shrinking it (hundreds of runs more) would make it time out instead. Fewer runs can only let more
// mutants survive, so the score measured this way is a lower bound of the full suite's
// (docs/quality.md).
import * as real from '../node_modules/fast-check/lib/fast-check.js';

export * from '../node_modules/fast-check/lib/fast-check.js';

/** The most runs of one property in a mutation run. */
export const MUTATION_RUNS = 30;

/** `fc.assert` with `numRuns` capped at {@link MUTATION_RUNS}, ending at the first failure. */
export const assert: typeof real.assert = (
  property: Parameters<typeof real.assert>[0],
  params?: Parameters<typeof real.assert>[1],
) =>
  real.assert(
    property as never,
    {
      ...params,
      numRuns: Math.min(params?.numRuns ?? MUTATION_RUNS, MUTATION_RUNS),
      endOnFailure: true,
    } as never,
  );

export default { ...real, assert };
