import type { Patch } from 'immer';

import { DatasetTableValues, type DatasetTable } from '../dataset/schema.ts';
import { SHIFT, type Chunks } from './chunks.ts';

/**
 * One change to a dataset, in the JSON Patch-like form immer uses: `replace`, `add` or `remove` the
 * value at `path` (table, index, field, …). Paths address the flat dataset (`['aid', 17, 'stage']`),
 * never the chunks nsatu edits internally. An `add` at an index inserts there (the records after
 * it move up); a `remove` takes the record out (the ones after it move down).
 *
 * @example
 * ```ts
 * import type { DatasetPatch } from 'nsatu/edit';
 *
 * const patch: DatasetPatch = { op: 'replace', path: ['aid', 0, 'stage'], value: 'delivered' };
 * patch.path // => ['aid', 0, 'stage']
 * ```
 *
 * @category Editing
 */
export interface DatasetPatch {
  /** What to do at `path`. */
  readonly op: 'replace' | 'add' | 'remove';
  /** Keys and indexes from the dataset's root. */
  readonly path: readonly (string | number)[];
  /** The new value (`replace`, `add`); absent for `remove`. */
  readonly value?: unknown;
}

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);

/** A patch list being built, and its inverse. */
export interface PatchLists {
  readonly forward: DatasetPatch[];
  readonly inverse: DatasetPatch[];
}

/** immer's patches of the chunked dataset, sorted by what they touch. */
export interface ChunkedPatches {
  /** Patches outside the tables (title, version, asOf, …), as they are. */
  readonly metadata: PatchLists;
  /** Patches inside one record, by table and flat index, with flat paths. */
  readonly inside: Map<string, Map<number, PatchLists>>;
  /** Flat indexes whose record was assigned (not changed in place), by table. */
  readonly assigned: Map<string, Set<number>>;
}

function patch(op: DatasetPatch['op'], path: (string | number)[], value?: unknown): DatasetPatch {
  return Object.freeze(
    op === 'remove' ? { op, path: Object.freeze(path) } : { op, path: Object.freeze(path), value },
  );
}

function sortInto(patches: readonly Patch[], into: ChunkedPatches, side: keyof PatchLists): void {
  for (const p of patches) {
    const [table, c, k, ...rest] = p.path;
    if (typeof table !== 'string' || !TABLES.has(table)) {
      into.metadata[side].push(patch(p.op, [...p.path], p.value));
      continue;
    }
    // [table] and [table, chunk] patches are rebuilt from the flat tables; only the position of
    // a record-level one matters.
    if (typeof c !== 'number' || typeof k !== 'number') continue;
    const i = (c << SHIFT) + k;
    if (rest.length === 0) {
      let set = into.assigned.get(table);
      if (set === undefined) into.assigned.set(table, (set = new Set<number>()));
      set.add(i);
      continue;
    }
    let byIndex = into.inside.get(table);
    if (byIndex === undefined) into.inside.set(table, (byIndex = new Map<number, PatchLists>()));
    let lists = byIndex.get(i);
    if (lists === undefined) byIndex.set(i, (lists = { forward: [], inverse: [] }));
    lists[side].push(patch(p.op, [table, i, ...rest], p.value));
  }
}

/**
 * Sorts immer's patches of the chunked dataset by what they touch.
 *
 * @internal
 */
export function sortPatches(forward: readonly Patch[], inverse: readonly Patch[]): ChunkedPatches {
  const into: ChunkedPatches = {
    metadata: { forward: [], inverse: [] },
    inside: new Map(),
    assigned: new Map(),
  };
  sortInto(forward, into, 'forward');
  sortInto(inverse, into, 'inverse');
  return into;
}

/**
 * Writes the flat patches of one edited table, in immer's canonical order: changes at indexes both
 * versions have (ascending), then records added at the end (ascending) or removed from it
 * (descending), so each list applies in order. A record changed in place keeps immer's field-level
 * patches; a table assigned whole is one `replace`.
 *
 * @internal
 */
export function tablePatches(
  table: DatasetTable,
  before: { readonly rows: readonly unknown[]; readonly chunks: Chunks },
  after: { readonly rows: readonly unknown[]; readonly chunks: Chunks },
  replacedWhole: boolean,
  sorted: ChunkedPatches,
  out: PatchLists,
): void {
  const prev = before.rows;
  const next = after.rows;
  if (replacedWhole) {
    out.forward.push(patch('replace', [table], next));
    out.inverse.push(patch('replace', [table], prev));
    return;
  }
  const inside = sorted.inside.get(table);
  const assigned = sorted.assigned.get(table);
  const common = Math.min(prev.length, next.length);
  for (let c = 0; c << SHIFT < common; c++) {
    if (after.chunks[c] === before.chunks[c]) continue;
    const end = Math.min(common, (c + 1) << SHIFT);
    for (let i = c << SHIFT; i < end; i++) {
      if (next[i] === prev[i]) continue;
      const lists = assigned?.has(i) === true ? undefined : inside?.get(i);
      if (lists !== undefined) {
        out.forward.push(...lists.forward);
        out.inverse.push(...lists.inverse);
      } else {
        out.forward.push(patch('replace', [table, i], next[i]));
        out.inverse.push(patch('replace', [table, i], prev[i]));
      }
    }
  }
  for (let i = common; i < next.length; i++) out.forward.push(patch('add', [table, i], next[i]));
  for (let i = next.length - 1; i >= common; i--) out.inverse.push(patch('remove', [table, i]));
  for (let i = prev.length - 1; i >= common; i--) out.forward.push(patch('remove', [table, i]));
  for (let i = common; i < prev.length; i++) out.inverse.push(patch('add', [table, i], prev[i]));
}
