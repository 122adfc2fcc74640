import { NsatuError } from '../errors.ts';
import type { Accumulator, Measure } from './measures.ts';

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
  | readonly KeyField<Row>[]
  | { readonly [column: string]: KeyField<Row> | KeyFunction<Row> };

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
export type Measures<Row> = { readonly [column: string]: Measure<Row, unknown> };

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

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type GroupColumns<Row, By> = By extends readonly (infer F)[]
  ? { [C in F & string]: C extends keyof Row ? Row[C] : KeyValue }
  : {
      -readonly [C in keyof By & string]: By[C] extends KeyFunction<never, infer Key>
        ? Key
        : By[C] extends keyof Row
          ? Row[By[C]]
          : KeyValue;
    };

type MeasureColumns<M> = {
  -readonly [C in keyof M & string]: M[C] extends Measure<never, infer Value> ? Value : never;
};

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
export type AggregateRow<Row, By, M> = Simplify<GroupColumns<Row, By> & MeasureColumns<M>>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

type FieldRow<F> = { readonly [C in F & string]?: KeyValue };

type ByRow<By> = By extends readonly (infer F)[]
  ? FieldRow<F>
  : UnionToIntersection<
      {
        [C in keyof By]: By[C] extends KeyFunction<infer Row> ? Row : FieldRow<By[C]>;
      }[keyof By]
    >;

type MeasuresRow<M> = UnionToIntersection<
  {
    // A measure reading any row (`count()`) asks nothing of it; `unknown` would swallow the union.
    [C in keyof M]: M[C] extends Measure<infer Row, unknown>
      ? unknown extends Row
        ? object
        : Row
      : never;
  }[keyof M]
>;

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
export type SpecRow<By, M> = Simplify<ByRow<By> & ([keyof M] extends [never] ? unknown : MeasuresRow<M>)>;

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
 *   createAggregator({ by: { donor: (row: { donor: string }) => row.donor }, measures: { records: count() } });
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

/** Any grouping, whatever the rows: what {@link createAggregator} works its row type out from. */
type AnyGroupBy = readonly string[] | { readonly [column: string]: string | KeyFunction<never> };

type Leaf = Accumulator<unknown, unknown>[];
/** A level of the group tree: a `Map` per level, leaves at the last one; never a joined key. */
interface Level extends Map<KeyValue, Level | Leaf> {}

/** A row as the engine reads it: by field name. */
type Fields = Readonly<Record<string, unknown>>;

type Key = (row: Fields) => unknown;

interface Plan {
  readonly columns: readonly string[];
  /** The key of each column, as a function. */
  readonly keys: readonly Key[];
  /** The field of each column given by field name (read in place, without a call), else `undefined`. */
  readonly fields: readonly (string | undefined)[];
  readonly names: readonly string[];
  readonly measures: readonly Measure<unknown, unknown>[];
  /** Columns, fields and measure labels: what `merge` requires to be equal. */
  readonly signature: string;
}

