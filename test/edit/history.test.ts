import { describe, expect, test } from 'vitest';

import {
  canRedo,
  canUndo,
  createHistory,
  edit,
  joinCoalition,
  record,
  redo,
  undo,
  type History,
} from 'nsatu/edit';
import { caught } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

function bump(h: History, version: string): History {
  return record(
    h,
    edit(h.present, (d) => {
      d.version = version;
    }),
    { label: `version ${version}` },
  );
}

describe('createHistory', () => {
  test('starts empty at the dataset', () => {
    const h = createHistory(ds);
    expect(h).toEqual({ present: ds, entries: [], position: 0, limit: 100 });
    expect(Object.isFrozen(h)).toBe(true);
    expect([canUndo(h), canRedo(h)]).toEqual([false, false]);
  });

  test('throws INVALID_ARGUMENT for a limit that is not a positive integer', () => {
    expect(caught(() => createHistory(ds, { limit: 0 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
    expect(caught(() => createHistory(ds, { limit: 1.5 }))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('record', () => {
  test('makes the edit the present, with its label and patches', () => {
    const result = edit(ds, joinCoalition('coalition-armour', 'USA', { from: '2025' }));
    const h = record(createHistory(ds), result);
    expect(h.present).toBe(result.dataset);
    expect(h.position).toBe(1);
    expect(h.entries).toEqual([
      {
        label: 'joinCoalition coalition-armour USA (member from 2025)',
        patches: result.patches,
        inversePatches: result.inversePatches,
        before: ds,
        after: result.dataset,
      },
    ]);
    expect(bump(h, '2').entries.map((e) => e.label)).toEqual([
      'joinCoalition coalition-armour USA (member from 2025)',
      'version 2',
    ]);
  });

  test('returns the same history for an edit that changed nothing', () => {
    const h = createHistory(ds);
    expect(
      record(
        h,
        edit(ds, () => undefined),
      ),
    ).toBe(h);
  });

  test('drops what was undone, and the oldest entries past the limit', () => {
    let h = createHistory(ds, { limit: 3 });
    for (const v of ['2', '3', '4']) h = bump(h, v);
    h = undo(undo(h));
    h = bump(h, '5');
    expect(h.entries.map((e) => e.label)).toEqual(['version 2', 'version 5']);
    expect(canRedo(h)).toBe(false);
    for (const v of ['6', '7']) h = bump(h, v);
    expect(h.entries.map((e) => e.label)).toEqual(['version 5', 'version 6', 'version 7']);
    expect(undo(undo(undo(h))).present.version).toBe('2');
  });

  test('throws INVALID_ARGUMENT for an edit of another dataset', () => {
    const h = bump(createHistory(ds), '2');
    expect(
      caught(() =>
        record(
          h,
          edit(ds, (d) => void (d.version = '3')),
        ),
      ),
    ).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('undo and redo', () => {
  test('move through the entries, giving back the very datasets', () => {
    const one = bump(createHistory(ds), '2');
    const two = bump(one, '3');
    expect(undo(two).present).toBe(one.present);
    expect(undo(undo(two)).present).toBe(ds);
    expect(redo(undo(two)).present).toBe(two.present);
    expect([canUndo(undo(two)), canRedo(undo(two))]).toEqual([true, true]);
  });

  test('return the same history when there is nothing to undo or redo', () => {
    const h = bump(createHistory(ds), '2');
    expect(redo(h)).toBe(h);
    const start = undo(h);
    expect(undo(start)).toBe(start);
  });
});
