/*
 * Exact messages of `edit` and the history functions, the history's smallest limit, and that
 * every record an edit writes (changed in place or added, with what it nests) comes back frozen.
 */
import { describe, expect, test } from 'vitest';

import { createHistory, edit, record, type Recipe } from 'nsatu/edit';
import { at, errorMessage } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

describe('edit', () => {
  test('names what it needs when the recipe is not a function', () => {
    expect(errorMessage(() => edit(ds, 'add SWE' as unknown as Recipe))).toBe(
      'INVALID_ARGUMENT: edit needs a recipe: a function of the draft',
    );
  });

  test('freezes the records it writes, deeply', () => {
    const { dataset: next } = edit(ds, (d) => {
      const record = at(d.aid, 2);
      if (record.value !== undefined) record.value.amount = 1;
      d.aid.push({
        id: 'aid-5',
        donor: 'GBR',
        value: { amount: 2, currency: 'GBP' },
        stage: 'delivered',
      });
    });
    const changed = at(next.aid, 2);
    const added = at(next.aid, 4);
    expect([changed.value, added.value]).toEqual([
      { amount: 1, currency: 'EUR' },
      { amount: 2, currency: 'GBP' },
    ]);
    expect(
      [next, next.aid, changed, changed.value, added, added.value].map((o) => Object.isFrozen(o)),
    ).toEqual([true, true, true, true, true, true]);
  });
});

describe('createHistory', () => {
  test('accepts a limit of 1 and keeps only the last edit', () => {
    let h = createHistory(ds, { limit: 1 });
    h = record(
      h,
      edit(h.present, (d) => void (d.version = '2')),
    );
    h = record(
      h,
      edit(h.present, (d) => void (d.version = '3')),
    );
    expect(h.entries.map((e) => e.after.version)).toEqual(['3']);
  });

  test.each([0, -1, 1.5])('refuses a limit of %s', (limit) => {
    expect(errorMessage(() => createHistory(ds, { limit }))).toBe(
      `INVALID_ARGUMENT: limit must be a positive integer, not ${String(limit)}`,
    );
  });
});

describe('record', () => {
  test('refuses an edit of another dataset, saying what to edit', () => {
    const h = createHistory(ds);
    const other = edit(
      edit(ds, (d) => void (d.version = '2')).dataset,
      (d) => void (d.version = '3'),
    );
    expect(errorMessage(() => record(h, other))).toBe(
      "INVALID_ARGUMENT: The edit was not made from the history's present dataset: edit history.present",
    );
  });
});
