import { describe, expect, test } from 'vitest';

import { AidRecordSchema, type WeaponSystem } from 'nsatu';
import { fromCsv, type CsvNation, type CsvProblem, type FromCsvOptions } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';
import { COLUMNS } from '../fixtures/csv.ts';
import { errorMessage } from '../fixtures/small.ts';

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

    /** The donor of each row (`undefined` when it has no record), with only `nations` to go by. */
    function donorsOf(names: string[], nationList: unknown[] | undefined): (string | undefined)[] {
      const { records } = fromCsv(
        ['donor,value', ...names.map((name) => `"${name}",5`)].join('\n'),
        {
          columns: { donor: 'donor', value: 'value' },
          stage: 'committed',
          currency: 'EUR',
          nations: nationList as CsvNation[] | undefined,
        },
      );
      return names.map((_, i) => records.find((r) => r.id === `csv-${String(i + 2)}`)?.donor);
    }

    test.each<[string, string[], unknown[] | undefined, (string | undefined)[]]>([
      ['drops diacritics without nations too', ['Türkiye', 'TÜRKIYE'], undefined, ['TUR', 'TUR']],
      [
        'reads "&" as "and"',
        ['Bosnia & Herzegovina', 'bosnia and herzegovina'],
        [{ id: 'BIH', name: 'Bosnia and Herzegovina' }],
        ['BIH', 'BIH'],
      ],
      [
        'drops only a leading "the"',
        ['The Republic of the Congo', 'Republic of Congo'],
        [{ id: 'COG', name: 'Republic of the Congo' }],
        ['COG', undefined],
      ],
      ['matches a nation given without a name by its code', ['xkx'], [{ id: 'XKX' }], ['XKX']],
      [
        'ignores nation names that are empty once normalised',
        ['DEU', 'AUT', '-'],
        [
          { id: 'DEU', name: '' },
          { id: 'AUT', name: '...' },
        ],
        ['DEU', 'AUT', undefined],
      ],
    ])('%s', (_, names, nationList, donors) => {
      expect(donorsOf(names, nationList)).toEqual(donors);
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

    /** The one problem of line 2 when its quantity or value `cell` (as written) is refused. */
    function refused(field: 'quantity' | 'value', cell: string, reason: string): CsvProblem[] {
      const raw = cell.replaceAll('"', '');
      const quantity = field === 'quantity';
      return [
        {
          line: 2,
          column: field,
          code: quantity ? 'INVALID_QUANTITY' : 'INVALID_VALUE',
          severity: 'error',
          message: `Cannot read "${raw}" as ${quantity ? 'a quantity' : 'an amount'}: ${reason}`,
          raw,
        },
      ];
    }

    const WHOLE = 'a quantity is a whole number, grouped only in thousands (1,000)';

    test.each([
      ['1.000', WHOLE],
      ['"1,5"', WHOLE],
      ['1.5', WHOLE],
      ['+1.5', WHOLE],
      ['"1,00"', WHOLE],
      ['"12,34,567"', WHOLE],
      // A group of four after the groups of three is no thousands grouping (was read as 10001).
      ['"1,0001"', WHOLE],
      ['12 3456', WHOLE],
      ['"1,000,0001"', WHOLE],
      ['ten', 'not a number'],
      ['5 units', 'not a number'],
      ['1e3', 'not a number'],
      ['99999999999999999', 'too large to count exactly'],
    ])('refuses quantity %s: %s', (cell, reason) => {
      const { records, problems } = fromCsv(csv(`DEU,Gepard,${cell},,,2024`), base);
      expect(records).toEqual([]);
      expect(problems).toStrictEqual(refused('quantity', cell, reason));
    });

    test.each([
      ['1500000', 1_500_000],
      ['"1,500,000.25"', 1_500_000.25],
      ['2.645e6', 2_645_000],
      ['.5', 0.5],
      ['.25', 0.25],
      ['1e+3', 1000],
      ['2.5e-3', 0.0025],
      ['2.5e10', 25_000_000_000],
      ['1 000.5', 1000.5],
      // -0 is no valid amount (AidRecordSchema refuses it): read as 0.
      ['-0', 0],
    ])('reads value %s as %d', (cell, amount) => {
      const { records, problems } = fromCsv(csv(`DEU,,,${cell},EUR,2024`), base);
      expect(problems).toEqual([]);
      expect(records[0]?.value).toEqual({ amount, currency: 'EUR' });
    });

    const COMMA = 'a comma is only a thousands separator here (1,000,000.50)';

    test.each([
      ['"1,5"', COMMA],
      ['"1.000,50"', COMMA],
      ['"1,0000.5"', COMMA],
      ['€5', 'not a number'],
      ['lots', 'not a number'],
      ['5 EUR', 'not a number'],
      ['1 0001', 'not a number'],
      ['1e999', 'out of range'],
    ])('refuses value %s: %s', (cell, reason) => {
      const { problems } = fromCsv(csv(`DEU,,,${cell},EUR,2024`), base);
      expect(problems).toStrictEqual(refused('value', cell, reason));
    });

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

    test('reports a negative quantity or value as NEGATIVE_AMOUNT, also with a Unicode minus', () => {
      const { records, problems } = fromCsv(
        csv('DEU,Gepard,-5,,,2024', 'DEU,,,−7,EUR,2024', 'DEU,Gepard,−5,,,2024'),
        base,
      );
      expect(records).toEqual([]);
      expect(problems.map((p) => [p.line, p.column, p.code, p.raw])).toEqual([
        [2, 'quantity', 'NEGATIVE_AMOUNT', '-5'],
        [3, 'value', 'NEGATIVE_AMOUNT', '−7'],
        [4, 'quantity', 'NEGATIVE_AMOUNT', '−5'],
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
    const donorOnly = { columns: { donor: 'donor' }, stage: 'committed' } as const;
    const oneParty = 'a donor name must name one party';
    const twoNations = (first: CsvNation, second: CsvNation): FromCsvOptions => ({
      ...donorOnly,
      nations: [first, second],
    });

    test.each<[string, unknown, string]>([
      [
        'no columns',
        { stage: 'committed' },
        'fromCsv needs options.columns, mapping fields to column names',
      ],
      [
        'null columns',
        { columns: null, stage: 'committed' },
        'fromCsv needs options.columns, mapping fields to column names',
      ],
      [
        'no donor column',
        { columns: { item: 'item' }, stage: 'committed' },
        'columns.donor is required: every aid record has a donor',
      ],
      [
        'an unknown field',
        { columns: { donor: 'donor', sourceColumn: 'src' }, stage: 'committed' },
        'columns.sourceColumn is not a field; map one of donor, item, quantity, value, currency, date, id, stage, channel, sources',
      ],
      [
        'an empty column name',
        { columns: { donor: ' ' }, stage: 'committed' },
        'columns.donor must be a column name, not " "',
      ],
      [
        'a column name that is not a string',
        { columns: { donor: 3 }, stage: 'committed' },
        'columns.donor must be a column name, not 3',
      ],
      [
        'no stage',
        { columns: { donor: 'donor' } },
        'Give a stage: options.stage, or a stage column in options.columns',
      ],
      [
        'a bad stage',
        { ...donorOnly, stage: 'pledged' },
        'stage must be one of announced, committed, allocated, delivered, cancelled, not "pledged"',
      ],
      [
        'a bad channel',
        { ...donorOnly, channel: 'air' },
        'channel must be one of bilateral, coalition, nsatu, purl, epf, trust-fund, other, not "air"',
      ],
      [
        'a bad currency',
        { ...donorOnly, currency: 'eur' },
        'currency must be an ISO 4217 code such as "EUR", not "eur"',
      ],
      [
        'values without currency',
        { columns: { donor: 'donor', value: 'v' }, stage: 'committed' },
        'Values need a currency: map columns.currency or give options.currency',
      ],
      [
        'a bad idPrefix',
        { ...donorOnly, idPrefix: 'Kiel UST' },
        'idPrefix must be a short kebab-case id, not "Kiel UST"',
      ],
      [
        'an idPrefix of 101 characters',
        { ...donorOnly, idPrefix: 'a'.repeat(101) },
        `idPrefix must be a short kebab-case id, not "${'a'.repeat(101)}"`,
      ],
      [
        'a bad source',
        { ...donorOnly, sources: ['A B'] },
        'sources must be kebab-case ids, not "A B"',
      ],
      [
        'a zero valueScale',
        { ...donorOnly, valueScale: 0 },
        'valueScale must be a positive number, not 0',
      ],
      [
        'a NaN valueScale',
        { ...donorOnly, valueScale: Number.NaN },
        'valueScale must be a positive number, not NaN',
      ],
      [
        'a bad alias',
        { ...donorOnly, donorAliases: { EU: 'E U' } },
        'donorAliases["EU"] must be a nation code ("DEU") or an organisation id ("eu"), not "E U"',
      ],
      [
        'two aliases of one name to two parties',
        { ...donorOnly, donorAliases: { EU: 'eu', 'E.U.': 'DEU' } },
        `donorAliases key "eu" names both eu and DEU; ${oneParty}`,
      ],
      [
        'a bad nation',
        { ...donorOnly, nations: [{ id: 'de', name: 'Germany' }] },
        'nations: "de" is not an ISO 3166-1 alpha-3 code such as "DEU"',
      ],
      [
        'one name for two nations',
        twoNations({ id: 'DEU', name: 'X' }, { id: 'AUT', name: 'x' }),
        `nations name "x" names both DEU and AUT; ${oneParty}`,
      ],
      [
        "a nation's name that is another nation's code",
        twoNations({ id: 'AUT', name: 'DEU' }, { id: 'DEU', name: 'Germany' }),
        `nations code "deu" names both AUT and DEU; ${oneParty}`,
      ],
      [
        'one alpha-2 code for two nations',
        twoNations(
          { id: 'DEU', name: 'Germany', iso2: 'DE' },
          { id: 'AUT', name: 'Austria', iso2: 'de' },
        ),
        `nations iso2 "de" names both DEU and AUT; ${oneParty}`,
      ],
      [
        'a bad catalog',
        { ...donorOnly, catalog: {} },
        'createWeaponResolver expects a dataset or an array of weapon systems',
      ],
    ])('throws INVALID_ARGUMENT for %s', (_, options, message) => {
      expect(errorMessage(() => fromCsv('donor\nDEU', options as FromCsvOptions))).toBe(
        `INVALID_ARGUMENT: ${message}`,
      );
    });

    test('throws INVALID_ARGUMENT for text that is not a string', () => {
      expect(errorMessage(() => fromCsv(42 as unknown as string, base))).toBe(
        'INVALID_ARGUMENT: fromCsv reads a string of CSV text',
      );
    });

    test.each<[string, Partial<FromCsvOptions>, string]>([
      ['an idPrefix of 100 characters', { idPrefix: 'a'.repeat(100) }, `${'a'.repeat(100)}-2`],
      [
        'a field mapped to undefined',
        { columns: { donor: 'donor', item: 'item', id: undefined } },
        'csv-2',
      ],
    ])('accepts %s', (_, options, id) => {
      const { records, problems } = fromCsv('donor,item\nDEU,Gepard', {
        columns: { donor: 'donor', item: 'item' },
        stage: 'committed',
        ...options,
      });
      expect(problems).toEqual([]);
      expect(records.map((r) => r.id)).toEqual([id]);
    });

    test('leaves its input unchanged', () => {
      const options = deepFreeze({ ...base, donorAliases: { EU: 'eu' }, sources: ['s'] });
      expect(() => fromCsv(csv('DEU,Gepard,1,,,2024'), options)).not.toThrow();
    });
  });
});
