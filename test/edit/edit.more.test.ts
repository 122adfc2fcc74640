/*
 * Exact messages of `edit` and the history functions, the history's smallest limit, and that
 * every record an edit writes (changed in place or added, with what it nests) comes back frozen.
 */
import { describe, expect, test } from 'vitest';

import { DatasetError, loadDataset, type Dataset } from 'nsatu';
import { asOf, createHistory, edit, record, type Recipe } from 'nsatu/edit';
import { at, caught, errorMessage } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

describe('edit', () => {
  test('names what it needs when the recipe is not a function', () => {
    expect(errorMessage(() => edit(ds, 'add SWE' as unknown as Recipe))).toBe(
      'INVALID_ARGUMENT: edit needs a recipe: a function of the draft',
    );
  });

  // Object.isFrozen is true of null and of every primitive: none of them passes for a dataset nsatu
  // made, each is refused as parseDataset refuses it.
  test.each([
    ['edit', null, 'INVALID_TYPE', 'Expected object, got null'],
    ['edit', 5, 'INVALID_TYPE', 'Expected object, got a number'],
    ['asOf', 'text', 'INVALID_TYPE', 'Expected object, got a string'],
    ['asOf', undefined, 'REQUIRED', 'Required object is missing'],
    ['createHistory', null, 'INVALID_TYPE', 'Expected object, got null'],
  ])('%s refuses %o as a dataset, with DatasetError', (fn, value, code, message) => {
    const bad = value as unknown as Dataset;
    const call = {
      edit: () => edit(bad, () => undefined),
      asOf: () => asOf(bad, '2025'),
      createHistory: () => createHistory(bad),
    }[fn];
    const error = caught(call as () => unknown);
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toEqual([{ code, path: [], message }]);
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

describe('edit of tables that are shared or long', () => {
  test('shares a table whose records end as they were', () => {
    const result = edit(ds, (d) => {
      d.aid.push({ id: 'x', donor: 'DEU', item: 'x', stage: 'committed' });
      d.aid.pop();
      d.version = '2';
    });
    expect(result.dataset.aid).toBe(ds.aid);
    expect(result.patches).toStrictEqual([{ op: 'replace', path: ['version'], value: '2' }]);
  });

  // With no records, or exactly one chunk of them (the fixture's 4 and 1,020 more), the last chunk
  // has no room: the record appended starts a chunk. Each dataset is loaded in its test, so the
  // chunks of its tables are made by this edit, not found in a cache.
  test.each<[string, () => Dataset]>([
    ['an empty table', () => loadDataset({ nations: [{ id: 'DEU', name: 'Germany' }] })],
    ['a table of exactly 1,024 records', () => dataset(1020)],
  ])('appends a record to %s', (_name, load) => {
    const base = load();
    const record = { id: 'aid-new', donor: 'DEU', item: 'x', stage: 'committed' } as const;
    const next = edit(base, (d) => {
      d.aid.push(record);
    }).dataset;
    expect(next.aid).toStrictEqual([...base.aid, record]);
  });

  // 1,104 aid records: records 0 to 1,023 and 1,024 onwards are edited apart.
  const long = dataset(1100);

  test.each<[string, number, (d: typeof long) => void]>([
    [
      'an invalid record before a valid change further on',
      10,
      (d) => {
        at(d.aid, 10).donor = 'ZZZ';
        at(d.aid, 1050).note = 'fine';
      },
    ],
    [
      'an invalid record far into the table',
      1050,
      (d) => {
        at(d.aid, 1050).donor = 'ZZZ';
      },
    ],
  ])('refuses %s', (_name, index, recipe) => {
    const error = caught(() => edit(long, recipe));
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => [i.code, i.path])).toEqual([
      ['UNKNOWN_REFERENCE', ['aid', index, 'donor']],
    ]);
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
