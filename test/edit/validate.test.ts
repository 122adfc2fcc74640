/*
 * The incremental check behind edit (src/edit/validate.ts, internal: no public entry point shows
 * its verdict, since edit falls back to parseDataset whenever it says no). It must never accept an
 * invalid dataset, and it should accept a valid edit without that fallback, or every edit would
 * cost a full check of the dataset. Each case of test/edit/ruleCases.ts is applied with immer,
 * sharing unchanged records as an edit does, and judged from what changed alone.
 */
import { produce } from 'immer';
import { describe, expect, test } from 'vitest';

import type { Dataset } from 'nsatu';
import { tableChanges } from '../../src/edit/changes.ts';
import { editIsValid } from '../../src/edit/validate.ts';
import { ruleCases } from './ruleCases.ts';
import { dataset } from './support.ts';

// A fresh base for every verdict: the check caches what it derives per table (id lookups, the
// organisations reduced to ids), and a base shared across tests would let one test's cache answer
// for the next (in a mutation run, for the next mutant).
function verdict(recipe: (d: Dataset) => void): boolean {
  const ds = dataset();
  const next = produce(ds, recipe);
  return editIsValid(ds, next, tableChanges(ds, next));
}

describe('editIsValid', () => {
  test.each(ruleCases.filter((c) => c.issues.length > 0))('refuses $name', ({ recipe }) => {
    expect(verdict(recipe)).toBe(false);
  });

  test.each(ruleCases.filter((c) => c.issues.length === 0))('accepts $name', ({ recipe }) => {
    expect(verdict(recipe)).toBe(true);
  });

  // The aid table is a sparse array of that length: the cap is checked on every table, changed or
  // not, before any record is read, so its holes cost nothing.
  test.each([
    { rows: 10_000_000, valid: true },
    { rows: 10_000_001, valid: false },
  ])('says $valid to a retitled dataset whose aid table holds $rows records', ({ rows, valid }) => {
    const ds: Dataset = { ...dataset(), aid: new Array<Dataset['aid'][number]>(rows) };
    const next = { ...ds, title: 'renamed' };
    expect(editIsValid(ds, next, tableChanges(ds, next))).toBe(valid);
  });
});
