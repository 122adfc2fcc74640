import { NsatuError } from '../errors.ts';
import { frozenDataset } from '../dataset/parse.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { EditResult } from './edit.ts';
import type { DatasetPatch } from './patches.ts';

/**
 * One step of a {@link History}: its label, its patches, and the datasets before and after.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { createHistory, edit, record, type HistoryEntry } from 'nsatu/edit';
 *
 * const ds = loadDataset({});
 * const history = record(createHistory(ds), edit(ds, (d) => { d.version = '2'; }, { label: 'bump' }));
 * const entry: HistoryEntry | undefined = history.entries[0];
 * entry?.label // => 'bump'
 * ```
 *
 * @category Editing
 */
export interface HistoryEntry {
  /** What the step did, in words. */
  readonly label: string;
  /** The patches from `before` to `after`. */
  readonly patches: readonly DatasetPatch[];
  /** The patches from `after` back to `before`. */
  readonly inversePatches: readonly DatasetPatch[];
  /** The dataset before the step. */
  readonly before: Dataset;
  /** The dataset after it. */
  readonly after: Dataset;
}

/**
 * An immutable undo/redo history of a dataset, for an app to keep in its state: every function
 * that changes it returns a new `History` (or the same one when nothing changes). `entries[0 …
 * position)` are done and can be undone; `entries[position …]` were undone and can be redone.
 *
 * Each entry holds the datasets before and after its step, which share every table the step did
 * not change, so undo and redo are instant and give back the very dataset objects (memoised views
 * stay valid). The cost is memory: a step that changed a large table keeps both versions of it, so
 * `limit` (default 100) bounds the number of entries.
 *
 * @example
 * ```ts
 * import { createHistory, type History } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const history: History = createHistory(defaultDataset());
 * history.position // => 0
 * ```
 *
 * @category Editing
 */
export interface History {
  /** The current dataset. */
  readonly present: Dataset;
  /** Every step, done and undone, oldest first. */
  readonly entries: readonly HistoryEntry[];
  /** How many entries are done. */
  readonly position: number;
  /** The most entries kept; the oldest are dropped beyond it. */
  readonly limit: number;
}

/**
 * Options of {@link createHistory}.
 *
 * @example
 * ```ts
 * import type { CreateHistoryOptions } from 'nsatu/edit';
 *
 * const options: CreateHistoryOptions = { limit: 20 };
 * options.limit // => 20
 * ```
 *
 * @category Editing
 */
export interface CreateHistoryOptions {
  /** The most entries kept (a positive integer); default 100. */
  readonly limit?: number | undefined;
}

/**
 * Options of {@link record}.
 *
 * @example
 * ```ts
 * import type { RecordOptions } from 'nsatu/edit';
 *
 * const options: RecordOptions = { label: 'Sweden joins the armour coalition' };
 * options.label // => 'Sweden joins the armour coalition'
 * ```
 *
 * @category Editing
 */
export interface RecordOptions {
  /** The entry's label; default the edit's. */
  readonly label?: string | undefined;
}

function history(
  present: Dataset,
  entries: readonly HistoryEntry[],
  position: number,
  limit: number,
): History {
  return Object.freeze({ present, entries: Object.freeze(entries), position, limit });
}

/**
 * Starts an empty history at a dataset.
 *
 * @param ds - The dataset to start from. One not made by nsatu (not frozen) is validated and
 *   copied first, as by {@link edit}: the history's `present` is then the copy, so edit that.
 * @param options - `limit` (default 100).
 * @returns A history with no entries.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a limit that is not a positive integer.
 * @throws {@link nsatu!DatasetError} when `ds` is not frozen and not a valid dataset.
 *
 * @example
 * ```ts
 * import { canUndo, createHistory } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const history = createHistory(defaultDataset(), { limit: 20 });
 * [history.entries.length, canUndo(history)] // => [0, false]
 * ```
 *
 * @category Editing
 */
