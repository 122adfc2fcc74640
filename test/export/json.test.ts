import { describe, expect, test } from 'vitest';

import {
  AidRecordSchema,
  DatasetTableValues,
  NsatuError,
  OrganisationSchema,
  loadDataset,
  parseDataset,
  type Dataset,
} from 'nsatu';
import { toJson } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';

import { caught, smallDataset } from '../fixtures/small.ts';

/** A dataset as a caller might build one without `loadDataset`: unchecked. */
function unchecked(value: unknown): Dataset {
  return value as Dataset;
}

function invalid(run: () => unknown): string {
  const error = caught(run);
  expect(error).toBeInstanceOf(NsatuError);
  expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
  return (error as NsatuError).message;
}

describe('toJson', () => {
  test('writes the embedded dataset so that it parses back equal', () => {
    const ds = defaultDataset();
    const text = toJson(ds);
    const back = parseDataset(JSON.parse(text));
    expect(back.ok).toBe(true);
    expect(back.ok && back.dataset).toEqual(ds);
  });

  test('writes the layout JSON.stringify writes, two spaces, with a final newline', () => {
    const ds = loadDataset(smallDataset());
    const text = toJson(ds);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    for (const indent of [0, 1, 4, 10]) {
      const other = toJson(ds, { indent });
      expect(other).toBe(`${JSON.stringify(JSON.parse(text), null, indent)}\n`);
    }
    expect(toJson(ds, { indent: 0 }).split('\n')).toHaveLength(2);
  });

  test('writes the metadata first, then every table in DatasetTableValues order', () => {
    const ds = loadDataset(smallDataset());
    expect(Object.keys(JSON.parse(toJson(ds)) as object)).toEqual([
      'title',
      'version',
      'asOf',
      ...DatasetTableValues,
    ]);
  });

  test('writes keys in the order the schema declares them, id first, whatever the input order', () => {
    const ds = unchecked({
      organisations: [{ kind: 'command', name: 'NSATU', id: 'nsatu', from: '2024-12' }],
      aid: [{ stage: 'committed', quantity: 14, system: 'pzh-2000', donor: 'DEU', id: 'aid-1' }],
    });
    const parsed = JSON.parse(toJson(ds)) as Record<string, Record<string, unknown>[]>;
    const order = (keys: readonly string[], all: readonly string[]) =>
      all.filter((key) => keys.includes(key));
    const organisation = Object.keys(parsed.organisations?.[0] ?? {});
    expect(organisation).toEqual(order(organisation, Object.keys(OrganisationSchema.shape)));
    expect(organisation[0]).toBe('id');
    const aid = Object.keys(parsed.aid?.[0] ?? {});
    expect(aid).toEqual(['id', 'donor', 'system', 'quantity', 'stage']);
    expect(aid).toEqual(order(aid, Object.keys(AidRecordSchema.shape)));
  });

  test('writes keys the schema does not know after the known ones, sorted', () => {
    const ds = unchecked({
      zeta: 1,
      title: 't',
      nations: [{ name: 'Ukraine', b: 1, id: 'UKR', a: { y: 1, x: 2 }, '10': 0, '9': 0 }],
    });
    const text = toJson(ds, { indent: 0 });
    expect(text).toMatch(/^\{"title":"t","sources":\[\],"nations":\[/);
    expect(text).toContain('{"id":"UKR","name":"Ukraine","10":0,"9":0,"a":{"x":2,"y":1},"b":1}');
    expect(text.endsWith('"aid":[],"zeta":1}\n')).toBe(true);
  });

  test('writes keys named like what every object inherits as plain data', () => {
    const nation = JSON.parse('{"id": "UKR", "__proto__": {"a": 1}, "constructor": 2}') as object;
    const text = toJson(unchecked({ nations: [nation] }), { indent: 0 });
    expect(text).toContain('{"id":"UKR","__proto__":{"a":1},"constructor":2}');
  });

  test('writes an object without a prototype like a plain one', () => {
    const nation = Object.assign(Object.create(null) as object, { name: 'Ukraine', id: 'UKR' });
    expect(toJson(unchecked({ nations: [nation] }), { indent: 0 })).toContain(
      '"nations":[{"id":"UKR","name":"Ukraine"}]',
    );
  });

  test('keeps records in their dataset order', () => {
    const ds = loadDataset({
      nations: [
        { id: 'USA', name: 'United States' },
        { id: 'DEU', name: 'Germany' },
      ],
    });
    const parsed = JSON.parse(toJson(ds)) as Dataset;
    expect(parsed.nations.map((n) => n.id)).toEqual(['USA', 'DEU']);
  });

  test('writes a missing table as [], and leaves out undefined properties', () => {
    const text = toJson(
      unchecked({ title: undefined, nations: [{ id: 'UKR', name: 'Ukraine', iso2: undefined }] }),
    );
    const parsed = JSON.parse(text) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual([...DatasetTableValues]);
    expect(parsed.nations).toEqual([{ id: 'UKR', name: 'Ukraine' }]);
    expect(parsed.aid).toEqual([]);
  });

  test('keeps every string and number exact, -0 included', () => {
    const ds = loadDataset({
      title: 'quote " backslash \\ newline \n tab \t lone \uD800 emoji 😀 nul \u0000',
      organisations: [
        {
          id: 'hq',
          name: 'HQ',
          kind: 'command',
          location: { name: 'Null Island', lat: -0, lon: 1e-7 },
        },
      ],
    });
    const text = toJson(ds);
    expect(text).toContain('"lat": -0');
    const back = parseDataset(JSON.parse(text));
    expect(back.ok && back.dataset).toEqual(ds);
    expect(Object.is(back.ok && back.dataset.organisations[0]?.location?.lat, -0)).toBe(true);
  });

  test('gives the same bytes whatever the key order of the input', () => {
    const small = smallDataset();
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)]),
            )
          : value;
    expect(toJson(unchecked(reversed(small)))).toBe(toJson(loadDataset(small)));
  });

  test('leaves its input unchanged', () => {
    const ds = loadDataset(smallDataset());
    const before = structuredClone(ds);
    toJson(ds, { indent: 0 });
    expect(ds).toEqual(before);
    expect(Object.isFrozen(ds)).toBe(true);
  });

  describe('rejects bad input with INVALID_ARGUMENT', () => {
    const ds = loadDataset(smallDataset());

    test('when indent is not an integer from 0 to 10', () => {
      for (const indent of [-1, 1.5, 11, Number.NaN, '2' as unknown as number]) {
        expect(invalid(() => toJson(ds, { indent }))).toMatch(
          /^indent must be an integer from 0 to 10/,
        );
      }
    });

    test('when the dataset is not an object', () => {
      for (const value of [null, [], 'ds', 5]) {
        expect(invalid(() => toJson(unchecked(value)))).toBe('toJson writes a dataset object');
      }
    });

    test('when a value cannot be written as JSON, naming its path', () => {
      const aid = (quantity: unknown) => unchecked({ aid: [{ id: 'a', quantity }] });
      expect(invalid(() => toJson(aid(Number.NaN)))).toBe(
        '$.aid[0].quantity holds NaN, which JSON cannot hold',
      );
      expect(invalid(() => toJson(aid(Infinity)))).toMatch(
        /^\$\.aid\[0\]\.quantity holds Infinity/,
      );
      expect(invalid(() => toJson(aid(5n)))).toMatch(/holds 5n/);
      expect(invalid(() => toJson(aid(() => 1)))).toMatch(/holds a function/);
      expect(invalid(() => toJson(aid(Symbol('s'))))).toMatch(/holds Symbol\(s\)/);
      expect(invalid(() => toJson(aid(new Date(0))))).toMatch(/holds a Date/);
      expect(invalid(() => toJson(aid(new Map())))).toMatch(/holds a Map/);
      expect(
        invalid(() => toJson(unchecked({ aid: [{ id: 'a', sources: ['s', undefined] }] }))),
      ).toBe('$.aid[0].sources[1] holds undefined, which JSON cannot hold');
      // eslint-disable-next-line no-sparse-arrays -- the hole is what this line is about
      expect(invalid(() => toJson(unchecked({ aid: [1, , 2] })))).toBe(
        '$.aid[1] holds undefined, which JSON cannot hold',
      );
    });

    test('when a value is nested 100 levels deep, and not before', () => {
      // The dataset is level 0, the aid table 1, a record 2: its `deep` object is at level 3.
      const nested = (levels: number): unknown => (levels === 0 ? 1 : { a: nested(levels - 1) });
      const record = (levels: number) => unchecked({ aid: [{ id: 'a', deep: nested(levels) }] });
      expect(toJson(record(97), { indent: 0 })).toContain(`"deep":${'{"a":'.repeat(97)}1`);
      expect(invalid(() => toJson(record(98)))).toBe(
        '$.aid[0].deep is nested over 100 levels deep (a cycle?)',
      );
    });

    test('when a value refers to itself', () => {
      const record: Record<string, unknown> = { id: 'a' };
      record.self = record;
      expect(invalid(() => toJson(unchecked({ aid: [record] })))).toBe(
        '$.aid[0].self is nested over 100 levels deep (a cycle?)',
      );
    });
  });
});
