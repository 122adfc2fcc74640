import { DatasetTableValues, type Dataset, type DatasetTable } from '../dataset/schema.ts';
import type { JsonPath } from '../dataset/issues.ts';
import { frozenDataset } from '../dataset/parse.ts';
import { tableChanges } from './changes.ts';
import { asOf } from './asOf.ts';
import { diffEvents, type DiffEvent } from './events.ts';
import { compare, same } from './fields.ts';
import { idOf } from './ids.ts';
import type { PartialDate } from '../model/date.ts';

/**
 * A record of any table.
 *
 * @example
 * ```ts
 * import type { DatasetRecord } from 'nsatu/edit';
 *
 * const record: DatasetRecord = { id: 'SWE', name: 'Sweden' };
 * record.id // => 'SWE'
 * ```
 *
 * @category Editing
 */
export type DatasetRecord = Dataset[DatasetTable][number];

/**
 * One changed value: where (a path inside the record, or from the dataset's root for metadata),
 * what it was and what it is. `undefined` on one side means the value is absent there.
 *
 * @example
 * ```ts
 * import type { FieldChange } from 'nsatu/edit';
 *
 * const change: FieldChange = { path: ['members', 5, 'until'], before: undefined, after: '2026-01' };
 * change.path.length // => 3
 * ```
 *
 * @category Editing
 */
export interface FieldChange {
  /** Keys and indexes to the value. */
  readonly path: JsonPath;
  /** The value before; `undefined` when absent. */
  readonly before: unknown;
  /** The value after; `undefined` when absent. */
  readonly after: unknown;
}

/**
 * What happened to one entity between two datasets, by table and id: `added`, `removed`, or
 * `changed` with the fields that changed.
 *
 * @example
 * ```ts
 * import type { EntityChange } from 'nsatu/edit';
 *
 * const change: EntityChange = { kind: 'added', table: 'nations', id: 'SWE', after: { id: 'SWE', name: 'Sweden' } };
 * change.kind // => 'added'
 * ```
 *
 * @category Editing
 */
export type EntityChange =
  | {
      /** The entity is new. */
      readonly kind: 'added';
      /** Its table. */
      readonly table: DatasetTable;
      /** Its id. */
      readonly id: string;
      /** The record. */
      readonly after: DatasetRecord;
    }
  | {
      /** The entity went. */
      readonly kind: 'removed';
      /** Its table. */
      readonly table: DatasetTable;
      /** Its id. */
      readonly id: string;
      /** The record as it was. */
      readonly before: DatasetRecord;
    }
  | {
      /** The entity is in both, with different values. */
      readonly kind: 'changed';
      /** Its table. */
      readonly table: DatasetTable;
      /** Its id. */
      readonly id: string;
      /** The record as it was. */
      readonly before: DatasetRecord;
      /** The record as it is. */
      readonly after: DatasetRecord;
      /** The values that differ, paths relative to the record. */
      readonly fields: readonly FieldChange[];
    };

/**
 * The semantic difference of two datasets (see {@link diff}). Empty when all three lists are.
 *
 * @example
 * ```ts
 * import { diff, type DatasetDiff } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const none: DatasetDiff = diff(defaultDataset(), defaultDataset());
 * [none.changes.length, none.metadata.length, none.events.length] // => [0, 0, 0]
 * ```
 *
 * @category Editing
 */
export interface DatasetDiff {
  /** Entities added, removed or changed, in table order, then dataset order. */
  readonly changes: readonly EntityChange[];
  /** Changed metadata (title, version, asOf, …), paths from the dataset's root. */
  readonly metadata: readonly FieldChange[];
  /** What the changes mean: new holders, re-subordinations, lead changes, aid stages. */
  readonly events: readonly DiffEvent[];
}

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);

