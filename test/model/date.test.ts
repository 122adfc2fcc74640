import { describe, expect, test } from 'vitest';

import {
  NsatuError,
  PartialDateSchema,
  compareDates,
  datePrecision,
  dateSpan,
  dateStart,
  isPartialDate,
  toPartialDate,
} from 'nsatu';

// Internal: no public function takes an arbitrary day number (integrity messages print one).
import { fromDayNumber } from '../../src/model/date.ts';

describe('isPartialDate', () => {
  test.each([
    '2024',
    '2024-07',
    '2024-07-10',
    '2024-02-29',
    '2000-02-29',
    '0001-01-01',
    '9999-12-31',
    '2024-06-30',
    '2024-07-31',
  ])('accepts %s', (value) => {
    expect(isPartialDate(value)).toBe(true);
  });
  test.each([
    '2024-02-30',
    '2023-02-29',
    '1900-02-29',
    '2024-13',
    '2024-00',
    '2024-07-00',
    '2024-04-31',
    '2024-06-31',
    '2024-09-31',
    '2024-11-31',
    '24-07-10',
    '2024-7-10',
    '2024-07-10T00:00',
    ' 2024',
    '0000',
    '',
    '2024-',
  ])('refuses %s', (value) => {
    expect(isPartialDate(value)).toBe(false);
  });
  test('refuses non-strings', () => {
    for (const value of [2024, null, undefined, {}, ['2024'], new Date()]) {
      expect(isPartialDate(value)).toBe(false);
    }
  });
});

describe('PartialDateSchema', () => {
  test('reports one issue for a malformed date', () => {
    const result = PartialDateSchema.safeParse('24-07-10');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
  });
  test('refuses a huge string without scanning it', () => {
    expect(PartialDateSchema.safeParse('2'.repeat(1_000_000)).success).toBe(false);
  });
});

describe('datePrecision', () => {
  test('tells year, month and day apart', () => {
    expect(datePrecision('2024')).toBe('year');
    expect(datePrecision('2024-07')).toBe('month');
    expect(datePrecision('2024-07-10')).toBe('day');
  });
});

describe('dateSpan', () => {
  test('spans a day, a month and a year', () => {
    expect(dateSpan('2024-07-10').end - dateSpan('2024-07-10').start).toBe(1);
    expect(dateSpan('2023-02').end - dateSpan('2023-02').start).toBe(28);
    expect(dateSpan('2024-02').end - dateSpan('2024-02').start).toBe(29);
    expect(dateSpan('2023').end - dateSpan('2023').start).toBe(365);
    expect(dateSpan('2000').end - dateSpan('2000').start).toBe(366);
  });
  test('counts days from 0001-01-01 consistently with the JavaScript calendar', () => {
    const epoch = dateStart('1970-01-01');
    for (const iso of ['1970-01-02', '2000-03-01', '2024-02-29', '2025-07-04', '1949-04-04']) {
      const days =
        Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
        86_400_000;
      expect(dateStart(iso) - epoch).toBe(days);
    }
    expect(dateStart('0001-01-01')).toBe(0);
  });
  test('nests a day in its month and its month in its year', () => {
    const year = dateSpan('2024');
    const month = dateSpan('2024-12');
    const day = dateSpan('2024-12-31');
    expect(month.start).toBeGreaterThanOrEqual(year.start);
    expect(month.end).toBe(year.end);
    expect(day.end).toBe(month.end);
  });
});

describe('fromDayNumber', () => {
  test.each([
    '0001-01-01',
    '0001-02-28',
    '0001-03-01',
    '0004-02-29',
    '1900-02-28',
    '1900-03-01',
    '1970-01-01',
    '1999-12-31',
    '2000-02-29',
    '2000-03-01',
    '2024-07-10',
    '2100-03-01',
    '9999-12-31',
  ])('gives back %s from its first day number', (day) => {
    expect(fromDayNumber(dateStart(day))).toBe(day);
  });
});

describe('compareDates', () => {
  test('orders by first day, coarser first', () => {
    expect(['2024-02', '2024-01-02', '2024', '2024-01', '2023-12-31'].sort(compareDates)).toEqual([
      '2023-12-31',
      '2024',
      '2024-01',
      '2024-01-02',
      '2024-02',
    ]);
  });
  test('is zero only for equal dates', () => {
    expect(compareDates('2024-07', '2024-07')).toBe(0);
    expect(compareDates('2024-07', '2024-07-01')).toBeLessThan(0);
  });
});

describe('toPartialDate', () => {
  test('formats in UTC whatever the local zone', () => {
    expect(toPartialDate(new Date('2025-07-04T23:30:00Z'))).toBe('2025-07-04');
  });
  test('throws NsatuError INVALID_ARGUMENT for an invalid Date', () => {
    expect(() => toPartialDate(new Date(Number.NaN))).toThrow(NsatuError);
    expect(() => toPartialDate(new Date(Number.NaN))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        message: 'Cannot express Invalid Date as a partial date',
      }),
    );
  });
  test('formats the first and last days of years 0001 and 9999', () => {
    expect(toPartialDate(new Date('0001-01-01T00:00:00Z'))).toBe('0001-01-01');
    expect(toPartialDate(new Date('9999-12-31T23:59:59Z'))).toBe('9999-12-31');
  });
  test('throws for a year outside 0001-9999', () => {
    expect(() => toPartialDate(new Date(Date.UTC(10_000, 0, 1)))).toThrow(NsatuError);
    expect(() => toPartialDate(new Date('0000-12-31T23:59:59Z'))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});
