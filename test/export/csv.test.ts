import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';

import { toCsv } from 'nsatu/csv';

import { caught } from '../fixtures/small.ts';

describe('toCsv', () => {
  test('writes the union of keys in first-seen order, with a header', () => {
    expect(
      toCsv([
        { a: 1, b: 'x' },
        { c: true, a: 2 },
      ]),
    ).toBe('a,b,c\n1,x,\n2,,true\n');
  });

  test('writes only the columns asked for, in their order', () => {
    expect(toCsv([{ a: 1, b: 2, c: 3 }], { columns: ['c', 'a', 'z'] })).toBe('c,a,z\n3,1,\n');
  });

  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    const text = toCsv([{ v: 'a,b' }, { v: 'say "hi"' }, { v: 'two\nlines' }, { v: 'cr\ronly' }]);
    expect(text).toBe('v\n"a,b"\n"say ""hi"""\n"two\nlines"\n"cr\ronly"\n');
  });

  test('writes undefined and null as empty cells, numbers with String, objects as JSON, dates as ISO strings', () => {
    const text = toCsv([
      {
        none: undefined,
        nil: null,
        money: { amount: 5, currency: 'EUR' },
        list: ['a', 'b'],
        when: new Date(Date.UTC(2024, 6, 10)),
        never: new Date(Number.NaN),
        big: 12n,
        zero: -0,
        nan: Number.NaN,
        infinite: Infinity,
      },
    ]);
    expect(parse(text)).toEqual([
      ['none', 'nil', 'money', 'list', 'when', 'never', 'big', 'zero', 'nan', 'infinite'],
      [
        '',
        '',
        '{"amount":5,"currency":"EUR"}',
        '["a","b"]',
        '2024-07-10T00:00:00.000Z',
        '',
        '12',
        '0',
        'NaN',
        'Infinity',
      ],
    ]);
  });

  test('ends lines with eol and can start with a BOM', () => {
    expect(toCsv([{ a: 1 }], { eol: '\r\n' })).toBe('a\r\n1\r\n');
    expect(toCsv([{ a: 1 }], { bom: true })).toBe('\uFEFFa\n1\n');
  });

  test('leaves out the header on request', () => {
    expect(toCsv([{ a: 1, b: 2 }], { header: false })).toBe('1,2\n');
  });

  test('quotes an empty cell in a one-column file, so the row is not an empty line', () => {
    expect(toCsv([{ a: '' }, { a: 'x' }])).toBe('a\n""\nx\n');
  });

  test('returns an empty string when there are no columns', () => {
    expect(toCsv([])).toBe('');
    expect(toCsv([{}, {}])).toBe('');
    expect(toCsv([], { columns: ['a'] })).toBe('a\n');
  });

  describe('spreadsheetSafe', () => {
    test.each([
      ['=1+1', "'=1+1"],
      ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
      ['+1-2', "'+1-2"],
      ['-2+3', "'-2+3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ['\tx', "'\tx"],
      ['\rx', "'\rx"],
      ['-5', '-5'],
      ['+1.5e3', '+1.5e3'],
      ['a=b', 'a=b'],
      ['', ''],
    ])('writes the string %j as %j', (cell, written) => {
      const text = toCsv([{ cell }], { spreadsheetSafe: true, header: false });
      expect(parse(text)).toEqual([[written]]);
    });

    test('never changes numbers, and leaves every cell alone when off', () => {
      expect(toCsv([{ n: -5, s: '=1' }], { spreadsheetSafe: true })).toBe("n,s\n-5,'=1\n");
      expect(toCsv([{ n: -Infinity, b: -5n }], { spreadsheetSafe: true })).toBe(
        'n,b\n-Infinity,-5\n',
      );
      expect(toCsv([{ n: -5, s: '=1' }])).toBe('n,s\n-5,=1\n');
    });

    test('neutralises header cells too', () => {
      expect(toCsv([{ '=x': 1 }], { spreadsheetSafe: true })).toBe("'=x\n1\n");
    });
  });

  describe('arguments', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    test.each<[string, unknown, unknown, string]>([
      ['rows that are not an array', { a: 1 }, {}, 'toCsv writes an array of rows'],
      ['a row that is not an object', [{ a: 1 }, 1], {}, 'Row 1 is not an object'],
      ['a row that is an array', [['a']], {}, 'Row 0 is not an object'],
      ['a null row', [null], {}, 'Row 0 is not an object'],
      ['a function cell', [{ f: () => 1 }], {}, 'Column "f" holds a function'],
      ['a symbol cell', [{ s: Symbol('s') }], {}, 'Column "s" holds a symbol'],
      ['a bad eol', [{ a: 1 }], { eol: '\r' }, `eol must be '\\n' or '\\r\\n', not "\\r"`],
    ])('throws INVALID_ARGUMENT for %s', (_, rows, options, message) => {
      const error = caught(() => toCsv(rows as object[], options as object));
      expect(error).toMatchObject({ name: 'NsatuError', code: 'INVALID_ARGUMENT' });
      expect((error as Error).message).toBe(message);
    });

    test('throws INVALID_ARGUMENT for a cyclic cell, with the reason JSON gives', () => {
      const error = caught(() => toCsv([{ c: cyclic }]));
      expect(error).toMatchObject({ name: 'NsatuError', code: 'INVALID_ARGUMENT' });
      expect((error as Error).message).toMatch(
        /^Column "c" holds a value JSON cannot write: Converting circular structure to JSON/,
      );
    });

    test('leaves its input unchanged', () => {
      const rows = Object.freeze([Object.freeze({ a: Object.freeze({ b: 1 }) })]);
      expect(toCsv(rows)).toBe('a\n"{""b"":1}"\n');
    });
  });
});
