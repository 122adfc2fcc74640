import { isPartialDate, type PartialDate } from '../model/date.ts';

/**
 * A cell read as a value, or why it could not be.
 *
 * @internal
 */
export type CellResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (reason: string): CellResult<never> => ({ ok: false, reason });

const pad = (digits: string): string => digits.padStart(2, '0');

function dateOf(year: string, month?: string, day?: string): CellResult<PartialDate> {
  const date =
    month === undefined
      ? year
      : day === undefined
        ? `${year}-${pad(month)}`
        : `${year}-${pad(month)}-${pad(day)}`;
  return isPartialDate(date) ? ok(date) : fail('not a real calendar date');
}

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}\S*)?)?)?$/;
const YEAR_SLASH = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/;
const DOTTED = /^(?:(\d{1,2})\.)?(\d{1,2})\.(\d{4})$/;
const SLASH_DAY_FIRST_OR_MONTH_FIRST = /^\d{1,2}\/\d{1,2}\/\d{2,4}$/;

/**
 * Reads a date cell at the precision it states. Accepted: `2024`, `2024-07`, `2024-07-10` (and
 * unpadded `2024-7-1`), a date-time whose calendar date is taken as written (`2024-07-10T12:00Z`,
 * `2024-07-10 00:00:00`), year-first slashes (`2024/07/10`, `2024/07`) and the dotted day-first
 * form (`10.07.2024`, `07.2024`), which no locale writes month-first. Refused: `10/07/2024`, which
 * is 10 July in Europe and 7 October in the United States: no file-wide guess is safe.
 *
 * @param cell - The trimmed, non-empty cell.
 * @returns The partial date, or why it is not one.
 *
 * @internal
 */
export function readDate(cell: string): CellResult<PartialDate> {
  const iso = ISO.exec(cell) ?? YEAR_SLASH.exec(cell);
  if (iso) return dateOf(iso[1] as string, iso[2], iso[3]);
  const dotted = DOTTED.exec(cell);
  if (dotted) {
    const [, day, month, year] = dotted;
    return day === undefined ? dateOf(year as string, month) : dateOf(year as string, month, day);
  }
  if (SLASH_DAY_FIRST_OR_MONTH_FIRST.test(cell)) {
    return fail('day and month order is ambiguous (write 2024-07-10)');
  }
  return fail('expected YYYY, YYYY-MM or YYYY-MM-DD');
}

// Unicode minus and the dashes spreadsheets put in front of negative numbers read as "-".
const MINUS = /^[\u2212\u2012\u2013]/;
// Groups of three digits after a first group of one to three, joined by one kind of separator,
// and no digit right after the last group (`1,0001` is no grouping). Only the start is matched:
// a pattern that also took the rest up to `$` backtracked over every split of the groups when
// the rest held a line break, quadratic in the length of the cell.
const GROUPED = /^([+-]?)(\d{1,3})([,\u0020\u00a0\u202f'_])(\d{3}(?:\3\d{3})*)(?!\d)/;

/** Drops thousands separators (one kind, groups of three); the caller refuses anything else. */
function ungroup(cell: string): string {
  const grouped = GROUPED.exec(cell);
  if (!grouped) return cell;
  const [all, sign = '', head = '', separator = '', tail = ''] = grouped;
  return `${sign}${head}${tail.split(separator).join('')}${cell.slice(all.length)}`;
}

/**
 * Reads a quantity cell: a whole number, optionally signed, optionally grouped in thousands by
 * commas, spaces, apostrophes or underscores in groups of exactly three digits (`1,000`,
 * `12 345`). A decimal point is refused (a quantity counts items, and `1.000` is one thousand in
 * much of Europe), and so is `1,5` (a decimal comma, not a grouping).
 *
 * @param cell - The trimmed, non-empty cell.
 * @returns The number, or why it is not one.
 *
 * @internal
 */
export function readQuantity(cell: string): CellResult<number> {
  const text = ungroup(cell.replace(MINUS, '-'));
  if (!/^[+-]?\d+$/.test(text)) {
    return fail(
      /^[+-]?[\d.,\s'_]+$/.test(text)
        ? 'a quantity is a whole number, grouped only in thousands (1,000)'
        : 'not a number',
    );
  }
  const value = Number(text);
  if (!Number.isSafeInteger(value)) return fail('too large to count exactly');
  return ok(value === 0 ? 0 : value);
}

/**
 * Reads an amount cell: a decimal number with `.` as the decimal point, optionally signed,
 * optionally grouped in thousands as {@link readQuantity} accepts (`1,000,000.50`), optionally in
 * exponent form (`2.645e6`). A comma that cannot be a thousands separator (`1,5`, `1.000,50`) is
 * refused rather than guessed.
 *
 * @param cell - The trimmed, non-empty cell.
 * @returns The number, or why it is not one.
 *
 * @internal
 */
export function readAmount(cell: string): CellResult<number> {
  const text = ungroup(cell.replace(MINUS, '-'));
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) {
    return fail(
      text.includes(',')
        ? 'a comma is only a thousands separator here (1,000,000.50)'
        : 'not a number',
    );
  }
  const value = Number(text);
  if (!Number.isFinite(value)) return fail('out of range');
  return ok(value === 0 ? 0 : value);
}
