import { NsatuError } from '../errors.ts';
import { addRows, createEngine, mergeEngines, results, type Engine } from './engine.ts';
import type { Measure } from './measures.ts';

/**
 * What a group key can be: a string, a number or `undefined` (a group of its own, sorted last).
 *
 * @example
 * ```ts
 * import type { KeyValue } from 'nsatu';
 *
 * const keys: KeyValue[] = ['DEU', 2024, undefined];
 * keys.length // => 3
 * ```
 *
 * @category Aggregation
 */
export type KeyValue = string | number | undefined;

/**
 * A function computing a group key from a row, such as those {@link month}, {@link quarter} and
 * {@link year} make. It must be pure: it is called once per row, in input order.
 *
 * @typeParam Row - The rows it reads.
 * @typeParam Key - The keys it returns.
 *
 * @example
 * ```ts
 * import type { KeyFunction } from 'nsatu';
 *
 * const initial: KeyFunction<{ donor: string }, string> = (row) => row.donor.slice(0, 1);
 * initial({ donor: 'DEU' }) // => 'D'
 * ```
 *
 * @category Aggregation
 */
export type KeyFunction<in Row, out Key extends KeyValue = KeyValue> = (row: Row) => Key;

/**
 * The fields of `Row` that can serve as group keys as they are: those holding strings, numbers or
 * `undefined`.
 *
 * @typeParam Row - The row type.
 *
 * @example
 * ```ts
 * import type { KeyField } from 'nsatu';
 *
 * const field: KeyField<{ donor: string; quantity?: number; correction: boolean }> = 'donor';
 * field // => 'donor'
 * ```
 *
 * @category Aggregation
 */
export type KeyField<Row> = {
  [F in keyof Row]-?: Row[F] extends KeyValue ? F : never;
}[keyof Row] &
  string;

/**
 * How {@link aggregate} groups rows: a list of fields (each gives a column of the same name), or
 * an object naming each column and giving its field or {@link KeyFunction}. Columns come in the
 * order given, and rows are sorted by them in that order. An empty list makes one group of all
 * rows.
 *
 * @typeParam Row - The row type.
 *
 * @example
 * ```ts
 * import { month, type GroupBy } from 'nsatu';
 *
 * type Row = { donor: string; stage: string; date?: string };
 * const byFields: GroupBy<Row> = ['donor', 'stage'];
 * const byColumns: GroupBy<Row> = { who: 'donor', month: month('date') };
 * byFields.length // => 2
 * Object.keys(byColumns) // => ['who', 'month']
 * ```
 *
 * @category Aggregation
 */
export type GroupBy<Row> =
  readonly KeyField<Row>[] | Readonly<Record<string, KeyField<Row> | KeyFunction<Row>>>;

/**
 * The measures of an aggregation: each names a result column and gives the {@link Measure}
 * computing it.
 *
 * @typeParam Row - The row type.
 *
 * @example
 * ```ts
 * import { count, sum, type Measures } from 'nsatu';
 *
 * const measures: Measures<{ quantity?: number }> = { records: count(), quantity: sum('quantity') };
 * measures.quantity?.label // => 'sum(quantity)'
 * ```
 *
 * @category Aggregation
 */
export type Measures<Row> = Readonly<Record<string, Measure<Row, unknown>>>;

/**
 * What {@link aggregate} and {@link createAggregator} take: how to group, and what to compute
 * per group.
 *
 * @typeParam Row - The row type.
 * @typeParam By - The grouping.
 * @typeParam M - The measures.
 *
 * @example
 * ```ts
 * import { count, sum, type AggregateSpec } from 'nsatu';
 *
 * const spec: AggregateSpec<{ donor: string; quantity?: number }> = {
 *   by: ['donor'],
 *   measures: { records: count(), quantity: sum('quantity') },
 * };
 * spec.by // => ['donor']
 * ```
 *
 * @category Aggregation
 */
export interface AggregateSpec<
  Row,
  By extends GroupBy<Row> = GroupBy<Row>,
  M extends Measures<Row> = Measures<Row>,
> {
  /** The group columns. */
  readonly by: By;
  /** The measure columns. */
  readonly measures: M;
}

/**
 * One result row of an aggregation: the group columns, typed from their fields or key functions,
 * then the measure columns, typed from their measures.
 *
 * @typeParam Row - The row type.
 * @typeParam By - The grouping.
 * @typeParam M - The measures.
 *
 * @example
 * ```ts
 * import { count, type AggregateRow, type Measure } from 'nsatu';
 *
 * type Row = { donor: string; quantity?: number };
 * const result: AggregateRow<Row, ['donor'], { records: Measure<unknown, number> }> = {
 *   donor: 'DEU',
 *   records: 3,
 * };
 * result.records // => 3
 * count().label // => 'count()'
 * ```
 *
 * @category Aggregation
 */
