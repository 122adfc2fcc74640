/*
 * Every problem fromCsv reports, whole: its line, the file's column name (or none), code,
 * severity, exact message and raw cell. A caller shows these to the person fixing the file, so
 * which cell is blamed and what the message says are part of the behaviour, not decoration.
 * Also: which cells are trimmed before they are read (all but the item, kept as written).
 */
import { describe, expect, test } from 'vitest';

import type { AidRecord, WeaponSystem } from 'nsatu';
import { fromCsv, type CsvProblem, type FromCsvOptions } from 'nsatu/csv';
import { COLUMNS, HEADER } from '../fixtures/csv.ts';

const catalog: WeaponSystem[] = [
  { id: 'gepard', name: 'Gepard', category: 'spaag', capability: 'iamd' },
  { id: 'iris-t-slm', name: 'IRIS-T SLM', category: 'sam', capability: 'iamd' },
  { id: 'iris-t-sls', name: 'IRIS-T SLS', category: 'sam', capability: 'iamd' },
];

/** The test header's columns, each field read from the column of its own name. */
const options: FromCsvOptions = { columns: COLUMNS, stage: 'committed', catalog };

/** Ids, stages, channels and sources, from columns named otherwise than their fields. */
const FULL_HEADER = 'd,i,id,stage,ch,src';
const full: FromCsvOptions = {
  columns: { donor: 'd', item: 'i', id: 'id', stage: 'stage', channel: 'ch', sources: 'src' },
};

/** An error of line 2. */
function error(
  code: CsvProblem['code'],
  message: string,
  column?: string,
  raw?: string,
): CsvProblem {
  return {
    line: 2,
    ...(column === undefined ? {} : { column }),
    code,
    severity: 'error',
    message,
    ...(raw === undefined ? {} : { raw }),
  };
}

