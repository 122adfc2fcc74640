import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { toArrow } from 'nsatu/arrow';

import { columnOf, expectedColumn, readArrow } from './arrowRead.ts';

/** Column and field names: any well-formed text, prototype names and the empty string included. */
const name = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom('__proto__', 'constructor', 'toString', '', 'a.b', '"'),
);

/** Well-formed text: Arrow strings are UTF-8, which holds no lone surrogate. */
const text = fc.string({ unit: 'grapheme', maxLength: 12 });

/** The values of one column, all of one kind. */
const kinds: fc.Arbitrary<unknown>[] = [
  fc.double(), // NaN, ±Infinity and -0 included
  text,
  fc.boolean(),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
  fc.date({ noInvalidDate: true }),
  fc.dictionary(name, fc.option(fc.double()), { maxKeys: 3 }),
  fc.array(fc.option(text), { maxLength: 4 }),
  fc.array(fc.record({ q: fc.option(fc.integer()) }, { requiredKeys: [] }), { maxLength: 3 }),
];

const ABSENT = Symbol('absent');

/** Rows over a few columns, each of one kind, with nulls, undefined and absent keys. */
const rows = fc
  .uniqueArray(fc.tuple(name, fc.integer({ min: 0, max: kinds.length - 1 })), {
    selector: ([n]) => n,
    minLength: 1,
    maxLength: 5,
  })
  .chain((columns) =>
    fc.array(
      fc
        .tuple(
          ...columns.map(([, kind]) =>
            fc.oneof(
              { weight: 4, arbitrary: kinds[kind] ?? fc.constant(null) },
              fc.constantFrom(null, undefined, ABSENT),
            ),
          ),
        )
        .map((values) =>
          Object.fromEntries(
            columns
              .map(([n], i) => [n, values[i]] as const)
              .filter(([, value]) => value !== ABSENT),
          ),
        ),
      { maxLength: 10 },
    ),
  );

describe('toArrow', () => {
  test('apache-arrow reads back every row and value exactly, nulls kept', () => {
    fc.assert(
      fc.property(
        rows,
        fc.boolean(),
        fc.constantFrom('stream', 'file' as const),
        (input, dictionary, format) => {
          const names = [...new Set(input.flatMap((row) => Object.keys(row)))].sort();
          // Rows without any key are refused (see arrow.test.ts): Arrow would keep none of them.
          fc.pre(names.length > 0 || input.length === 0);
          const table = readArrow(toArrow(input, { dictionary, format }));
          expect(table.numRows).toBe(input.length);
          expect(table.names).toEqual(names);
          table.names.forEach((n, i) => {
            expect(table.columns[i]).toEqual(expectedColumn(columnOf(input, n)));
          });
        },
      ),
    );
  });

  test('writes the columns asked for, in their order, whatever the rows hold', () => {
    fc.assert(
      fc.property(rows, fc.uniqueArray(name, { minLength: 1, maxLength: 4 }), (input, columns) => {
        const table = readArrow(toArrow(input, { columns }));
        expect(table.names).toEqual(columns);
        expect(table.numRows).toBe(input.length);
        columns.forEach((n, i) => {
          expect(table.columns[i]).toEqual(expectedColumn(columnOf(input, n)));
        });
      }),
    );
  });
});
