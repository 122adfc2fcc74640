/*
 * The id lookups behind `edit`'s incremental check and `diff`'s aid events (src/edit/ids.ts):
 * a large table is first scanned, a table an edit changed gets its lookup derived from the
 * previous one. Whatever the lookup's state, an edit that names a missing record or repeats an
 * id is refused, and a superseded aid record is found by its id. Every test builds its own
 * dataset: the lookups are cached per table, and a shared one would answer from another test's
 * cache. Where only the incremental check's verdict tells (it should accept an id an earlier edit
 * removed, not hand the edit to the full check), and for idLookup's own contract, the internal
 * functions are called.
 */
import { describe, expect, test } from 'vitest';

import { produce } from 'immer';
import { DatasetError, loadDataset, type Dataset, type DatasetIssueCode } from 'nsatu';
import { diff, edit, endRelationship, type Recipe } from 'nsatu/edit';
import { tableChanges } from '../../src/edit/changes.ts';
import { idLookup } from '../../src/edit/ids.ts';
import { editIsValid } from '../../src/edit/validate.ts';
import { at, caught } from '../fixtures/small.ts';
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

  test('refuses a missing reference before a record that is not an object', () => {
    expect(
      refused(dataset(5_000), (d) => {
        d.aid.push(aid('new', { supersedes: 'nope' }));
        (d.aid as unknown[]).push(null);
      }),
    ).toEqual(['UNKNOWN_REFERENCE aid.5004.supersedes', 'INVALID_TYPE aid.5005']);
  });

  test('refuses a repeated id in the part of a table after the chunk an edit changed', () => {
    // 1,101 agreements: the first 1,024 are the chunk the edit changes, the rest its unchanged tail.
    const input = fixture();
    for (let i = 0; i < 1100; i++) {
      input.agreements.push({
        id: `ag-${String(i)}`,
        parties: ['UKR', 'DEU'],
        signed: '2025-01-01',
      });
    }
    expect(
      refused(loadDataset(input), (d) => {
        at(d.agreements, 0).id = 'ag-1050';
      }),
    ).toEqual(['DUPLICATE_ID agreements.1051.id']);
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

  test.each([
    { row: null, issue: 'INVALID_TYPE aid.4' },
    { row: undefined, issue: 'REQUIRED aid.4' },
  ])('refuses a record that is $row, at its index', ({ row, issue }) => {
    expect(
      refused(dataset(), (d) => {
        (d.aid as unknown[]).push(row);
      }),
    ).toEqual([issue]);
  });
});

describe('edit: ids after a record changed in place', () => {
  // endRelationship looks the tie up, so the relationships' lookup exists when the edit changes
  // shape-mc in place, and the next table's lookup is derived from it.
  const ended = (): Dataset =>
    edit(dataset(), endRelationship('shape-mc', { until: '2026' })).dataset;

  test('finds the record after the one changed', () => {
    const { dataset: next } = edit(ended(), endRelationship('nsatu-shape', { until: '2026' }));
    expect(next.relationships.map((r) => r.until)).toEqual([
      undefined,
      '2026',
      '2026',
      undefined,
      undefined,
      undefined,
    ]);
  });

  test('refuses a copy of the id after the one changed', () => {
    const tie = {
      id: 'nsatu-shape',
      subordinate: 'sag-u',
      superior: 'nsatu',
      authority: 'coordinates-with',
    } as const;
    expect(refused(ended(), (d) => void d.relationships.push(tie))).toEqual([
      'DUPLICATE_ID relationships.6.id',
    ]);
  });
});

describe('editIsValid: ids along a chain of edits', () => {
  test('accepts an id again that an earlier edit removed', () => {
    const base = dataset();
    const last = { ...at(base.aid, 3) };
    // The new record's reference looks the aid table up, so the next table's lookup is derived.
    const ds = edit(base, (d) => {
      d.aid.pop();
      d.aid.push(aid('new', { supersedes: 'aid-1' }));
    }).dataset;
    const next = produce(ds, (d) => void d.aid.push(last));
    expect(editIsValid(ds, next, tableChanges(ds, next))).toBe(true);
  });
});

describe('idLookup', () => {
  test('finds the first of two records with one id, and nothing for an absent id', () => {
    const lookup = idLookup([{ id: 'a' }, { id: 'b' }, { id: 'a' }, { name: 'no id' }]);
    expect([lookup.get('a'), lookup.get('b'), lookup.get('c')]).toEqual([0, 1, undefined]);
  });
});
