import { tableFromIPC as flechetteFromIPC } from '@uwdata/flechette';
import { describe, expect, test } from 'vitest';

import { NsatuError, summarizeAid } from 'nsatu';
import { toArrow, type ToArrowOptions } from 'nsatu/arrow';
import { defaultDataset } from 'nsatu/data';

import { caught } from '../fixtures/small.ts';
import { NAMELESS_OBJECTS } from '../fixtures/values.ts';
import { columnOf, expectedColumn, readArrow } from './arrowRead.ts';

/** Checks every value of every column read back against the rows, and returns the table. */
function roundTrip(
  rows: readonly object[],
  options: ToArrowOptions = {},
): ReturnType<typeof readArrow> {
  const table = readArrow(toArrow(rows, options));
  expect(table.numRows).toBe(rows.length);
  table.names.forEach((name, i) => {
    expect(table.columns[i], `column ${name}`).toEqual(expectedColumn(columnOf(rows, name)));
  });
  return table;
}

function invalid(rows: readonly object[], options: ToArrowOptions = {}): string {
  const error = caught(() => toArrow(rows, options));
  expect(error).toBeInstanceOf(NsatuError);
  expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
  return (error as NsatuError).message;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('toArrow', () => {
  test('writes the rows of summarizeAid, money per currency as a struct', () => {
    const rows = summarizeAid(defaultDataset(), { by: ['donor', 'year'], stage: 'allocated' });
    const table = roundTrip(rows);
    expect(table.names).toEqual(['donor', 'quantity', 'records', 'value', 'year']);
    expect(table.types).toEqual(['Utf8', 'Float64', 'Float64', 'Struct<{EUR:Float64}>', 'Utf8']);
  });

  test('writes converted money as a struct with its conversions', () => {
    const rows = summarizeAid(defaultDataset(), {
      by: ['donor'],
      stage: 'allocated',
      currency: 'EUR',
    });
    const table = roundTrip(rows);
    expect(table.types[table.names.indexOf('value')]).toBe(
      'Struct<{amount:Float64, converted:Struct<{}>, currency:Utf8}>',
    );
  });

  test('writes every aid record of the embedded dataset, every value exact', () => {
    const aid = defaultDataset().aid;
    const table = roundTrip(aid);
    expect(Object.fromEntries(table.names.map((name, i) => [name, table.types[i]]))).toEqual({
      date: 'Utf8',
      donor: 'Utf8',
      id: 'Utf8',
      item: 'Utf8',
      quantity: 'Float64',
      sources: 'List<Utf8>',
      stage: 'Utf8',
      system: 'Utf8',
      value: 'Struct<{amount:Float64, currency:Utf8}>',
      variant: 'Utf8',
    });
    expect(table.columns[table.names.indexOf('id')]).toEqual(aid.map((a) => a.id));
  });

  test('dictionary-encodes strings on request, values unchanged', () => {
    const aid = defaultDataset().aid;
    const table = roundTrip(aid, { dictionary: true });
    expect(table.types[table.names.indexOf('donor')]).toBe('Dictionary<Int32, Utf8>');
    expect(table.types[table.names.indexOf('sources')]).toBe('List<Dictionary<Int32, Utf8>>');
    expect(toArrow(aid, { dictionary: true }).byteLength).toBeLessThan(toArrow(aid).byteLength);
  });

  test('writes the IPC stream format by default and the file format on request', () => {
    const rows = [{ a: 1 }];
    const stream = toArrow(rows);
    const file = toArrow(rows, { format: 'file' });
    expect(Array.from(stream.subarray(0, 4))).toEqual([0xff, 0xff, 0xff, 0xff]);
    expect(new TextDecoder().decode(file.subarray(0, 6))).toBe('ARROW1');
    expect(readArrow(file).columns).toEqual([[1]]);
    expect(flechetteFromIPC(stream).toArray()).toEqual([{ a: 1 }]);
  });

  test('types each kind of value, and keeps nulls, absent keys and -0, NaN, Infinity', () => {
    const rows = [
      {
        n: -0,
        s: 'é😀',
        b: true,
        big: -(2n ** 63n),
        when: new Date(Date.UTC(2024, 6, 10)),
        list: [[1, null], []],
        structs: [{ p: 1 }, null],
        none: null,
      },
      { n: Number.NaN, s: '', b: false, big: 2n ** 63n - 1n, list: null, structs: [] },
      { n: Infinity, s: null, b: undefined, when: undefined },
    ];
    const table = roundTrip(rows);
    expect(table.names).toEqual(['b', 'big', 'list', 'n', 'none', 's', 'structs', 'when']);
    expect(table.types).toEqual([
      'Bool',
      'Int64',
      'List<List<Float64>>',
      'Float64',
      'Null',
      'Utf8',
      'List<Struct<{p:Float64}>>',
      'Timestamp<MILLISECOND, UTC>',
    ]);
    expect(Object.is(table.columns[3]?.[0], -0)).toBe(true);
  });

  test('writes structs with the union of their keys, sorted, absent ones null', () => {
    const rows = [{ v: { b: 1, a: 'x' } }, { v: { c: true } }, { v: null }, {}];
    const table = roundTrip(rows);
    expect(table.types).toEqual(['Struct<{a:Utf8, b:Float64, c:Bool}>']);
    expect(table.columns[0]).toEqual([
      { a: 'x', b: 1, c: null },
      { a: null, b: null, c: true },
      null,
      null,
    ]);
    expect(roundTrip([{ v: {} }]).types).toEqual(['Struct<{}>']);
    // flechette builds no nested null column: a field with no value anywhere is text.
    expect(roundTrip([{ v: { a: null } }, { v: {} }]).types).toEqual(['Struct<{a:Utf8}>']);
    expect(roundTrip([{ l: [null] }, { l: [] }], { dictionary: true }).types).toEqual([
      'List<Dictionary<Int32, Utf8>>',
    ]);
  });

  test('keeps a sparse array hole as a null item', () => {
    // eslint-disable-next-line no-sparse-arrays -- the hole is what this test is about
    expect(roundTrip([{ l: [1, , 3] }]).columns).toEqual([[[1, null, 3]]]);
  });

  test('writes the columns asked for, in their order, a column no row has as nulls', () => {
    const table = roundTrip([{ a: 1, b: 'x', c: true }], { columns: ['c', 'zz', 'a'] });
    expect(table.names).toEqual(['c', 'zz', 'a']);
    expect(table.types).toEqual(['Bool', 'Null', 'Float64']);
    expect(table.columns).toEqual([[true], [null], [1]]);
  });

  test('writes a valid empty table for no rows', () => {
    const table = roundTrip([], { columns: ['donor', 'records'] });
    expect(table).toEqual({
      numRows: 0,
      names: ['donor', 'records'],
      types: ['Null', 'Null'],
      columns: [[], []],
    });
    expect(roundTrip([]).names).toEqual([]);
  });

  test('keeps a column or struct field named __proto__', () => {
    const row = JSON.parse('{"__proto__": 1, "s": {"__proto__": "x"}}') as object;
    const table = roundTrip([row]);
    expect(table.names).toEqual(['__proto__', 's']);
    expect(table.types).toEqual(['Float64', 'Struct<{__proto__:Utf8}>']);
  });

  test('gives the same bytes whatever the key order of the rows', () => {
    const a = [{ donor: 'DEU', value: { amount: 1, currency: 'EUR' }, n: 1 }];
    const b = [{ n: 1, value: { currency: 'EUR', amount: 1 }, donor: 'DEU' }];
    expect(toArrow(a)).toEqual(toArrow(b));
  });

  test('leaves its input unchanged', () => {
    const rows = deepFreeze([{ a: 1, v: { x: [1, 2] } }, { a: null }]);
    const options = deepFreeze({ columns: ['v', 'a'] });
    roundTrip(rows, options);
    expect(rows).toEqual([{ a: 1, v: { x: [1, 2] } }, { a: null }]);
  });

  describe('rejects bad input with INVALID_ARGUMENT', () => {
    test('when a column mixes kinds, naming the column and both rows', () => {
      expect(invalid([{ n: 1 }, { n: null }, { n: 'one' }])).toBe(
        'Row 2, column "n", holds a string where row 0 holds a number: a column holds one kind of value',
      );
      expect(invalid([{ v: { amount: 1 } }, { v: { amount: '1' } }])).toMatch(
        /^Row 1, column "v"\."amount", holds a string where row 0 holds a number/,
      );
      expect(invalid([{ l: [1] }, { l: [2, 'x'] }])).toMatch(
        /^Row 1, column "l"\[\], holds a string/,
      );
      expect(invalid([{ l: ['x'] }, { l: [1] }])).toBe(
        'Row 1, column "l"[], holds a number where row 0 holds a string: a column holds one kind of value',
      );
      expect(invalid([{ v: [1] }, { v: { a: 1 } }])).toMatch(
        /holds a struct where row 0 holds a list/,
      );
      expect(invalid([{ v: 1n }, { v: 1 }])).toMatch(/holds a number where row 0 holds a bigint/);
    });

    test('when a value is not one Arrow can hold here', () => {
      expect(invalid([{ f: () => 1 }])).toBe(
        'Row 0, column "f", holds a function, which an Arrow column cannot hold',
      );
      expect(invalid([{ m: new Map() }])).toMatch(
        /holds a Map, which an Arrow column cannot hold$/,
      );
      expect(invalid([{ s: Symbol('s') }])).toMatch(/holds Symbol\(s\)/);
      expect(invalid([{ o: Object.create(Object.create(null) as object) as object }])).toBe(
        'Row 0, column "o", holds an object, which an Arrow column cannot hold',
      );
      expect(invalid([{ d: new Date(Number.NaN) }])).toBe(
        'Row 0, column "d", holds an invalid Date',
      );
      expect(invalid([{ b: 2n ** 63n }])).toMatch(
        /holds 9223372036854775808n, outside the 64-bit integer range$/,
      );
      expect(invalid([{ t: 'a\uD800' }])).toBe(
        'Row 0, column "t", holds text with a lone surrogate, which UTF-8 cannot hold',
      );
      expect(invalid([{ '\uDC00': 1 }])).toMatch(
        /^Column "\\udc00" holds text with a lone surrogate/,
      );
      expect(invalid([{ s: { '\uD800': 1 } }])).toMatch(/^Column "s", field "\\ud800", holds text/);
    });

    test('when a value is nested more than 32 levels deep, and not before', () => {
      const nested = (levels: number): unknown => (levels === 0 ? 1 : [nested(levels - 1)]);
      expect(roundTrip([{ d: nested(32) }]).types).toEqual([
        `${'List<'.repeat(32)}Float64${'>'.repeat(32)}`,
      ]);
      expect(invalid([{ d: nested(33) }])).toBe(
        `Column "d"${'[]'.repeat(33)} is nested over 32 levels deep (a cycle?)`,
      );
    });

    test('when a row refers to itself', () => {
      const row: Record<string, unknown> = {};
      row.self = row;
      expect(invalid([row])).toMatch(
        /^Column "self"(\."self")+ is nested over 32 levels deep \(a cycle\?\)$/,
      );
    });

    test('when rows are not objects, or have no column to keep them', () => {
      expect(invalid('rows' as unknown as object[])).toBe('toArrow writes an array of rows');
      expect(invalid([null as unknown as object])).toBe('Row 0 is not an object');
      expect(invalid([[1]])).toBe('Row 0 is not an object');
      expect(invalid([{}, {}])).toBe(
        'No columns to write: an Arrow table without columns keeps no rows (2 given)',
      );
      expect(invalid([{ a: 1 }], { columns: [] })).toBe(
        'No columns to write: an Arrow table without columns keeps no rows (1 given)',
      );
    });

    test('when the options are wrong', () => {
      expect(invalid([{ a: 1 }], { columns: ['a', 'a'] })).toBe('columns has duplicate names');
      expect(invalid([{ a: 1 }], { columns: 'a' as unknown as string[] })).toBe(
        'columns must be an array of names',
      );
      expect(invalid([{ a: 1 }], { columns: [1 as unknown as string] })).toBe(
        'columns must be strings, not 1',
      );
      expect(invalid([{ a: 1 }], { format: 'csv' as 'file' })).toBe(
        "format must be 'stream' or 'file', not csv",
      );
      expect(invalid([{ a: 1 }], { columns: [null as unknown as string] })).toBe(
        'columns must be strings, not null',
      );
      expect(invalid([{ a: 1 }], { format: new Map() as unknown as 'file' })).toBe(
        "format must be 'stream' or 'file', not a Map",
      );
    });

    test.each(NAMELESS_OBJECTS)('when the format is $what, naming it as an object', ({ value }) => {
      expect(invalid([{ a: 1 }], { format: value as unknown as 'file' })).toBe(
        "format must be 'stream' or 'file', not an object",
      );
    });
  });
});
