import * as z from 'zod';

import { PartialDateSchema, dateSpan, isPartialDate, type PartialDate } from './date.ts';

/**
 * The literal that states an interval ended on a date the sources do not give. It is kept apart
 * from an absent `until`, which means the fact is ongoing.
 *
 * @example
 * ```ts
 * import { ENDED_DATE_UNKNOWN } from 'nsatu';
 *
 * ENDED_DATE_UNKNOWN // => 'unknown'
 * ```
 *
 * @category Dates
 */
export const ENDED_DATE_UNKNOWN = 'unknown';

/**
 * The end of a validity interval: a partial date (exclusive), or `'unknown'` when the fact ended on a
 * date no source gives.
 *
 * @example
 * ```ts
 * import { UntilSchema } from 'nsatu';
 *
 * UntilSchema.safeParse('2025-07-04').success // => true
 * UntilSchema.safeParse('unknown').success // => true
 * UntilSchema.safeParse('later').success // => false
 * ```
 *
 * @category Dates
 */
export const UntilSchema = z
  .string()
  .max(10, { abort: true })
  .refine((value) => value === ENDED_DATE_UNKNOWN || isPartialDate(value), {
    error: 'Expected a date as YYYY, YYYY-MM or YYYY-MM-DD (a real calendar date), or "unknown"',
    params: { code: 'INVALID_DATE' },
    abort: true,
  })
  .meta({
    description:
      'End of a validity interval (exclusive): a date as YYYY, YYYY-MM or YYYY-MM-DD, or "unknown" when it ended on a date no source gives.',
  });

/**
 * The end of a validity interval: a {@link PartialDate} or `'unknown'`.
 *
 * @example
 * ```ts
 * import type { Until } from 'nsatu';
 *
 * const ended: Until = 'unknown';
 * ended // => 'unknown'
 * ```
 *
 * @category Dates
 */
export type Until = z.infer<typeof UntilSchema>;

/**
 * The two optional keys every time-bound record carries, as a zod shape to spread into an object
 * schema.
 *
 * - `from`: the first day the fact holds (inclusive); absent means "since before the record's
 *   horizon".
 * - `until`: the first day it no longer holds (exclusive); absent means ongoing; `'unknown'` means
 *   it ended on a date no source gives.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { ValidityShape } from 'nsatu';
 *
 * const Tenure = z.strictObject({ ...ValidityShape, holder: z.string() });
 * Tenure.parse({ holder: 'x', from: '2024-12' }) // => { holder: 'x', from: '2024-12' }
 * ```
 *
 * @category Dates
 */
export const ValidityShape = {
  /** First day the fact holds (inclusive), at the precision the source gives. Absent: since before the record's horizon. */
  from: PartialDateSchema.optional(),
  /** First day the fact no longer holds (exclusive). Absent: ongoing. `'unknown'`: ended, date not given by any source. */
  until: UntilSchema.optional(),
};

/**
 * A validity interval `[from, until)` on its own.
 *
 * @example
 * ```ts
 * import { ValiditySchema } from 'nsatu';
 *
 * ValiditySchema.parse({ from: '2022-07-04', until: '2025-07-04' })
 * // => { from: '2022-07-04', until: '2025-07-04' }
 * ```
 *
 * @category Dates
 */
export const ValiditySchema = z.strictObject(ValidityShape);

/**
 * A half-open validity interval `[from, until)`; both ends optional (see {@link ValidityShape}).
 *
 * @example
 * ```ts
 * import type { Validity } from 'nsatu';
 *
 * const tenure: Validity = { from: '2022-07-04', until: '2025-07-04' };
 * tenure.from // => '2022-07-04'
 * ```
 *
 * @category Dates
 */
export type Validity = z.infer<typeof ValiditySchema>;

/**
 * Whether a fact is in force at a date: `'active'`, `'inactive'`, or `'unknown'` when it ended on an
 * unknown date and `at` lies after its start.
 *
 * @example
 * ```ts
 * import { activity, type Activity } from 'nsatu';
 *
 * const a: Activity = activity({ from: '2020', until: 'unknown' }, '2025-01-01');
 * a // => 'unknown'
 * ```
 *
 * @category Dates
 */
