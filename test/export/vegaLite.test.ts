import { describe, expect, test } from 'vitest';

import { NsatuError, fragmentation, summarizeAid, type ConvertedMoney } from 'nsatu';
import { toVegaLite, type VegaLiteOptions } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';

import { caught } from '../fixtures/small.ts';
import { NAMELESS_OBJECTS } from '../fixtures/values.ts';
import { markCount, render, texts } from './vega.ts';

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

/** Allocated aid in EUR, by the dimensions asked for, as rows a chart reads. */
function allocatedEur(by: readonly ('donor' | 'month' | 'quarter')[]): Record<string, unknown>[] {
  return summarizeAid(defaultDataset(), { by, stage: 'allocated', currency: 'EUR' }).map(
    ({ value, ...row }) => ({ ...row, eur: (value as ConvertedMoney).amount }),
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function invalid(rows: readonly Record<string, unknown>[], options: VegaLiteOptions): string {
  const error = caught(() => toVegaLite(rows, options));
  expect(error).toBeInstanceOf(NsatuError);
  expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
  return (error as NsatuError).message;
}

describe('toVegaLite', () => {
  test('charts aid by donor as bars, largest first, and vega renders them without a warning', async () => {
    const rows = allocatedEur(['donor']);
    const spec = toVegaLite(rows, { x: 'donor', y: 'eur', title: 'Allocated aid by donor' });
    expect(spec.$schema).toBe(SCHEMA);
    expect(spec.mark).toEqual({ type: 'bar', tooltip: true });
    expect(spec.encoding).toEqual({
      x: { field: 'donor', type: 'nominal', title: 'donor', sort: '-y' },
      y: { field: 'eur', type: 'quantitative', title: 'eur' },
    });
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(rows.length);
    const byEur = [...rows]
      .sort((a, b) => (b.eur as number) - (a.eur as number))
      .map((row) => row.donor);
    expect(texts(svg, 'axis-label')[0]).toEqual(byEur);
    expect(texts(svg, 'title-text')).toEqual([['Allocated aid by donor']]);
    expect(texts(svg, 'axis-title')).toEqual([['donor'], ['eur']]);
  });

  test('stacks aid by month by donor, months in time order, every donor in the legend', async () => {
    const rows = allocatedEur(['month', 'donor']);
    const spec = toVegaLite(rows, { x: 'month', y: 'eur', color: 'donor', width: 600 });
    const months = [...new Set(rows.map((row) => row.month as string))].sort();
    const donors = [...new Set(rows.map((row) => row.donor as string))].sort();
    expect(spec.width).toBe(600);
    expect(spec.encoding.x).toEqual({
      field: 'month',
      type: 'ordinal',
      title: 'month',
      sort: months,
    });
    expect(spec.encoding.y.stack).toBe('zero');
    expect(spec.encoding.color).toEqual({
      field: 'donor',
      type: 'nominal',
      title: 'donor',
      legend: { symbolLimit: 0 },
    });
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(rows.length);
    expect(texts(svg, 'axis-label')[0]).toEqual(months);
    expect(texts(svg, 'legend-label').flat()).toEqual(donors);
  });

  test('reads months as time on a line chart, in UTC', async () => {
    const rows = allocatedEur(['month', 'donor']);
    const spec = toVegaLite(rows, { x: 'month', y: 'eur', color: 'donor', mark: 'line' });
    expect(spec.encoding.x).toEqual({
      field: 'month',
      type: 'temporal',
      title: 'month',
      timeUnit: 'utcyearmonth',
    });
    expect(spec.encoding.y.stack).toBeUndefined();
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(new Set(rows.map((row) => row.donor)).size);
    expect(texts(svg, 'axis-label')[0]?.[0]).toBe('Jan 2022');
  });

  test('keeps quarters ordinal, in time order, on a line chart too', async () => {
    const rows = allocatedEur(['quarter']);
    const spec = toVegaLite(rows, { x: 'quarter', y: 'eur', mark: 'area' });
    const quarters = rows.map((row) => row.quarter);
    expect(quarters[0]).toBe('2022-Q1');
    expect(spec.encoding.x).toEqual({
      field: 'quarter',
      type: 'ordinal',
      title: 'quarter',
      sort: quarters,
    });
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(texts(svg, 'axis-label')[0]).toEqual(quarters);
  });

  test('charts fragmentation per capability', async () => {
    const rows = fragmentation(defaultDataset(), { by: 'capability' });
    const spec = toVegaLite(rows, { x: 'key', y: 'effectiveTypes', height: 200 });
    expect(spec.data.values).toEqual(rows);
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(rows.length);
    expect(texts(svg, 'axis-label')[0]).toEqual(
      [...rows]
        .sort((a, b) => (b.effectiveTypes ?? 0) - (a.effectiveTypes ?? 0))
        .map((row) => row.key),
    );
  });

  test('sorts a nominal y by x for horizontal bars, and stacks along x', async () => {
    const rows = [
      { donor: 'DEU', eur: 3, stage: 'allocated' },
      { donor: 'GBR', eur: 5, stage: 'allocated' },
      { donor: 'DEU', eur: 4, stage: 'delivered' },
    ];
    const spec = toVegaLite(rows, { x: 'eur', y: 'donor', color: 'stage' });
    expect(spec.encoding.y.sort).toBe('-x');
    expect(spec.encoding.x.stack).toBe('zero');
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(texts(svg, 'axis-label')[1]).toEqual(['DEU', 'GBR']);
  });

  test('orders mixed period labels in time order with unspecified last', () => {
    const rows = [
      { period: 'unspecified', n: 1 },
      { period: '2024-07', n: 2 },
      { period: '2023', n: 3 },
      { period: '2024-07-15', n: 4 },
    ];
    expect(toVegaLite(rows, { x: 'period', y: 'n', mark: 'line' }).encoding.x).toEqual({
      field: 'period',
      type: 'ordinal',
      title: 'period',
      sort: ['2023', '2024-07', '2024-07-15', 'unspecified'],
    });
    expect(
      toVegaLite([{ d: '2024-07-15', n: 1 }], { x: 'd', y: 'n', mark: 'point' }).encoding.x
        .timeUnit,
    ).toBe('utcyearmonthdate');
    expect(
      toVegaLite([{ y: '2024', n: 1 }], { x: 'y', y: 'n', mark: 'line' }).encoding.x.timeUnit,
    ).toBe('utcyear');
  });

  test('takes the types given over the ones inferred', () => {
    const rows = [
      { year: 2024, n: 1, ok: true },
      { year: 2025, n: 2, ok: false },
    ];
    const spec = toVegaLite(rows, {
      x: 'year',
      y: 'n',
      color: 'ok',
      xType: 'ordinal',
      colorType: 'nominal',
    });
    expect(spec.encoding.x).toEqual({ field: 'year', type: 'ordinal', title: 'year' });
    expect(spec.encoding.color?.type).toBe('nominal');
    const months = toVegaLite([{ m: '2024-07', n: 1 }], { x: 'm', y: 'n', xType: 'nominal' });
    expect(months.encoding.x).toEqual({ field: 'm', type: 'nominal', title: 'm', sort: '-y' });
    const time = toVegaLite([{ m: '2024-07', n: 1 }], { x: 'm', y: 'n', xType: 'temporal' });
    expect(time.encoding.x.timeUnit).toBe('utcyearmonth');
  });

  test('colours by a number with a gradient, and leaves two quantitative axes unsorted', async () => {
    const rows = [
      { quantity: 10, value: 3, records: 1 },
      { quantity: 20, value: 5, records: 2 },
    ];
    const spec = toVegaLite(rows, { x: 'quantity', y: 'value', color: 'records', mark: 'point' });
    expect(spec.encoding).toEqual({
      x: { field: 'quantity', type: 'quantitative', title: 'quantity' },
      y: { field: 'value', type: 'quantitative', title: 'value' },
      color: { field: 'records', type: 'quantitative', title: 'records' },
    });
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(2);
  });

  test('sorts the other axis and stacks by colour only with one quantitative axis', () => {
    const nominal = [{ a: 'x', b: 'p', c: 'u' }];
    expect(toVegaLite(nominal, { x: 'a', y: 'b', color: 'c' }).encoding).toEqual({
      x: { field: 'a', type: 'nominal', title: 'a' },
      y: { field: 'b', type: 'nominal', title: 'b' },
      color: { field: 'c', type: 'nominal', title: 'c', legend: { symbolLimit: 0 } },
    });
    const quantities = [{ q: 1, v: 2, c: 'u' }];
    expect(toVegaLite(quantities, { x: 'q', y: 'v', color: 'c' }).encoding).toEqual({
      x: { field: 'q', type: 'quantitative', title: 'q' },
      y: { field: 'v', type: 'quantitative', title: 'v' },
      color: { field: 'c', type: 'nominal', title: 'c', legend: { symbolLimit: 0 } },
    });
  });

  test.each([
    { mark: 'bar', sort: '-y', stack: 'zero' },
    { mark: 'area', sort: undefined, stack: 'zero' },
    { mark: 'line', sort: undefined, stack: undefined },
    { mark: 'point', sort: undefined, stack: undefined },
  ] as const)('sorts a nominal axis by the measure ($sort) and stacks ($stack) for $mark', (t) => {
    const rows = [
      { k: 'a', n: 1, c: 'u' },
      { k: 'b', n: 2, c: 'v' },
    ];
    const { x, y } = toVegaLite(rows, { x: 'k', y: 'n', color: 'c', mark: t.mark }).encoding;
    expect([x.sort, y.stack]).toEqual([t.sort, t.stack]);
  });

  test('writes the title, width and height only when given', () => {
    const rows = [{ k: 'a', n: 1 }];
    expect(Object.keys(toVegaLite(rows, { x: 'k', y: 'n' }))).toEqual([
      '$schema',
      'data',
      'mark',
      'encoding',
    ]);
    const sized = toVegaLite(rows, { x: 'k', y: 'n', title: 'T', width: 300, height: 200 });
    expect(Object.keys(sized)).toEqual([
      '$schema',
      'title',
      'width',
      'height',
      'data',
      'mark',
      'encoding',
    ]);
    expect([sized.title, sized.width, sized.height]).toEqual(['T', 300, 200]);
  });

  test('sorts period labels in time order when some rows have none', () => {
    const rows = [{ m: '2024', n: 1 }, { m: null, n: 2 }, { n: 3 }];
    expect(toVegaLite(rows, { x: 'm', y: 'n' }).encoding.x).toEqual({
      field: 'm',
      type: 'ordinal',
      title: 'm',
      sort: ['2024'],
    });
  });

  test('escapes dots, brackets and quotes in field names', async () => {
    const rows = [
      { 'value.EUR': 5, "donor['x']": 'DEU', 'a"b': 'p' },
      { 'value.EUR': 7, "donor['x']": 'GBR', 'a"b': 'q' },
    ];
    const spec = toVegaLite(rows, { x: "donor['x']", y: 'value.EUR', color: 'a"b' });
    expect(spec.encoding.x.field).toBe("donor\\[\\'x\\'\\]");
    expect(spec.encoding.y.field).toBe('value\\.EUR');
    expect(spec.encoding.color?.field).toBe('a\\"b');
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(2);
    expect(texts(svg, 'axis-title')).toEqual([["donor['x']"], ['value.EUR']]);
    expect(texts(svg, 'legend-label').flat()).toEqual(['p', 'q']);
  });

  test('refuses to encode a field Vega-Lite cannot read: a backslash, a name objects inherit', () => {
    expect(invalid([{ 'a\\b': 'p', n: 1 }], { x: 'a\\b', y: 'n' })).toBe(
      'x: Vega-Lite cannot chart a field named "a\\\\b"; rename it',
    );
    const row = JSON.parse(
      '{"__proto__": "p", "constructor": 1, "toString": 2, "k": "x", "n": 3}',
    ) as Record<string, unknown>;
    expect(invalid([row], { x: '__proto__', y: 'constructor' })).toMatch(/^x: .* "__proto__"/);
    expect(invalid([row], { x: 'k', y: 'constructor' })).toMatch(/^y: .* "constructor"/);
    expect(invalid([row], { x: 'k', y: 'n', color: 'toString' })).toMatch(/^color: .* "toString"/);
    expect(
      invalid(
        [
          { k: 'a', n: 1 },
          { k: 'constructor', n: 2 },
        ],
        { x: 'k', y: 'n' },
      ),
    ).toBe('Row 1, field "k": Vega cannot chart the value "constructor"; rename it');
    expect(toVegaLite([{ 'a\\b': 'p', n: 1, k: 'x' }], { x: 'k', y: 'n' }).data.values).toEqual([
      { 'a\\b': 'p', k: 'x', n: 1 },
    ]);
  });

  test('leaves out rows whose value is null, and charts no rows', async () => {
    const spec = toVegaLite(
      [
        { key: 'a', n: 1 },
        { key: 'b', n: null },
      ],
      { x: 'key', y: 'n' },
    );
    const { svg, logged } = await render(spec);
    expect(logged).toEqual([]);
    expect(markCount(svg)).toBe(1);
    const empty = toVegaLite([], { x: 'key', y: 'n', color: 'c' });
    expect([empty.encoding.x.type, empty.encoding.y.type]).toEqual(['nominal', 'quantitative']);
    const none = toVegaLite([{ key: 'a', n: null }], { x: 'key', y: 'n' });
    expect(none.encoding.y.type).toBe('quantitative');
    expect(markCount((await render(none)).svg)).toBe(0);
    // Vega's one complaint: an empty domain has an infinite extent.
    expect((await render(empty)).logged).toEqual([
      'WARN: Infinite extent for field "n_start": [Infinity, -Infinity]',
      'WARN: Infinite extent for field "n_end": [Infinity, -Infinity]',
    ]);
  });

  test('copies the rows deeply, keys sorted, so neither later changes nor key order matter', () => {
    const rows = [{ n: 1, donor: 'DEU', value: { EUR: 5, AUD: 2 }, list: [1, { b: 1, a: 2 }] }];
    const spec = toVegaLite(rows, { x: 'donor', y: 'n' });
    const shuffled = toVegaLite(
      [{ list: [1, { a: 2, b: 1 }], value: { AUD: 2, EUR: 5 }, donor: 'DEU', n: 1 }],
      {
        x: 'donor',
        y: 'n',
      },
    );
    expect(JSON.stringify(spec)).toBe(JSON.stringify(shuffled));
    expect(Object.keys(spec.data.values[0] ?? {})).toEqual(['donor', 'list', 'n', 'value']);
    const [row] = rows;
    if (row) {
      row.n = 2;
      row.value.EUR = 6;
    }
    expect(spec.data.values[0]).toEqual({
      donor: 'DEU',
      list: [1, { a: 2, b: 1 }],
      n: 1,
      value: { AUD: 2, EUR: 5 },
    });
  });

  test('leaves its input unchanged', () => {
    const rows = deepFreeze([{ donor: 'DEU', n: 1, undef: undefined }]);
    const options = deepFreeze({ x: 'donor', y: 'n' });
    const spec = toVegaLite(rows, options);
    expect(rows).toEqual([{ donor: 'DEU', n: 1, undef: undefined }]);
    expect(spec.data.values).toEqual([{ donor: 'DEU', n: 1 }]);
  });

  test('keeps a field named __proto__ as data', () => {
    const row = JSON.parse('{"__proto__": "DEU", "n": 1, "k": "x"}') as Record<string, unknown>;
    const spec = toVegaLite([row], { x: 'k', y: 'n' });
    expect(Object.hasOwn(spec.data.values[0] ?? {}, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(spec.data.values[0])).toBe(Object.prototype);
  });

  describe('rejects bad input with INVALID_ARGUMENT', () => {
    const rows = [
      { donor: 'DEU', n: 1, value: { EUR: 5 } },
      { donor: 'GBR', n: 2, value: { EUR: 3 } },
    ];

    test('when x, y or color is empty or not a string', () => {
      expect(invalid(rows, { x: '', y: 'n' })).toMatch(/x must be a non-empty field name/);
      expect(invalid(rows, { x: 'donor', y: undefined as unknown as string })).toMatch(/^y /);
      expect(invalid(rows, { x: 'donor', y: 'n', color: '' })).toMatch(/^color /);
    });

    test('when a field is in no row', () => {
      expect(invalid(rows, { x: 'donr', y: 'n' })).toBe('No row has the field "donr"');
      expect(invalid([{ a: 'x', n: undefined }], { x: 'a', y: 'n' })).toBe(
        'No row has the field "n"',
      );
    });

    test('when a value is not finite, naming the row and the field', () => {
      expect(invalid([...rows, { donor: 'USA', n: Number.NaN }], { x: 'donor', y: 'n' })).toMatch(
        '$[2].n holds NaN, which JSON cannot hold',
      );
      expect(invalid([{ donor: 'USA', n: Infinity }], { x: 'donor', y: 'n' })).toMatch(
        '$[0].n holds Infinity, which JSON cannot hold',
      );
    });

    test('when an encoded value is an object, or a field mixes kinds', () => {
      expect(invalid(rows, { x: 'donor', y: 'value' })).toMatch(
        /^Row 0, field "value": an object cannot be plotted/,
      );
      expect(
        invalid(
          [
            { d: 'a', n: 1 },
            { d: 'b', n: '2' },
          ],
          { x: 'd', y: 'n' },
        ),
      ).toBe('Row 1, field "n" holds a string, but row 0 holds a number');
      expect(
        invalid(
          [
            { d: 'a', n: 1 },
            { d: 'b', n: 2 },
            { d: 'c', n: true },
          ],
          { x: 'd', y: 'n' },
        ),
      ).toBe('Row 2, field "n" holds a boolean, but row 0 holds a number');
    });

    test('when a row holds what JSON cannot', () => {
      expect(invalid([{ d: 'a', n: 1, f: () => 1 }], { x: 'd', y: 'n' })).toMatch(
        /^\$\[0\]\.f holds a function/,
      );
      expect(invalid([{ d: 'a', n: 1, when: new Date(0) }], { x: 'd', y: 'n' })).toMatch(
        /holds a Date/,
      );
      expect(invalid([{ d: 'a', n: 1, list: [Number.NaN] }], { x: 'd', y: 'n' })).toMatch(
        /^\$\[0\]\.list\[0\] holds NaN/,
      );
      const cyclic: Record<string, unknown> = { d: 'a', n: 1 };
      cyclic.self = cyclic;
      expect(invalid([cyclic], { x: 'd', y: 'n' })).toBe(
        '$[0].self.self is nested over 100 levels deep (a cycle?)',
      );
    });

    test('when rows are not an array of objects', () => {
      expect(invalid('rows' as unknown as [], { x: 'd', y: 'n' })).toBe(
        'toVegaLite charts an array of rows',
      );
      expect(invalid([null as unknown as Record<string, unknown>], { x: 'd', y: 'n' })).toBe(
        'Row 0 is not an object',
      );
      expect(invalid([[1] as unknown as Record<string, unknown>], { x: 'd', y: 'n' })).toBe(
        'Row 0 is not an object',
      );
      expect(invalid([5 as unknown as Record<string, unknown>], { x: 'd', y: 'n' })).toBe(
        'Row 0 is not an object',
      );
    });

    test('when the mark, a type, the title or the size is unknown', () => {
      const base = { x: 'donor', y: 'n' } as const;
      expect(invalid(rows, { ...base, mark: 'pie' as 'bar' })).toBe(
        'mark must be one of bar, line, area, point, not "pie"',
      );
      expect(invalid(rows, { ...base, yType: 'number' as 'quantitative' })).toBe(
        'yType must be one of quantitative, temporal, ordinal, nominal, not "number"',
      );
      expect(invalid(rows, { ...base, title: 5 as unknown as string })).toBe(
        'title must be a string',
      );
      expect(invalid(rows, { ...base, width: 0 })).toMatch(/^width must be a positive number/);
      expect(invalid(rows, { ...base, height: Infinity })).toMatch(
        /^height must be a positive number/,
      );
      expect(invalid(rows, { ...base, width: '300' as unknown as number })).toBe(
        'width must be a positive number of pixels, not 300',
      );
    });

    test.each([
      { what: 'null', mark: null, named: 'null' },
      { what: 'an array', mark: ['bar'], named: 'an array' },
      { what: 'a Map', mark: new Map(), named: 'a Map' },
      ...NAMELESS_OBJECTS.map(({ what, value }) => ({ what, mark: value, named: 'an object' })),
    ])('when the mark is $what, naming it as $named', ({ mark, named }) => {
      expect(invalid(rows, { x: 'donor', y: 'n', mark: mark as unknown as 'bar' })).toBe(
        `mark must be one of bar, line, area, point, not ${named}`,
      );
    });
  });
});