describe('fromCsv', () => {
  describe('problems of a row', () => {
    test.each<[string, string, CsvProblem[]]>([
      [
        'a row shorter than the header',
        'DEU,short,1',
        [
          error(
            'RAGGED_ROW',
            '3 cells where the header has 6: the cells cannot be matched to columns',
            undefined,
            'DEU,short,1',
          ),
        ],
      ],
      [
        'a row with extra cells, one of them not empty',
        'DEU,Gepard,1,,,2024,,x',
        [
          error(
            'RAGGED_ROW',
            '8 cells where the header has 6: the cells cannot be matched to columns',
            undefined,
            'DEU,Gepard,1,,,2024,,x',
          ),
        ],
      ],
      [
        'a row with extra cells that are all blank',
        'DEU,Gepard,1,,,2024, ,',
        [
          {
            line: 2,
            code: 'RAGGED_ROW',
            severity: 'warning',
            message: '8 cells where the header has 6; the extra cells are empty and ignored',
          },
        ],
      ],
      [
        'an unknown donor, named trimmed',
        ' Atlantis ,Gepard,1,,,2024',
        [error('UNKNOWN_DONOR', 'Unknown donor "Atlantis"', 'donor', ' Atlantis ')],
      ],
      [
        'a blank donor',
        '  ,Gepard,1,,,2024',
        [error('MISSING_VALUE', 'The donor is empty', 'donor')],
      ],
      [
        'an item that names no system',
        'DEU, Wolfram ,1,,,2024',
        [
          {
            line: 2,
            column: 'item',
            code: 'UNRESOLVED_WEAPON',
            severity: 'warning',
            message: '"Wolfram" names no catalogue system',
            raw: ' Wolfram ',
          },
        ],
      ],
      [
        'an item that names two systems',
        'DEU, IRIS-T SLX ,1,,,2024',
        [
          {
            line: 2,
            column: 'item',
            code: 'AMBIGUOUS_WEAPON',
            severity: 'warning',
            message: '"IRIS-T SLX" matches iris-t-slm, iris-t-sls equally well',
            raw: ' IRIS-T SLX ',
          },
        ],
      ],
      [
        'a value without a currency',
        'DEU,,,5,,2024',
        [error('MISSING_CURRENCY', 'The value has no currency', 'currency')],
      ],
      [
        'a value in an unknown currency',
        'DEU,,,5,euro,2024',
        [error('INVALID_CURRENCY', '"euro" is not an ISO 4217 currency code', 'currency', 'euro')],
      ],
      [
        'an ambiguous date',
        'DEU,Gepard,1,,,10/07/2024',
        [
          error(
            'INVALID_DATE',
            'Cannot read "10/07/2024" as a date: day and month order is ambiguous (write 2024-07-10)',
            'date',
            '10/07/2024',
          ),
        ],
      ],
      [
        'a negative quantity',
        'DEU,Gepard,-5,,,2024',
        [
          error(
            'NEGATIVE_AMOUNT',
            'A quantity is negative only in a correction (correction: true)',
            'quantity',
            '-5',
          ),
        ],
      ],
      [
        'neither item nor value',
        'DEU,,,,,2024',
        [error('MISSING_VALUE', 'An aid record names a system, an item or a value', 'item', '')],
      ],
      [
        'an item longer than AidRecordSchema allows',
        `DEU,${'x'.repeat(501)},1,,,2024`,
        [
          error(
            'INVALID_RECORD',
            'Too big: expected string to have <=500 characters',
            'item',
            `${'x'.repeat(199)}…`,
          ),
        ],
      ],
    ])('reports %s', (_, row, problems) => {
      const result = fromCsv(`${HEADER}\n${row}`, options);
      expect(result.problems).toStrictEqual(problems);
      expect(result.records).toHaveLength(problems.every((p) => p.severity === 'warning') ? 1 : 0);
    });

    test.each<[string, string[], CsvProblem[]]>([
      [
        'an id that is not kebab-case',
        ['DEU,Gepard,Not An Id,committed,,'],
        [error('INVALID_ID', '"Not An Id" is not a kebab-case id', 'id', 'Not An Id')],
      ],
      [
        'an unknown stage',
        ['DEU,Gepard,,pledged,,'],
        [
          error(
            'INVALID_STAGE',
            '"pledged" is not one of announced, committed, allocated, delivered, cancelled',
            'stage',
            'pledged',
          ),
        ],
      ],
      [
        'an empty stage cell and no stage option',
        ['DEU,Gepard,,,,'],
        [error('MISSING_VALUE', 'The stage is empty', 'stage')],
      ],
      [
        'an unknown channel',
        ['DEU,Gepard,,committed,air-drop,'],
        [
          error(
            'INVALID_CHANNEL',
            '"air-drop" is not one of bilateral, coalition, nsatu, purl, epf, trust-fund, other',
            'ch',
            'air-drop',
          ),
        ],
      ],
      [
        'each source that is not an id',
        ['DEU,Gepard,,committed,,"ok; Bad,,Source"'],
        [
          error('INVALID_SOURCE', '"Bad" is not a source id', 'src', 'Bad'),
          error('INVALID_SOURCE', '"Source" is not a source id', 'src', 'Source'),
        ],
      ],
      [
        'an id an earlier row has',
        ['DEU,Gepard,e,committed,,', 'DEU,Gepard,e,committed,,'],
        [
          {
            ...error('DUPLICATE_ID', 'The id "e" is already used by an earlier row', 'id', 'e'),
            line: 3,
          },
        ],
      ],
      [
        'no duplicate id for a row that has an error anyway',
        ['DEU,Gepard,e,committed,,', 'Atlantis,Gepard,e,committed,,'],
        [
          {
            ...error('UNKNOWN_DONOR', 'Unknown donor "Atlantis"', 'd', 'Atlantis'),
            line: 3,
          },
        ],
      ],
    ])('reports %s', (_, rows, problems) => {
      const result = fromCsv([FULL_HEADER, ...rows].join('\n'), full);
      expect(result.problems).toStrictEqual(problems);
    });

    test('names no column and no cell for a field the file does not map', () => {
      const { records, problems } = fromCsv('d\nDEU', {
        columns: { donor: 'd' },
        stage: 'committed',
      });
      expect(records).toEqual([]);
      expect(problems).toStrictEqual([
        error('MISSING_VALUE', 'An aid record names a system, an item or a value'),
      ]);
    });
  });

  describe('problems of the file', () => {
    test.each<[string, string, number, CsvProblem[]]>([
      [
        'no header',
        ' \n',
        0,
        [{ line: 1, code: 'EMPTY_FILE', severity: 'error', message: 'The file has no header row' }],
      ],
      [
        'a mapped column twice',
        `${HEADER},item\nDEU,Gepard,1,,,2024,x`,
        1,
        [
          {
            line: 1,
            column: 'item',
            code: 'DUPLICATE_COLUMN',
            severity: 'error',
            message: 'The header has two columns "item" (mapped to item)',
          },
        ],
      ],
    ])('reports %s', (_, text, rows, problems) => {
      expect(fromCsv(text, options)).toStrictEqual({ records: [], problems, rows });
    });
  });

  describe('cells', () => {
    test.each<[string, string, FromCsvOptions, AidRecord[]]>([
      [
        'trims every cell but the item, which is kept as written',
        ' d , i , id ,stage, ch ,src\nDEU , Gepard , deu-1 , Delivered , PURL , kiel ',
        full,
        [
          {
            id: 'deu-1',
            donor: 'DEU',
            item: ' Gepard ',
            stage: 'delivered',
            channel: 'purl',
            sources: ['kiel'],
          },
        ],
      ],
      [
        'trims quantity, value, currency and date cells',
        `${HEADER}\nDEU, Gepard , 5 , 1.5 , eur , 2024-07 `,
        options,
        [
          {
            id: 'csv-2',
            donor: 'DEU',
            system: 'gepard',
            item: ' Gepard ',
            quantity: 5,
            value: { amount: 1.5, currency: 'EUR' },
            stage: 'committed',
            date: '2024-07',
          },
        ],
      ],
      [
        'leaves out of the record every field whose cell is blank',
        `${HEADER}\nDEU, ,,5,EUR,`,
        options,
        [{ id: 'csv-2', donor: 'DEU', value: { amount: 5, currency: 'EUR' }, stage: 'committed' }],
      ],
    ])('%s', (_, text, how, records) => {
      expect(fromCsv(text, how)).toStrictEqual({ records, problems: [], rows: 1 });
    });

    test.each([
      [200, 'x'.repeat(200)],
      [201, `${'x'.repeat(199)}…`],
    ])('cuts a raw cell of %d characters to 200', (length, raw) => {
      const { problems } = fromCsv(`${HEADER}\n${'x'.repeat(length)},Gepard,1,,,2024`, options);
      expect(problems.map((p) => p.raw)).toEqual([raw]);
    });
  });
});
