import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { AidRecordSchema, NsatuError } from 'nsatu';
import { fromCsv, toCsv, type FromCsvOptions, type FromCsvResult } from 'nsatu/csv';
import { COLUMNS, HEADER } from '../fixtures/csv.ts';

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

describe('fromCsv numbers', () => {
  const SEPARATORS = [',', ' ', '\u00a0', '\u202f', "'", '_'];
  const group = (digits: string, separator: string): string =>
    digits.replace(/\B(?=(\d{3})+$)/g, separator);
  const read = (quantity: string, value: string) =>
    fromCsv(`${HEADER}\nDEU,,"${quantity}","${value}",EUR,2024`, options);

  test('reads any whole number grouped in thousands by one separator as that number', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
        fc.constantFrom(...SEPARATORS),
        fc.nat({ max: 99 }),
        (n, separator, cents) => {
          const grouped = group(n.toString(), separator);
          const { records, problems } = read(
            grouped,
            `${grouped}.${String(cents).padStart(2, '0')}`,
          );
          expect(problems).toEqual([]);
          expect(records[0]?.quantity).toBe(Number(n));
          expect(records[0]?.value?.amount).toBe(
            Number(`${n.toString()}.${String(cents).padStart(2, '0')}`),
          );
        },
      ),
    );
  });

  test('refuses a grouping with a group that is not three digits, never reading another number', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^\d{1,5}$/), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(...SEPARATORS),
        (groups, separator) => {
          const [first = '', ...rest] = groups;
          fc.pre(first.length > 3 || rest.some((g) => g.length !== 3));
          const cell = groups.join(separator);
          const { records, problems } = read(cell, cell);
          expect(records).toEqual([]);
          expect(problems.map((p) => p.column)).toEqual(['quantity', 'value']);
        },
      ),
      { numRuns: 300 },
    );
  });
});
