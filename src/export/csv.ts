// csv-stringify (adaltas, the writing half of csv-parse, which the importer uses) rather than
// papaparse or hand-written quoting: ESM and CJS builds with their own types, a synchronous API
// (`csv-stringify/sync`) that suits a pure function, RFC 4180 quoting, and maintained.
// papaparse is CJS-only.
import { stringify } from 'csv-stringify/sync';

import { NsatuError } from '../errors.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link toCsv}.
 *
 * @example
 * ```ts
 * import type { ToCsvOptions } from 'nsatu/csv';
 *
 * const forExcel: ToCsvOptions = { spreadsheetSafe: true, eol: '\r\n', bom: true };
 * forExcel.spreadsheetSafe // => true
 * ```
 *
 * @category Export
 */
export interface ToCsvOptions {
  /** The columns, in order. Default: every key of the rows, in the order first seen. */
  readonly columns?: readonly string[] | undefined;
  /** Write the header row. Default `true`. */
  readonly header?: boolean | undefined;
  /** The line end after every row, `'\n'` or `'\r\n'` (RFC 4180 says CRLF). Default `'\n'`. */
  readonly eol?: '\n' | '\r\n' | undefined;
  /** Start with a UTF-8 byte order mark, which Excel needs to read UTF-8. Default `false`. */
  readonly bom?: boolean | undefined;
  /**
   * Neutralise text cells a spreadsheet would run as a formula (OWASP, CSV injection): a string
   * starting with `=`, `+`, `-`, `@`, a tab or a carriage return (or the full-width `＝＋－＠`,
   * which Apple Numbers reads as such) gets a leading `'`, unless it is a plain number such as
   * `-5`. Numbers are never changed. The `'` is visible to programs that
   * are not spreadsheets, hence off by default. Default `false`.
   */
  readonly spreadsheetSafe?: boolean | undefined;
}

// The OWASP list, and the full-width forms that Apple Numbers folds into them.
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown, column: string): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(value);
    case 'undefined':
      return '';
    case 'function':
    case 'symbol':
      throw new NsatuError('INVALID_ARGUMENT', `Column "${column}" holds a ${typeof value}`);
    default:
      if (value === null) return '';
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
      try {
        return JSON.stringify(value);
      } catch (error) {
        throw new NsatuError(
          'INVALID_ARGUMENT',
          `Column "${column}" holds a value JSON cannot write: ${(error as Error).message}`,
        );
      }
  }
}

/**
 * Writes rows of flat objects as CSV text (RFC 4180): a header row, then one line per row.
 *
 * A cell with a comma, a quote or a line break is quoted, and its quotes doubled. `undefined` and
 * `null` are empty cells; numbers, bigints and booleans are written with `String`; a `Date` as its
 * ISO string; any other object or array (a `Money`, a list of sources) as JSON, so
 * `{ amount: 5, currency: 'EUR' }` becomes `"{""amount"":5,""currency"":""EUR""}"`. With
 * `spreadsheetSafe` off, reading the text back with any RFC 4180 parser gives every string cell
 * exactly as it was. In a one-column file an empty string is written `""`, so that the row is not
 * an empty line that readers skip.
 *
 * @param rows - Plain objects; the keys are the columns.
 * @param options - The columns, line ends, BOM and spreadsheet safety.
 * @returns The CSV text, every line ended by `eol`; `''` when there are no columns.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a row that is not a plain object, a function
 *   or symbol cell, a value JSON cannot write (a cycle), or an `eol` other than `'\n'` and `'\r\n'`.
 *
 * @example
 * ```ts
 * import { toCsv } from 'nsatu/csv';
 *
 * const rows = [
 *   { donor: 'DEU', item: 'PzH 2000, 155 mm', quantity: 14 },
 *   { donor: 'GBR', value: { amount: 5, currency: 'GBP' }, note: '=HYPERLINK("x")' },
 * ];
 * toCsv(rows).split('\n')
 * // => ['donor,item,quantity,value,note', 'DEU,"PzH 2000, 155 mm",14,,', 'GBR,,,"{""amount"":5,""currency"":""GBP""}","=HYPERLINK(""x"")"', '']
 * toCsv([{ delta: -5, note: '-5', cmd: '=1+1' }], { spreadsheetSafe: true })
 * // => "delta,note,cmd\n-5,-5,'=1+1\n"
 * ```
 *
 * @category Export
 */
export function toCsv(rows: readonly object[], options: ToCsvOptions = {}): string {
  options = optionsOf('toCsv', options);
  if (!Array.isArray(rows))
    throw new NsatuError('INVALID_ARGUMENT', 'toCsv writes an array of rows');
  const { header = true, bom = false, spreadsheetSafe = false } = options;
  // Checked at run time too: JavaScript callers pass untyped options.
  const eol: string = options.eol ?? '\n';
  if (eol !== '\n' && eol !== '\r\n') {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `eol must be '\\n' or '\\r\\n', not ${JSON.stringify(eol)}`,
    );
  }
  rows.forEach((row, i) => {
    if (!isPlainObject(row)) {
      throw new NsatuError('INVALID_ARGUMENT', `Row ${String(i)} is not an object`);
    }
  });
  const objects = rows as readonly Record<string, unknown>[];
  let columns = options.columns;
  if (columns === undefined) {
    const seen = new Set<string>();
    for (const row of objects) for (const key of Object.keys(row)) seen.add(key);
    columns = [...seen];
  }
  if (columns.length === 0) return '';
  const safe = (cell: string): string =>
    spreadsheetSafe && FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
  const table: string[][] = header ? [columns.map(safe)] : [];
  for (const row of objects) {
    table.push(
      columns.map((column) => {
        const value = Object.hasOwn(row, column) ? row[column] : undefined;
        const cell = text(value, column);
        return typeof value === 'string' ? safe(cell) : cell;
      }),
    );
  }
  return stringify(table, {
    bom,
    record_delimiter: eol,
    // Quote a lone CR or LF too, whatever `eol` is: with an explicit record delimiter
    // csv-stringify quotes only that one, and a reader that detects line ends would split on `\r`.
    quote_record_delimiter: true,
    quoted_empty: columns.length === 1,
  });
}
