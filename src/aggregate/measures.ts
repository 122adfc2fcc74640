import { NsatuError } from '../errors.ts';

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
export type NumericRow<Field extends string> = { readonly [F in Field]?: number | null | undefined };

/** A row read by field name: measures and field keys never see more than this. */
type Fields = Readonly<Record<string, unknown>>;

function notANumber(label: string, field: string, value: unknown): NsatuError {
  return new NsatuError(
    'INVALID_ARGUMENT',
    `${label}: expected a finite number in "${field}", got ${typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value))}`,
  );
}

/**
 * A Neumaier compensated sum: `sum + compensation` is the exact sum of the terms added, rounded
 * once at the end, whatever their order (up to a second-order term). See `sumMoney` for why it was
 * chosen over integer minor units.
 *
 * @internal
 */
export class CompensatedSum {
  sum = 0;
  compensation = 0;

  /** Adds one finite term. */
  add(x: number): void {
    const s = this.sum;
    const t = s + x;
    // The low-order bits lost by `s + x`, recovered exactly from whichever operand is larger.
    this.compensation += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    this.sum = t;
  }

  /** Adds another compensated sum, compensation included. */
  addSum(other: CompensatedSum): void {
    this.add(other.sum);
    this.compensation += other.compensation;
  }

  /** The sum, rounded once. */
  value(): number {
    return this.sum + this.compensation;
  }
}

class CountAccumulator implements Accumulator<unknown, number> {
  n = 0;
  add(): void {
    this.n++;
  }
  merge(other: CountAccumulator): void {
    this.n += other.n;
  }
  value(): number {
    return this.n;
  }
}

/** The state of `sum` and `mean`: a compensated total (as in {@link CompensatedSum}) and a count. */
abstract class Summation {
  sum = 0;
  compensation = 0;
  n = 0;
  constructor(
    readonly field: string,
    readonly label: string,
  ) {}
  add(row: unknown): void {
    const x = (row as Fields)[this.field];
    if (typeof x !== 'number' || x - x !== 0) {
      if (x === undefined || x === null) return;
      throw notANumber(this.label, this.field, x);
    }
    const s = this.sum;
    const t = s + x;
    this.compensation += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    this.sum = t;
    this.n++;
  }
  merge(other: Summation): void {
    const s = this.sum;
    const x = other.sum;
    const t = s + x;
    this.compensation += (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s) + other.compensation;
    this.sum = t;
    this.n += other.n;
  }
  total(): number {
    return this.sum + this.compensation;
  }
}

class SumAccumulator extends Summation implements Accumulator<unknown, number> {
  value(): number {
    return this.total();
  }
}

class MeanAccumulator extends Summation implements Accumulator<unknown, number | undefined> {
  value(): number | undefined {
    return this.n === 0 ? undefined : this.total() / this.n;
  }
}

class ExtremeAccumulator implements Accumulator<unknown, number | undefined> {
  best: number | undefined = undefined;
  constructor(
    readonly field: string,
    readonly label: string,
    /** `1` keeps the largest, `-1` the smallest. */
    readonly sign: 1 | -1,
  ) {}
  add(row: unknown): void {
    const x = (row as Fields)[this.field];
    if (typeof x !== 'number' || x - x !== 0) {
      if (x === undefined || x === null) return;
      throw notANumber(this.label, this.field, x);
    }
    this.take(x);
  }
  merge(other: ExtremeAccumulator): void {
    if (other.best !== undefined) this.take(other.best);
  }
  value(): number | undefined {
    return this.best;
  }
  private take(x: number): void {
    // `-0` is kept as `0`: they compare equal, and which came first must not show in the result.
    if (this.best === undefined || (x - this.best) * this.sign > 0) this.best = x === 0 ? 0 : x;
  }
}

/** Checks a field name given to a measure or a period key. */
export function checkField(field: unknown, what: string): string {
  if (typeof field !== 'string' || field === '') {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `${what} needs a field name, not ${JSON.stringify(field) ?? String(field)}`,
    );
  }
  return field;
}

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
  return { label: 'count()', create: () => new CountAccumulator() };
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
  return { label, create: () => new SumAccumulator(name, label) };
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
  return {
    label,
    create: () => new MeanAccumulator(name, label),
  };
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
  return { label, create: () => new ExtremeAccumulator(name, label, -1) };
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
  return { label, create: () => new ExtremeAccumulator(name, label, 1) };
}
