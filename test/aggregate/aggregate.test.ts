import { describe, expect, test } from 'vitest';

import {
  NsatuError,
  aggregate,
  count,
  createAggregator,
  max,
  month,
  sum,
  sumMoney,
  type Money,
} from 'nsatu';

import { caught } from '../fixtures/small.ts';

interface Row {
  id: string;
  donor: string;
  stage: string;
  category?: string;
  date?: string;
  quantity?: number;
  value?: Money;
}

const rows: Row[] = [
  {
    id: 'a1',
    donor: 'USA',
    stage: 'committed',
    category: 'tank',
    date: '2024-07-10',
    quantity: 31,
  },
  { id: 'a2', donor: 'DEU', stage: 'delivered', category: 'sam', date: '2024-07', quantity: 2 },
  { id: 'a3', donor: 'DEU', stage: 'committed', category: 'tank', date: '2024', quantity: 14 },
  { id: 'a4', donor: 'DEU', stage: 'committed', value: { amount: 100, currency: 'EUR' } },
  { id: 'a5', donor: 'GBR', stage: 'committed', category: 'tank', quantity: 14 },
];

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What a call throws, as `CODE: message`; fails unless it throws an NsatuError. */
function failure(run: () => unknown): string {
  const error = caught(run);
  if (!(error instanceof NsatuError))
    throw new Error(`expected an NsatuError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

describe('aggregate', () => {
  test('names result columns after the fields listed in by', () => {
    expect(aggregate(rows, { by: ['donor', 'stage'], measures: { n: count() } })).toEqual([
      { donor: 'DEU', stage: 'committed', n: 2 },
      { donor: 'DEU', stage: 'delivered', n: 1 },
      { donor: 'GBR', stage: 'committed', n: 1 },
      { donor: 'USA', stage: 'committed', n: 1 },
    ]);
  });

  test('names result columns after the keys of a by object, from fields or key functions', () => {
    const result = aggregate(rows, {
      by: { who: 'donor', big: (row) => ((row.quantity ?? 0) > 10 ? 'yes' : 'no') },
      measures: { quantity: sum('quantity') },
    });
    expect(result).toEqual([
      { who: 'DEU', big: 'no', quantity: 2 },
      { who: 'DEU', big: 'yes', quantity: 14 },
      { who: 'GBR', big: 'yes', quantity: 14 },
      { who: 'USA', big: 'yes', quantity: 31 },
    ]);
    expect(Object.keys(result[0] ?? {})).toEqual(['who', 'big', 'quantity']);
  });

  test('puts rows with an undefined key in a group of their own, last', () => {
    expect(aggregate(rows, { by: ['category'], measures: { n: count() } })).toEqual([
      { category: 'sam', n: 1 },
      { category: 'tank', n: 3 },
      { category: undefined, n: 1 },
    ]);
  });

  test('sorts numbers numerically, before strings, and strings by code unit', () => {
    const keyed = [10, 9, 'b', 'B', 'a', -1, 'é', 'e'].map((key) => ({ key }));
    const keys = aggregate(keyed, { by: ['key'], measures: {} }).map((row) => row.key);
    expect(keys).toEqual([-1, 9, 10, 'B', 'a', 'b', 'e', 'é']);
  });

  test('gives the same rows whatever the input order', () => {
    const spec = {
      by: ['donor', 'category'],
      measures: { n: count(), q: sum('quantity') },
    } as const;
    expect(aggregate([...rows].reverse(), spec)).toEqual(aggregate(rows, spec));
  });

  test('makes one group of all rows when by is empty, even with no rows', () => {
    expect(aggregate(rows, { by: [], measures: { n: count(), q: sum('quantity') } })).toEqual([
      { n: 5, q: 61 },
    ]);
    expect(aggregate([], { by: [], measures: { n: count(), top: max('quantity') } })).toEqual([
      { n: 0, top: undefined },
    ]);
  });

  test('returns no rows for no input when grouping', () => {
    const none: Row[] = [];
    expect(aggregate(none, { by: ['donor'], measures: { n: count() } })).toEqual([]);
  });

  test('groups by one, two, three and four columns alike', () => {
    const wide = rows.map((row) => ({ ...row, a: 'x', b: 'y', c: 'z' }));
    const by1 = aggregate(wide, { by: ['donor'], measures: { n: count() } });
    const by4 = aggregate(wide, { by: ['donor', 'a', 'b', 'c'], measures: { n: count() } });
    const by3 = aggregate(wide, {
      by: { donor: 'donor', a: 'a', c: (r) => r.c },
      measures: { n: count() },
    });
    const calls = aggregate(wide, {
      by: { donor: (r) => r.donor, a: (r) => r.a, b: (r) => r.b },
      measures: { n: count() },
    });
    const two = aggregate(wide, {
      by: { donor: (r) => r.donor, a: (r) => r.a },
      measures: { n: count() },
    });
    const four = aggregate(wide, {
      by: { donor: (r) => r.donor, a: 'a', b: (r) => r.b, c: 'c' },
      measures: { n: count() },
    });
    for (const result of [by4, by3, calls, two, four]) {
      expect(result.map(({ donor, n }) => ({ donor, n }))).toEqual(by1);
    }
    expect(by4[0]).toEqual({ donor: 'DEU', a: 'x', b: 'y', c: 'z', n: 3 });
    expect(four).toEqual(by4);
  });

  test('reads a generator in one pass', () => {
    let pulled = 0;
    function* generate(): Generator<{ donor: string; quantity: number }> {
      for (let i = 0; i < 2500; i++) {
        pulled++;
        yield { donor: i % 2 === 0 ? 'DEU' : 'USA', quantity: 1 };
      }
    }
    expect(aggregate(generate(), { by: ['donor'], measures: { q: sum('quantity') } })).toEqual([
      { donor: 'DEU', q: 1250 },
      { donor: 'USA', q: 1250 },
    ]);
    expect(pulled).toBe(2500);
  });

  test('reads a Set', () => {
    const set = new Set([{ donor: 'DEU' }, { donor: 'DEU' }]);
    expect(aggregate(set, { by: ['donor'], measures: { n: count() } })).toEqual([
      { donor: 'DEU', n: 2 },
    ]);
  });

  test('leaves the input unchanged', () => {
    const frozen = deepFreeze(structuredClone(rows));
    const result = aggregate(frozen, {
      by: { donor: 'donor', month: month('date') },
      measures: { n: count(), q: sum('quantity'), value: sumMoney('value') },
    });
    expect(frozen).toEqual(rows);
    expect(result).toHaveLength(5);
  });

  test('returns plain objects that do not share state with later calls', () => {
    const spec = { by: ['donor'], measures: { value: sumMoney('value') } } as const;
    const first = aggregate(rows, spec);
    const firstValue = first[0]?.value;
    if (firstValue) firstValue.EUR = 0;
    expect(aggregate(rows, spec)[0]?.value).toEqual({ EUR: 100 });
    expect(Object.getPrototypeOf(first[0])).toBe(Object.prototype);
  });

  test('throws INVALID_ARGUMENT for a key that is null, NaN, a boolean or an object', () => {
    for (const key of [null, Number.NaN, true, { a: 1 }]) {
      expect(failure(() => aggregate([{ key }], { by: ['key'] as never, measures: {} }))).toMatch(
        /^INVALID_ARGUMENT: .*column "key" must be a string, a number or undefined/,
      );
    }
    expect(
      failure(() =>
        aggregate([{ a: 'x', key: null }], { by: ['a', 'key'] as never, measures: {} }),
      ),
    ).toMatch(/^INVALID_ARGUMENT: .*column "key"/);
    expect(
      failure(() => aggregate([{ a: null }], { by: ['a', 'b'] as never, measures: {} })),
    ).toMatch(/^INVALID_ARGUMENT: .*column "a"/);
  });

  test('throws INVALID_ARGUMENT for rows that are not iterable or not objects', () => {
    expect(failure(() => aggregate(42 as never, { by: [], measures: {} }))).toMatch(
      /^INVALID_ARGUMENT: .*iterable/,
    );
    expect(failure(() => aggregate(null as never, { by: [], measures: {} }))).toMatch(
      /^INVALID_ARGUMENT: .*iterable/,
    );
    expect(failure(() => aggregate([null] as never, { by: [], measures: {} }))).toMatch(
      /^INVALID_ARGUMENT: .*rows must be objects/,
    );
    const withNull = [rows[0], null] as unknown as Row[];
    for (const by of [
      [],
      ['donor'],
      ['donor', 'stage'],
      ['donor', 'stage', 'id'],
      ['donor', 'stage', 'id', 'category'],
    ] as const) {
      expect(failure(() => aggregate(withNull, { by, measures: {} }))).toMatch(/got null$/);
    }
    const strings = ['DEU'] as unknown as Row[];
    expect(failure(() => aggregate(strings, { by: ['donor'], measures: {} }))).toMatch(
      /^INVALID_ARGUMENT: .*objects/,
    );
  });

  test('throws INVALID_ARGUMENT for a malformed spec', () => {
    const bad: unknown[] = [
      null,
      { by: 'donor', measures: {} },
      { by: [1], measures: {} },
      { by: { who: 1 }, measures: {} },
      { by: { who: '' }, measures: {} },
      { by: [], measures: null },
      { by: [], measures: { n: 1 } },
      { by: [], measures: { n: { label: 'x' } } },
      { by: ['donor', 'donor'], measures: {} },
      { by: ['donor'], measures: { donor: count() } },
      { by: ['__proto__'], measures: {} },
      { by: [''], measures: {} },
    ];
    for (const spec of bad) {
      const error = caught(() => aggregate(rows, spec as never));
      expect(error, JSON.stringify(spec)).toBeInstanceOf(NsatuError);
      expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
    }
  });
});

describe('createAggregator', () => {
  const spec = { by: ['donor'], measures: { n: count(), q: sum('quantity') } } as const;

  test('adds rows one by one, in pieces, and merges with others', () => {
    const a = createAggregator(spec)
      .add(rows[0] as Row)
      .addAll(rows.slice(1, 3));
    const b = createAggregator(spec).addAll(rows.slice(3));
    expect(a.merge(b).result()).toEqual(aggregate(rows, spec));
  });

  test('leaves the merged aggregator as it was, and unlinked', () => {
    const a = createAggregator(spec).addAll(rows.slice(0, 2));
    const b = createAggregator(spec).addAll(rows.slice(2));
    const before = b.result();
    a.merge(b);
    expect(b.result()).toEqual(before);
    a.add({ donor: 'GBR', quantity: 1 });
    expect(b.result()).toEqual(before);
  });

  test('can read its result at any time and go on', () => {
    const a = createAggregator(spec).addAll(rows.slice(0, 1));
    expect(a.result()).toEqual([{ donor: 'USA', n: 1, q: 31 }]);
    a.addAll(rows.slice(1));
    expect(a.result()).toEqual(aggregate(rows, spec));
  });

  test('merges grand totals and multi-level trees', () => {
    const total = { by: [], measures: { n: count() } } as const;
    expect(
      createAggregator(total).addAll(rows).merge(createAggregator(total).addAll(rows)).result(),
    ).toEqual([{ n: 10 }]);
    const deep = { by: ['donor', 'stage', 'category'], measures: { q: sum('quantity') } } as const;
    const merged = createAggregator(deep)
      .addAll(rows.slice(0, 2))
      .merge(createAggregator(deep).addAll(rows.slice(2)))
      .result();
    expect(merged).toEqual(aggregate(rows, deep));
  });

  test('merges aggregators of two specs built alike, whatever order they met currencies in', () => {
    const money = () => ({ by: ['donor'], measures: { v: sumMoney('value') } }) as const;
    const usd = { donor: 'DEU', value: { amount: 1, currency: 'USD' } };
    const eur = { donor: 'DEU', value: { amount: 2, currency: 'EUR' } };
    const gbp = { donor: 'USA', value: { amount: 3, currency: 'GBP' } };
    const a = createAggregator(money()).addAll([usd, eur]);
    const b = createAggregator(money()).addAll([gbp, eur, usd]);
    expect(a.merge(b).result()).toEqual([
      { donor: 'DEU', v: { EUR: 4, USD: 2 } },
      { donor: 'USA', v: { GBP: 3 } },
    ]);
  });

  test('throws INVALID_ARGUMENT when merging itself, another spec or a foreign object', () => {
    const a = createAggregator(spec);
    expect(failure(() => a.merge(a))).toMatch(/^INVALID_ARGUMENT: .*cannot merge itself/);
    const other = createAggregator({ by: ['stage'], measures: { n: count(), q: sum('quantity') } });
    expect(failure(() => a.merge(other as never))).toMatch(/^INVALID_ARGUMENT: .*same spec/);
    const fake = { add: () => fake, addAll: () => fake, merge: () => fake, result: () => [] };
    expect(failure(() => a.merge(fake as never))).toMatch(
      /^INVALID_ARGUMENT: .*made by createAggregator/,
    );
  });

  test('throws INVALID_ARGUMENT for a malformed spec', () => {
    expect(failure(() => createAggregator({ by: 'donor' as never, measures: {} }))).toMatch(
      /^INVALID_ARGUMENT: .*by must be/,
    );
  });
});
