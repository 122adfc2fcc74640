import { NsatuError } from '../errors.ts';
import type { Money } from '../model/common.ts';
import { checkField, show } from './checks.ts';
import type { Measure } from './measures.ts';
import { checkCurrency, converted, isRate, totalsMeasure, type Conversion } from './moneyState.ts';

// How money is added up: Neumaier compensated summation of the amounts as given, chosen over
// integer minor units (`Math.round(amount * 100)` added as integers). Measured on this machine
// (Node 20), 1,000,000 amounts, each result compared with the exact sum of BigInt cents; median of
// 15 runs:
//
// | amounts                          | naive `+=`           | Neumaier        | integer cents       |
// | -------------------------------- | -------------------- | --------------- | ------------------- |
// | 0.10 each                        | off by 1.3e-6        | exact, 2.36 ms  | exact, 2.49 ms      |
// | random, 2 decimals, < 1e6        | off by 1.4e-3        | exact, 2.28 ms  | exact, 2.42 ms      |
// | random, 2 decimals, ± 1e6        | off by 6.0e-5        | exact, 2.24 ms  | exact, 2.38 ms      |
// | whole units 1e4–5e8 (total 2e14) | exact                | exact, 2.22 ms  | exact, 2.17 ms      |
// | random, 2 decimals, < 1e9        | off by 11.52 (units) | within 1 ulp    | off by 24.00 (units) |
//
// ("exact": the double nearest the exact decimal total; naive took 2.1–2.3 ms. `npm run bench --
// aggregate` times them again: Neumaier 1.3 ms, integer cents 1.5 ms, naive 0.8 ms.) Both are
// exact to the cent where a double can hold cents, at the same speed (the grouping's Map lookups
// cost ten times more). Neumaier wins on what integer cents need and we do not have: the number of
// minor digits of each currency (JPY 0, KWD 3), amounts on that grid (converted amounts and
// sub-cent prices are not, and would be rounded row by row), and totals under 2^53 minor units
// (9e13 units of a 2-digit currency); past that the integer sum goes silently wrong, as the last
// row shows, while the compensated sum stays within one ulp of the exact total.

/**
 * The rows {@link sumMoney} reads: the field holds a {@link Money} (`{ amount, currency }`), or is
 * absent, `undefined` or `null` (rows that are skipped).
 *
 * @typeParam Field - The field name.
 *
 * @example
 * ```ts
 * import type { MoneyRow } from 'nsatu';
 *
 * const row: MoneyRow<'value'> = { value: { amount: 1_000_000, currency: 'EUR' } };
 * row.value?.currency // => 'EUR'
 * ```
 *
 * @category Aggregation
 */
export type MoneyRow<Field extends string> = Partial<
  Readonly<Record<Field, Readonly<Money> | null | undefined>>
>;

/**
 * Totals per currency, as {@link sumMoney} yields them without a target currency: a plain object
 * keyed by ISO 4217 code, in code order, holding only the currencies met.
 *
 * @example
 * ```ts
 * import type { MoneyTotals } from 'nsatu';
 *
 * const totals: MoneyTotals = { EUR: 1_500_000, USD: 250_000 };
 * Object.keys(totals) // => ['EUR', 'USD']
 * ```
 *
 * @category Aggregation
 */
export type MoneyTotals = Record<string, number>;

/**
 * A total converted into one currency, as {@link sumMoney} yields it with a target currency; the
 * conversion is reported, never hidden.
 *
 * @typeParam Currency - The target currency.
 *
 * @example
 * ```ts
 * import type { ConvertedMoney } from 'nsatu';
 *
 * const total: ConvertedMoney<'EUR'> = { currency: 'EUR', amount: 1_920_000, converted: { USD: 1_000_000 } };
 * total.converted.USD // => 1000000
 * ```
 *
 * @category Aggregation
 */
export interface ConvertedMoney<Currency extends string = string> {
  /** The target currency. */
  currency: Currency;
  /** The total in the target currency: amounts already in it plus every converted amount. */
  amount: number;
  /**
   * For each other currency met (in code order), the total of its amounts before conversion, in
   * that currency: what was converted. Empty when every amount was in the target currency.
   */
  converted: Record<string, number>;
}

