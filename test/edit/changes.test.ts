/*
 * How `diff` and `edit` find what changed in a table (src/edit/changes.ts): by reference, skipping
 * the shared head and tail. Pins the edge cases of that skipping: a table that is a new but equal
 * array (an empty one included), a table holding the same record object twice (where the head or
 * the tail holds a record the middle holds again, for a middle compared pairwise and one compared
 * through sets), and the hint an edit passes about its unchanged head and tail.
 */
import { describe, expect, test } from 'vitest';

import { loadDataset, type Dataset, type DatasetTable } from 'nsatu';
import { tableChanges } from '../../src/edit/changes.ts';
import { compareDatasets as diff } from '../../src/edit/diff.ts';
import { at } from '../fixtures/small.ts';
import { dataset, fixture } from './support.ts';

// The comparison keeps no state between calls, so one fixture serves every test.
const ds = dataset(20);
const nations = ds.nations;
type Nation = Dataset['nations'][number];
const [n0, n1, n2, n3] = [0, 1, 2, 3].map((i) => at(nations, i)) as [
  Nation,
  Nation,
  Nation,
  Nation,
];
const aid = ds.aid;
const a0 = at(aid, 0);

/**
 * `ds` with one table replaced by a hand-made list. `diff` validates a dataset it did not make, so
 * these tests call what it runs after that, on datasets no validation would let through.
 */
function withTable(table: DatasetTable, rows: readonly object[]): Dataset {
  return { ...ds, [table]: rows };
}

const added = (table: DatasetTable, row: { id: string }) => ({
  kind: 'added',
  table,
  id: row.id,
  after: row,
});
const removed = (table: DatasetTable, row: { id: string }) => ({
  kind: 'removed',
  table,
  id: row.id,
  before: row,
});

describe('diff: changes within a table', () => {
  test('finds nothing in new arrays of the same records, or in new empty tables', () => {
    const empty = loadDataset({ ...fixture(), aid: [], agreements: [] });
    const copy: Dataset = { ...empty, aid: [], agreements: [], nations: [...empty.nations] };
    expect(diff(empty, copy)).toEqual({ changes: [], metadata: [], events: [] });
  });

  // The four nations are [n0, n1, n2, n3]; the middle is what lies between the shared head and
  // tail. `back` is the diff the other way.
  test.each([
    {
      name: 'the last record appended again',
      after: [...nations, n3],
      changes: [added('nations', n3)],
      back: [removed('nations', n3)],
    },
    {
      name: 'the first record appended again',
      after: [...nations, n0],
      changes: [added('nations', n0)],
      back: [removed('nations', n0)],
    },
    {
      name: 'the first record put in front again',
      after: [n0, ...nations],
      changes: [added('nations', n0)],
      back: [removed('nations', n0)],
    },
    {
      name: 'the first record replaced by the second, which the tail holds',
      after: [n1, n1, n2, n3],
      changes: [added('nations', n1), removed('nations', n0)],
      back: [added('nations', n0), removed('nations', n1)],
    },
    {
      name: 'the last record replaced by the first, which the head holds',
      after: [n0, n1, n2, n0],
      changes: [added('nations', n0), removed('nations', n3)],
      back: [added('nations', n3), removed('nations', n0)],
    },
  ])('lists a record the shared head or tail holds too: $name', ({ after, changes, back }) => {
    expect(diff(ds, withTable('nations', after)).changes).toStrictEqual(changes);
    expect(diff(withTable('nations', after), ds).changes).toStrictEqual(back);
  });

  test('lists as added a record of the shared head repeated in a middle of more than 16 records', () => {
    // The head [a0] is shared, the rest is reversed: a middle compared through sets.
    const after = [a0, a0, ...aid.slice(1).reverse()];
    expect(diff(ds, withTable('aid', after)).changes).toStrictEqual([added('aid', a0)]);
    expect(diff(withTable('aid', after), ds).changes).toStrictEqual([removed('aid', a0)]);
  });
});

/** A stand-in dataset of one table (tableChanges skips the tables both leave undefined). */
function only(rows: readonly object[]): Dataset {
  return { aid: rows } as unknown as Dataset;
}

describe('tableChanges', () => {
  // 1,500 records: the first 1,024 are one chunk of the edit's draft, the other 476 the next.
  const rows = Array.from({ length: 1500 }, (_, i) => ({ id: `r${String(i)}` }));
  const replaced = (index: number): object[] =>
    rows.map((row, i) => (i === index ? { id: `new${String(i)}` } : row));
  const [r0, r1] = rows as [object, object];

  test.each([
    {
      name: 'record 0 replaced',
      next: replaced(0),
      hint: { start: 0, tail: 476 },
      ends: [0, 1, 1],
    },
    {
      name: 'record 1023 replaced',
      next: replaced(1023),
      hint: { start: 0, tail: 476 },
      ends: [1023, 1024, 1024],
    },
    {
      name: 'record 1024 replaced',
      next: replaced(1024),
      hint: { start: 1024, tail: 0 },
      ends: [1024, 1025, 1025],
    },
    // The last two records are unchanged, but they are also the head: the hint's tail is only
    // for tables of the same length.
    {
      name: 'two records appended again',
      prev: [r0, r1],
      next: [r0, r1, r0, r1],
      hint: { start: 0, tail: 2 },
      ends: [2, 2, 4],
    },
  ])(
    'finds with a true hint the change it finds without: $name',
    ({ prev = rows, next, hint, ends: [start, prevEnd, nextEnd] }) => {
      const change = tableChanges(only(prev), only(next)).get('aid');
      expect(change).toMatchObject({ start, prevEnd, nextEnd });
      expect(
        tableChanges(only(prev), only(next), new Map([['aid', hint]])).get('aid'),
      ).toStrictEqual(change);
    },
  );

  test('lists records without a string id as added and removed, under no id', () => {
    const before = { name: 'x' };
    const after = { id: 5, name: 'y' };
    expect(tableChanges(only([before]), only([after])).get('aid')).toStrictEqual({
      table: 'aid',
      prev: [before],
      next: [after],
      start: 0,
      prevEnd: 1,
      nextEnd: 1,
      added: [{ row: after, index: 0 }],
      removed: [before],
      addedById: new Map(),
      addedCount: new Map(),
      removedById: new Map(),
    });
  });
});
