/*
 * The draft a recipe sees (src/edit/draft.ts, through `edit`): its tables behave as arrays of
 * records and refuse anything else with a stated reason. Pins the exact errors a recipe gets for
 * holes, bad lengths, non-record keys, accessors and whole-table assignments of the wrong kind, and
 * what the proxies report to `in`, `Reflect.ownKeys` and property descriptors, so that keys which
 * only look like indexes (`'01'`, `' 1'`, `''`, 2^32 - 1) are not taken for records.
 */
import { describe, expect, test } from 'vitest';

import { DatasetError, type Dataset } from 'nsatu';
import { edit, type Recipe } from 'nsatu/edit';
import { at, caught, errorMessage } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

/** What a recipe saw: runs `look` on the draft of an edit that changes nothing. */
function seen<T>(look: (d: Dataset) => T, base: Dataset = ds): T {
  let out: T | undefined;
  const result = edit(base, (d) => {
    out = look(d);
  });
  expect(result.dataset).toBe(base);
  return out as T;
}

/** A record's property descriptor with the record's name for its value (drafts die with the edit). */
function nameOf(descriptor: PropertyDescriptor | undefined): PropertyDescriptor {
  return { ...descriptor, value: (descriptor?.value as { name?: unknown } | undefined)?.name };
}

/** The draft's aid table as a plain record of keys, for keys that are not indexes. */
function loose(d: Dataset): Record<string, unknown> {
  return d.aid as unknown as Record<string, unknown>;
}

