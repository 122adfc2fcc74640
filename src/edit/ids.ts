/*
 * Id → index lookups per table, cached by the frozen table. A table an edit changed gets its
 * lookup derived from the previous one (the previous map plus a small delta) instead of a new
 * pass over every record, so a chain of edits to a 100,000-record table stays cheap.
 */

/** Where each id sits in one table. */
export interface IdLookup {
  /** The index of the record with this id, or `undefined`. */
  get(id: string): number | undefined;
}

/** Deltas past this size (or an eighth of the table) are folded into a fresh map instead. */
const MAX_DELTA = 4096;
/** A table this long gets its map at once; a longer one after this many lookups. */
const SMALL = 4096;
const SCANS = 8;

class FullLookup implements IdLookup {
  constructor(readonly map: ReadonlyMap<string, number>) {}
  get(id: string): number | undefined {
    return this.map.get(id);
  }
}

/** A full map and the ids changed since: an index, or -1 for an id no longer there. */
class DeltaLookup implements IdLookup {
  constructor(
    readonly map: ReadonlyMap<string, number>,
    readonly delta: ReadonlyMap<string, number>,
  ) {}
  get(id: string): number | undefined {
    const moved = this.delta.get(id);
    if (moved === undefined) return this.map.get(id);
    return moved < 0 ? undefined : moved;
  }
}

/**
 * A large table's first lookups scan it (a few milliseconds) rather than build a map (several
 * times that): one edit of a freshly loaded dataset looks up only a handful of ids. From the
 * `SCANS`th lookup, counted along a chain of edits, the table gets its map.
 */
class ScanLookup implements IdLookup {
  private full: FullLookup | undefined;
  constructor(
    readonly rows: readonly object[],
    public uses: number,
  ) {}
  get(id: string): number | undefined {
    if (this.full !== undefined) return this.full.get(id);
    if (++this.uses >= SCANS) {
      this.full = build(this.rows);
      return this.full.get(id);
    }
    const rows = this.rows as readonly { readonly id?: unknown }[];
    for (let i = 0; i < rows.length; i++) if ((rows[i] as { id?: unknown }).id === id) return i;
    return undefined;
  }
  // The map, once built.
  built(): FullLookup | undefined {
    return this.full;
  }
}

type Lookup = FullLookup | DeltaLookup | ScanLookup;

const lookups = new WeakMap<readonly object[], Lookup>();

function build(rows: readonly object[]): FullLookup {
  const map = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const id = idOf(rows[i]);
    if (id !== undefined && !map.has(id)) map.set(id, i);
  }
  return new FullLookup(map);
}

/**
 * A record's id, when it has a string one.
 *
 * @internal
 */
export function idOf(row: unknown): string | undefined {
  const id = (row as { readonly id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The id lookup of a frozen table (first occurrence wins), made once per table: a map for a small
 * table, a few scans and then a map for a large one.
 *
 * @internal
 */
export function idLookup(rows: readonly object[]): IdLookup {
  let lookup = lookups.get(rows);
  if (lookup === undefined) {
    lookup = rows.length <= SMALL ? build(rows) : new ScanLookup(rows, 0);
    lookups.set(rows, lookup);
  }
  return lookup;
}

/**
 * Derives the lookup of a valid edited table from its predecessor's, when that one is cached and
 * the edit kept every other record in place: `prev[start, prevEnd)` became `next[start, nextEnd)`
 * and the records after it did not move.
 *
 * @internal
 */
export function deriveIdLookup(
  prev: readonly object[],
  next: readonly object[],
  start: number,
  prevEnd: number,
  nextEnd: number,
): void {
  const cached = lookups.get(prev);
  if (cached === undefined || lookups.has(next)) return;
  const parent = cached instanceof ScanLookup ? (cached.built() ?? cached) : cached;
  if (parent instanceof ScanLookup) {
    // Still scanning: the next table scans too, with the lookups counted so far.
    if (next.length > SMALL) lookups.set(next, new ScanLookup(next, parent.uses));
    return;
  }
  if (prevEnd !== nextEnd && prevEnd !== prev.length) return;
  const delta = new Map(parent instanceof DeltaLookup ? parent.delta : undefined);
  if (delta.size + (prevEnd - start) + (nextEnd - start) > Math.max(MAX_DELTA, next.length / 8)) {
    return;
  }
  for (let i = start; i < prevEnd; i++) {
    const id = idOf(prev[i]);
    if (id !== undefined) delta.set(id, -1);
  }
  for (let i = start; i < nextEnd; i++) {
    const id = idOf(next[i]);
    if (id !== undefined) delta.set(id, i);
  }
  lookups.set(next, new DeltaLookup(parent.map, delta));
}
