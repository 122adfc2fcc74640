import { describe, expect, test } from 'vitest';

import { fromCsv, type CsvProblem, type FromCsvOptions, type FromCsvResult } from 'nsatu/csv';
import { COLUMNS, HEADER } from '../fixtures/csv.ts';
import { errorMessage } from '../fixtures/small.ts';

const options: FromCsvOptions = {
  columns: COLUMNS,
  stage: 'committed',
  idPrefix: 'h',
};

type Summary = Pick<CsvProblem, 'line' | 'code' | 'severity'> & { column?: string };

function summary(result: FromCsvResult): { items: (string | undefined)[]; problems: Summary[] } {
  return {
    items: result.records.map((r) => r.item),
    problems: result.problems.map(({ line, code, severity, column }) => ({
      line,
      code,
      severity,
      ...(column === undefined ? {} : { column }),
    })),
  };
}

describe('fromCsv on hostile input', () => {
  test.each<[string, string, ReturnType<typeof summary>]>([
    [
      'ragged rows: short is an error, long with empty extras a warning, long with data an error',
      [
        HEADER,
        'DEU,short,1',
        'DEU,long,1,,,2024,,',
        'DEU,longer,1,,,2024,x',
        'DEU,ok,1,,,2024',
      ].join('\n'),
      {
        items: ['long', 'ok'],
        problems: [
          { line: 2, code: 'RAGGED_ROW', severity: 'error' },
          { line: 3, code: 'RAGGED_ROW', severity: 'warning' },
          { line: 4, code: 'RAGGED_ROW', severity: 'error' },
        ],
      },
    ],
    ['a BOM', `\uFEFF${HEADER}\nDEU,Gepard,1,,,2024`, { items: ['Gepard'], problems: [] }],
    [
      'a BOM before a quoted header cell',
      `\uFEFF"donor","item",quantity,value,currency,date\nDEU,Gepard,1,,,2024`,
      { items: ['Gepard'], problems: [] },
    ],
    [
      'LF, CRLF and a lone CR in one file',
      `${HEADER}\nDEU,a,1,,,2024\r\nDEU,b,1,,,2024\rXXXX,c,1,,,2024\nDEU,d,1,,,2024`,
      {
        items: ['a', 'b', 'd'],
        problems: [{ line: 4, code: 'UNKNOWN_DONOR', severity: 'error', column: 'donor' }],
      },
    ],
    [
      'CRLF line ends, also inside a quoted cell',
      `${HEADER}\r\nDEU,"two\r\nlines",1,,,2024\r\nXXXX,Gepard,1,,,2024\r\n`,
      {
        items: ['two\r\nlines'],
        problems: [{ line: 4, code: 'UNKNOWN_DONOR', severity: 'error', column: 'donor' }],
      },
    ],
    [
      'quotes inside quotes, and a stray quote kept as text',
      `${HEADER}\nDEU,"Leopard 2 ""A6"", ""the best""",1,,,2024\nDEU,12" gun,1,,,2024`,
      { items: ['Leopard 2 "A6", "the best"', '12" gun'], problems: [] },
    ],
    [
      'a formula cell, kept as text and never evaluated',
      `${HEADER}\nDEU,=cmd|' /C calc'!A0,1,,,2024\n=cmd|' /C calc'!A0,Gepard,1,,,2024`,
      {
        items: ["=cmd|' /C calc'!A0"],
        problems: [{ line: 3, code: 'UNKNOWN_DONOR', severity: 'error', column: 'donor' }],
      },
    ],
    [
      'an empty file',
      '',
      { items: [], problems: [{ line: 1, code: 'EMPTY_FILE', severity: 'error' }] },
    ],
    [
      'a file of blank lines and a BOM',
      '\uFEFF\n \r\n\n',
      { items: [], problems: [{ line: 1, code: 'EMPTY_FILE', severity: 'error' }] },
    ],
    ['a header-only file', `${HEADER}\n`, { items: [], problems: [] }],
    [
      'a missing mapped column',
      'donor,item_raw,quantity,value,currency,date\nDEU,Gepard,1,,,2024',
      {
        items: [],
        problems: [{ line: 1, code: 'MISSING_COLUMN', severity: 'error', column: 'item' }],
      },
    ],
    [
      'a mapped column given twice',
      'donor,item,quantity,value,currency,date,item\nDEU,Gepard,1,,,2024,x',
      {
        items: [],
        problems: [{ line: 1, code: 'DUPLICATE_COLUMN', severity: 'error', column: 'item' }],
      },
    ],
    [
      'a non-numeric quantity',
      `${HEADER}\nDEU,Gepard,several,,,2024`,
      {
        items: [],
        problems: [{ line: 2, code: 'INVALID_QUANTITY', severity: 'error', column: 'quantity' }],
      },
    ],
    [
      'a negative quantity',
      `${HEADER}\nDEU,Gepard,-3,,,2024`,
      {
        items: [],
        problems: [{ line: 2, code: 'NEGATIVE_AMOUNT', severity: 'error', column: 'quantity' }],
      },
    ],
    [
      'a bad date',
      `${HEADER}\nDEU,Gepard,1,,,2024-02-30`,
      {
        items: [],
        problems: [{ line: 2, code: 'INVALID_DATE', severity: 'error', column: 'date' }],
      },
    ],
    [
      'an unknown currency',
      `${HEADER}\nDEU,Gepard,1,5,XXY,2024`,
      {
        items: [],
        problems: [{ line: 2, code: 'INVALID_CURRENCY', severity: 'error', column: 'currency' }],
      },
    ],
  ])('%s', (_, text, expected) => {
    expect(summary(fromCsv(text, options))).toEqual(expected);
  });

  test('names the missing column in the message', () => {
    const { problems } = fromCsv('donor,item_raw\nDEU,Gepard', options);
    expect(problems.map((p) => p.message)).toContain(
      'The header has no column "item" (mapped to item)',
    );
  });

  test('cuts a huge offending cell in the problem', () => {
    const junk = 'x'.repeat(100_000);
    const { problems } = fromCsv(`${HEADER}\n${junk},Gepard,1,,,2024`, options);
    expect(problems[0]?.raw).toHaveLength(200);
  });

  test.each([
    ['LF', `${HEADER}\nDEU,Gepard,1,,,2024\n\nDEU,"Gepard,1,,,2024\nDEU,Gepard,1,,,2024\n`, 4],
    [
      'CRLF, after blank lines and several rows',
      `${HEADER}\r\nDEU,a,1,,,2024\r\nDEU,b,1,,,2024\r\n\r\n\r\nDEU,"c,1,,,2024\r\n`,
      6,
    ],
  ])(
    'throws INVALID_CSV naming the line where a quoted cell never closes (%s)',
    (_, text, line) => {
      expect(errorMessage(() => fromCsv(text, options))).toBe(
        `INVALID_CSV: Cannot read the CSV from line ${String(line)}: a quoted cell opens here and never closes`,
      );
    },
  );

  // How long this takes belongs in bench/, not here: this checks that 10 MB is read whole.
  test('reads 10 MB without losing a row', { timeout: 120_000 }, () => {
    const row = (i: number): string =>
      `DEU,"PzH 2000, lot ${String(i)}",${String(i % 50)},"1,250,000.50",EUR,2024-07-${String((i % 28) + 1).padStart(2, '0')}`;
    const lines = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 10_000_000; i++) {
      const line = row(i);
      lines.push(line);
      size += line.length + 1;
    }
    const result = fromCsv(lines.join('\n'), options);
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(lines.length - 1);
    expect(result.records).toHaveLength(result.rows);
    expect(result.records.at(-1)?.id).toBe(`h-${String(result.rows + 1)}`);
  });
});
