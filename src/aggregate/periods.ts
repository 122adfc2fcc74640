import { NsatuError } from '../errors.ts';
import type { KeyFunction } from './aggregate.ts';
import { checkField } from './measures.ts';

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
export type DateRow<Field extends string> = {
  readonly [F in Field]?: string | null | undefined;
};

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
    `${label}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in "${field}", got ${JSON.stringify(value) ?? String(value)}`,
  );
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * A key function reading `field` as a date and naming its period. The names are made once per
 * distinct period and kept by the function (not per row: grouping a million rows by month makes a
 * few dozen strings, and the group maps see the same string each time).
 */
function periodKey(
  field: string,
  label: string,
  /** The period's number from a date code, or `-1` for the unspecified bucket. */
  period: (code: number) => number,
  name: (period: number) => string,
): KeyFunction<unknown, string | undefined> {
  const names = new Map<number, string>();
  return (row) => {
    const code = dateCode((row as Readonly<Record<string, unknown>>)[field], field, label);
    if (code < 0) return undefined;
    const p = period(code);
    if (p < 0) return UNSPECIFIED_PERIOD;
    let key = names.get(p);
    if (key === undefined) {
      key = name(p);
      names.set(p, key);
    }
    return key;
  };
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
  return periodKey(
    name,
    `month(${name})`,
    (code) => ((code & 15) === 0 ? -1 : code),
    (code) => `${pad(code >> 4, 4)}-${pad(code & 15, 2)}`,
  );
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
  return periodKey(
    name,
    `quarter(${name})`,
    (code) => ((code & 15) === 0 ? -1 : (code >> 4) * 4 + (QUARTER[code & 15] as number)),
    (q) => `${pad(q >> 2, 4)}-Q${(q & 3) + 1}`,
  );
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
  return periodKey(
    name,
    `year(${name})`,
    (code) => code >> 4,
    (y) => pad(y, 4),
  );
}
