import { NsatuError } from '../errors.ts';
import type { KeyFunction } from './aggregate.ts';
import { checkField, show } from './checks.ts';

/**
 * The bucket of a date too coarse for the period asked: a year-precise date (`'2024'`) is in no
 * month and no quarter, so {@link month} and {@link quarter} put it here rather than in January or
 * Q1. It sorts after every period key.
 *
 * @example
 * ```ts
 * import { UNSPECIFIED_PERIOD, month } from 'nsatu';
 *
 * UNSPECIFIED_PERIOD // => 'unspecified'
 * month('date')({ date: '2024' }) === UNSPECIFIED_PERIOD // => true
 * ```
 *
 * @category Aggregation
 */
export const UNSPECIFIED_PERIOD = 'unspecified';

/**
 * The rows a period key over `Field` reads: the field holds a partial date (`YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`), or is absent, `undefined` or `null` (no date: the key is `undefined`).
 *
 * @typeParam Field - The field name.
 *
 * @example
 * ```ts
 * import type { DateRow } from 'nsatu';
 *
 * const row: DateRow<'date'> = { date: '2024-07' };
 * row.date // => '2024-07'
 * ```
 *
 * @category Aggregation
 */
export type DateRow<Field extends string> = Partial<
  Readonly<Record<Field, string | null | undefined>>
>;

