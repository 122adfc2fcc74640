import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { type Dataset, type DatasetTable } from 'nsatu';
import {
  applyPatches,
  createHistory,
  diff,
  edit,
  record,
  redo,
  undo,
  type EditResult,
  type History,
} from 'nsatu/edit';
import { applyAll, changes, dataset, safeChange, thaw, type Change } from './support.ts';

/** Runs changes as an edit, or `undefined` when the edit is refused. */
function tryEdit(ds: Dataset, list: readonly Change[]): EditResult | undefined {
  try {
    return edit(ds, applyAll(list));
  } catch {
    return undefined;
  }
}

const small = dataset();
const large = dataset(2_200);

describe('edit', () => {
  test('is undone by its inverse patches and redone by its patches', () => {
    fc.assert(
      fc.property(fc.constantFrom(small, large), changes, (ds, list) => {
        const result = tryEdit(ds, list);
        if (result === undefined) return;
        expect(applyPatches(result.dataset, result.inversePatches).dataset).toEqual(ds);
        expect(applyPatches(ds, result.patches).dataset).toEqual(result.dataset);
      }),
      { numRuns: 300 },
    );
  });

  test('never changes its input', () => {
    const copies = new Map([small, large].map((ds) => [ds, thaw(ds)]));
    fc.assert(
      fc.property(fc.constantFrom(small, large), changes, (ds, list) => {
        tryEdit(ds, list);
        expect(Object.isFrozen(ds.aid[0])).toBe(true);
        expect(ds).toEqual(copies.get(ds));
      }),
      { numRuns: 200 },
    );
  });
});

describe('diff', () => {
  test('is empty between a dataset and itself', () => {
    fc.assert(
      fc.property(fc.array(safeChange, { maxLength: 4 }), (list) => {
        const ds = edit(small, applyAll(list)).dataset;
        expect(diff(ds, ds)).toEqual({ changes: [], metadata: [], events: [] });
        expect(diff(ds, thaw(ds))).toEqual({ changes: [], metadata: [], events: [] });
      }),
    );
  });

  // Random edits of known records: the diff names exactly those records and fields.
  const TOUCHABLE: readonly DatasetTable[] = [
    'organisations',
    'posts',
    'relationships',
    'aid',
    'agreements',
  ];
  const touch = fc.record({
    table: fc.constantFrom(...TOUCHABLE),
    index: fc.nat(),
    field: fc.constantFrom('note', 'confidence'),
    value: fc.constantFrom('high', 'low', 'checked', 'medium'),
  });
  const added = fc.uniqueArray(fc.nat({ max: 50 }), { maxLength: 3 });

  test('names exactly what the edit changed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(small, large),
        fc.array(touch, { maxLength: 5 }),
        added,
        (ds, touches, fresh) => {
          const expected = new Map<string, Set<string>>();
          const result = edit(ds, (d) => {
            for (const { table, index, field, value } of touches) {
              const rows = d[table] as unknown as Record<string, unknown>[];
              const row = rows[index % rows.length];
              if (row === undefined) continue;
              const v = field === 'confidence' ? (value === 'checked' ? 'medium' : value) : value;
              const original = (ds[table] as unknown as Record<string, unknown>[])[
                index % rows.length
              ];
              row[field] = v;
              const key = `changed ${table} ${String(row.id)}`;
              const fields = expected.get(key) ?? new Set<string>();
              if (original?.[field] !== v) fields.add(field);
              else fields.delete(field);
              expected.set(key, fields);
            }
            for (const n of fresh) {
              d.agreements.push({
                id: `agreement-new-${String(n)}`,
                parties: ['UKR', 'GBR'],
                signed: '2025',
              });
              expected.set(`added agreements agreement-new-${String(n)}`, new Set());
            }
          });
          const named = new Map(
            diff(ds, result.dataset).changes.map((c) => [
              `${c.kind} ${c.table} ${c.id}`,
              new Set(c.kind === 'changed' ? c.fields.map((f) => f.path.join('.')) : []),
            ]),
          );
          const wanted = new Map(
            [...expected].filter(([key, f]) => key.startsWith('added') || f.size > 0),
          );
          expect(named).toEqual(wanted);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('undo and redo', () => {
  test('redo after undo is the identity', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(safeChange, { minLength: 1, maxLength: 2 }), {
          minLength: 1,
          maxLength: 5,
        }),
        fc.array(fc.constantFrom('undo', 'redo'), { maxLength: 6 }),
        (steps, moves) => {
          let h: History = createHistory(small);
          for (const list of steps) h = record(h, edit(h.present, applyAll(list)));
          for (const move of moves) h = move === 'undo' ? undo(h) : redo(h);
          if (h.position === 0) return;
          const back = redo(undo(h));
          expect(back).toEqual(h);
          expect(back.present).toBe(h.present);
        },
      ),
    );
  });
});
