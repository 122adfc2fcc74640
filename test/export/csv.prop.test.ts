import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { toCsv } from 'nsatu/csv';

/** Strings rich in what CSV must quote, beside arbitrary Unicode (astral planes included). */
const cell = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({
    unit: fc.constantFrom(
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
      ' ',
      'a',
      '=',
      '-',
      '+',
      '@',
      '\t',
      'é',
      '😀',
      '\uFEFF',
      "'",
    ),
    maxLength: 12,
  }),
);

/** Column names and rows of string cells, one cell per column. */
const table = fc.uniqueArray(cell, { minLength: 1, maxLength: 5 }).chain((columns) =>
  fc.tuple(
    fc.constant(columns),
    fc.array(fc.array(cell, { minLength: columns.length, maxLength: columns.length }), {
      maxLength: 8,
    }),
  ),
);

const objectsOf = (
  columns: readonly string[],
  rows: readonly string[][],
): Record<string, string>[] =>
  rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] ?? ''])));

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

describe('toCsv', () => {
  test('parse(toCsv(rows)) gives back every string, header first', () => {
    fc.assert(
      fc.property(
        table,
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        fc.boolean(),
        ([columns, rows], eol, bom) => {
          const text = toCsv(objectsOf(columns, rows), { columns, eol, bom });
          expect(parse(text, { bom })).toEqual([columns, ...rows]);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('takes the columns from the keys of the rows', () => {
    fc.assert(
      fc.property(table, ([columns, rows]) => {
        fc.pre(rows.length > 0);
        const objects = objectsOf(columns, rows);
        const keys = Object.keys(objects[0] ?? {});
        const parsed = parse(toCsv(objects));
        expect(parsed[0]).toEqual(keys);
        expect(parsed.slice(1)).toEqual(objects.map((o) => keys.map((k) => o[k])));
      }),
    );
  });

  test('spreadsheetSafe prefixes exactly the strings a spreadsheet would run, with one quote', () => {
    fc.assert(
      fc.property(table, ([columns, rows]) => {
        const text = toCsv(objectsOf(columns, rows), { columns, spreadsheetSafe: true });
        const parsed = parse(text);
        const original = [columns, ...rows];
        parsed.forEach((row, r) => {
          row.forEach((written, c) => {
            const before = original[r]?.[c] ?? '';
            const risky = FORMULA_START.test(before) && !PLAIN_NUMBER.test(before);
            expect(written).toBe(risky ? `'${before}` : before);
            expect(FORMULA_START.test(written) && !PLAIN_NUMBER.test(written)).toBe(false);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  test('writes numbers as numbers, spreadsheetSafe or not', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const text = toCsv([{ n }], { spreadsheetSafe: true, header: false });
        expect(Number(text.trimEnd())).toBe(n === 0 ? 0 : n);
      }),
    );
  });
});