export type Activity = 'active' | 'inactive' | 'unknown';

/**
 * Tells whether a validity interval is in force throughout a date of any precision.
 *
 * The rule, for every precision alike: the interval covers the days from the first day of `from`
 * up to, but not including, the first day of `until`. So a fact with `until: '2025-07-04'` is not
 * in force on 4 July 2025, and one with `until: '2025-07'` is not in force on any day of July
 * 2025. The date `at` is itself a span of days (`'2025'` is the whole year): the answer is
 * `'active'` only when the interval covers all of it, which never invents a day no source gave.
 *
 * @param interval - Anything with optional `from` and `until`.
 * @param at - The date to test.
 * @returns `'active'`, `'inactive'`, or `'unknown'` for an interval that ended on an unknown date.
 *
 * @example
 * ```ts
 * import { activity } from 'nsatu';
 *
 * const cavoli = { from: '2022-07-04', until: '2025-07-04' };
 * activity(cavoli, '2025-07-03') // => 'active'
 * activity(cavoli, '2025-07-04') // => 'inactive'
 * activity(cavoli, '2025-07') // => 'inactive'
 * activity({ from: '2024-12' }, '2024-12-01') // => 'active'
 * ```
 *
 * @category Dates
 */
export function activity(interval: Validity, at: PartialDate): Activity {
  const span = dateSpan(at);
  if (interval.from !== undefined && dateSpan(interval.from).start > span.start) return 'inactive';
  if (interval.until === undefined) return 'active';
  if (interval.until === ENDED_DATE_UNKNOWN) return 'unknown';
  return span.end <= dateSpan(interval.until).start ? 'active' : 'inactive';
}

/**
 * Tells whether a validity interval is certainly in force throughout a date (see {@link activity};
 * `'unknown'` counts as not in force).
 *
 * @param interval - Anything with optional `from` and `until`.
 * @param at - The date to test, at any precision.
 * @returns `true` when the interval covers every day of `at`.
 *
 * @example
 * ```ts
 * import { isActive } from 'nsatu';
 *
 * isActive({ from: '2024-12', until: '2025' }, '2024-12-18') // => true
 * isActive({ from: '2024-12', until: '2025' }, '2025-01-01') // => false
 * ```
 *
 * @category Dates
 */
export function isActive(interval: Validity, at: PartialDate): boolean {
  return activity(interval, at) === 'active';
}

/**
 * Tells whether two validity intervals share at least one day. An interval that ended on an unknown
 * date is taken to last as long as it may have, so this errs towards reporting an overlap.
 *
 * @param a - A validity interval.
 * @param b - A validity interval.
 * @returns `true` when some day lies in both.
 *
 * @example
 * ```ts
 * import { intervalsOverlap } from 'nsatu';
 *
 * intervalsOverlap({ until: '2025-07-04' }, { from: '2025-07-04' }) // => false
 * intervalsOverlap({ until: '2025-07-05' }, { from: '2025-07-04' }) // => true
 * ```
 *
 * @category Dates
 */
export function intervalsOverlap(a: Validity, b: Validity): boolean {
  return intervalStart(a) < intervalEnd(b) && intervalStart(b) < intervalEnd(a);
}

/**
 * The first day of an interval as a day number; `-Infinity` when it has no start.
 *
 * @internal
 */
export function intervalStart(interval: Validity): number {
  return interval.from === undefined ? -Infinity : dateSpan(interval.from).start;
}

/**
 * The first day after an interval as a day number; `Infinity` when ongoing or ended on an unknown date.
 *
 * @internal
 */
export function intervalEnd(interval: Validity): number {
  return interval.until === undefined || interval.until === ENDED_DATE_UNKNOWN
    ? Infinity
    : dateSpan(interval.until).start;
}

/**
 * Tells whether an interval ends before it starts, or on the day it starts: such an interval can
 * never be in force.
 *
 * @internal
 */
export function isReversed(interval: Validity): boolean {
  return (
    interval.from !== undefined &&
    interval.until !== undefined &&
    isPartialDate(interval.until) &&
    dateSpan(interval.until).start <= dateSpan(interval.from).start
  );
}
