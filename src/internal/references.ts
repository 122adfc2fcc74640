/**
 * The references of a validated dataset resolved to integers, shared between validation and the
 * chain index. `parseDataset` resolves every relationship's endpoints while checking integrity;
 * keeping that work lets the first chain query on a million-organisation dataset skip two million
 * string lookups (docs/performance.md). Entries are keyed by the frozen tables they describe, so
 * a dataset with other tables (an edit, a hand-built copy) never sees them.
 */

/**
 * Organisation ids to positions, and each relationship's endpoints as positions.
 *
 * @internal
 */
export interface References {
  readonly organisations: ReadonlyMap<string, number>;
  readonly subordinate: Int32Array;
  readonly superior: Int32Array;
}

interface Tables {
  readonly organisations: readonly unknown[];
  readonly relationships: readonly unknown[];
}

const shared = new WeakMap<object, { readonly organisations: object; readonly refs: References }>();

/**
 * Records the references of a dataset whose tables are deeply frozen (so that they can never go
 * stale: parseDataset, the one caller, freezes first) and valid (no duplicate ids, every endpoint
 * known).
 *
 * @internal
 */
export function shareReferences(tables: Tables, refs: References): void {
  shared.set(tables.relationships, { organisations: tables.organisations, refs });
  idIndexes.set(tables.organisations, refs.organisations);
}

/**
 * The references recorded for exactly these tables, if any.
 *
 * @internal
 */
export function sharedReferences(tables: Tables): References | undefined {
  const entry = shared.get(tables.relationships);
  return entry?.organisations === tables.organisations ? entry.refs : undefined;
}

const idIndexes = new WeakMap<object, ReadonlyMap<string, number>>();

/**
 * The position of every id in a frozen table of records with unique ids, built once per table and
 * kept as long as the table lives: an edit that leaves the organisations alone keeps their index.
 * The first occurrence wins when ids repeat (an unvalidated table).
 *
 * @internal
 */
export function idIndexOf(rows: readonly { readonly id: string }[]): ReadonlyMap<string, number> {
  const known = idIndexes.get(rows);
  if (known !== undefined) return known;
  const index = new Map<string, number>();
  // Backwards, so the first occurrence is set last: one Map operation per row.
  for (let i = rows.length - 1; i >= 0; i--) index.set((rows[i] as { readonly id: string }).id, i);
  if (Object.isFrozen(rows)) idIndexes.set(rows, index);
  return index;
}
