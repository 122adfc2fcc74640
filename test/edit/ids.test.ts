/*
 * The id lookups behind `edit`'s incremental check and `diff`'s aid events (src/edit/ids.ts):
 * a large table is first scanned, a table an edit changed gets its lookup derived from the
 * previous one. Whatever the lookup's state, an edit that names a missing record or repeats an
 * id is refused, and a superseded aid record is found by its id.
 */
import { describe, expect, test } from 'vitest';

import { DatasetError, loadDataset, type Dataset, type DatasetIssueCode } from 'nsatu';
import { diff, edit, type Recipe } from 'nsatu/edit';
import { caught } from '../fixtures/small.ts';
import { dataset, fixture } from './support.ts';

/** The issues of the `DatasetError` an edit throws, as `code path`. */
function refused(ds: Dataset, recipe: Recipe): string[] {
  const error = caught(() => edit(ds, recipe));
  expect(error).toBeInstanceOf(DatasetError);
  return (error as DatasetError).issues.map(
    (i) => `${i.code satisfies DatasetIssueCode} ${i.path.join('.')}`,
  );
}

const aid = (id: string, more: object = {}): Dataset['aid'][number] => ({
  id,
  donor: 'GBR',
  item: 'boots',
  stage: 'delivered',
  ...more,
});

describe('edit: ids in a large table, before it has a map', () => {
  test('refuses a repeated id', () => {
    expect(refused(dataset(5_000), (d) => void d.aid.push(aid('bulk-10')))).toEqual([
      'DUPLICATE_ID aid.5004.id',
    ]);
  });

  test('refuses a reference to a missing record', () => {
    expect(
      refused(dataset(5_000), (d) => void d.aid.push(aid('new', { supersedes: 'nope' }))),
    ).toEqual(['UNKNOWN_REFERENCE aid.5004.supersedes']);
  });

  test('finds the record a new aid record supersedes, for diff', () => {
    const big = dataset(5_000);
    const { dataset: next } = edit(big, (d) => {
      d.aid.push(aid('new', { supersedes: 'bulk-4000' }));
    });
    expect(diff(big, next).events).toEqual([
      {
        kind: 'stage-changed',
        aid: 'new',
        supersedes: 'bulk-4000',
        from: 'committed',
        to: 'delivered',
      },
    ]);
  });
});

describe('edit: ids along a chain of edits', () => {
  test('refuses a record that names an organisation an earlier edit replaced', () => {
    const org = (id: string) => ({ id, name: id, kind: 'command' as const });
    let ds = dataset();
    ds = edit(ds, (d) => void d.organisations.push(org('x1'))).dataset;
    ds = edit(ds, (d) => {
      d.organisations[8] = org('x2');
    }).dataset;
    expect(
      refused(ds, (d) => void d.posts.push({ id: 'p', name: 'P', organisation: 'x1' })),
    ).toEqual(['UNKNOWN_REFERENCE posts.3.organisation']);
  });

  test('checks a lifetime against the right organisation after one before it went', () => {
    const input = fixture();
    input.organisations.splice(3, 0, { id: 'x', name: 'X', kind: 'command' });
    let ds = loadDataset(input);
    // Looks organisations up, so their lookup exists when the next edit removes one.
    ds = edit(
      ds,
      (d) => void d.posts.push({ id: 'p1', name: 'P1', organisation: 'shape' }),
    ).dataset;
    ds = edit(ds, (d) => void d.organisations.splice(3, 1)).dataset;
    expect(
      refused(ds, (d) => {
        d.posts.push({ id: 'p2', name: 'P2', organisation: 'nsatu', from: '2020' });
      }),
    ).toEqual(['OUTSIDE_LIFETIME posts.4.from']);
  });

  test('refuses a record that is not an object, at its index', () => {
    expect(
      refused(dataset(), (d) => {
        (d.aid as unknown[]).push(null);
      }),
    ).toEqual(['INVALID_TYPE aid.4']);
  });
});