/**
 * Compares two datasets by meaning rather than by position: for each table, the entities added,
 * removed and changed (matched by id, with every changed field: its path in the record, the value
 * before and after), the changed metadata, and the events the changes amount to:
 *
 * - `holder-changed`: a post's holder changed (a tenure ended or was removed, another began);
 * - `reparented`: a body's superior on a reporting line changed (operational, `ADCON`, `LOGCON`);
 * - `lead-changed` and `membership-changed`: a coalition's leads or members changed;
 * - `stage-changed`: an aid record moved to another stage, in place or through a new record that
 *   `supersedes` it.
 *
 * A record that only moved within its table is not a change. Elements of a record's arrays are
 * matched by what identifies them (a variant's id; a member's party, role and start; a trainee
 * report's date), so a path index is the element's index in `after` (in `before` for one that
 * went). Tables the two datasets share are skipped, so comparing an edit with its input costs what
 * the edit changed.
 *
 * @param a - The earlier dataset. One not made by nsatu (not frozen) is validated first, as by
 *   {@link edit}.
 * @param b - The later dataset, likewise.
 * @returns The changes, metadata changes and events; all empty when `a` and `b` are equal.
 * @throws {@link nsatu!DatasetError} when `a` or `b` is not frozen and not a valid dataset, listing
 *   every issue.
 *
 * @example
 * ```ts
 * import { diff, edit, leaveCoalition } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset } = edit(ds, leaveCoalition('coalition-armour', 'ESP', { until: '2026-01' }));
 * const { changes, events } = diff(ds, dataset);
 * changes.map((c) => [c.kind, c.table, c.id]) // => [['changed', 'coalitions', 'coalition-armour']]
 * changes[0]?.kind === 'changed' ? changes[0].fields : []
 * // => [{ path: ['members', 5, 'until'], before: undefined, after: '2026-01' }]
 * events // => [{ kind: 'membership-changed', coalition: 'coalition-armour', joined: [], left: ['ESP'] }]
 * ```
 *
 * @category Editing
 */
export function diff(a: Dataset, b: Dataset): DatasetDiff {
  return compareDatasets(frozenDataset(a), frozenDataset(b));
}

/**
 * {@link diff} of two datasets taken as they are, unvalidated (what `diff` runs once both are
 * known valid; its tests also feed it tables no valid dataset holds, such as one record twice).
 *
 * @internal
 */
export function compareDatasets(a: Dataset, b: Dataset): DatasetDiff {
  const changes: EntityChange[] = [];
  for (const change of tableChanges(a, b).values()) {
    const { table } = change;
    for (const { row } of change.added) {
      const id = idOf(row) as string;
      const before = change.removedById.get(id);
      if (before === undefined) {
        changes.push({ kind: 'added', table, id, after: row as DatasetRecord });
        continue;
      }
      const fields: FieldChange[] = [];
      compare(before, row, [], fields);
      if (fields.length > 0) {
        changes.push({
          kind: 'changed',
          table,
          id,
          before: before as DatasetRecord,
          after: row as DatasetRecord,
          fields,
        });
      }
    }
    for (const row of change.removed) {
      const id = idOf(row) as string;
      if (!change.addedById.has(id)) {
        changes.push({ kind: 'removed', table, id, before: row as DatasetRecord });
      }
    }
  }
  const metadata: FieldChange[] = [];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !TABLES.has(k)));
  for (const key of keys) {
    const before = (a as Record<string, unknown>)[key];
    const after = (b as Record<string, unknown>)[key];
    if (!same(before, after)) metadata.push({ path: [key], before, after });
  }
  return { changes, metadata, events: diffEvents(changes, b) };
}

/**
 * Compares a dataset with itself at two dates: {@link diff} of {@link asOf} at each (so the
 * metadata shows `asOf` moving from one date to the other). What began between the dates shows as
 * added, what ended as removed, and the events say who took over which post, which body changed
 * superior, which coalition changed leads, which aid advanced.
 *
 * @param ds - A dataset.
 * @param dateA - The earlier date.
 * @param dateB - The later date.
 * @returns The difference from `dateA` to `dateB`.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed date.
 *
 * @example
 * ```ts
 * import { diffAsOf } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const { events } = diffAsOf(defaultDataset(), '2025-06-01', '2025-08-01');
 * const holders = events.filter((e) => e.kind === 'holder-changed');
 * holders.map((e) => e.post) // => ['commander-useucom', 'saceur']
 * holders.map((e) => [e.from, e.to])
 * // => [[['christopher-cavoli'], ['alexus-grynkewich']], [['christopher-cavoli'], ['alexus-grynkewich']]]
 * ```
 *
 * @category Editing
 */
export function diffAsOf(ds: Dataset, dateA: PartialDate, dateB: PartialDate): DatasetDiff {
  return diff(asOf(ds, dateA), asOf(ds, dateB));
}
