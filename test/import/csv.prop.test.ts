import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { AidRecordSchema, NsatuError } from 'nsatu';
import { fromCsv, toCsv, type FromCsvOptions, type FromCsvResult } from 'nsatu/csv';
import { COLUMNS } from '../fixtures/csv.ts';

const options: FromCsvOptions = {
  columns: COLUMNS,
  stage: 'delivered',
  idPrefix: 'p',
};

const text = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ',',
      '"',
      '\n',
      '\r',
      '\r\n',
      ' ',
      '=',
      '-',
      '1',
      '.',
      'DEU',
      'EUR',
      '2024',
      '\uFEFF',
    ),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }),
  ),
  maxLength: 60,
});

const BREAKS = /\r\n|\r|\n/g;
const breaks = (s: string): number => s.match(BREAKS)?.length ?? 0;

describe('fromCsv', () => {
  test('returns valid records and in-range lines for any text, or throws INVALID_CSV', () => {
    fc.assert(
      fc.property(
        fc
          .array(text, { maxLength: 6 })
          .map((lines) => ['donor,item,quantity,value,currency,date', ...lines].join('\n')),
        (csv) => {
          let result: FromCsvResult | undefined;
          let thrown: unknown;
          try {
            result = fromCsv(csv, options);
          } catch (error) {
            thrown = error;
          }
          // Only text that is not CSV at all may throw, and only INVALID_CSV.
          expect(
            thrown === undefined || (thrown instanceof NsatuError && thrown.code === 'INVALID_CSV'),
          ).toBe(true);
          const lines = breaks(csv) + 1;
          for (const record of result?.records ?? [])
            expect(AidRecordSchema.safeParse(record).success).toBe(true);
          for (const problem of result?.problems ?? []) {
            expect(problem.line).toBeGreaterThanOrEqual(1);
            expect(problem.line).toBeLessThanOrEqual(lines);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  test('reads back what toCsv wrote, with ids from the physical line each row starts on', () => {
    const row = fc.record({
      donor: fc.constantFrom('DEU', 'Holland', 'UK', 'usa', 'Czech Republic'),
      item: fc.string({
        unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\r\n', 'é', '😀', '='),
        maxLength: 30,
      }),
      quantity: fc.nat({ max: 1_000_000 }),
      value: fc.nat({ max: 1e12 }),
      currency: fc.constant('EUR'),
      date: fc.constantFrom('2024', '2024-07', '2024-07-10'),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 10 }),
        fc.constantFrom<'\n' | '\r\n'>('\n', '\r\n'),
        (rows, eol) => {
          const header = ['donor', 'item', 'quantity', 'value', 'currency', 'date'];
          const { records, problems } = fromCsv(toCsv(rows, { eol, columns: header }), options);
          expect(problems).toEqual([]);
          let line = 2;
          const ids: string[] = [];
          for (const each of rows) {
            ids.push(`p-${String(line)}`);
            line += breaks(each.item) + 1;
          }
          expect(records.map((r) => r.id)).toEqual(ids);
          expect(records.map((r) => r.item)).toEqual(
            rows.map((r) => (r.item.trim() === '' ? undefined : r.item)),
          );
          expect(records.map((r) => [r.quantity, r.value?.amount, r.date])).toEqual(
            rows.map((r) => [r.quantity, r.value, r.date]),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
