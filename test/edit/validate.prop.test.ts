import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { DatasetError, parseDataset, type Dataset } from 'nsatu';
import { edit, type EditResult } from 'nsatu/edit';
import { applyAll, changes, dataset, thaw } from './support.ts';

/** What an edit decided: the dataset, or the issues it was refused with. */
function outcome(ds: Dataset, change: (d: Dataset) => void): EditResult | DatasetError {
  try {
    return edit(ds, change);
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
}

// The edit validates incrementally; parseDataset checks everything. They must agree on every
// change: the same verdict, the same dataset, the same issues.
describe('edit', () => {
  for (const [name, ds] of [
    ['the fixture', dataset()],
    ['a fixture large enough to be scanned and chunked', dataset(4_200)],
  ] as const) {
    test(
      `validates like parseDataset of the result when changing ${name}`,
      { timeout: 60_000 },
      () => {
        fc.assert(
          fc.property(changes, (list) => {
            const plain = thaw(ds);
            applyAll(list)(plain);
            const full = parseDataset(plain);
            const result = outcome(ds, applyAll(list));
            const verdict =
              result instanceof DatasetError
                ? { ok: false, issues: result.issues }
                : { ok: true, dataset: result.dataset };
            expect(verdict).toEqual(full);
          }),
          { numRuns: name === 'the fixture' ? 400 : 80 },
        );
      },
    );
  }

  test('validates a chain of edits like parseDataset', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(changes, { minLength: 2, maxLength: 6 }), (steps) => {
        let ds = dataset(1_500);
        for (const list of steps) {
          const plain = thaw(ds);
          applyAll(list)(plain);
          const full = parseDataset(plain);
          const result = outcome(ds, applyAll(list));
          expect(result instanceof DatasetError).toBe(!full.ok);
          if (!(result instanceof DatasetError)) ds = result.dataset;
        }
      }),
      { numRuns: 40 },
    );
  });
});
