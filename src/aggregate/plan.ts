// The plan of an aggregation: its spec read once (columns, how each key is read, measures), so
// the engine's loops find everything in plain objects.
import { NsatuError } from '../errors.ts';
import type { KeyValue } from './aggregate.ts';
import { show } from './checks.ts';
import type { Measure } from './measures.ts';
import { PERIOD_CODES, type PeriodCodes } from './periods.ts';

/**
 * A row as the engine reads it: by field name.
 *
 * @internal
 */
export type Fields = Readonly<Record<string, unknown>>;

/**
 * How a column's key is read when it is not a field read in place: an object with a `read`
 * method, so the engine calls module-level functions (a period's, or `callKey` around a user's
 * function) and its optimised code embeds no closure that dies with the spec.
 */
export interface Key {
  readonly read: (this: Key, row: Fields) => unknown;
}

interface FieldKey extends Key {
  readonly field: string;
}

interface CallKey extends Key {
  readonly fn: (row: Fields) => unknown;
}

function readField(this: FieldKey, row: Fields): unknown {
  return row[this.field];
}

function callKey(this: CallKey, row: Fields): unknown {
  return this.fn(row);
}

/**
 * A spec, read: what the engine needs of it, in arrays indexed by column and measure.
 *
 * @internal
 */
export interface Plan {
  readonly columns: readonly string[];
  /** The key of each column, as a function. */
  readonly keys: readonly Key[];
  /** The field of each column given by field name (read in place, not called), else `undefined`. */
  readonly fields: readonly (string | undefined)[];
  /** For a period column, the name of each period number the group maps hold; else `undefined`. */
  readonly periods: readonly (((code: number) => string) | undefined)[];
  readonly names: readonly string[];
  readonly measures: readonly Measure<unknown, unknown>[];
  /** Columns, fields and measure labels: what `merge` requires to be equal. */
  readonly signature: string;
}

/**
 * An `INVALID_ARGUMENT` error.
 *
 * @internal
 */
export function invalid(message: string): NsatuError {
  return new NsatuError('INVALID_ARGUMENT', message);
}

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function fieldKey(field: string): Key {
  const key: FieldKey = { read: readField as Key['read'], field };
  return key;
}

/** The period numbers of a key made by `month`, `quarter` or `year`, read in its stead. */
function periodCodes(key: object): PeriodCodes | undefined {
  return (key as { readonly [PERIOD_CODES]?: PeriodCodes })[PERIOD_CODES];
}

/**
 * Reads a spec into a plan, throwing `INVALID_ARGUMENT` for a malformed one.
 *
 * @internal
 */
export function planOf(spec: unknown): Plan {
  if (!isPlainObject(spec)) throw invalid('aggregate: spec must be an object { by, measures }');
  const { by, measures } = spec;
  const columns: string[] = [];
  const keys: Key[] = [];
  const fields: (string | undefined)[] = [];
  const periods: (((code: number) => string) | undefined)[] = [];
  const signature: string[] = [];
  const taken = new Set<string>();
  const claim = (column: string): void => {
    if (column === '' || column === '__proto__' || taken.has(column)) {
      throw invalid(
        `aggregate: ${show(column)} cannot name a column (empty, reserved or used twice)`,
      );
    }
    taken.add(column);
  };
  if (Array.isArray(by)) {
    for (const field of by as unknown[]) {
      if (typeof field !== 'string') {
        throw invalid(`aggregate: by lists field names, not ${show(field)}`);
      }
      claim(field);
      columns.push(field);
      keys.push(fieldKey(field));
      fields.push(field);
      periods.push(undefined);
      signature.push(`${field}=${field}`);
    }
  } else if (isPlainObject(by)) {
    for (const [column, key] of Object.entries(by)) {
      claim(column);
      columns.push(column);
      const codes = typeof key === 'function' ? periodCodes(key) : undefined;
      if (typeof key === 'string' && key !== '') {
        keys.push(fieldKey(key));
        fields.push(key);
        periods.push(undefined);
        signature.push(`${column}=${key}`);
      } else if (codes !== undefined) {
        keys.push(codes as unknown as Key);
        fields.push(undefined);
        periods.push(codes.name);
        signature.push(`${column}=${codes.label}`);
      } else if (typeof key === 'function') {
        const call: CallKey = { read: callKey as Key['read'], fn: key as CallKey['fn'] };
        keys.push(call);
        fields.push(undefined);
        periods.push(undefined);
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
  return {
    columns,
    keys,
    fields,
    periods,
    names,
    measures: list,
    signature: signature.join('\n'),
  };
}

/**
 * A group key as the maps keep it, or an `INVALID_ARGUMENT` error for a key that is none.
 *
 * @internal
 */
export function checkKey(key: unknown, column: string): KeyValue {
  if (
    typeof key === 'string' ||
    key === undefined ||
    (typeof key === 'number' && !Number.isNaN(key))
  ) {
    return key;
  }
  throw invalid(
    `aggregate: the key of column "${column}" must be a string, a number or undefined, got ${show(key)}`,
  );
}

/**
 * The order of group keys: numbers first (numerically), then strings (by UTF-16 code unit), then
 * `undefined`.
 *
 * @internal
 */
export function compareKeys(a: KeyValue, b: KeyValue): number {
  if (a === b) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}
