/*
 * The exact patches an edit reports and what `applyPatches` accepts: patches address the flat
 * dataset (never the chunks nsatu edits internally), a `remove` carries no `value` key, a record
 * assigned whole is one `replace` whose value is the new (frozen) record itself, and malformed
 * patches or indexes a table does not have are refused with a message naming the patch.
 */
import { describe, expect, test } from 'vitest';

import { DatasetError, type AidRecord } from 'nsatu';
import { applyPatches, edit, type DatasetPatch } from 'nsatu/edit';
import { at, caught, errorMessage, smallDataset } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();
const aid = (i: number): AidRecord => at(ds.aid, i);

describe('the patches of an edit', () => {
  test('a field changed in place is one field-level replace', () => {
    const result = edit(ds, (d) => {
      at(d.aid, 1).quantity = 3;
    });
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [{ op: 'replace', path: ['aid', 1, 'quantity'], value: 3 }],
      [{ op: 'replace', path: ['aid', 1, 'quantity'], value: 14 }],
    ]);
  });

  test('a record removed from the end is a remove without a value', () => {
    const result = edit(ds, (d) => {
      d.aid.pop();
    });
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [{ op: 'remove', path: ['aid', 3] }],
      [{ op: 'add', path: ['aid', 3], value: aid(3) }],
    ]);
  });

  test('a record assigned whole is a replace of the new, frozen record', () => {
    const result = edit(ds, (d) => {
      d.aid[1] = { ...at(d.aid, 1), quantity: 3 };
    });
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [{ op: 'replace', path: ['aid', 1], value: { ...aid(1), quantity: 3 } }],
      [{ op: 'replace', path: ['aid', 1], value: aid(1) }],
    ]);
    expect(at(result.patches, 0).value).toBe(at(result.dataset.aid, 1));
    expect(Object.isFrozen(at(result.dataset.aid, 1))).toBe(true);
  });

  test('records swapped are two replaces, the moved record with its changes', () => {
    const result = edit(ds, (d) => {
      const [a, b] = [at(d.aid, 1), at(d.aid, 2)];
      a.note = 'x';
      d.aid[1] = b;
      d.aid[2] = a;
    });
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [
        { op: 'replace', path: ['aid', 1], value: aid(2) },
        { op: 'replace', path: ['aid', 2], value: { ...aid(1), note: 'x' } },
      ],
      [
        { op: 'replace', path: ['aid', 1], value: aid(1) },
        { op: 'replace', path: ['aid', 2], value: aid(2) },
      ],
    ]);
  });

  test('a table replaced whole is one replace of the table', () => {
    const result = edit(ds, (d) => {
      d.aid = d.aid.filter((a) => a.id !== 'aid-2');
    });
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [{ op: 'replace', path: ['aid'], value: [aid(0), aid(2), aid(3)] }],
      [{ op: 'replace', path: ['aid'], value: ds.aid }],
    ]);
  });

  test('a record added and taken out again changes nothing', () => {
    const result = edit(ds, (d) => {
      d.aid.push({ id: 'x', donor: 'DEU', item: 'x', stage: 'committed' });
      d.aid.pop();
    });
    expect(result).toStrictEqual({
      base: ds,
      dataset: ds,
      patches: [],
      inversePatches: [],
      label: 'edit',
    });
    expect(result.dataset).toBe(ds);
  });
});