function invalid(message: string): NsatuError {
  return new NsatuError('INVALID_ARGUMENT', message);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function fieldKey(field: string): Key {
  return (row) => row[field];
}

function planOf(spec: unknown): Plan {
  if (!isPlainObject(spec)) throw invalid('aggregate: spec must be an object { by, measures }');
  const { by, measures } = spec;
  const columns: string[] = [];
  const keys: Key[] = [];
  const fields: (string | undefined)[] = [];
  const signature: string[] = [];
  const taken = new Set<string>();
  const claim = (column: string): void => {
    if (column === '' || column === '__proto__' || taken.has(column)) {
      throw invalid(`aggregate: ${JSON.stringify(column)} cannot name a column (empty, reserved or used twice)`);
    }
    taken.add(column);
  };
  if (Array.isArray(by)) {
    for (const field of by as unknown[]) {
      if (typeof field !== 'string') {
        throw invalid(`aggregate: by lists field names, not ${JSON.stringify(field) ?? String(field)}`);
      }
      claim(field);
      columns.push(field);
      keys.push(fieldKey(field));
      fields.push(field);
      signature.push(`${field}=${field}`);
    }
  } else if (isPlainObject(by)) {
    for (const [column, key] of Object.entries(by)) {
      claim(column);
      columns.push(column);
      if (typeof key === 'string' && key !== '') {
        keys.push(fieldKey(key));
        fields.push(key);
        signature.push(`${column}=${key}`);
      } else if (typeof key === 'function') {
        keys.push(key as Key);
        fields.push(undefined);
        signature.push(`${column}=()`);
      } else {
        throw invalid(`aggregate: by.${column} must be a field name or a key function`);
      }
    }
  } else {
    throw invalid('aggregate: by must be a list of fields or an object of columns');
  }
  if (!isPlainObject(measures)) {
    throw invalid('aggregate: measures must be an object of named measures');
  }
  const names: string[] = [];
  const list: Measure<unknown, unknown>[] = [];
  for (const [name, measure] of Object.entries(measures)) {
    const { label, create } = (measure ?? {}) as Partial<Measure<unknown, unknown>>;
    if (typeof label !== 'string' || typeof create !== 'function') {
      throw invalid(
        `aggregate: measures.${name} must be made by count(), sum(), min(), max(), mean() or sumMoney()`,
      );
    }
    claim(name);
    names.push(name);
    list.push(measure as Measure<unknown, unknown>);
    signature.push(`${name}:${label}`);
  }
  return { columns, keys, fields, names, measures: list, signature: signature.join('\n') };
}

function checkKey(key: unknown, column: string): KeyValue {
  if (
    typeof key === 'string' ||
    key === undefined ||
    (typeof key === 'number' && !Number.isNaN(key))
  ) {
    return key;
  }
  throw invalid(
    `aggregate: the key of column "${column}" must be a string, a number or undefined, got ${typeof key === 'number' ? 'NaN' : (JSON.stringify(key) ?? String(key))}`,
  );
}

/** Numbers first (numerically), then strings (by UTF-16 code unit), then `undefined`. */
function compareKeys(a: KeyValue, b: KeyValue): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** Finds (or opens) the leaf of a row's group. */
type Locate = (row: Fields) => Leaf;

/**
 * The group lookup of a plan, written out for one, two and three columns: each level reads its
 * key at a site of its own (a field in place, or a call), so the engines' inline caches see one
 * field each; that keeps `aggregate` within reach of a hand-written nested-Map loop.
 */
function locator(plan: Plan, root: Level | Leaf, open: () => Leaf): Locate {
  const { columns, keys, fields } = plan;
  const depth = columns.length;
  if (depth === 0) return () => root as Leaf;
  const top = root as Level;
  const [c0 = '', c1 = '', c2 = ''] = columns;
  const [f0, f1, f2] = fields;
  const [k0, k1, k2] = keys as [Key, Key, Key];
  const step = (level: Level, key: unknown, column: string): Level => {
    let next = level.get(key as KeyValue) as Level | undefined;
    if (next === undefined) {
      next = new Map();
      level.set(checkKey(key, column), next);
    }
    return next;
  };
  const leafOf = (level: Level, key: unknown, column: string): Leaf => {
    let leaf = level.get(key as KeyValue) as Leaf | undefined;
    if (leaf === undefined) {
      leaf = open();
      level.set(checkKey(key, column), leaf);
    }
    return leaf;
  };
  switch (depth) {
    case 1:
      return (row) => leafOf(top, f0 === undefined ? k0(row) : row[f0], c0);
    case 2:
      return (row) => {
        const level = step(top, f0 === undefined ? k0(row) : row[f0], c0);
        return leafOf(level, f1 === undefined ? k1(row) : row[f1], c1);
      };
    case 3:
      return (row) => {
        let level = step(top, f0 === undefined ? k0(row) : row[f0], c0);
        level = step(level, f1 === undefined ? k1(row) : row[f1], c1);
        return leafOf(level, f2 === undefined ? k2(row) : row[f2], c2);
      };
    default:
      return (row) => {
        let level = top;
        for (let i = 0; i < depth - 1; i++) {
          level = step(level, (keys[i] as Key)(row), columns[i] as string);
        }
        return leafOf(level, (keys[depth - 1] as Key)(row), columns[depth - 1] as string);
      };
  }
}

class GroupAggregator implements Aggregator<unknown, Record<string, unknown>> {
  readonly #plan: Plan;
  /** The group tree; with no group columns, the one leaf of all rows. */
  readonly #root: Level | Leaf;
  readonly #locate: Locate;

  constructor(plan: Plan) {
    this.#plan = plan;
    this.#root = plan.columns.length === 0 ? this.#leaf() : new Map();
    this.#locate = locator(plan, this.#root, () => this.#leaf());
  }

  #leaf(): Leaf {
    const { measures } = this.#plan;
    const leaf: Leaf = [];
    for (const measure of measures) leaf.push(measure.create());
    return leaf;
  }

  add(row: unknown): this {
    if (typeof row !== 'object' || row === null) {
      throw invalid(`aggregate: rows must be objects, got ${String(row)}`);
    }
    const leaf = this.#locate(row as Fields);
    for (let m = 0; m < leaf.length; m++) (leaf[m] as Accumulator<unknown, unknown>).add(row);
    return this;
  }

  addAll(rows: Iterable<unknown>): this {
    if (typeof (rows as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') {
      throw invalid('aggregate: rows must be iterable (an array, a generator, a Set)');
    }
    if (Array.isArray(rows)) {
      for (let i = 0; i < rows.length; i++) this.add(rows[i]);
    } else {
      for (const row of rows) this.add(row);
    }
    return this;
  }

  merge(other: Aggregator<unknown, Record<string, unknown>>): this {
    if (!(other instanceof GroupAggregator)) {
      throw invalid('aggregate: merge takes an aggregator made by createAggregator()');
    }
    if (other === this) throw invalid('aggregate: an aggregator cannot merge itself');
    if (other.#plan.signature !== this.#plan.signature) {
      throw invalid('aggregate: merge takes an aggregator of the same spec');
    }
    const depth = this.#plan.columns.length;
    // The tree is as deep as the spec has columns: an explicit stack, no recursion.
    const stack: [Level | Leaf, Level | Leaf, number][] = [[this.#root, other.#root, 0]];
    for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
      const [mine, theirs, level] = entry;
      if (level === depth) {
        const a = mine as Leaf;
        const b = theirs as Leaf;
        for (let m = 0; m < a.length; m++) {
          (a[m] as Accumulator<unknown, unknown>).merge(b[m] as never);
        }
        continue;
      }
      const into = mine as Level;
      for (const [key, child] of theirs as Level) {
        let target = into.get(key);
        if (target === undefined) {
          target = level + 1 === depth ? this.#leaf() : new Map();
          into.set(key, target);
        }
        stack.push([target, child, level + 1]);
      }
    }
    return this;
  }

  result(): Record<string, unknown>[] {
    const { columns, names } = this.#plan;
    const depth = columns.length;
    const out: Record<string, unknown>[] = [];
    const path: KeyValue[] = [];
    const emit = (leaf: Leaf): void => {
      const row: Record<string, unknown> = {};
      for (let c = 0; c < depth; c++) row[columns[c] as string] = path[c];
      for (let m = 0; m < names.length; m++) {
        row[names[m] as string] = (leaf[m] as Accumulator<unknown, unknown>).value();
      }
      out.push(row);
    };
    if (depth === 0) {
      emit(this.#root as Leaf);
      return out;
    }
    // Depth-first in key order, with an explicit stack of sorted key lists.
    const levels: Level[] = [this.#root as Level];
    const orders: KeyValue[][] = [[...(this.#root as Level).keys()].sort(compareKeys)];
    const positions: number[] = [0];
    while (positions.length > 0) {
      const at = positions.length - 1;
      const order = orders[at] as KeyValue[];
      const position = positions[at] as number;
      if (position === order.length) {
        levels.pop();
        orders.pop();
        positions.pop();
        continue;
      }
      positions[at] = position + 1;
      const key = order[position];
      path[at] = key;
      const child = (levels[at] as Level).get(key) as Level | Leaf;
      if (at + 1 === depth) emit(child as Leaf);
      else {
        levels.push(child as Level);
        orders.push([...(child as Level).keys()].sort(compareKeys));
        positions.push(0);
      }
    }
    return out;
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
 * @param spec - How to group (`by`) and what to compute (`measures`), as for {@link aggregate}.
 * @returns An empty aggregator.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a malformed spec (see {@link aggregate}).
 *
 * @example
 * ```ts
 * import { count, createAggregator, sum } from 'nsatu';
 *
 * const spec = { by: ['donor'], measures: { records: count(), quantity: sum('quantity') } } as const;
 * const monday = createAggregator(spec).addAll([{ donor: 'DEU', quantity: 2 }]);
 * const tuesday = createAggregator(spec).addAll([{ donor: 'DEU', quantity: 3 }, { donor: 'USA', quantity: 1 }]);
 * monday.merge(tuesday).result()
 * // => [{ donor: 'DEU', records: 2, quantity: 5 }, { donor: 'USA', records: 1, quantity: 1 }]
 * ```
 *
 * @category Aggregation
 */
export function createAggregator<
  const By extends AnyGroupBy,
  const M extends Measures<never>,
>(spec: { readonly by: By; readonly measures: M }): Aggregator<
  SpecRow<By, M>,
  AggregateRow<SpecRow<By, M>, By, M>
> {
  return new GroupAggregator(planOf(spec)) as unknown as Aggregator<
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
 * result.map((row) => `${row.donor} ${String(row.month)}`) // => ['DEU 2024-07', 'DEU 2024-08', 'USA 2024-07']
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
  const aggregator = new GroupAggregator(planOf(spec));
  aggregator.addAll(rows);
  return aggregator.result() as AggregateRow<Row, By, M>[];
}
