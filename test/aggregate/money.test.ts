import { describe, expect, test } from 'vitest';

import { NsatuError, aggregate, sumMoney, type Measure, type Money } from 'nsatu';

import { mulberry32 } from '../../bench/generate.ts';
import { caught } from '../fixtures/small.ts';

interface Row {
  donor: string;
  date?: string;
  value?: Money | null;
}

const rows: Row[] = [
  { donor: 'DEU', date: '2022-05', value: { amount: 100, currency: 'EUR' } },
  { donor: 'DEU', date: '2023-01', value: { amount: 200, currency: 'USD' } },
  { donor: 'DEU', date: '2023-03', value: { amount: 50, currency: 'GBP' } },
  { donor: 'DEU', date: '2022-09' },
  { donor: 'USA', date: '2022-02', value: { amount: 1000, currency: 'USD' } },
  { donor: 'USA', value: null },
];

function total(input: readonly Row[], measure: Measure<Row, unknown>): unknown {
  return aggregate(input, { by: [], measures: { m: measure } })[0]?.m;
}

/** What a call throws, as `CODE: message`; fails unless it throws an NsatuError. */
function failure(run: () => unknown): string {
  const error = caught(run);
  if (!(error instanceof NsatuError))
    throw new Error(`expected an NsatuError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

/** A seeded PRNG, so the random amounts are the same on every run. */
const random = mulberry32;

function naiveSum(amounts: readonly number[]): number {
  let s = 0;
  for (const a of amounts) s += a;
  return s;
}

describe('sumMoney', () => {
  test('totals each currency apart, currencies sorted, skipping rows without money', () => {
    const result = aggregate(rows, { by: ['donor'], measures: { value: sumMoney('value') } });
    expect(result).toEqual([
      { donor: 'DEU', value: { EUR: 100, GBP: 50, USD: 200 } },
      { donor: 'USA', value: { USD: 1000 } },
    ]);
    expect(Object.keys(result[0]?.value ?? {})).toEqual(['EUR', 'GBP', 'USD']);
    expect(total([{ donor: 'X' }], sumMoney('value'))).toEqual({});
  });

  test('is exact to the cent over a million amounts of 0.10, where naive summation is not', () => {
    const amounts = Array.from({ length: 1_000_000 }, () => 0.1);
    const input = amounts.map((amount) => ({ donor: 'DEU', value: { amount, currency: 'EUR' } }));
    expect(total(input, sumMoney('value'))).toEqual({ EUR: 100_000 });
    // The same total with `+=` drifts by 1.3e-6: this test fails with naive summation.
    expect(naiveSum(amounts)).not.toBe(100_000);
  });

  test('equals an exact BigInt-cents total over random amounts with two decimals', () => {
    const next = random(42);
    const cents = Array.from({ length: 500_000 }, () => Math.floor(next() * 100_000_000));
    const amounts = cents.map((c) => c / 100);
    const exact = Number(cents.reduce((s, c) => s + BigInt(c), 0n)) / 100;
    const input = amounts.map((amount) => ({ donor: 'DEU', value: { amount, currency: 'EUR' } }));
    expect(total(input, sumMoney('value'))).toEqual({ EUR: exact });
    expect(naiveSum(amounts)).not.toBe(exact);
  });

  test('converts with flat rates and reports what was converted', () => {
    const rates = { USD: 0.9, GBP: 1.2, EUR: 7 };
    expect(
      aggregate(rows, {
        by: ['donor'],
        measures: { eur: sumMoney('value', { currency: 'EUR', rates }) },
      }),
    ).toEqual([
      { donor: 'DEU', eur: { currency: 'EUR', amount: 340, converted: { GBP: 50, USD: 200 } } },
      { donor: 'USA', eur: { currency: 'EUR', amount: 900, converted: { USD: 1000 } } },
    ]);
  });

  test('copies flat rates: later changes to the object change nothing', () => {
    const rates: Record<string, number> = { USD: 0.9, GBP: 1.2 };
    const measure = sumMoney('value', { currency: 'EUR', rates });
    rates.USD = 100;
    expect(total(rows, measure)).toEqual({
      currency: 'EUR',
      amount: 100 + 180 + 60 + 900,
      converted: { GBP: 50, USD: 1200 },
    });
  });

  test('converts with a rate function of the currency and the row', () => {
    const calls: string[] = [];
    const measure = sumMoney('value', {
      currency: 'EUR',
      rates: (currency: string, row: Row) => {
        calls.push(currency);
        if (currency !== 'USD' && currency !== 'GBP') return undefined;
        return row.date?.startsWith('2022') === true ? 0.5 : 0.25;
      },
    });
    expect(total(rows, measure)).toEqual({
      currency: 'EUR',
      amount: 100 + 200 * 0.25 + 50 * 0.25 + 1000 * 0.5,
      converted: { GBP: 50, USD: 1200 },
    });
    expect(calls.sort()).toEqual(['GBP', 'USD', 'USD']);
  });

  test('accepts the target currency alone without rates', () => {
    const euros = rows.filter((row) => row.value?.currency === 'EUR');
    expect(total(euros, sumMoney('value', { currency: 'EUR' }))).toEqual({
      currency: 'EUR',
      amount: 100,
      converted: {},
    });
  });

  test('throws MISSING_RATE naming the currency when no rates are given', () => {
    expect(failure(() => total(rows, sumMoney('value', { currency: 'EUR' })))).toMatch(
      /^MISSING_RATE: .*from (USD|GBP) to EUR \(no rates given: only EUR is accepted\)/,
    );
  });

  test('throws MISSING_RATE naming the currency missing from flat rates', () => {
    expect(
      failure(() => total(rows, sumMoney('value', { currency: 'EUR', rates: { USD: 0.9 } }))),
    ).toMatch(/^MISSING_RATE: .*no exchange rate from GBP to EUR/);
  });

  test('throws MISSING_RATE when the rate function has none', () => {
    expect(
      failure(() => total(rows, sumMoney('value', { currency: 'EUR', rates: () => undefined }))),
    ).toMatch(/^MISSING_RATE: .*no exchange rate from (USD|GBP) to EUR for this row/);
  });

  test('throws INVALID_ARGUMENT for a rate that is not a positive finite number', () => {
    for (const rate of [0, -1, Number.NaN, Infinity, '0.9']) {
      expect(
        failure(() => sumMoney('value', { currency: 'EUR', rates: { USD: rate as number } })),
      ).toMatch(/^INVALID_ARGUMENT: .*the rate for USD must be a positive finite number/);
      expect(
        failure(() =>
          total(rows, sumMoney('value', { currency: 'EUR', rates: () => rate as number })),
        ),
      ).toMatch(/^INVALID_ARGUMENT: .*to EUR must be a positive finite number/);
    }
  });

  test('throws INVALID_ARGUMENT for a malformed target currency or rates', () => {
    for (const currency of ['eur', 'EURO', '', 42]) {
      expect(failure(() => sumMoney('value', { currency: currency as string }))).toMatch(
        /^INVALID_ARGUMENT: /,
      );
    }
    expect(failure(() => sumMoney('value', { currency: 'EUR', rates: 0.9 as never }))).toMatch(
      /^INVALID_ARGUMENT: .*rates must be a record of rates or a function/,
    );
    expect(failure(() => sumMoney(''))).toMatch(/^INVALID_ARGUMENT: .*needs a field name/);
  });

  test('throws INVALID_ARGUMENT for values that are not money with a finite amount', () => {
    const bad: unknown[] = [
      { amount: Number.NaN, currency: 'EUR' },
      { amount: Infinity, currency: 'EUR' },
      { amount: '5', currency: 'EUR' },
      { amount: 5 },
      12,
      'EUR 5',
    ];
    for (const value of bad) {
      const input = [{ donor: 'DEU', value }] as Row[];
      for (const measure of [sumMoney('value'), sumMoney('value', { currency: 'EUR' })]) {
        expect(failure(() => total(input, measure))).toMatch(
          /^INVALID_ARGUMENT: .*expected money \(\{ amount, currency \}\) with a finite amount in "value"/,
        );
      }
    }
  });

  test('throws INVALID_ARGUMENT for a currency that is not an ISO 4217 code', () => {
    const input: Row[] = [{ donor: 'DEU', value: { amount: 1, currency: 'euro' } }];
    for (const measure of [sumMoney('value'), sumMoney('value', { currency: 'EUR', rates: {} })]) {
      expect(failure(() => total(input, measure))).toMatch(
        /^INVALID_ARGUMENT: .*expected an ISO 4217 currency code/,
      );
    }
  });

  test('labels itself with its field and target', () => {
    expect(sumMoney('value').label).toBe('sumMoney(value)');
    expect(sumMoney('value', { currency: 'USD' }).label).toBe('sumMoney(value, USD)');
  });
});
