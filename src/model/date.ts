import * as z from 'zod';

import { NsatuError } from '../errors.ts';

const DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * How precisely a {@link PartialDate} is known: to the year, the month or the day.
 *
 * @example
 * ```ts
 * import { DatePrecisionValues } from 'nsatu';
 *
 * DatePrecisionValues // => ['year', 'month', 'day']
 * ```
 *
 * @category Dates
 */
export const DatePrecisionValues = ['year', 'month', 'day'] as const;

/**
 * The precision of a {@link PartialDate}: `'year'`, `'month'` or `'day'`.
 *
 * @example
 * ```ts
 * import { datePrecision, type DatePrecision } from 'nsatu';
 *
 * const precision: DatePrecision = datePrecision('2024-07');
 * precision // => 'month'
 * ```
 *
 * @category Dates
 */
export type DatePrecision = (typeof DatePrecisionValues)[number];

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Tells whether a value is a valid {@link PartialDate}: `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a
 * real calendar year, month or day (proleptic Gregorian, years 0001–9999).
 *
 * @param value - Any value.
 * @returns `true` for a string such as `'2024'`, `'2024-07'` or `'2024-02-29'`.
 *
 * @example
 * ```ts
 * import { isPartialDate } from 'nsatu';
 *
 * isPartialDate('2024-02-29') // => true
 * isPartialDate('2023-02-29') // => false
 * isPartialDate('2024-13') // => false
 * isPartialDate('24-07-10') // => false
 * ```
 *
 * @category Dates
 */
export function isPartialDate(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 10) return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A calendar date at the precision the source gives: `'2024'`, `'2024-07'` or `'2024-07-10'`.
 * Nothing ever pads a partial date to a day the source did not state.
 *
 * @example
 * ```ts
 * import { PartialDateSchema } from 'nsatu';
 *
 * PartialDateSchema.safeParse('2024-07').success // => true
 * PartialDateSchema.safeParse('2024-02-30').success // => false
 * ```
 *
 * @category Dates
 */
export const PartialDateSchema = z
  .string()
  .max(10, { abort: true })
  .regex(DATE_PATTERN, { error: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine((value) => isPartialDate(value), {
    error: 'Not a real calendar date',
    params: { code: 'INVALID_DATE' },
    abort: true,
  })
  .meta({
    description:
      'A date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date).',
  });

/**
 * A calendar date at year, month or day precision, as a string (`'2024'`, `'2024-07'`,
 * `'2024-07-10'`).
 *
 * @example
 * ```ts
 * import type { PartialDate } from 'nsatu';
 *
 * const signed: PartialDate = '2024-01-12';
 * signed.length // => 10
 * ```
 *
 * @category Dates
 */
export type PartialDate = z.infer<typeof PartialDateSchema>;

/**
 * Returns the precision of a partial date.
 *
 * @param date - A valid partial date.
 * @returns `'year'`, `'month'` or `'day'`.
 *
 * @example
 * ```ts
 * import { datePrecision } from 'nsatu';
 *
 * datePrecision('2024') // => 'year'
 * datePrecision('2024-07-10') // => 'day'
 * ```
 *
 * @category Dates
 */
export function datePrecision(date: PartialDate): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

/** Days since 0001-01-01 (day 0) of a proleptic Gregorian date; an integer, exact. */
function dayNumber(year: number, month: number, day: number): number {
  // Shift the year to start in March so the leap day is the year's last day.
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 9 : month - 3;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * m + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 306;
}

/**
 * The day-precise date of a day number (inverse of the day numbers in {@link DateSpan}).
 *
 * @internal
 */
export function fromDayNumber(day: number): PartialDate {
  const z = day + 306;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * The span of days a partial date denotes, as day numbers: `start` is its first day and `end` the
 * day after its last (half-open). A day-precise date spans one day, `'2024-02'` 29 days, `'2024'`
 * 366.
 *
 * @example
 * ```ts
 * import { dateSpan } from 'nsatu';
 *
 * const { start, end } = dateSpan('2024-02');
 * end - start // => 29
 * ```
 *
 * @category Dates
 */
export interface DateSpan {
  /** The first day, counted from 0001-01-01 (day 0). */
  readonly start: number;
  /** The day after the last day (exclusive). */
  readonly end: number;
}

/**
 * Returns the span of days that a partial date denotes (see {@link DateSpan}).
 *
 * @param date - A valid partial date.
 * @returns Its first day and the day after its last, as day numbers.
 *
 * @example
 * ```ts
 * import { dateSpan } from 'nsatu';
 *
 * const year = dateSpan('2024');
 * year.end - year.start // => 366
 * dateSpan('2024-07-10').end - dateSpan('2024-07-10').start // => 1
 * ```
 *
 * @category Dates
 */
export function dateSpan(date: PartialDate): DateSpan {
  const year = Number(date.slice(0, 4));
  if (date.length === 4) {
    return { start: dayNumber(year, 1, 1), end: dayNumber(year + 1, 1, 1) };
  }
  const month = Number(date.slice(5, 7));
  if (date.length === 7) {
    const start = dayNumber(year, month, 1);
    return { start, end: start + daysInMonth(year, month) };
  }
  const start = dayNumber(year, month, Number(date.slice(8, 10)));
  return { start, end: start + 1 };
}

/**
 * Returns the first day a partial date denotes, as a day number (days since 0001-01-01).
 *
 * @param date - A valid partial date.
 * @returns The day number of its first day.
 *
 * @example
 * ```ts
 * import { dateStart } from 'nsatu';
 *
 * dateStart('2024') === dateStart('2024-01-01') // => true
 * ```
 *
 * @category Dates
 */
export function dateStart(date: PartialDate): number {
  return dateSpan(date).start;
}

/**
 * Orders two partial dates of any precision: by their first day, then coarser before finer, so
 * `'2024'` < `'2024-01'` < `'2024-01-01'` < `'2024-01-02'` < `'2024-02'`. Use it with
 * `Array.prototype.sort`.
 *
 * This is a total order for sorting, not a statement that `'2024'` happened before `'2024-01'`: a
 * month-precise date is an interval of days, and two overlapping intervals are neither before nor
 * after each other. Use {@link dateSpan} to reason about overlap.
 *
 * @param a - A valid partial date.
 * @param b - A valid partial date.
 * @returns A negative number, zero or a positive number.
 *
 * @example
 * ```ts
 * import { compareDates } from 'nsatu';
 *
 * ['2024-02', '2024-01-02', '2024', '2024-01'].sort(compareDates)
 * // => ['2024', '2024-01', '2024-01-02', '2024-02']
 * compareDates('2025-07-04', '2025-07-04') // => 0
 * ```
 *
 * @category Dates
 */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const sa = dateSpan(a);
  const sb = dateSpan(b);
  return sa.start - sb.start || sb.end - sa.end;
}

/**
 * Formats a JavaScript `Date` as a day-precise partial date in UTC (`YYYY-MM-DD`).
 *
 * @param date - A valid `Date`.
 * @returns The UTC calendar day.
 * @throws {@link NsatuError} with code `INVALID_ARGUMENT` for an invalid `Date` or a year outside
 *   0001–9999.
 *
 * @example
 * ```ts
 * import { toPartialDate } from 'nsatu';
 *
 * toPartialDate(new Date(Date.UTC(2025, 6, 4))) // => '2025-07-04'
 * ```
 *
 * @category Dates
 */
export function toPartialDate(date: Date): PartialDate {
  const time = date.getTime();
  const year = date.getUTCFullYear();
  if (Number.isNaN(time) || year < 1 || year > 9999) {
    throw new NsatuError('INVALID_ARGUMENT', `Cannot express ${String(date)} as a partial date`);
  }
  return `${String(year).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

/**
 * Checks that an argument is a partial date, throwing `INVALID_ARGUMENT` naming it otherwise: the
 * one place every function taking a date (`asOf`, `from`, …) words that error.
 *
 * @internal
 */
export function checkDate(what: string, value: unknown): PartialDate {
  if (!isPartialDate(value)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `${what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not ${JSON.stringify(value)}`,
    );
  }
  return value as PartialDate;
}

/**
 * Whether a record dated `date` counts "by" `asOf`: it begins on or before the last day of `asOf`
 * (so a month-precise record counts by any day of a later month, and by its own month).
 *
 * @internal
 */
export function datedBy(date: PartialDate, asOf: PartialDate): boolean {
  return dateStart(date) < dateSpan(asOf).end;
}
