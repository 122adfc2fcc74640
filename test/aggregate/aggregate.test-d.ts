import { describe, expectTypeOf, test } from 'vitest';

import {
  aggregate,
  count,
  createAggregator,
  max,
  mean,
  min,
  month,
  quarter,
  sum,
  sumMoney,
  year,
  type AggregateRow,
  type Aggregator,
  type ConvertedMoney,
  type KeyField,
  type KeyValue,
  type Measure,
  type Money,
  type MoneyTotals,
} from 'nsatu';

interface Aid {
  readonly id: string;
  readonly donor: string;
  readonly stage: 'committed' | 'delivered';
  readonly year: number;
  readonly date?: string;
  readonly category?: string;
  readonly quantity?: number;
  readonly value?: Money;
  readonly correction?: boolean;
}

declare const aid: readonly Aid[];
declare function generate(): Generator<Aid>;

describe('aggregate', () => {
  test('types group columns from the fields listed', () => {
    const rows = aggregate(aid, { by: ['donor', 'stage', 'category'], measures: { n: count() } });
    expectTypeOf(rows).toEqualTypeOf<
      {
        donor: string;
        stage: 'committed' | 'delivered';
        category: string | undefined;
        n: number;
      }[]
    >();
  });

  test('types group columns from the fields and key functions of a by object', () => {
    const rows = aggregate(generate(), {
      by: {
        who: 'donor',
        when: month('date'),
        q: quarter('date'),
        y: year('date'),
        decade: (row) => Math.floor(row.year / 10),
      },
      measures: {},
    });
    expectTypeOf(rows).toEqualTypeOf<
      {
        who: string;
        when: string | undefined;
        q: string | undefined;
        y: string | undefined;
        decade: number;
      }[]
    >();
  });

  test('types measure columns from the measures', () => {
    const [row] = aggregate(aid, {
      by: [],
      measures: {
        n: count(),
        total: sum('quantity'),
        average: mean('quantity'),
        least: min('quantity'),
        most: max('quantity'),
        perCurrency: sumMoney('value'),
        euros: sumMoney('value', { currency: 'EUR', rates: { USD: 0.92 } }),
        byDate: sumMoney('value', {
          currency: 'USD',
          rates: (currency, r) => (r.date === undefined ? undefined : 1.08),
        }),
      },
    });
    expectTypeOf(row).toEqualTypeOf<
      | {
          n: number;
          total: number;
          average: number | undefined;
          least: number | undefined;
          most: number | undefined;
          perCurrency: MoneyTotals;
          euros: ConvertedMoney<'EUR'>;
          byDate: ConvertedMoney<'USD'>;
        }
      | undefined
    >();
    expectTypeOf<ConvertedMoney<'EUR'>['currency']>().toEqualTypeOf<'EUR'>();
  });

  test('gives a rate function the row type', () => {
    aggregate(aid, {
      by: [],
      measures: {
        m: sumMoney('value', {
          currency: 'EUR',
          rates: (currency, row) => {
            expectTypeOf(currency).toEqualTypeOf<string>();
            expectTypeOf(row.date).toEqualTypeOf<string | undefined>();
            return 1;
          },
        }),
      },
    });
  });

  test('rejects fields the rows do not have, or that cannot serve', () => {
    expectTypeOf<KeyField<Aid>>().toEqualTypeOf<
      'id' | 'donor' | 'stage' | 'year' | 'date' | 'category' | 'quantity'
    >();
    // @ts-expect-error: no such field
    aggregate(aid, { by: ['donr'], measures: {} });
    // @ts-expect-error: a boolean is no group key
    aggregate(aid, { by: ['correction'], measures: {} });
    // @ts-expect-error: no such field in a by object
    aggregate(aid, { by: { who: 'donr' }, measures: {} });
    // @ts-expect-error: a key function must return a string, a number or undefined
    aggregate(aid, { by: { flag: (row: Aid) => row.correction === true }, measures: {} });
    // @ts-expect-error: no such field to sum
    aggregate(aid, { by: [], measures: { q: sum('quantiy') } });
    // @ts-expect-error: a string field cannot be summed
    aggregate(aid, { by: [], measures: { q: sum('donor') } });
    // @ts-expect-error: money cannot be summed as a number
    aggregate(aid, { by: [], measures: { q: mean('value') } });
    // @ts-expect-error: a number is not money
    aggregate(aid, { by: [], measures: { q: sumMoney('quantity') } });
    // @ts-expect-error: a number is not a date
    aggregate(aid, { by: { m: month('year') }, measures: {} });
    // @ts-expect-error: rows must be iterable
    aggregate(42, { by: [], measures: {} });
  });
});

describe('createAggregator', () => {
  test('works its row type out from the spec', () => {
    const aggregator = createAggregator({
      by: ['donor'],
      measures: { n: count(), q: sum('quantity'), v: sumMoney('value') },
    });
    expectTypeOf(aggregator).toEqualTypeOf<
      Aggregator<
        {
          readonly donor?: KeyValue;
          readonly quantity?: number | null | undefined;
          readonly value?: Readonly<Money> | null | undefined;
        },
        { donor: KeyValue; n: number; q: number; v: MoneyTotals }
      >
    >();
    aggregator.addAll(aid).add({ donor: 'DEU', id: 'extra fields are fine' });
    // @ts-expect-error: quantity must be a number
    aggregator.add({ donor: 'DEU', quantity: '3' });
    expectTypeOf(aggregator.merge(aggregator)).toEqualTypeOf(aggregator);
  });

  test('keeps the types of key functions with typed parameters', () => {
    const aggregator = createAggregator({
      by: { stage: (row: Aid) => row.stage },
      measures: { n: count() },
    });
    expectTypeOf(aggregator.result()).toEqualTypeOf<
      { stage: 'committed' | 'delivered'; n: number }[]
    >();
  });
});

describe('AggregateRow', () => {
  test('combines group and measure columns', () => {
    expectTypeOf<AggregateRow<Aid, ['donor'], { n: Measure<unknown, number> }>>().toEqualTypeOf<{
      donor: string;
      n: number;
    }>();
  });
});
