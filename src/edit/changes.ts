/*
 * What an edit changed in each table, found by reference: records are frozen and shared, so an
 * unchanged record is the same object in both versions. The common head and tail are skipped
 * (an append or a change in place leaves a one-record middle, a removal from the front a
 * one-record middle too); inside the middle, a record in both versions only moved.
 */
import { DatasetTableValues, type Dataset, type DatasetTable } from '../dataset/schema.ts';
import { deriveIdLookup, idLookup, idOf } from './ids.ts';

/** One table's change between two versions of a dataset. */
export interface TableChange {
  readonly table: DatasetTable;
  readonly prev: readonly object[];
  readonly next: readonly object[];
  /** `prev[start, prevEnd)` became `next[start, nextEnd)`; the rest is shared. */
  readonly start: number;
  readonly prevEnd: number;
  readonly nextEnd: number;
  /** Records of `next` that are not in `prev`, with their index in `next`. */
  readonly added: readonly { readonly row: object; readonly index: number }[];
  /** Records of `prev` that are not in `next`. */
  readonly removed: readonly object[];
  /** The added records by id (the last one wins: two is a duplicate anyway). */
  readonly addedById: ReadonlyMap<string, object>;
  /** How many added records carry each id. */
  readonly addedCount: ReadonlyMap<string, number>;
  /** The removed records by id. */
  readonly removedById: ReadonlyMap<string, object>;
}

/** Below this many records a middle is compared pairwise; above, through a set. */
const SMALL = 16;

/**
 * What an edit knows of a table's change: rows before `start` are unchanged, and so are the last
 * `tail` rows (same length only).
 *
 * @internal
 */
export interface ChangeHint {
  readonly start: number;
  readonly tail: number;
}

function tableChange(
  table: DatasetTable,
  prev: readonly object[],
  next: readonly object[],
  hint: ChangeHint | undefined,
): TableChange {
  const common = Math.min(prev.length, next.length);
  let start = Math.min(hint?.start ?? 0, common);
  while (start < common && prev[start] === next[start]) start++;
  const tail = prev.length === next.length ? (hint?.tail ?? 0) : 0;
  let prevEnd = Math.max(start, prev.length - tail);
  let nextEnd = Math.max(start, next.length - tail);
  while (prevEnd > start && nextEnd > start && prev[prevEnd - 1] === next[nextEnd - 1]) {
    prevEnd--;
    nextEnd--;
  }
  const small = prevEnd - start <= SMALL && nextEnd - start <= SMALL;
  const before = small ? undefined : new Set(prev.slice(start, prevEnd));
  const after = small ? undefined : new Set(next.slice(start, nextEnd));
  const inPrev = (row: object): boolean => {
    if (before !== undefined) return before.has(row);
    for (let i = start; i < prevEnd; i++) if (prev[i] === row) return true;
    return false;
  };
  const inNext = (row: object): boolean => {
    if (after !== undefined) return after.has(row);
    for (let i = start; i < nextEnd; i++) if (next[i] === row) return true;
    return false;
  };
  const added: { row: object; index: number }[] = [];
  const addedById = new Map<string, object>();
  const addedCount = new Map<string, number>();
  for (let i = start; i < nextEnd; i++) {
    const row = next[i] as object;
    if (inPrev(row)) continue;
    added.push({ row, index: i });
    const id = idOf(row);
    if (id !== undefined) {
      addedById.set(id, row);
      addedCount.set(id, (addedCount.get(id) ?? 0) + 1);
    }
  }
  const removed: object[] = [];
  const removedById = new Map<string, object>();
  for (let i = start; i < prevEnd; i++) {
    const row = prev[i] as object;
    if (inNext(row)) continue;
    removed.push(row);
    const id = idOf(row);
    if (id !== undefined) removedById.set(id, row);
  }
  return {
    table,
    prev,
    next,
    start,
    prevEnd,
    nextEnd,
    added,
    removed,
    addedById,
    addedCount,
    removedById,
  };
}

/**
 * The changed tables of `next` against `prev`, in table order, optionally narrowed by what the
 * edit knows. A table that is not an array in `next` is left out (the shape check reports it).
 *
 * @internal
 */
export function tableChanges(
  prev: Dataset,
  next: Dataset,
  hints?: ReadonlyMap<DatasetTable, ChangeHint>,
): Map<DatasetTable, TableChange> {
  const out = new Map<DatasetTable, TableChange>();
  for (const table of DatasetTableValues) {
    const before = prev[table] as readonly object[];
    const after = next[table] as readonly object[];
    if (before === after || !Array.isArray(after)) continue;
    out.set(table, tableChange(table, before, after, hints?.get(table)));
  }
  return out;
}

/**
 * Read access to the tables of the edited dataset, by id, without a pass over unchanged ones.
 *
 * @internal
 */
export class Lookups {
  constructor(
    readonly next: Dataset,
    readonly changes: ReadonlyMap<DatasetTable, TableChange>,
  ) {}

  // The record of `next[table]` with this id.
  get(table: DatasetTable, id: string): object | undefined {
    const change = this.changes.get(table);
    if (change === undefined) {
      const rows = this.next[table] as readonly object[];
      const index = idLookup(rows).get(id);
      return index === undefined ? undefined : rows[index];
    }
    const added = change.addedById.get(id);
    if (added !== undefined) return added;
    if (change.removedById.has(id)) return undefined;
    const index = idLookup(change.prev).get(id);
    return index === undefined ? undefined : change.prev[index];
  }

  // Whether `next[table]` has a record with this id.
  has(table: DatasetTable, id: string): boolean {
    return this.get(table, id) !== undefined;
  }

  // Whether an added record's id is also held by another record of `next`.
  duplicated(change: TableChange, id: string): boolean {
    if ((change.addedCount.get(id) ?? 0) > 1) return true;
    return !change.removedById.has(id) && idLookup(change.prev).get(id) !== undefined;
  }
}

/**
 * Remembers what a valid edit changed, so the next edit's lookups start from these.
 *
 * @internal
 */
export function rememberChanges(changes: ReadonlyMap<DatasetTable, TableChange>): void {
  for (const c of changes.values()) deriveIdLookup(c.prev, c.next, c.start, c.prevEnd, c.nextEnd);
}