// One mapped type, with no named helpers, so the API reference can show it whole.
export type AggregateRow<Row, By, M> = {
  [
    C in (By extends readonly (infer F)[] ? F & string : keyof By & string) | (keyof M & string)
  ]: C extends keyof M
    ? M[C] extends Measure<never, infer Value>
      ? Value
      : never
    : By extends readonly unknown[]
      ? C extends keyof Row
        ? Row[C]
        : KeyValue
      : C extends keyof By
        ? By[C] extends KeyFunction<never, infer Key>
          ? Key
          : By[C] extends keyof Row
            ? Row[By[C]]
            : KeyValue
        : never;
};

/**
 * The rows a spec can read, worked out from the spec alone (for {@link createAggregator}): the
 * rows its key functions and measures read, with every field key holding a {@link KeyValue}.
 *
 * @typeParam By - The grouping.
 * @typeParam M - The measures.
 *
 * @example
 * ```ts
 * import { sum, type SpecRow } from 'nsatu';
 *
 * const quantity = sum('quantity');
 * const row: SpecRow<['donor'], { quantity: typeof quantity }> = { donor: 'DEU', quantity: 4 };
 * row.quantity // => 4
 * ```
 *
 * @category Aggregation
 */
// The intersection of what each column and measure reads (a union turned into an intersection
// through a function parameter), written out with no named helpers for the API reference.
export type SpecRow<By, M> = (

    | (By extends readonly (infer F)[]
        ? Partial<Readonly<Record<F & string, KeyValue>>>
        : {
            [C in keyof By]: By[C] extends KeyFunction<infer Row>
              ? Row
              : Partial<Readonly<Record<By[C] & string, KeyValue>>>;
          }[keyof By])
    | {
        // A measure reading any row (`count()`) asks nothing of it: `unknown` would swallow the
        // union.
        [C in keyof M]: M[C] extends Measure<infer Row, unknown>
          ? unknown extends Row
            ? object
            : Row
          : never;
      }[keyof M] extends infer Part
    ? Part extends unknown
      ? (x: Part) => void
      : never
    : never
) extends (x: infer Row) => void
  ? Row
  : never;

/**
 * An aggregation in progress, made by {@link createAggregator}: feed it rows in as many pieces as
 * needed, merge it with others of the same spec (aggregated elsewhere, over other rows), and read
 * the result at any time. Aggregating the pieces of an input separately and merging them gives
 * what one pass over the whole gives.
 *
 * After it has thrown (a `NaN`, a missing rate), its state is unspecified: discard it.
 *
 * @typeParam Row - The rows it takes.
 * @typeParam Result - Its result rows.
 *
 * @example
 * ```ts
 * import { count, createAggregator, type Aggregator } from 'nsatu';
 *
 * const aggregator: Aggregator<{ donor: string }, { donor: string; records: number }> =
 *   createAggregator({
 *     by: { donor: (row: { donor: string }) => row.donor },
 *     measures: { records: count() },
 *   });
 * aggregator.add({ donor: 'DEU' }).result() // => [{ donor: 'DEU', records: 1 }]
 * ```
 *
 * @category Aggregation
 */
export interface Aggregator<Row, Result> {
  /**
   * Adds one row.
   *
   * @param row - A row.
   * @returns This aggregator.
   */
  // `R` spares row literals the excess-property check: rows may carry fields the spec ignores.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see above
  add<R extends Row>(row: R): this;
  /**
   * Adds every row of an iterable, in one pass.
   *
   * @param rows - Any iterable of rows: an array, a generator, a `Set`.
   * @returns This aggregator.
   */
  addAll<R extends Row>(rows: Iterable<R>): this;
  /**
   * Adds what another aggregator of the same spec holds, as if its rows had been added here;
   * `other` is left as it is.
   *
   * @param other - An aggregator made by {@link createAggregator} from the same spec.
   * @returns This aggregator.
   */
  merge(other: Aggregator<Row, Result>): this;
  /**
   * Computes the result rows of the groups so far, sorted as {@link aggregate} sorts them.
   *
   * @returns New plain objects, one per group.
   */
  result(): Result[];
}

class GroupAggregator implements Aggregator<unknown, Record<string, unknown>> {
  readonly #engine: Engine;

  constructor(spec: unknown) {
    this.#engine = createEngine(spec);
  }

