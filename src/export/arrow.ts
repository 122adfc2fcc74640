// Flechette (uwdata, the Arrow layer of arquero and Mosaic) rather than apache-arrow: a third of
// the size, ESM and CJS with types, and it writes every type used here, structs and lists included.
import {
  TimeUnit,
  bool,
  columnFromArray,
  dictionary,
  dictionaryContext,
  field,
  float64,
  int64,
  list,
  nullType,
  struct,
  tableFromColumns,
  tableToIPC,
  timestamp,
  utf8,
  type Column,
  type DataType,
} from '@uwdata/flechette';

import { NsatuError } from '../errors.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link toArrow}.
 *
 * @example
 * ```ts
 * import type { ToArrowOptions } from 'nsatu/arrow';
 *
 * const options: ToArrowOptions = { columns: ['donor', 'records'], format: 'file' };
 * options.format // => 'file'
 * ```
 *
 * @category Export
 */
export interface ToArrowOptions {
  /**
   * The columns, in order; a column no row has is all nulls. Default: every key of the rows,
   * sorted by code unit, so the bytes do not depend on the key order of the rows' objects.
   */
  readonly columns?: readonly string[] | undefined;
  /**
   * `'stream'` (the IPC streaming format, `.arrows`: what `pyarrow.ipc.open_stream`, Polars'
   * `read_ipc_stream` and DuckDB's `arrow` extension read) or `'file'` (the random-access file
   * format, also called Feather v2: `.arrow`, `pyarrow.feather`, `polars.read_ipc`). Default
   * `'stream'`.
   */
  readonly format?: 'stream' | 'file' | undefined;
  /** Dictionary-encode every string column: smaller when few distinct strings repeat. Default `false`. */
  readonly dictionary?: boolean | undefined;
}

/** A column's Arrow type and its values, made ready for the builder. */
interface Built {
  readonly type: DataType;
  readonly values: unknown[];
}

/** Deeper than any row a table should hold: past it, input is a cycle or junk. */
const MAX_DEPTH = 32;

function fail(message: string): never {
  throw new NsatuError('INVALID_ARGUMENT', message);
}

/** Names a value in an error message (as json.ts does; copied so this entry loads no schema). */
function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value !== 'object' || value === null) return String(value);
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = proto?.constructor?.name;
  return proto === Object.prototype || typeof name !== 'string' || !name
    ? 'an object'
    : `a ${name}`;
}

/**
 * Refuses a lone surrogate: Arrow text is UTF-8, which cannot encode one, and the encoder would
 * silently write U+FFFD instead.
 */
function utf8Only(text: string, where: () => string): void {
  if (/\p{Cs}/u.test(text))
    fail(`${where()} holds text with a lone surrogate, which UTF-8 cannot hold`);
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The kind of a value, which decides its Arrow type; throws for what Arrow cannot hold here. */
function kindOf(value: unknown, where: () => string): string {
  if (Array.isArray(value)) return 'list';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(`${where()} holds an invalid Date`);
    return 'date';
  }
  if (isObject(value)) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) return 'struct';
  } else if (typeof value !== 'function' && typeof value !== 'symbol') {
    if (typeof value === 'bigint' && BigInt.asIntN(64, value) !== value) {
      fail(`${where()} holds ${describe(value)}, outside the 64-bit integer range`);
    }
    if (typeof value === 'string') utf8Only(value, where);
    return typeof value;
  }
  return fail(`${where()} holds ${describe(value)}, which an Arrow column cannot hold`);
}

/**
 * Infers the type of a column (or of the children of a struct or list) from all its values and
 * normalises the values for the builder: `null` for none, plain arrays, null-prototype objects
 * with exactly the struct's fields.
 */
function build(
  values: readonly unknown[],
  rows: readonly number[],
  name: string,
  dict: boolean,
  depth: number,
): Built {
  if (depth > MAX_DEPTH) fail(`Column ${name} is nested over ${MAX_DEPTH} levels deep (a cycle?)`);
  const row = (i: number): number => rows[i] ?? i;
  let kind: string | undefined;
  let first = 0;
  values.forEach((value, i) => {
    if (value === undefined || value === null) return;
    const k = kindOf(value, () => `Row ${row(i)}, column ${name},`);
    if (kind === undefined) {
      kind = k;
      first = i;
    } else if (k !== kind) {
      fail(
        `Row ${row(i)}, column ${name}, holds a ${k} where row ${row(first)} holds a ${kind}: a column holds one kind of value`,
      );
    }
  });
  const out = values.map((value) => value ?? null);
  if (kind === 'list') {
    const items: unknown[] = [];
    const itemRows: number[] = [];
    values.forEach((value, i) => {
      if (!Array.isArray(value)) return;
      // Array.from reads holes as undefined, so a sparse array keeps its length.
      for (const item of Array.from(value)) {
        items.push(item);
        itemRows.push(row(i));
      }
    });
    const child = build(items, itemRows, `${name}[]`, dict, depth + 1);
    let at = 0;
    return {
      type: list(child.type),
      values: out.map((value) =>
        Array.isArray(value) ? child.values.slice(at, (at += value.length)) : null,
      ),
    };
  }
  if (kind === 'struct') {
    const objects = out as (Readonly<Record<string, unknown>> | null)[];
    const keys = [...new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])))].sort();
    for (const key of keys) utf8Only(key, () => `Column ${name}, field ${JSON.stringify(key)},`);
    const children = keys.map((key) =>
      build(
        objects.map((o) => (o && Object.hasOwn(o, key) ? o[key] : null)),
        rows,
        `${name}.${JSON.stringify(key)}`,
        dict,
        depth + 1,
      ),
    );
    return {
      type: struct(keys.map((key, j) => field(key, (children[j] as Built).type))),
      values: objects.map((o, i) => {
        if (!o) return null;
        const copy: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        keys.forEach((key, j) => (copy[key] = children[j]?.values[i]));
        return copy;
      }),
    };
  }
  // flechette builds no nested `null` column, so a struct field or list item with no value
  // anywhere is text, all null; a top-level column with none has the `null` type.
  const text = kind === 'string' || (kind === undefined && depth > 0);
  const type = text
    ? dict
      ? dictionary(utf8())
      : utf8()
    : kind === 'number'
      ? float64()
      : kind === 'bigint'
        ? int64()
        : kind === 'boolean'
          ? bool()
          : kind === 'date'
            ? timestamp(TimeUnit.MILLISECOND, 'UTC')
            : nullType();
  return { type, values: out };
}