describe('edit: the draft refuses what a table cannot hold', () => {
  test.each<[string, Recipe, string]>([
    [
      'a write past the end',
      (d) => {
        d.aid[10] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot write aid[10]: a table has no holes (it has 4 records)',
    ],
    [
      'a longer length',
      (d) => {
        d.aid.length = 99;
      },
      'INVALID_ARGUMENT: Cannot set the length of aid to 99: only shortening is allowed (it has 4 records)',
    ],
    [
      'a negative length',
      (d) => {
        d.aid.length = -1;
      },
      'INVALID_ARGUMENT: Cannot set the length of aid to -1: only shortening is allowed (it has 4 records)',
    ],
    [
      'a fractional length',
      (d) => {
        d.aid.length = 1.5;
      },
      'INVALID_ARGUMENT: Cannot set the length of aid to 1.5: only shortening is allowed (it has 4 records)',
    ],
    [
      'a delete that leaves a hole',
      (d) => {
        // eslint-disable-next-line @typescript-eslint/no-array-delete -- the hole is the point
        delete d.aid[0];
      },
      'INVALID_ARGUMENT: Cannot delete aid[0]: a table has no holes (use splice)',
    ],
    [
      'a key that is not an index',
      (d) => {
        loose(d).label = 'x';
      },
      'INVALID_ARGUMENT: Cannot set label on aid: a table holds records only',
    ],
    [
      'an index with a leading zero',
      (d) => {
        loose(d)['01'] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot set 01 on aid: a table holds records only',
    ],
    [
      'an index after a space',
      (d) => {
        loose(d)[' 1'] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot set  1 on aid: a table holds records only',
    ],
    [
      'an index after a no-break space',
      (d) => {
        loose(d)['\u00a01'] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot set \u00a01 on aid: a table holds records only',
    ],
    [
      'the empty key',
      (d) => {
        loose(d)[''] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot set  on aid: a table holds records only',
    ],
    [
      '2^32 - 1, past the largest array index',
      (d) => {
        loose(d)['4294967295'] = at(d.aid, 0);
      },
      'INVALID_ARGUMENT: Cannot set 4294967295 on aid: a table holds records only',
    ],
    [
      'an accessor',
      (d) => {
        Object.defineProperty(d.aid, 0, { get: () => 1 });
      },
      'INVALID_ARGUMENT: A table holds plain records, not accessors',
    ],
  ])('throws for %s', (_name, recipe, message) => {
    expect(errorMessage(() => edit(ds, recipe))).toBe(message);
  });

  test.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['an object', { 0: {} }, 'an object'],
    ['a number', 3, 'a number'],
    ['a string', 'none', 'a string'],
  ])('throws INVALID_TYPE at the table for a table set to %s', (_name, value, got) => {
    const error = caught(() =>
      edit(ds, (d) => {
        (d as unknown as Record<string, unknown>).aid = value;
      }),
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toEqual([
      { code: 'INVALID_TYPE', path: ['aid'], message: `Expected an array of records, got ${got}` },
    ]);
  });

  test('throws REQUIRED at the table for a deleted table', () => {
    const error = caught(() =>
      edit(ds, (d) => {
        delete (d as unknown as Record<string, unknown>).nations;
      }),
    );
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues).toEqual([
      { code: 'REQUIRED', path: ['nations'], message: 'A dataset always has its nations table' },
    ]);
  });
});

describe('edit: the draft reads like a dataset', () => {
  test('answers `in` for indexes, length and array methods only', () => {
    expect(
      seen((d) => [
        'length' in d.nations,
        '3' in d.nations,
        '4' in d.nations,
        '01' in d.nations,
        '' in d.nations,
        'foo' in d.nations,
        'map' in d.nations,
      ]),
    ).toEqual([true, true, false, false, false, false, true]);
  });

  test('lists its indexes and length as own keys', () => {
    expect(seen((d) => Reflect.ownKeys(d.nations))).toEqual(['0', '1', '2', '3', 'length']);
    expect(seen((d) => Object.keys(d.nations))).toEqual(['0', '1', '2', '3']);
  });

  test('describes records as plain, writable data and nothing past the end', () => {
    const [first, past, named, length] = seen((d) => [
      // The value is the record's draft, gone after the edit: compare it while it lives.
      nameOf(Object.getOwnPropertyDescriptor(d.nations, 0)),
      Object.getOwnPropertyDescriptor(d.nations, 4),
      Object.getOwnPropertyDescriptor(d.nations, 'foo'),
      Object.getOwnPropertyDescriptor(d.nations, 'length'),
    ]);
    expect(first).toEqual({
      value: 'Ukraine',
      writable: true,
      enumerable: true,
      configurable: true,
    });
    expect([past, named]).toEqual([undefined, undefined]);
    expect(length).toEqual({ value: 4, writable: true, enumerable: false, configurable: false });
  });

  test('describes metadata as it is and unknown keys as absent', () => {
    expect(
      seen((d) => [
        Object.getOwnPropertyDescriptor(d, 'title')?.value as unknown,
        Object.getOwnPropertyDescriptor(d, 'nope'),
      ]),
    ).toEqual(['fixture', undefined]);
  });

  test('reads nothing at keys that only look like indexes', () => {
    expect(
      seen((d) => [
        loose(d)[''],
        loose(d)['01'],
        loose(d)[' 1'],
        loose(d)['4294967295'],
        d.aid[4],
        d.aid[5_000],
      ]),
    ).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  test('reads nothing one past the end of a full chunk', () => {
    const full = dataset(1_020);
    expect(seen((d) => [d.aid.length, d.aid[1_023]?.id, d.aid[1_024]], full)).toEqual([
      1_024,
      'bulk-1019',
      undefined,
    ]);
  });

  test('deletes one past the end as a no-op', () => {
    expect(seen((d) => Reflect.deleteProperty(d.aid, 4))).toBe(true);
  });

  test('changes nothing when a table is set to itself or its length to its length', () => {
    const same = edit(ds, (d) => {
      const { aid } = d;
      d.aid = aid;
      d.aid.length = 4;
    });
    expect(same.dataset).toBe(ds);
    expect(same.patches).toEqual([]);
  });

  test('keeps field-level patches after a table is set to itself', () => {
    const result = edit(ds, (d) => {
      const { aid } = d;
      d.aid = aid;
      at(d.aid, 1).quantity = 3;
    });
    expect(result.patches).toStrictEqual([
      { op: 'replace', path: ['aid', 1, 'quantity'], value: 3 },
    ]);
  });

  test('shortens a table within a chunk and across chunks, with one patch per record gone', () => {
    const short = edit(ds, (d) => {
      d.aid.length = 2;
    });
    expect(short.dataset.aid).toEqual(ds.aid.slice(0, 2));
    expect(short.patches).toEqual([
      { op: 'remove', path: ['aid', 3] },
      { op: 'remove', path: ['aid', 2] },
    ]);
    const big = dataset(1_100);
    const cut = edit(big, (d) => {
      d.aid.length = 1_024;
      d.aid.push({ id: 'last', donor: 'DEU', item: 'x', stage: 'announced' });
    }).dataset;
    expect(cut.aid.map((a) => a.id)).toEqual([...big.aid.slice(0, 1_024).map((a) => a.id), 'last']);
  });
});
