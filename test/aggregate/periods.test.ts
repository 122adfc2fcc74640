import { describe, expect, test } from 'vitest';

import { NsatuError, UNSPECIFIED_PERIOD, aggregate, count, month, quarter, year } from 'nsatu';

import { caught } from '../fixtures/small.ts';

const dates = [
  '2024-07-10',
  '2024-07',
  '2024',
  '2024-01-31',
  '2023-12-31',
  '2024-03',
  '2024-04-01',
  '2024-12',
  '0001-01-01',
  '9999-12-31',
  '2024-02-29',
  '2000-02-29',
];

function keysOf(key: (row: { date?: string | null }) => string | undefined): unknown[] {
  return dates.map((date) => key({ date }));
}

/** What a call throws, as `CODE: message`; fails unless it throws an NsatuError. */
function failure(run: () => unknown): string {
  const error = caught(run);
  if (!(error instanceof NsatuError))
    throw new Error(`expected an NsatuError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

/** What a key function throws for each malformed date. */
function failures(key: (row: { date?: unknown }) => unknown): string[] {
  return malformed.map((value) => failure(() => key({ date: value })));
}

const BAD_DATE =
  /^INVALID_ARGUMENT: \w+\(date\): expected a date as YYYY, YYYY-MM or YYYY-MM-DD in "date", got /;

const malformed = [
  '2024-13',
  '2024-00',
  '2024-02-30',
  '2023-02-29',
  '1900-02-29',
  '2024-04-31',
  '2024-07-00',
  '0000',
  '24-07',
  '2024-7',
  '2024/07',
  '2024-07-1',
  '2024-07-10T00:00',
  '20x4',
  '2024-0a',
  '2024-07-1x',
  '2024-07+10',
  '',
  20240710,
  true,
  {},
];

describe('UNSPECIFIED_PERIOD', () => {
  test('is the bucket of year-precise dates in months and quarters', () => {
    expect(UNSPECIFIED_PERIOD).toBe('unspecified');
    expect(month('date')({ date: '2024' })).toBe(UNSPECIFIED_PERIOD);
    expect(quarter('date')({ date: '2024' })).toBe(UNSPECIFIED_PERIOD);
  });
});

describe('month', () => {
  test('names the month of month- and day-precise dates, never that of a year', () => {
    expect(keysOf(month('date'))).toEqual([
      '2024-07',
      '2024-07',
      'unspecified',
      '2024-01',
      '2023-12',
      '2024-03',
      '2024-04',
      '2024-12',
      '0001-01',
      '9999-12',
      '2024-02',
      '2000-02',
    ]);
  });

  test('returns undefined for no date, and groups those rows last', () => {
    const key = month('date');
    expect(key({})).toBeUndefined();
    expect(key({ date: undefined })).toBeUndefined();
    expect(key({ date: null })).toBeUndefined();
    const rows = [{ date: '2024' }, {}, { date: '2024-07-01' }, { date: null }];
    expect(aggregate(rows, { by: { m: month('date') }, measures: { n: count() } })).toEqual([
      { m: '2024-07', n: 1 },
      { m: 'unspecified', n: 1 },
      { m: undefined, n: 2 },
    ]);
  });

  test('gives the same string for the same month, made once', () => {
    const key = month('date');
    const first = key({ date: '2024-07-10' });
    expect(key({ date: '2024-07-11' })).toBe(first);
    expect(key({ date: '2024-07' })).toBe(first);
  });

  test('throws INVALID_ARGUMENT for anything but a real date at one of the three precisions', () => {
    const messages = failures(month('date') as (row: { date?: unknown }) => unknown);
    for (const message of messages) expect(message).toMatch(BAD_DATE);
    expect(messages[0]).toMatch(/^INVALID_ARGUMENT: month\(date\): .* got "2024-13"$/);
  });

  test('throws INVALID_ARGUMENT for an empty field name', () => {
    for (const make of [month, quarter, year]) {
      expect(failure(() => make(''))).toMatch(/^INVALID_ARGUMENT: \w+\(\) needs a field name/);
    }
  });
});

describe('quarter', () => {
  test('names the quarter of month- and day-precise dates, never that of a year', () => {
    expect(keysOf(quarter('date'))).toEqual([
      '2024-Q3',
      '2024-Q3',
      'unspecified',
      '2024-Q1',
      '2023-Q4',
      '2024-Q1',
      '2024-Q2',
      '2024-Q4',
      '0001-Q1',
      '9999-Q4',
      '2024-Q1',
      '2000-Q1',
    ]);
  });

  test('puts every month in its quarter', () => {
    const key = quarter('date');
    const quarters = Array.from({ length: 12 }, (_, m) =>
      key({ date: `2025-${String(m + 1).padStart(2, '0')}` }),
    );
    expect(quarters).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4].map((q) => `2025-Q${String(q)}`));
  });

  test('throws INVALID_ARGUMENT for a malformed date', () => {
    const messages = failures(quarter('date') as (row: { date?: unknown }) => unknown);
    for (const message of messages) expect(message).toMatch(BAD_DATE);
  });
});

describe('year', () => {
  test('names the year of a date at any precision', () => {
    expect(keysOf(year('date'))).toEqual([
      '2024',
      '2024',
      '2024',
      '2024',
      '2023',
      '2024',
      '2024',
      '2024',
      '0001',
      '9999',
      '2024',
      '2000',
    ]);
    expect(year('date')({})).toBeUndefined();
  });

  test('throws INVALID_ARGUMENT for a malformed date', () => {
    const messages = failures(year('date') as (row: { date?: unknown }) => unknown);
    for (const message of messages) expect(message).toMatch(BAD_DATE);
  });
});
