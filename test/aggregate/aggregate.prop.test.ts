import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  aggregate,
  count,
  createAggregator,
  max,
  mean,
  min,
  month,
  sum,
  sumMoney,
  type KeyValue,
  type Money,
} from 'nsatu';

interface Row {
  a?: string | undefined;
  b?: number | undefined;
  date?: string | undefined;
  q?: number | null | undefined;
  v?: Money | undefined;
}

const dayDate = fc
  .date({
    min: new Date(Date.UTC(1990, 0, 1)),
    max: new Date(Date.UTC(2030, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.oneof(
  dayDate,
  dayDate.map((d) => d.slice(0, 7)),
  dayDate.map((d) => d.slice(0, 4)),
);

/** Amounts with two decimals, of either sign (corrections are negative). */
const money: fc.Arbitrary<Money> = fc.record({
  amount: fc.integer({ min: -1e9, max: 1e11 }).map((cents) => cents / 100),
  currency: fc.constantFrom('EUR', 'USD', 'GBP'),
});

const row: fc.Arbitrary<Row> = fc.record(
  {
    a: fc.option(fc.constantFrom('x', 'y', 'Z', 'é', ''), { nil: undefined }),
    b: fc.option(fc.integer({ min: -3, max: 3 }), { nil: undefined }),
    date: fc.option(partialDate, { nil: undefined }),
    q: fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: null }),
    v: fc.option(money, { nil: undefined }),
  },
  { requiredKeys: [] },
);

const rows = fc.array(row, { maxLength: 60 });

/** Any grouping: a subset of the columns, in any order. */
const grouping = fc.shuffledSubarray(['a', 'b', 'month'] as const);

const measures = {
  n: count(),
  q: sum('q'),
  avg: mean('q'),
  lo: min('q'),
  hi: max('q'),
  v: sumMoney('v'),
  // Rates that are powers of two keep converted cents whole, so totals compare to the cent.
  eur: sumMoney('v', { currency: 'EUR', rates: { USD: 2, GBP: 4 } }),
};

type Column = 'a' | 'b' | 'month';

function specOf(columns: readonly Column[]) {
  const keys = { a: 'a', b: 'b', month: month('date') } as const;
  const by: Partial<Record<Column, (typeof keys)[Column]>> = {};
  for (const column of columns) by[column] = keys[column];
  return { by: by as typeof keys, measures };
}

type Result = ReturnType<typeof aggregate<Row, ReturnType<typeof specOf>['by'], typeof measures>>;

function cents(amount: number): number {
  return Math.round(amount * 100);
}

/** Money to whole cents: what "exact to the cent" promises. */
function toCents(result: readonly Record<string, unknown>[]): unknown[] {
  return result.map((r) => {
    const { v, eur, ...rest } = r as Result[number];
    return {
      ...rest,
      v: Object.fromEntries(Object.entries(v).map(([c, x]) => [c, cents(x)])),
      eur: {
        currency: eur.currency,
        amount: cents(eur.amount),
        converted: Object.fromEntries(Object.entries(eur.converted).map(([c, x]) => [c, cents(x)])),
      },
    };
  });
}

/** The reference: one string key per group, BigInt cents, and sorting done its own way. */
function reference(input: readonly Row[], columns: readonly Column[]): unknown[] {
  const monthOf = (date: string | undefined): string | undefined =>
    date === undefined ? undefined : date.length === 4 ? 'unspecified' : date.slice(0, 7);
  const keysOf = (r: Row): KeyValue[] =>
    columns.map((c) => (c === 'a' ? r.a : c === 'b' ? r.b : monthOf(r.date)));
  const groups = new Map<string, { keys: KeyValue[]; rows: Row[] }>();
  // Grouped by nothing, even no rows make one group: the grand total.
  if (columns.length === 0) groups.set('[]', { keys: [], rows: [] });
  for (const r of input) {
    const keys = keysOf(r);
    const id = JSON.stringify(keys.map((k) => (k === undefined ? ['u'] : [typeof k, k])));
    const group = groups.get(id) ?? { keys, rows: [] };
    group.rows.push(r);
    groups.set(id, group);
  }
  const rank = (k: KeyValue): number => (typeof k === 'number' ? 0 : typeof k === 'string' ? 1 : 2);
  const order = (x: KeyValue, y: KeyValue): number => {
    if (rank(x) !== rank(y)) return rank(x) - rank(y);
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'string' && typeof y === 'string') return x < y ? -1 : x > y ? 1 : 0;
    return 0;
  };
  const sorted = [...groups.values()].sort((g, h) => {
    for (let i = 0; i < columns.length; i++) {
      const c = order(g.keys[i], h.keys[i]);
      if (c !== 0) return c;
    }
    return 0;
  });
  return sorted.map(({ keys, rows: members }) => {
    const qs = members.map((r) => r.q).filter((q): q is number => typeof q === 'number');
    const perCurrency = new Map<string, bigint>();
    for (const r of members) {
      if (r.v) {
        const c = BigInt(cents(r.v.amount));
        perCurrency.set(r.v.currency, (perCurrency.get(r.v.currency) ?? 0n) + c);
      }
    }
    const currencies = [...perCurrency.keys()].sort();
    const rate: Record<string, bigint> = { EUR: 1n, USD: 2n, GBP: 4n };
    let eur = 0n;
    for (const c of currencies) eur += (perCurrency.get(c) ?? 0n) * (rate[c] ?? 0n);
    const total = qs.reduce((s, q) => s + q, 0);
    return {
      ...Object.fromEntries(columns.map((c, i) => [c, keys[i]])),
      n: members.length,
      q: total,
      avg: qs.length === 0 ? undefined : total / qs.length,
      lo: qs.length === 0 ? undefined : Math.min(...qs),
      hi: qs.length === 0 ? undefined : Math.max(...qs),
      v: Object.fromEntries(currencies.map((c) => [c, Number(perCurrency.get(c))])),
      eur: {
        currency: 'EUR',
        amount: Number(eur),
        converted: Object.fromEntries(
          currencies.filter((c) => c !== 'EUR').map((c) => [c, Number(perCurrency.get(c))]),
        ),
      },
    };
  });
}

describe('aggregate', () => {
  test('agrees with a naive reference implementation on random rows', () => {
    fc.assert(
      fc.property(rows, grouping, (input, columns) => {
        const spec = specOf(columns);
        expect(toCents(aggregate(input, spec))).toEqual(reference(input, columns));
      }),
    );
  });

  test('makes the grand total the sum of the groups, for any grouping', () => {
    fc.assert(
      fc.property(rows, grouping, (input, columns) => {
        const [total] = aggregate(input, specOf([]));
        const groups = aggregate(input, specOf(columns));
        if (total === undefined) throw new Error('a grand total always has one row');
        expect(groups.reduce((s, g) => s + g.n, 0)).toBe(total.n);
        expect(groups.reduce((s, g) => s + g.q, 0)).toBe(total.q);
        const his = groups.map((g) => g.hi).filter((x) => x !== undefined);
        const los = groups.map((g) => g.lo).filter((x) => x !== undefined);
        expect(his.length === 0 ? undefined : Math.max(...his)).toBe(total.hi);
        expect(los.length === 0 ? undefined : Math.min(...los)).toBe(total.lo);
        const perCurrency: Record<string, number> = {};
        for (const g of groups) {
          for (const [c, x] of Object.entries(g.v))
            perCurrency[c] = (perCurrency[c] ?? 0) + cents(x);
        }
        expect(perCurrency).toEqual(
          Object.fromEntries(Object.entries(total.v).map(([c, x]) => [c, cents(x)])),
        );
        const eur = groups.reduce((s, g) => s + cents(g.eur.amount), 0);
        expect(eur).toBe(cents(total.eur.amount));
      }),
    );
  });

  test('groups independently of row order', () => {
    fc.assert(
      fc.property(
        rows.chain((input) =>
          fc.tuple(fc.constant(input), fc.shuffledSubarray(input, { minLength: input.length })),
        ),
        grouping,
        ([input, shuffled], columns) => {
          const spec = specOf(columns);
          expect(aggregate(shuffled, spec)).toEqual(aggregate(input, spec));
        },
      ),
    );
  });
});

describe('createAggregator', () => {
  test('splitting the input, aggregating both parts and merging equals one pass', () => {
    fc.assert(
      fc.property(rows, fc.nat(), grouping, (input, at, columns) => {
        const spec = specOf(columns);
        const cut = input.length === 0 ? 0 : at % (input.length + 1);
        const left = createAggregator(spec).addAll(input.slice(0, cut));
        const right = createAggregator(spec).addAll(input.slice(cut));
        const onePass = aggregate(input, spec);
        expect(left.merge(right).result()).toEqual(onePass);
        // And the other way round: merging is commutative.
        const again = createAggregator(spec).addAll(input.slice(cut));
        expect(again.merge(createAggregator(spec).addAll(input.slice(0, cut))).result()).toEqual(
          onePass,
        );
      }),
    );
  });
});