  add(row: unknown): this {
    addRows(this.#engine, [row]);
    return this;
  }

  addAll(rows: Iterable<unknown>): this {
    addRows(this.#engine, rows);
    return this;
  }

  merge(other: Aggregator<unknown, Record<string, unknown>>): this {
    if (!(other instanceof GroupAggregator)) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        'aggregate: merge takes an aggregator made by createAggregator()',
      );
    }
    mergeEngines(this.#engine, other.#engine);
    return this;
  }

  result(): Record<string, unknown>[] {
    return results(this.#engine);
  }
}

/**
 * Creates an aggregator: the engine behind {@link aggregate}, for input that comes in pieces
 * (chunks of a stream, files, workers) — add rows as they come, merge aggregators that saw other
 * pieces, read the result when needed. Splitting an input, aggregating the parts and merging gives
 * what {@link aggregate} gives on the whole.
 *
 * Its row type is worked out from the spec alone ({@link SpecRow}), so columns of fields given by
 * name are typed {@link KeyValue}; key functions with typed parameters keep their types.
 *
 * @param spec - How to group and what to compute, as for {@link aggregate}.
 * @param spec.by - The group columns: a list of fields, or an object of fields and key functions.
 * @param spec.measures - The measure columns.
 * @returns An empty aggregator.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a malformed spec (see {@link aggregate}).
 *
 * @example
 * ```ts
 * import { count, createAggregator, sum } from 'nsatu';
 *
 * const spec = { by: ['donor'], measures: { records: count(), quantity: sum('quantity') } } as const;
 * const monday = createAggregator(spec).addAll([{ donor: 'DEU', quantity: 2 }]);
 * const tuesday = createAggregator(spec).addAll([
 *   { donor: 'DEU', quantity: 3 },
 *   { donor: 'USA', quantity: 1 },
 * ]);
 * monday.merge(tuesday).result()
 * // => [{ donor: 'DEU', records: 2, quantity: 5 }, { donor: 'USA', records: 1, quantity: 1 }]
 * ```
 *
 * @category Aggregation
 */
export function createAggregator<
  const By extends readonly string[] | Readonly<Record<string, string | KeyFunction<never>>>,
  const M extends Measures<never>,
>(spec: {
  readonly by: By;
  readonly measures: M;
}): Aggregator<SpecRow<By, M>, AggregateRow<SpecRow<By, M>, By, M>> {
  return new GroupAggregator(spec) as unknown as Aggregator<
    SpecRow<By, M>,
    AggregateRow<SpecRow<By, M>, By, M>
  >;
}

/**
 * Groups rows and computes measures per group, in one pass over any iterable (an array, a
 * generator), without copying or changing it.
 *
 * - `by` lists fields (`['donor', 'stage']`, each a column of the same name), or maps column names
 *   to a field or a key function (`{ donor: 'donor', month: month('date') }`). Rows whose key is
 *   `undefined` form a group of their own, whose column is `undefined`. A key must be a string, a
 *   number or `undefined`. `by: []` makes one group of all rows — a grand total, present even for
 *   no rows.
 * - `measures` names the measure columns: {@link count}, {@link sum}, {@link min}, {@link max},
 *   {@link mean}, {@link sumMoney}.
 *
 * Groups are kept in nested maps, one level per column: no key is built per row.
 *
 * @param rows - Any iterable of objects.
 * @param spec - How to group (`by`) and what to compute per group (`measures`).
 * @returns One plain object per group (group columns, then measure columns), sorted by the group
 *   columns in order: numbers numerically, then strings by UTF-16 code unit, then `undefined` —
 *   the same whatever the order of the input.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a malformed spec (a column named twice, a
 *   measure not made by a measure function), rows that are not iterable or not objects, a key
 *   that is not a string, a number or `undefined` (such as `null` or `NaN`), or a measure's
 *   invalid value (such as `NaN`); `MISSING_RATE` from {@link sumMoney}.
 *
 * @example
 * ```ts
 * import { aggregate, count, month, sum, sumMoney } from 'nsatu';
 *
 * const aid = [
 *   { donor: 'USA', date: '2024-07-10', quantity: 12, value: { amount: 300, currency: 'USD' } },
 *   { donor: 'DEU', date: '2024-07', quantity: 4, value: { amount: 200, currency: 'EUR' } },
 *   { donor: 'DEU', date: '2024-08-02', quantity: 6 },
 *   { donor: 'DEU', date: '2024-07-30', value: { amount: 50, currency: 'EUR' } },
 * ];
 * const result = aggregate(aid, {
 *   by: { donor: 'donor', month: month('date') },
 *   measures: { records: count(), quantity: sum('quantity'), value: sumMoney('value') },
 * });
 * result.map((row) => `${row.donor} ${String(row.month)}`)
 * // => ['DEU 2024-07', 'DEU 2024-08', 'USA 2024-07']
 * result[0] // => { donor: 'DEU', month: '2024-07', records: 2, quantity: 4, value: { EUR: 250 } }
 * result[1]?.value // => {}
 * ```
 *
 * @category Aggregation
 */
export function aggregate<Row, const By extends GroupBy<Row>, const M extends Measures<Row>>(
  rows: Iterable<Row>,
  spec: AggregateSpec<Row, By, M>,
): AggregateRow<Row, By, M>[] {
  const engine = createEngine(spec);
  addRows(engine, rows);
  return results(engine) as AggregateRow<Row, By, M>[];
}
