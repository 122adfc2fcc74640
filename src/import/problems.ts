/**
 * Why a CSV row (or the file) could not be read as it stands.
 *
 * File-level: `EMPTY_FILE` (no header row), `MISSING_COLUMN` (a mapped column is not in the header),
 * `DUPLICATE_COLUMN` (a mapped column appears twice in the header). Row-level: `RAGGED_ROW` (a
 * row with another number of cells than the header), `MISSING_VALUE` (a required cell is empty),
 * `UNKNOWN_DONOR`, `INVALID_DATE`, `INVALID_QUANTITY`, `INVALID_VALUE` (not a number),
 * `MISSING_CURRENCY`, `INVALID_CURRENCY` (not an ISO 4217 code), `INVALID_STAGE`,
 * `INVALID_CHANNEL`, `INVALID_ID`, `DUPLICATE_ID`, `INVALID_SOURCE`, `NEGATIVE_AMOUNT` (a negative
 * quantity or value), `INVALID_RECORD` (any other way the row fails {@link nsatu!AidRecordSchema}).
 * Warnings: `UNRESOLVED_WEAPON` and `AMBIGUOUS_WEAPON` (the item did not resolve to one catalogue
 * system; the record is kept with `item` only).
 *
 * @example
 * ```ts
 * import { CsvProblemCodeValues } from 'nsatu/csv';
 *
 * CsvProblemCodeValues.includes('UNKNOWN_DONOR') // => true
 * ```
 *
 * @category Import
 */
export const CsvProblemCodeValues = [
  'EMPTY_FILE',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'RAGGED_ROW',
  'MISSING_VALUE',
  'UNKNOWN_DONOR',
  'INVALID_DATE',
  'INVALID_QUANTITY',
  'INVALID_VALUE',
  'MISSING_CURRENCY',
  'INVALID_CURRENCY',
  'INVALID_STAGE',
  'INVALID_CHANNEL',
  'INVALID_ID',
  'DUPLICATE_ID',
  'INVALID_SOURCE',
  'NEGATIVE_AMOUNT',
  'INVALID_RECORD',
  'UNRESOLVED_WEAPON',
  'AMBIGUOUS_WEAPON',
] as const;

/**
 * The code of a {@link CsvProblem} (see {@link CsvProblemCodeValues}).
 *
 * @example
 * ```ts
 * import type { CsvProblemCode } from 'nsatu/csv';
 *
 * const code: CsvProblemCode = 'INVALID_DATE';
 * code // => 'INVALID_DATE'
 * ```
 *
 * @category Import
 */
export type CsvProblemCode = (typeof CsvProblemCodeValues)[number];

/**
 * One thing {@link fromCsv} could not read. An `error` means the row produced no record; a
 * `warning` means the record was kept but is less than the row asked for (an item that names no
 * catalogue system, a ragged row whose extra cells are all empty).
 *
 * @example
 * ```ts
 * import type { CsvProblem } from 'nsatu/csv';
 *
 * const problem: CsvProblem = {
 *   line: 12,
 *   column: 'date',
 *   code: 'INVALID_DATE',
 *   severity: 'error',
 *   message: 'Cannot read "10/07/2024" as a date: day and month order is ambiguous',
 *   raw: '10/07/2024',
 * };
 * problem.line // => 12
 * ```
 *
 * @category Import
 */
export interface CsvProblem {
  /** The 1-based physical line the row starts on (a quoted cell may span several lines). */
  readonly line: number;
  /** The file's name of the column the problem is in, when it is in one. */
  readonly column?: string;
  /** What kind of problem it is. */
  readonly code: CsvProblemCode;
  /** `error`: the row produced no record; `warning`: the record was kept. */
  readonly severity: 'error' | 'warning';
  /** A human-readable explanation. */
  readonly message: string;
  /** The offending cell (or row) as written, cut to 200 characters. */
  readonly raw?: string;
}

const RAW_LIMIT = 200;

/**
 * Cuts a raw cell to a length a problem list can show: a 10 MB cell must not be copied into every
 * report that mentions it.
 *
 * @param raw - The cell or row as written.
 * @returns At most 200 characters, with `…` when cut.
 *
 * @internal
 */
export function clip(raw: string): string {
  return raw.length > RAW_LIMIT ? `${raw.slice(0, RAW_LIMIT - 1)}…` : raw;
}
