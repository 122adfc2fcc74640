import { describe, expect, test } from 'vitest';

import { AidRecordSchema, NsatuError, type WeaponSystem } from 'nsatu';
import { fromCsv, type CsvNation, type FromCsvOptions } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';
import { COLUMNS } from '../fixtures/csv.ts';

const columns = COLUMNS;

const catalog: WeaponSystem[] = [
  {
    id: 'gepard',
    name: 'Gepard',
    aliases: ['Flakpanzer Gepard'],
    category: 'spaag',
    capability: 'iamd',
  },
  { id: 'iris-t-slm', name: 'IRIS-T SLM', category: 'sam', capability: 'iamd' },
  { id: 'iris-t-sls', name: 'IRIS-T SLS', category: 'sam', capability: 'iamd' },
  {
    id: 'leopard-2',
    name: 'Leopard 2',
    category: 'tank',
    capability: 'armour',
    variants: [{ id: 'leopard-2a6', name: 'Leopard 2A6' }],
  },
];

const nations: CsvNation[] = defaultDataset().nations;

const base: FromCsvOptions = { columns, stage: 'committed', nations, catalog, idPrefix: 't' };

/** A CSV with the test header and the given data lines. */
function csv(...lines: string[]): string {
  return ['donor,item,quantity,value,currency,date', ...lines].join('\n');
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('fromCsv', () => {
  test('reads a row into an aid record that passes AidRecordSchema', () => {
    const { records, problems, rows } = fromCsv(
      csv('Germany,Flakpanzer Gepard,15,"1,500,000.50",eur,2022-04-26'),
      base,
    );
    expect(problems).toEqual([]);
    expect(rows).toBe(1);
    expect(records).toEqual([
      {
        id: 't-2',
        donor: 'DEU',
        system: 'gepard',
        item: 'Flakpanzer Gepard',
        quantity: 15,
        value: { amount: 1_500_000.5, currency: 'EUR' },
        stage: 'committed',
        date: '2022-04-26',
      },
    ]);
    expect(AidRecordSchema.safeParse(records[0]).success).toBe(true);
  });

  test('resolves a variant and keeps the raw name in item', () => {
    const { records } = fromCsv(csv('Germany, Leopard 2A6 ,14,,,2023'), base);
    expect(records[0]).toMatchObject({
      system: 'leopard-2',
      variant: 'leopard-2a6',
      item: ' Leopard 2A6 ',
    });
  });

  test('keeps a record with item only and warns when the item is unknown or ambiguous', () => {
    const { records, problems } = fromCsv(
      csv('Germany,Wolfram,3,,,2024', 'Germany,IRIS-T SLX,1,,,2024'),
      base,
    );
    expect(records.map((r) => [r.item, r.system])).toEqual([
      ['Wolfram', undefined],
      ['IRIS-T SLX', undefined],
    ]);
    expect(problems).toEqual([
      {
        line: 2,
        column: 'item',
        code: 'UNRESOLVED_WEAPON',
        severity: 'warning',
        message: '"Wolfram" names no catalogue system',
        raw: 'Wolfram',
      },
      expect.objectContaining({
        line: 3,
        code: 'AMBIGUOUS_WEAPON',
        severity: 'warning',
        message: '"IRIS-T SLX" matches iris-t-slm, iris-t-sls equally well',
      }),
    ]);
  });

  test('resolves nothing and warns about nothing without a catalog', () => {
    const { records, problems } = fromCsv(csv('Germany,Wolfram,3,,,2024'), {
      ...base,
      catalog: undefined,
    });
    expect(problems).toEqual([]);
    expect(records[0]?.system).toBeUndefined();
  });

  describe('donors', () => {
    test.each([
      ['Czechia', 'CZE'],
      ['Czech Republic', 'CZE'],
      ['cz', 'CZE'],
      ['CZE', 'CZE'],
      ['czE', 'CZE'],
      ['UK', 'GBR'],
      ['U.K.', 'GBR'],
      ['United Kingdom', 'GBR'],
      ['Great Britain', 'GBR'],
      ['gb', 'GBR'],
      ['GBR', 'GBR'],
      ['US', 'USA'],
      ['usa', 'USA'],
      ['United States', 'USA'],
      ['United States of America', 'USA'],
      ['Türkiye', 'TUR'],
      ['Turkiye', 'TUR'],
      ['TURKEY', 'TUR'],
      ['The Netherlands', 'NLD'],
      ['Holland', 'NLD'],
      ['South Korea', 'KOR'],
      ['Republic of Korea', 'KOR'],
      ['North Macedonia', 'MKD'],
      ['  germany  ', 'DEU'],
      ['European Union', 'eu'],
    ])('normalises %j to %s', (donor, code) => {
      const { records, problems } = fromCsv(csv(`"${donor}",Gepard,1,,,2024`), base);
      expect(problems).toEqual([]);
      expect(records[0]?.donor).toBe(code);
    });

    test('maps names through donorAliases first, in any case and spacing', () => {
      const { records } = fromCsv(csv('eu  (commission AND council),,,5,EUR,2024'), {
        ...base,
        donorAliases: { 'EU (Commission and Council)': 'eu', Germany: 'AUT' },
      });
      expect(records[0]?.donor).toBe('eu');
      const germany = fromCsv(csv('Germany,,,5,EUR,2024'), {
        ...base,
        donorAliases: { Germany: 'AUT' },
      });
      expect(germany.records[0]?.donor).toBe('AUT');
    });

    test('takes any three-letter code as alpha-3 without nations, only known ones with', () => {
      const row = csv('abc,,,5,EUR,2024');
      expect(fromCsv(row, { ...base, nations: undefined }).records[0]?.donor).toBe('ABC');
      expect(fromCsv(row, base).problems[0]).toMatchObject({
        line: 2,
        column: 'donor',
        code: 'UNKNOWN_DONOR',
        severity: 'error',
        raw: 'abc',
      });
    });

    test('reports an empty donor as a missing value', () => {
      expect(fromCsv(csv(',Gepard,1,,,2024'), base).problems).toEqual([
        {
          line: 2,
          column: 'donor',
          code: 'MISSING_VALUE',
          severity: 'error',
          message: 'The donor is empty',
        },
      ]);
    });
  });

  describe('dates', () => {
    test.each([
      ['2024', '2024'],
      ['2024-07', '2024-07'],
      ['2024-07-10', '2024-07-10'],
      ['2024-7-1', '2024-07-01'],
      ['2024/07/10', '2024-07-10'],
      ['2024/7', '2024-07'],
      ['10.07.2024', '2024-07-10'],
      ['07.2024', '2024-07'],
      ['2024-07-10T23:30:00Z', '2024-07-10'],
      ['2024-07-10 00:00:00', '2024-07-10'],
    ])('reads %j as %s', (cell, date) => {
      const { records, problems } = fromCsv(csv(`DEU,Gepard,1,,,${cell}`), base);
      expect(problems).toEqual([]);
      expect(records[0]?.date).toBe(date);
    });

    test.each([
      ['10/07/2024', 'ambiguous'],
      ['7/10/2024', 'ambiguous'],
      ['2024-13', 'not a real calendar date'],
      ['2023-02-29', 'not a real calendar date'],
      ['0000', 'not a real calendar date'],
      ['July 2024', 'expected YYYY'],
      ['45123', 'expected YYYY'],
    ])('refuses %j (%s)', (cell, reason) => {
      const { records, problems } = fromCsv(csv(`DEU,Gepard,1,,,${cell}`), base);
      expect(records).toEqual([]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({
        line: 2,
        column: 'date',
        code: 'INVALID_DATE',
        raw: cell,
      });
      expect(problems[0]?.message).toContain(reason);
    });
  });

  describe('numbers', () => {
    test.each([
      ['14', 14],
      ['+14', 14],
      ['"1,000"', 1000],
      ['"12,345,678"', 12_345_678],
      ['1 000', 1000],
      ["1'000", 1000],
      ['1_000', 1000],
      ['0', 0],
      ['-0', 0],
    ])('reads quantity %s as %d', (cell, quantity) => {
      const { records, problems } = fromCsv(csv(`DEU,Gepard,${cell},,,2024`), base);
      expect(problems).toEqual([]);
      expect(records[0]?.quantity).toBe(quantity);
    });

    test.each([
      '1.000',
      '"1,5"',
      '1.5',
      '"1,00"',
      '"12,34,567"',
      // A group of four after the groups of three is no thousands grouping (was read as 10001).
      '"1,0001"',
      '12 3456',
      '"1,000,0001"',
      'ten',
      '5 units',
      '1e3',
      '99999999999999999',
    ])('refuses quantity %s', (cell) => {
      const { records, problems } = fromCsv(csv(`DEU,Gepard,${cell},,,2024`), base);
      expect(records).toEqual([]);
      expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
        [2, 'quantity', 'INVALID_QUANTITY'],
      ]);
    });

    test.each([
      ['1500000', 1_500_000],
      ['"1,500,000.25"', 1_500_000.25],
      ['2.645e6', 2_645_000],
      ['.5', 0.5],
      ['1 000.5', 1000.5],
    ])('reads value %s as %d', (cell, amount) => {
      const { records, problems } = fromCsv(csv(`DEU,,,${cell},EUR,2024`), base);
      expect(problems).toEqual([]);
      expect(records[0]?.value).toEqual({ amount, currency: 'EUR' });
    });

    test.each(['"1,5"', '"1.000,50"', '€5', 'lots', '1e999', '"1,0000.5"', '1 0001'])(
      'refuses value %s',
      (cell) => {
        const { problems } = fromCsv(csv(`DEU,,,${cell},EUR,2024`), base);
        expect(problems.map((p) => [p.column, p.code])).toEqual([['value', 'INVALID_VALUE']]);
      },
    );

    test('reads a long grouped cell with a line break in linear time, and refuses it', () => {
      // Thousands of groups and then a line break made the grouping pattern backtrack over every
      // split: quadratic, 1.5 s for 80 kB, minutes for a megabyte (found by recheck).
      const cell = `"0 000${' 000'.repeat(60_000)}\nx"`;
      const started = performance.now();
      const { records, problems } = fromCsv(csv(`DEU,Gepard,${cell},${cell},EUR,2024`), base);
      const ms = performance.now() - started;
      expect(records).toEqual([]);
      expect(problems.map((p) => [p.column, p.code])).toEqual([
        ['quantity', 'INVALID_QUANTITY'],
        ['value', 'INVALID_VALUE'],
      ]);
      // Linear: a few milliseconds; quadratic: about 15 s a cell here.
      expect(ms).toBeLessThan(10_000);
    });

    test('scales values by valueScale without binary noise', () => {
      const { records } = fromCsv(csv('DEU,,,0.002645,EUR,2024', 'DEU,,,0.1,EUR,2024'), {
        ...base,
        valueScale: 1e9,
      });
      expect(records.map((r) => r.value?.amount)).toEqual([2_645_000, 100_000_000]);
    });

    test('reports a negative quantity or value as NEGATIVE_AMOUNT', () => {
      const { records, problems } = fromCsv(csv('DEU,Gepard,-5,,,2024', 'DEU,,,−7,EUR,2024'), base);
      expect(records).toEqual([]);
      expect(problems.map((p) => [p.line, p.column, p.code, p.raw])).toEqual([
        [2, 'quantity', 'NEGATIVE_AMOUNT', '-5'],
        [3, 'value', 'NEGATIVE_AMOUNT', '−7'],
      ]);
    });
  });

  describe('money', () => {
    test('upper-cases the currency and refuses unknown codes', () => {
      const { records, problems } = fromCsv(
        csv('DEU,,,5,usd,2024', 'DEU,,,5,ZZZ,2024', 'DEU,,,5,EURO,2024', 'DEU,,,5,,2024'),
        base,
      );
      expect(records.map((r) => r.value)).toEqual([{ amount: 5, currency: 'USD' }]);
      expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
        [3, 'currency', 'INVALID_CURRENCY'],
        [4, 'currency', 'INVALID_CURRENCY'],
        [5, 'currency', 'MISSING_CURRENCY'],
      ]);
    });

    test('falls back on options.currency for empty currency cells', () => {
      const { records } = fromCsv('donor,eur\nDEU,5', {
        columns: { donor: 'donor', value: 'eur' },
        currency: 'EUR',
        stage: 'allocated',
      });
      expect(records[0]?.value).toEqual({ amount: 5, currency: 'EUR' });
    });

    test('reports a row with neither item nor value', () => {
      expect(fromCsv(csv('DEU,,,,,2024'), base).problems).toEqual([
        expect.objectContaining({
          line: 2,
          column: 'item',
          code: 'MISSING_VALUE',
          severity: 'error',
        }),
      ]);
    });
  });

  describe('ids, stages, channels and sources', () => {
    const full: FromCsvOptions = {
      columns: { donor: 'd', item: 'i', id: 'id', stage: 'stage', channel: 'ch', sources: 'src' },
      sources: ['kiel-ust'],
    };

    test('reads them from their columns, in any case', () => {
      const { records, problems } = fromCsv(
        ['d,i,id,stage,ch,src', 'DEU,Gepard,deu-gepard,Delivered,PURL,"pun-commits; wpn-x"'].join(
          '\n',
        ),
        full,
      );
      expect(problems).toEqual([]);
      expect(records).toEqual([
        {
          id: 'deu-gepard',
          donor: 'DEU',
          item: 'Gepard',
          stage: 'delivered',
          channel: 'purl',
          sources: ['kiel-ust', 'pun-commits', 'wpn-x'],
        },
      ]);
    });

    test('generates ids from the line and fills empty stage and channel cells from options', () => {
      const { records } = fromCsv(['d,i,id,stage,ch,src', 'DEU,Gepard,,,,'].join('\n'), {
        ...full,
        idPrefix: 'pun',
        stage: 'committed',
        channel: 'bilateral',
      });
      expect(records[0]).toMatchObject({ id: 'pun-2', stage: 'committed', channel: 'bilateral' });
    });

    test('reports bad ids, stages, channels, sources and duplicate ids', () => {
      const { records, problems } = fromCsv(
        [
          'd,i,id,stage,ch,src',
          'DEU,Gepard,Not An Id,committed,,',
          'DEU,Gepard,a,pledged,,',
          'DEU,Gepard,b,committed,air-drop,',
          'DEU,Gepard,c,committed,,Bad Source',
          'DEU,Gepard,d,,,',
          'DEU,Gepard,e,committed,,',
          'DEU,Gepard,e,committed,,',
        ].join('\n'),
        full,
      );
      expect(records.map((r) => r.id)).toEqual(['e']);
      expect(problems.map((p) => [p.line, p.column, p.code])).toEqual([
        [2, 'id', 'INVALID_ID'],
        [3, 'stage', 'INVALID_STAGE'],
        [4, 'ch', 'INVALID_CHANNEL'],
        [5, 'src', 'INVALID_SOURCE'],
        [5, 'src', 'INVALID_SOURCE'],
        [6, 'stage', 'MISSING_VALUE'],
        [8, 'id', 'DUPLICATE_ID'],
      ]);
    });

    test('reports every error of a row, and no warning for a row without a record', () => {
      const { problems } = fromCsv(csv('Atlantis,Wolfram,ten,,,someday'), base);
      expect(problems.map((p) => p.code)).toEqual([
        'UNKNOWN_DONOR',
        'INVALID_QUANTITY',
        'INVALID_DATE',
      ]);
    });
  });

  describe('lines', () => {
    test('counts physical lines across quoted line breaks, blank lines and CRLF', () => {
      const text = [
        'donor,item,quantity,value,currency,date',
        '',
        'DEU,"Gepard',
        'with a note',
        'on three lines",1,,,2024',
        '   ',
        'Atlantis,Gepard,1,,,2024',
        'DEU,"a\r\nb",1,,,2024',
        'Atlantis,Gepard,1,,,2024',
      ].join('\r\n');
      const { records, problems } = fromCsv(text, base);
      expect(records.map((r) => r.id)).toEqual(['t-3', 't-8']);
      expect(problems.filter((p) => p.code === 'UNKNOWN_DONOR').map((p) => p.line)).toEqual([
        7, 10,
      ]);
    });

    test('counts a lone CR as a line end', () => {
      const { problems } = fromCsv('donor,item\rDEU,Gepard\rAtlantis,Gepard', {
        columns: { donor: 'donor', item: 'item' },
        stage: 'committed',
        nations,
      });
      expect(problems.map((p) => p.line)).toEqual([3]);
    });
  });

  describe('arguments', () => {
    test.each<[string, unknown]>([
      ['no columns', { stage: 'committed' }],
      ['no donor column', { columns: { item: 'item' }, stage: 'committed' }],
      [
        'an unknown field',
        { columns: { donor: 'donor', sourceColumn: 'src' }, stage: 'committed' },
      ],
      ['an empty column name', { columns: { donor: ' ' }, stage: 'committed' }],
      ['no stage', { columns: { donor: 'donor' } }],
      ['a bad stage', { columns: { donor: 'donor' }, stage: 'pledged' }],
      ['a bad channel', { columns: { donor: 'donor' }, stage: 'committed', channel: 'air' }],
      ['a bad currency', { columns: { donor: 'donor' }, stage: 'committed', currency: 'eur' }],
      ['values without currency', { columns: { donor: 'donor', value: 'v' }, stage: 'committed' }],
      ['a bad idPrefix', { columns: { donor: 'donor' }, stage: 'committed', idPrefix: 'Kiel UST' }],
      ['a bad source', { columns: { donor: 'donor' }, stage: 'committed', sources: ['A B'] }],
      ['a zero valueScale', { columns: { donor: 'donor' }, stage: 'committed', valueScale: 0 }],
      [
        'a NaN valueScale',
        { columns: { donor: 'donor' }, stage: 'committed', valueScale: Number.NaN },
      ],
      [
        'a bad alias',
        { columns: { donor: 'donor' }, stage: 'committed', donorAliases: { EU: 'E U' } },
      ],
      [
        'a bad nation',
        {
          columns: { donor: 'donor' },
          stage: 'committed',
          nations: [{ id: 'de', name: 'Germany' }],
        },
      ],
      [
        'one name for two nations',
        {
          columns: { donor: 'donor' },
          stage: 'committed',
          nations: [
            { id: 'DEU', name: 'X' },
            { id: 'AUT', name: 'x' },
          ],
        },
      ],
      ['a bad catalog', { columns: { donor: 'donor' }, stage: 'committed', catalog: {} }],
    ])('throws INVALID_ARGUMENT for %s', (_, options) => {
      expect(() => fromCsv('donor\nDEU', options as FromCsvOptions)).toThrow(
        expect.objectContaining({ name: 'NsatuError', code: 'INVALID_ARGUMENT' }),
      );
    });

    test('throws INVALID_ARGUMENT for text that is not a string', () => {
      expect(() => fromCsv(42 as unknown as string, base)).toThrow(NsatuError);
    });

    test('leaves its input unchanged', () => {
      const options = deepFreeze({ ...base, donorAliases: { EU: 'eu' }, sources: ['s'] });
      expect(() => fromCsv(csv('DEU,Gepard,1,,,2024'), options)).not.toThrow();
    });
  });
});