/**
 * Writes rows as Apache Arrow IPC bytes: the hand-off to DuckDB, Polars, pandas or Spark when
 * data outgrows one process. Stream format by default, file format on request.
 *
 * Each column's type is inferred from all its values, the same for every value of a kind, so the
 * schema depends on the kinds of values, never on the values themselves:
 *
 * - numbers → `float64`, integers too: JavaScript numbers are doubles, so every value comes back
 *   exactly, and a column does not turn from `int` to `float` between two exports because one
 *   amount had a fraction (which would break appending them); cast in the reader if you want ints;
 * - strings → `utf8` (`dictionary<utf8>` with `dictionary: true`). Dates of the dataset stay
 *   strings: `2024` and `2024-07` are a year and a month, and an Arrow date would invent a day;
 * - booleans → `bool`; bigints → `int64`; `Date` objects → `timestamp[ms, UTC]`;
 * - plain objects (a `Money`, the per-currency totals of {@link nsatu!summarizeAid}) → a `struct` with
 *   the union of their keys, sorted, so `value.amount` and `value.currency` stay one column that
 *   readers can unnest; arrays → a `list` of their items' type;
 * - `null`, `undefined` and absent keys → nulls; a column with no value at all → the `null` type
 *   (a struct field or list item with no value anywhere → `utf8`, all null: flechette builds no
 *   nested `null` column).
 *
 * @param rows - Plain objects; the keys are the columns.
 * @param options - The columns, the IPC format and dictionary encoding.
 * @returns The Arrow IPC bytes: one record batch with a row per input row.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a row that is not an object; a column that
 *   mixes kinds (a number in one row, a string in another: never coerced), naming the column and
 *   the rows; a function, symbol, class instance, invalid `Date` or out-of-range bigint; rows
 *   without any column (their number would be lost); duplicate `columns`; an unknown `format`.
 *
 * @example
 * ```ts
 * import { tableFromIPC } from '@uwdata/flechette';
 * import { toArrow } from 'nsatu/arrow';
 *
 * const rows = [
 *   { donor: 'DEU', records: 2, value: { amount: 5_000_000, currency: 'EUR' } },
 *   { donor: 'GBR', records: 1 },
 * ];
 * const bytes = toArrow(rows);
 * bytes.byteLength > 0 // => true
 * const table = tableFromIPC(bytes);
 * table.numRows // => 2
 * table.schema.fields.map((f) => f.name) // => ['donor', 'records', 'value']
 * table.toArray()[1] // => { donor: 'GBR', records: 1, value: null }
 * toArrow([{ n: 1 }, { n: 'one' }]) // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Export
 */
export function toArrow(rows: readonly object[], options: ToArrowOptions = {}): Uint8Array {
  options = optionsOf('toArrow', options);
  if (!Array.isArray(rows)) fail('toArrow writes an array of rows');
  const format: unknown = options.format ?? 'stream';
  if (format !== 'stream' && format !== 'file') {
    fail(`format must be 'stream' or 'file', not ${describe(format)}`);
  }
  if (options.columns !== undefined && !Array.isArray(options.columns)) {
    fail('columns must be an array of names');
  }
  const objects = rows as readonly unknown[];
  objects.forEach((row, i) => {
    if (!isObject(row)) fail(`Row ${i} is not an object`);
  });
  const records = objects as readonly Readonly<Record<string, unknown>>[];
  const columns =
    options.columns ?? [...new Set(records.flatMap((row) => Object.keys(row)))].sort();
  if (new Set(columns).size !== columns.length) fail('columns has duplicate names');
  if (columns.length === 0 && records.length > 0) {
    fail(
      `No columns to write: an Arrow table without columns keeps no rows (${records.length} given)`,
    );
  }
  const indexes = records.map((_, i) => i);
  const dicts = dictionaryContext();
  const table = tableFromColumns(
    columns.map((name): [string, Column<unknown>] => {
      if (typeof name !== 'string') fail(`columns must be strings, not ${describe(name)}`);
      utf8Only(name, () => `Column ${JSON.stringify(name)}`);
      const built = build(
        records.map((row) => (Object.hasOwn(row, name) ? row[name] : null)),
        indexes,
        JSON.stringify(name),
        options.dictionary === true,
        0,
      );
      return [name, columnFromArray(built.values, built.type, {}, dicts)];
    }),
  );
  return tableToIPC(table, { format }) as Uint8Array;
}