/**
 * Exchange rates into a target currency: a flat record of how many target units one unit of each
 * currency is worth (`{ USD: 0.92 }` for a EUR total), or a function of the currency and the row,
 * for rates that depend on the row's date. The function returns `undefined` when it has no rate.
 *
 * @typeParam Row - The rows the function reads.
 *
 * @example
 * ```ts
 * import type { ExchangeRates } from 'nsatu';
 *
 * const flat: ExchangeRates = { USD: 0.92, GBP: 1.17 };
 * const byYear: ExchangeRates<{ date?: string }> = (currency, row) =>
 *   currency === 'USD' ? (row.date?.startsWith('2022') === true ? 0.95 : 0.92) : undefined;
 * byYear('USD', { date: '2022-05' }) // => 0.95
 * flat.GBP // => 1.17
 * ```
 *
 * @category Aggregation
 */
export type ExchangeRates<Row = unknown> =
  Readonly<Record<string, number>> | ((currency: string, row: Row) => number | undefined);

/**
 * Options of {@link sumMoney}: the target currency, and the rates to convert the others.
 *
 * @typeParam Currency - The target currency.
 * @typeParam Row - The rows a rate function reads.
 *
 * @example
 * ```ts
 * import type { SumMoneyOptions } from 'nsatu';
 *
 * const options: SumMoneyOptions<'EUR'> = { currency: 'EUR', rates: { USD: 0.92 } };
 * options.currency // => 'EUR'
 * ```
 *
 * @category Aggregation
 */
export interface SumMoneyOptions<Currency extends string = string, Row = unknown> {
  /** The ISO 4217 code to total in. Amounts in it are added as they are. */
  readonly currency: Currency;
  /**
   * Rates into `currency` (never consulted for `currency` itself). Without rates, only amounts
   * already in `currency` are accepted.
   */
  readonly rates?: ExchangeRates<Row> | undefined;
}

/**
 * What {@link sumMoney} returns: a measure over rows holding money in `Field` (and whatever a rate
 * function reads, `Row`), yielding {@link MoneyTotals} without a target currency and
 * {@link ConvertedMoney} with one.
 *
 * @typeParam Field - The money field.
 * @typeParam Currency - The target currency, `never` for totals per currency.
 * @typeParam Row - What a rate function reads besides the money field.
 *
 * @example
 * ```ts
 * import { sumMoney, type SumMoneyMeasure } from 'nsatu';
 *
 * const perCurrency: SumMoneyMeasure<'value'> = sumMoney('value');
 * const inEuros: SumMoneyMeasure<'value', 'EUR'> = sumMoney('value', { currency: 'EUR' });
 * perCurrency.label // => 'sumMoney(value)'
 * inEuros.label // => 'sumMoney(value, EUR)'
 * ```
 *
 * @category Aggregation
 */
export type SumMoneyMeasure<
  Field extends string,
  Currency extends string = never,
  Row = unknown,
> = Measure<
  MoneyRow<Field> & Row,
  [Currency] extends [never] ? MoneyTotals : ConvertedMoney<Currency>
>;

