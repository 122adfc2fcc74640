import { checkField } from './checks.ts';
import { fieldMeasure, newCount, newMax, newMean, newMin, newSum } from './numericState.ts';

/**
 * The running state of one measure in one group.
 *
 * @internal
 */
export interface Accumulator<in Row, out Value> {
  /** Takes one row of the group into account. */
  readonly add: (row: Row) => void;
  /** Takes in another accumulator of the same measure (never the same object); leaves it as is. */
  readonly merge: (other: never) => void;
  /** The value so far. */
  readonly value: () => Value;
}

/**
 * A named computation over the rows of each group, built by {@link count}, {@link sum},
 * {@link min}, {@link max}, {@link mean} or {@link sumMoney}, and given to {@link aggregate} under
 * the name of its result column. `Row` is the row shape it reads (such as
 * `{ quantity?: number | null }`), `Value` the type of its result column.
 *
 * @typeParam Row - The rows it can read.
 * @typeParam Value - What it yields per group.
 *
 * @example
 * ```ts
 * import { sum, type Measure } from 'nsatu';
 *
 * const quantity: Measure<{ quantity?: number }, number> = sum('quantity');
 * quantity.label // => 'sum(quantity)'
 * ```
 *
 * @category Aggregation
 */
export interface Measure<in Row, out Value> {
  /** What it computes, as in error messages: `'count()'`, `'sum(quantity)'`. */
  readonly label: string;
  /**
   * Creates the empty state of one group.
   *
   * @internal
   */
  readonly create: () => Accumulator<Row, Value>;
}

/**
 * The rows a numeric measure over `Field` reads: the field holds a number, or is absent, `undefined`
 * or `null` (rows that are skipped).
 *
 * @typeParam Field - The field name.
 *
 * @example
 * ```ts
 * import type { NumericRow } from 'nsatu';
 *
 * const row: NumericRow<'quantity'> = { quantity: 12 };
 * row.quantity // => 12
 * ```
 *
 * @category Aggregation
 */
export type NumericRow<Field extends string> = Partial<
  Readonly<Record<Field, number | null | undefined>>
>;

/**
 * Counts the rows of each group.
 *
 * @returns A measure yielding the number of rows, `0` for the one group of an empty input grouped
 *   by nothing.
 *
 * @example
 * ```ts
 * import { aggregate, count } from 'nsatu';
 *
 * const rows = [{ donor: 'DEU' }, { donor: 'USA' }, { donor: 'DEU' }];
 * aggregate(rows, { by: ['donor'], measures: { records: count() } })
 * // => [{ donor: 'DEU', records: 2 }, { donor: 'USA', records: 1 }]
 * ```
 *
 * @category Aggregation
 */
export function count(): Measure<unknown, number> {
  return {
    label: 'count()',
    create: newCount,
  };
}

/**
 * Adds up a numeric field in each group. Rows where the field is absent, `undefined` or `null` are
 * skipped; any other value that is not a finite number (`NaN`, `Infinity`, a string) is an error,
 * never a silent `NaN` total. The sum is compensated (Neumaier), so it does not drift with the
 * number of rows or their order.
 *
 * @param field - A field holding numbers.
 * @returns A measure yielding the total, `0` for a group with no number.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a finite number.
 *
 * @example
 * ```ts
 * import { aggregate, sum } from 'nsatu';
 *
 * const rows = [{ donor: 'DEU', quantity: 3 }, { donor: 'DEU' }, { donor: 'DEU', quantity: 4 }];
 * aggregate(rows, { by: ['donor'], measures: { quantity: sum('quantity') } })
 * // => [{ donor: 'DEU', quantity: 7 }]
 * ```
 *
 * @category Aggregation
 */
export function sum<const Field extends string>(field: Field): Measure<NumericRow<Field>, number> {
  const name = checkField(field, 'sum()');
  const label = `sum(${name})`;
  return fieldMeasure(name, label, newSum);
}

/**
 * Takes the arithmetic mean of a numeric field in each group, over the rows that have a number
 * there (absent, `undefined` and `null` are skipped, not counted as zero; `NaN` is an error).
 *
 * @param field - A field holding numbers.
 * @returns A measure yielding the mean, or `undefined` for a group with no number.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a finite number.
 *
 * @example
 * ```ts
 * import { aggregate, mean } from 'nsatu';
 *
 * const rows = [{ quantity: 10 }, { quantity: null }, { quantity: 20 }];
 * aggregate(rows, { by: [], measures: { average: mean('quantity') } })
 * // => [{ average: 15 }]
 * ```
 *
 * @category Aggregation
 */
export function mean<const Field extends string>(
  field: Field,
): Measure<NumericRow<Field>, number | undefined> {
  const name = checkField(field, 'mean()');
  const label = `mean(${name})`;
  return fieldMeasure(name, label, newMean);
}

/**
 * Takes the smallest value of a numeric field in each group (absent, `undefined` and `null` are
 * skipped; `NaN` is an error).
 *
 * @param field - A field holding numbers.
 * @returns A measure yielding the minimum, or `undefined` for a group with no number.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a finite number.
 *
 * @example
 * ```ts
 * import { aggregate, min } from 'nsatu';
 *
 * const rows = [{ quantity: 10 }, { quantity: 4 }, {}];
 * aggregate(rows, { by: [], measures: { smallest: min('quantity') } }) // => [{ smallest: 4 }]
 * ```
 *
 * @category Aggregation
 */
export function min<const Field extends string>(
  field: Field,
): Measure<NumericRow<Field>, number | undefined> {
  const name = checkField(field, 'min()');
  const label = `min(${name})`;
  return fieldMeasure(name, label, newMin);
}

/**
 * Takes the largest value of a numeric field in each group (absent, `undefined` and `null` are
 * skipped; `NaN` is an error).
 *
 * @param field - A field holding numbers.
 * @returns A measure yielding the maximum, or `undefined` for a group with no number.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a finite number.
 *
 * @example
 * ```ts
 * import { aggregate, max } from 'nsatu';
 *
 * const rows = [{ quantity: 10 }, { quantity: 4 }, {}];
 * aggregate(rows, { by: [], measures: { largest: max('quantity') } }) // => [{ largest: 10 }]
 * ```
 *
 * @category Aggregation
 */
export function max<const Field extends string>(
  field: Field,
): Measure<NumericRow<Field>, number | undefined> {
  const name = checkField(field, 'max()');
  const label = `max(${name})`;
  return fieldMeasure(name, label, newMax);
}
