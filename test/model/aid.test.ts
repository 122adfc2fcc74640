/*
 * The rules AidRecordSchema adds to its fields: what an aid record must name, and that only a
 * correction may be negative. Each refusal is checked as parseDataset reports it (code, path and
 * message), since that is what a user fixing a dataset reads.
 */
import { describe, expect, test } from 'vitest';

import { AidRecordSchema, parseDataset } from 'nsatu';

const committed = { id: 'a', donor: 'DEU', stage: 'committed' } as const;

/** The issues parseDataset reports for a dataset holding one aid record. */
function issuesOf(record: object): unknown {
  const result = parseDataset({ aid: [record] });
  return result.ok ? [] : result.issues;
}

describe('AidRecordSchema', () => {
  test.each([
    {
      what: 'names no system, item or value',
      record: committed,
      code: 'REQUIRED',
      path: ['aid', 0, 'item'],
      message: 'An aid record names a system, an item or a value',
    },
    {
      what: 'names a variant without its system',
      record: { ...committed, item: 'howitzers', variant: 'pzh-2000-nl' },
      code: 'REQUIRED',
      path: ['aid', 0, 'system'],
      message: 'A variant needs its system',
    },
    {
      what: 'has a negative quantity outside a correction',
      record: { ...committed, system: 'pzh-2000', quantity: -2 },
      code: 'NEGATIVE_AMOUNT',
      path: ['aid', 0, 'quantity'],
      message: 'A quantity is negative only in a correction (correction: true)',
    },
    {
      what: 'has a negative amount outside a correction',
      record: { ...committed, value: { amount: -5, currency: 'EUR' }, correction: false },
      code: 'NEGATIVE_AMOUNT',
      path: ['aid', 0, 'value', 'amount'],
      message: 'An amount is negative only in a correction (correction: true)',
    },
  ])('refuses a record that $what', ({ record, code, path, message }) => {
    expect(issuesOf(record)).toEqual([{ code, path, message }]);
  });

  test.each([
    { what: 'a system and its variant', record: { system: 'pzh-2000', variant: 'pzh-2000-nl' } },
    { what: 'an item alone', record: { item: 'winter clothing' } },
    { what: 'a value alone', record: { value: { amount: 5, currency: 'EUR' } } },
    {
      what: 'negative numbers in a correction',
      record: { item: 'x', quantity: -2, value: { amount: -5, currency: 'EUR' }, correction: true },
    },
  ])('accepts a record with $what', ({ record }) => {
    expect(AidRecordSchema.safeParse({ ...committed, ...record }).success).toBe(true);
  });
});