/**
 * Adds up a money field (`{ amount, currency }`, see {@link Money}) in each group, never mixing
 * currencies silently.
 *
 * - Without options it yields the totals per currency, `{ EUR: n, USD: m }` ({@link MoneyTotals}).
 * - With `{ currency, rates }` it converts every other currency into `currency` and yields
 *   `{ currency, amount, converted }` ({@link ConvertedMoney}), `converted` holding, per source
 *   currency, the amount that was converted. `rates` is a flat record (`{ USD: 0.92 }`: target
 *   units per unit) or a function `(currency, row) => rate | undefined`, for rates by date.
 * - With `{ currency }` alone, only amounts already in `currency` are accepted.
 *
 * A currency without a rate is an error (`MISSING_RATE`, naming it), raised when the first amount
 * in it is met. Rows where the field is absent, `undefined` or `null` are skipped.
 *
 * Totals are exact to the cent: amounts are added with compensated (Neumaier) summation, so a
 * million amounts of 0.10 make exactly 100000, where plain `+=` drifts to 100000.00000133288. The
 * result is the double nearest the exact total of the amounts given; it is not rounded to the
 * currency's minor unit.
 *
 * @param field - A field holding money.
 * @param options - The target currency and the exchange rates into it.
 * @returns A measure yielding {@link MoneyTotals}, or {@link ConvertedMoney} with options.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name, a target that is not an
 *   ISO 4217 code, or a rate that is not a positive finite number; while aggregating,
 *   `INVALID_ARGUMENT` for a value that is not money with a finite amount and `MISSING_RATE` for
 *   a currency with no rate.
 *
 * @example
 * ```ts
 * import { aggregate, sumMoney } from 'nsatu';
 *
 * const rows = [
 *   { donor: 'DEU', value: { amount: 100, currency: 'EUR' } },
 *   { donor: 'DEU', value: { amount: 50, currency: 'USD' } },
 *   { donor: 'DEU', value: { amount: 0.1, currency: 'EUR' } },
 * ];
 * aggregate(rows, { by: ['donor'], measures: { value: sumMoney('value') } })
 * // => [{ donor: 'DEU', value: { EUR: 100.1, USD: 50 } }]
 * aggregate(rows, {
 *   by: ['donor'],
 *   measures: { value: sumMoney('value', { currency: 'EUR', rates: { USD: 0.9 } }) },
 * })
 * // => [{ donor: 'DEU', value: { currency: 'EUR', amount: 145.1, converted: { USD: 50 } } }]
 * aggregate(rows, { by: [], measures: { value: sumMoney('value', { currency: 'EUR' }) } })
 * // => throws MISSING_RATE
 * ```
 *
 * @example
 * Rates by date, from a function of the row:
 * ```ts
 * import { aggregate, sumMoney } from 'nsatu';
 *
 * const usdToEur: Record<string, number> = { '2022': 0.95, '2023': 0.92 };
 * const rows = [
 *   { date: '2022-03', value: { amount: 100, currency: 'USD' } },
 *   { date: '2023-07-01', value: { amount: 100, currency: 'USD' } },
 * ];
 * const [total] = aggregate(rows, {
 *   by: [],
 *   measures: {
 *     eur: sumMoney('value', {
 *       currency: 'EUR',
 *       rates: (currency, row: { date: string }) =>
 *         currency === 'USD' ? usdToEur[row.date.slice(0, 4)] : undefined,
 *     }),
 *   },
 * });
 * total?.eur // => { currency: 'EUR', amount: 187, converted: { USD: 200 } }
 * ```
 *
 * @category Aggregation
 */
export function sumMoney<
  const Field extends string,
  const Currency extends string = never,
  Row = unknown,
>(field: Field, options?: SumMoneyOptions<Currency, Row>): SumMoneyMeasure<Field, Currency, Row> {
  const name = checkField(field, 'sumMoney()');
  // The result type follows `Currency`: `never` without options (totals per currency), the
  // target currency with them (a converted total), as the two branches below build.
  if (options === undefined) {
    const label = `sumMoney(${name})`;
    return totalsMeasure(name, label) as SumMoneyMeasure<Field, Currency, Row>;
  }
  // Checked at run time too: JavaScript callers and notebooks pass untyped options.
  const { currency, rates } = options as Partial<Record<'currency' | 'rates', unknown>>;
  if (typeof currency !== 'string') {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `sumMoney(): currency must be an ISO 4217 code, not ${show(currency)}`,
    );
  }
  const label = `sumMoney(${name}, ${currency})`;
  checkCurrency(currency, label);
  let table: Map<string, number> | undefined;
  let byRow: Conversion['byRow'];
  if (typeof rates === 'function') byRow = rates as Conversion['byRow'];
  else if (typeof rates === 'object' && rates !== null) {
    table = new Map();
    for (const [code, rate] of Object.entries(rates)) {
      if (!isRate(rate)) {
        throw new NsatuError(
          'INVALID_ARGUMENT',
          `${label}: the rate for ${code} must be a positive finite number, got ${show(rate)}`,
        );
      }
      table.set(code, rate);
    }
  } else if (rates !== undefined) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `${label}: rates must be a record of rates or a function, not ${show(rates)}`,
    );
  }
  const conversion: Conversion = { field: name, label, currency, table, byRow, create: converted };
  return conversion as unknown as SumMoneyMeasure<Field, Currency, Row>;
}
