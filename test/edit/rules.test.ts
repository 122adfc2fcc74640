/*
 * The integrity rules an edit re-checks on the records it added or changed, and on the records
 * that depend on them (test/edit/ruleCases.ts): an edit breaking one is refused with exactly the
 * issues parseDataset would list, and an edit that just keeps it is accepted. The properties of
 * validate.prop.test.ts cover the same ground at random; these pin every rule and boundary.
 */
import { describe, expect, test } from 'vitest';

import { DatasetError, parseDataset } from 'nsatu';
import { edit } from 'nsatu/edit';
import { caught } from '../fixtures/small.ts';
import { ruleCases } from './ruleCases.ts';
import { dataset, thaw } from './support.ts';

const ds = dataset();

/** The issues of the DatasetError a failing edit throws, as `CODE path: message`. */
function issuesOf(run: () => unknown): string[] {
  const error = caught(run);
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.message}`);
}

const refused = ruleCases.filter((c) => c.issues.length > 0);
const accepted = ruleCases.filter((c) => c.issues.length === 0);

describe('edit', () => {
  test.each(refused)('refuses $name', ({ recipe, issues }) => {
    expect(issuesOf(() => edit(ds, recipe))).toEqual(issues);
  });

  test.each(accepted)('accepts $name, as parseDataset does', ({ recipe }) => {
    const { dataset: next } = edit(ds, recipe);
    const plain = thaw(ds);
    recipe(plain);
    expect(parseDataset(plain)).toEqual({ ok: true, dataset: next });
  });
});