describe('applyPatches', () => {
  test('returns the dataset itself, labelled, for no patches', () => {
    const result = applyPatches(ds, []);
    expect(result).toStrictEqual({
      base: ds,
      dataset: ds,
      patches: [],
      inversePatches: [],
      label: 'patches',
    });
    expect(result.dataset).toBe(ds);
  });

  test('validates a dataset nsatu did not make (unfrozen) even for no patches, as edit does', () => {
    const loose = smallDataset();
    at(loose.aid, 0).donor = 'XXX';
    const issues = [
      { code: 'UNKNOWN_REFERENCE', path: ['aid', 0, 'donor'], message: 'Unknown donor "XXX"' },
    ];
    const refused = [
      caught(() => applyPatches(loose, [])),
      caught(() => edit(loose, () => undefined)),
    ];
    expect(
      refused.map((e) => [e instanceof DatasetError, (e as DatasetError).issues]),
    ).toStrictEqual([
      [true, issues],
      [true, issues],
    ]);
  });

  test("labels its result 'patches', or as told", () => {
    const patches: DatasetPatch[] = [{ op: 'replace', path: ['version'], value: '2' }];
    expect(applyPatches(ds, patches).label).toBe('patches');
    expect(applyPatches(ds, patches, { label: 'v2' }).label).toBe('v2');
  });

  test('accepts a table index written as a string', () => {
    const value = { ...aid(1), quantity: 3 };
    const result = applyPatches(ds, [{ op: 'replace', path: ['aid', '1'], value }]);
    expect(result.dataset.aid).toStrictEqual([aid(0), value, aid(2), aid(3)]);
  });

  test('a whole-dataset replace is reported as one replace each way', () => {
    const other = smallDataset();
    other.title = 'replaced';
    const result = applyPatches(ds, [
      { op: 'replace', path: ['version'], value: '9' },
      { op: 'replace', path: [], value: other },
      { op: 'replace', path: ['version'], value: '3' },
    ]);
    expect([result.dataset.title, result.dataset.version]).toEqual(['replaced', '3']);
    expect([result.patches, result.inversePatches]).toStrictEqual([
      [{ op: 'replace', path: [], value: result.dataset }],
      [{ op: 'replace', path: [], value: ds }],
    ]);
    expect(result.label).toBe('patches');
  });

  const MALFORMED =
    "is not { op: 'replace' | 'add' | 'remove', path: (string | number)[], value? }";

  test.each<[string, unknown, string]>([
    ['not an array', { op: 'remove', path: ['aid', 0] }, 'applyPatches needs an array of patches'],
    ['a null patch', [null], `Patch 0 ${MALFORMED}`],
    ['an undefined patch', [undefined], `Patch 0 ${MALFORMED}`],
    [
      'an unknown op, after a good patch',
      [
        { op: 'replace', path: ['version'], value: '2' },
        { op: 'move', path: ['title'] },
      ],
      `Patch 1 ${MALFORMED}`,
    ],
    [
      'a path that is not an array',
      [{ op: 'replace', path: 'title', value: 'x' }],
      `Patch 0 ${MALFORMED}`,
    ],
    [
      'a path with a boolean key',
      [{ op: 'replace', path: ['title', true], value: 1 }],
      `Patch 0 ${MALFORMED}`,
    ],
    [
      'a remove past the end',
      [{ op: 'remove', path: ['aid', 4] }],
      'Cannot remove aid[4]: aid has 4 records',
    ],
    [
      'a replace past the end',
      [{ op: 'replace', path: ['aid', 4], value: {} }],
      'Cannot replace aid[4]: aid has 4 records',
    ],
    [
      'an add past the end',
      [{ op: 'add', path: ['aid', 5], value: {} }],
      'Cannot add aid[5]: aid has 4 records',
    ],
    [
      'a negative index',
      [{ op: 'remove', path: ['aid', -1] }],
      'Cannot remove aid[-1]: aid has 4 records',
    ],
    [
      'a fractional index',
      [{ op: 'remove', path: ['aid', 1.5] }],
      'Cannot remove aid[1.5]: aid has 4 records',
    ],
    [
      'a remove at "-"',
      [{ op: 'remove', path: ['aid', '-'] }],
      'Cannot remove aid[-]: aid has 4 records',
    ],
    [
      'a remove of the whole dataset',
      [{ op: 'remove', path: [] }],
      'Cannot remove the whole dataset: only a replace may have the path []',
    ],
    [
      'an add of the whole dataset',
      [{ op: 'add', path: [], value: {} }],
      'Cannot add the whole dataset: only a replace may have the path []',
    ],
    [
      'a field of a record past the end',
      [{ op: 'replace', path: ['aid', 9, 'stage'], value: 'delivered' }],
      "Cannot apply the patches: [Immer] Cannot apply patch, path doesn't resolve: aid/9/stage",
    ],
  ])('refuses %s with INVALID_ARGUMENT', (_name, patches, message) => {
    expect(errorMessage(() => applyPatches(ds, patches as DatasetPatch[]))).toBe(
      `INVALID_ARGUMENT: ${message}`,
    );
  });

  test('an add at the end of a table is in bounds', () => {
    const value: AidRecord = { id: 'aid-5', donor: 'GBR', item: 'boots', stage: 'delivered' };
    expect(applyPatches(ds, [{ op: 'add', path: ['aid', 4], value }]).dataset.aid).toStrictEqual([
      ...ds.aid,
      value,
    ]);
  });

  test('an invalid whole-dataset replace is a DatasetError', () => {
    expect(caught(() => applyPatches(ds, [{ op: 'replace', path: [], value: 1 }]))).toBeInstanceOf(
      DatasetError,
    );
  });
});
