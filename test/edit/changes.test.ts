/*
 * How `diff` finds what changed in a table (src/edit/changes.ts): by reference, skipping the
 * shared head and tail. Pins the edge cases of that skipping: a table that is a new but equal
 * array (an empty one included), and a table holding the same record object twice, where the
 * head and the tail overlap.
 */
import { describe, expect, test } from 'vitest';

import { loadDataset, type Dataset } from 'nsatu';
import { diff } from 'nsatu/edit';
import { at } from '../fixtures/small.ts';
import { dataset, fixture } from './support.ts';

const ds = dataset();

/** `ds` with its nations table replaced by a hand-made list (`diff` compares, it does not validate). */
function withNations(nations: Dataset['nations']): Dataset {
  return { ...ds, nations };
}

describe('diff: changes within a table', () => {
  test('finds nothing in new arrays of the same records, or in new empty tables', () => {
    const empty = loadDataset({ ...fixture(), aid: [], agreements: [] });
    const copy: Dataset = { ...empty, aid: [], agreements: [], nations: [...empty.nations] };
    expect(diff(empty, copy)).toEqual({ changes: [], metadata: [], events: [] });
  });

  test('lists a record appended a second time as added, and its removal as removed', () => {
    const usa = at(ds.nations, 3);
    const twice = withNations([...ds.nations, usa]);
    expect(diff(ds, twice).changes).toEqual([
      { kind: 'added', table: 'nations', id: 'USA', after: usa },
    ]);
    expect(diff(twice, ds).changes).toEqual([
      { kind: 'removed', table: 'nations', id: 'USA', before: usa },
    ]);
  });

  test('lists a record put in front of its own copy as added', () => {
    const ukr = at(ds.nations, 0);
    expect(diff(ds, withNations([ukr, ...ds.nations])).changes).toEqual([
      { kind: 'added', table: 'nations', id: 'UKR', after: ukr },
    ]);
  });
});