/** The quarter (0–3) of each month (1–12). */
const QUARTER = [0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3];

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The digit at `i`, or `-1`. */
function digit(date: string, i: number): number {
  const d = date.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Reads a partial date from its characters, without making strings: `year * 16 + month`, `month`
 * being 0 for a year-precise date; `-1` for no date. Throws for anything but a real calendar date.
 */
function dateCode(value: unknown, field: string, label: string): number {
  if (typeof value !== 'string') {
    if (value === undefined || value === null) return -1;
    throw badDate(value, field, label);
  }
  const length = value.length;
  const y0 = digit(value, 0);
  const y1 = digit(value, 1);
  const y2 = digit(value, 2);
  const y3 = digit(value, 3);
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (y0 < 0 || y1 < 0 || y2 < 0 || y3 < 0 || year === 0) throw badDate(value, field, label);
  if (length === 4) return year * 16;
  const m0 = digit(value, 5);
  const m1 = digit(value, 6);
  const month = m0 * 10 + m1;
  if (
    (length !== 7 && length !== 10) ||
    value.charCodeAt(4) !== 45 ||
    m0 < 0 ||
    m1 < 0 ||
    month < 1 ||
    month > 12
  ) {
    throw badDate(value, field, label);
  }
  if (length === 10) {
    const d0 = digit(value, 8);
    const d1 = digit(value, 9);
    const day = d0 * 10 + d1;
    const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (
      value.charCodeAt(7) !== 45 ||
      d0 < 0 ||
      d1 < 0 ||
      day < 1 ||
      day > (DAYS[month] as number) + (leap ? 1 : 0)
    ) {
      throw badDate(value, field, label);
    }
  }
  return year * 16 + month;
}

function badDate(value: unknown, field: string, label: string): NsatuError {
  return new NsatuError(
    'INVALID_ARGUMENT',
    `${label}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in "${field}", got ${show(value)}`,
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The number of the unspecified bucket: above every period number, so it sorts after them. */
const UNSPECIFIED_CODE = 0x7fffffff;

/**
 * What `aggregate` uses of a period key instead of calling it: the period as a number that sorts
 * like its name (so the group maps are keyed by numbers, and no string is looked up per row), and
 * the name of each number, made once per group for the result.
 *
 * @internal
 */
export interface PeriodCodes {
  /** The date field. */
  readonly field: string;
  /** What it computes, as in error messages, and a column id for `merge`: `month(date)`. */
  readonly label: string;
  /**
   * The period of a row, or `undefined` for no date; called with the codes as `this`. A
   * module-level function, not a closure: see numericState.ts.
   */
  readonly read: (this: PeriodCodes, row: Readonly<Record<string, unknown>>) => number | undefined;
  /** The name of a period number. */
  readonly name: (code: number) => string;
}

function monthCode(this: PeriodCodes, row: Readonly<Record<string, unknown>>): number | undefined {
  const code = dateCode(row[this.field], this.field, this.label);
  return code < 0 ? undefined : (code & 15) === 0 ? UNSPECIFIED_CODE : code;
}

function monthName(code: number): string {
  return code === UNSPECIFIED_CODE
    ? UNSPECIFIED_PERIOD
    : `${pad(code >> 4, 4)}-${pad(code & 15, 2)}`;
}

function quarterCode(
  this: PeriodCodes,
  row: Readonly<Record<string, unknown>>,
): number | undefined {
  const code = dateCode(row[this.field], this.field, this.label);
  if (code < 0) return undefined;
  const m = code & 15;
  return m === 0 ? UNSPECIFIED_CODE : (code >> 4) * 4 + (QUARTER[m] as number);
}

function quarterName(q: number): string {
  return q === UNSPECIFIED_CODE ? UNSPECIFIED_PERIOD : `${pad(q >> 2, 4)}-Q${(q & 3) + 1}`;
}

function yearCode(this: PeriodCodes, row: Readonly<Record<string, unknown>>): number | undefined {
  const code = dateCode(row[this.field], this.field, this.label);
  return code < 0 ? undefined : code >> 4;
}

function yearName(y: number): string {
  return pad(y, 4);
}

/**
 * The property of a period key function holding its {@link PeriodCodes}.
 *
 * @internal
 */
export const PERIOD_CODES = Symbol('nsatu.periodCodes');

/**
 * The key function users see: it names the period of a row, making each name once (kept by the
 * function), and carries its {@link PeriodCodes} for `aggregate`.
 */
function periodKey(codes: PeriodCodes): KeyFunction<unknown, string | undefined> {
  const names = new Map<number, string>();
  const key = (row: unknown): string | undefined => {
    const code = codes.read(row as Readonly<Record<string, unknown>>);
    if (code === undefined) return undefined;
    let name = names.get(code);
    if (name === undefined) {
      name = codes.name(code);
      names.set(code, name);
    }
    return name;
  };
  Object.defineProperty(key, PERIOD_CODES, { value: codes });
  return key;
}

/**
 * Makes a group key naming the month of a date field: `'2024-07'`. A date precise to the month or
 * the day lands in its month; a year-precise date lands in {@link UNSPECIFIED_PERIOD}; a row with
 * no date (absent, `undefined`, `null`) gets the key `undefined`, its own group, sorted last.
 *
 * @param field - A field holding partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * @returns A key function for the `by` of {@link aggregate}.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a real calendar date at one of the three precisions.
 *
 * @example
 * ```ts
 * import { aggregate, count, month } from 'nsatu';
 *
 * const rows = [{ date: '2024-07-10' }, { date: '2024-07' }, { date: '2024' }, {}];
 * aggregate(rows, { by: { month: month('date') }, measures: { n: count() } }).map((r) => [r.month, r.n])
 * // => [['2024-07', 2], ['unspecified', 1], [undefined, 1]]
 * ```
 *
 * @category Aggregation
 */
export function month<const Field extends string>(
  field: Field,
): KeyFunction<DateRow<Field>, string | undefined> {
  const name = checkField(field, 'month()');
  return periodKey({ field: name, label: `month(${name})`, read: monthCode, name: monthName });
}

/**
 * Makes a group key naming the quarter of a date field: `'2024-Q3'`. A date precise to the month
 * or the day lands in its quarter; a year-precise date lands in {@link UNSPECIFIED_PERIOD}; a row
 * with no date gets the key `undefined`.
 *
 * @param field - A field holding partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * @returns A key function for the `by` of {@link aggregate}.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a real calendar date at one of the three precisions.
 *
 * @example
 * ```ts
 * import { aggregate, count, quarter } from 'nsatu';
 *
 * const rows = [{ date: '2024-07-10' }, { date: '2024-09' }, { date: '2024-10' }, { date: '2024' }];
 * aggregate(rows, { by: { quarter: quarter('date') }, measures: { n: count() } }).map((r) => [r.quarter, r.n])
 * // => [['2024-Q3', 2], ['2024-Q4', 1], ['unspecified', 1]]
 * ```
 *
 * @category Aggregation
 */
export function quarter<const Field extends string>(
  field: Field,
): KeyFunction<DateRow<Field>, string | undefined> {
  const name = checkField(field, 'quarter()');
  return periodKey({
    field: name,
    label: `quarter(${name})`,
    read: quarterCode,
    name: quarterName,
  });
}

/**
 * Makes a group key naming the year of a date field: `'2024'`, whatever the date's precision; a
 * row with no date gets the key `undefined`.
 *
 * @param field - A field holding partial dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`).
 * @returns A key function for the `by` of {@link aggregate}.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an empty field name; while aggregating, for a
 *   value that is not a real calendar date at one of the three precisions.
 *
 * @example
 * ```ts
 * import { aggregate, count, year } from 'nsatu';
 *
 * const rows = [{ date: '2024-07-10' }, { date: '2024' }, { date: '2023-12' }];
 * aggregate(rows, { by: { year: year('date') }, measures: { records: count() } })
 * // => [{ year: '2023', records: 1 }, { year: '2024', records: 2 }]
 * ```
 *
 * @category Aggregation
 */
export function year<const Field extends string>(
  field: Field,
): KeyFunction<DateRow<Field>, string | undefined> {
  const name = checkField(field, 'year()');
  return periodKey({ field: name, label: `year(${name})`, read: yearCode, name: yearName });
}