export function createHistory(ds: Dataset, options?: CreateHistoryOptions): History {
  const limit = options?.limit ?? 100;
  if (!Number.isSafeInteger(limit) || limit < 1) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `limit must be a positive integer, not ${String(limit)}`,
    );
  }
  return history(frozenDataset(ds), [], 0, limit);
}

/**
 * Adds an edit of the present dataset to a history: it becomes the present, and what was undone
 * can no longer be redone. An edit that changed nothing returns the same history.
 *
 * @param h - A history.
 * @param result - An {@link edit} (or {@link applyPatches}) of `h.present`.
 * @param options - `label` (default the edit's).
 * @returns The history with the edit done.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` when the edit was not made from `h.present`.
 *
 * @example
 * ```ts
 * import { createHistory, edit, joinCoalition, record } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * let history = createHistory(defaultDataset());
 * history = record(history, edit(history.present, joinCoalition('coalition-drone', 'AUT', { from: '2025-06' })));
 * history.entries.map((e) => e.label) // => ['joinCoalition coalition-drone AUT (member from 2025-06)']
 * record(history, edit(history.present, () => undefined)) === history // => true
 * ```
 *
 * @category Editing
 */
export function record(h: History, result: EditResult, options?: RecordOptions): History {
  if (result.base !== h.present) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      "The edit was not made from the history's present dataset: edit history.present",
    );
  }
  if (result.dataset === result.base) return h;
  const entry: HistoryEntry = Object.freeze({
    label: options?.label ?? result.label,
    patches: result.patches,
    inversePatches: result.inversePatches,
    before: result.base,
    after: result.dataset,
  });
  const entries = [...h.entries.slice(0, h.position), entry];
  const kept = entries.length > h.limit ? entries.slice(entries.length - h.limit) : entries;
  return history(result.dataset, kept, kept.length, h.limit);
}

/**
 * Tells whether a history has a step to undo.
 *
 * @param h - A history.
 * @returns `true` when `h.position > 0`.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { canUndo, createHistory } from 'nsatu/edit';
 *
 * canUndo(createHistory(loadDataset({}))) // => false
 * ```
 *
 * @category Editing
 */
export function canUndo(h: History): boolean {
  return h.position > 0;
}

/**
 * Tells whether a history has an undone step to redo.
 *
 * @param h - A history.
 * @returns `true` when some entry after `h.position` exists.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { canRedo, createHistory } from 'nsatu/edit';
 *
 * canRedo(createHistory(loadDataset({}))) // => false
 * ```
 *
 * @category Editing
 */
export function canRedo(h: History): boolean {
  return h.position < h.entries.length;
}

/**
 * Undoes the last done step: the present becomes the dataset before it. With nothing to undo,
 * returns the same history.
 *
 * @param h - A history.
 * @returns The history one step back.
 *
 * @example
 * ```ts
 * import { createHistory, edit, record, redo, undo } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const done = record(createHistory(ds), edit(ds, (d) => { d.version = 'draft'; }));
 * undo(done).present === ds // => true
 * redo(undo(done)).present === done.present // => true
 * undo(createHistory(ds)).present === ds // => true
 * ```
 *
 * @category Editing
 */
export function undo(h: History): History {
  const entry = h.entries[h.position - 1];
  return entry === undefined ? h : history(entry.before, h.entries, h.position - 1, h.limit);
}

/**
 * Redoes the next undone step. With nothing to redo, returns the same history.
 *
 * @param h - A history.
 * @returns The history one step forward.
 *
 * @example
 * ```ts
 * import { canRedo, createHistory, edit, record, redo, undo } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const undone = undo(record(createHistory(ds), edit(ds, (d) => { d.version = 'draft'; })));
 * canRedo(undone) // => true
 * redo(undone).present.version // => 'draft'
 * ```
 *
 * @category Editing
 */
export function redo(h: History): History {
  const entry = h.entries[h.position];
  return entry === undefined ? h : history(entry.after, h.entries, h.position + 1, h.limit);
}
