import type { Patch } from 'immer';

import { DatasetError, NsatuError } from '../errors.ts';
import { frozenDataset, parseDataset } from '../dataset/parse.ts';
import { DatasetTableValues, type Dataset, type DatasetTable } from '../dataset/schema.ts';
import { editor } from '../internal/immer.ts';
import { rememberChanges, tableChanges, type ChangeHint } from './changes.ts';
import { chunksOf, flatten, type Chunks } from './chunks.ts';
import { openDraft } from './draft.ts';
import { sortPatches, tablePatches, type DatasetPatch, type PatchLists } from './patches.ts';
import { editIsValid } from './validate.ts';

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);

/**
 * The draft a {@link Recipe} changes: the dataset's shape, mutable. Its tables behave as arrays of
 * records (index, `push`, `length`, `for … of`, array methods, `Array.isArray`); every record read
 * is an immer draft. Behind it nsatu keeps each table in chunks (see {@link edit}), so immer's
 * `original` and `current` applied to the draft itself show that internal form: read the recipe's
 * `base` instead (on a record's draft they work as usual).
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { edit, type DatasetDraft } from 'nsatu/edit';
 *
 * const rename = (draft: DatasetDraft): void => {
 *   draft.title = 'renamed';
 * };
 * edit(loadDataset({}), rename).dataset.title // => 'renamed'
 * ```
 *
 * @category Editing
 */
export type DatasetDraft = Dataset;

/**
 * A change to a dataset, written as mutations of a draft: `(draft, base) => void`. `base` is the
 * dataset being edited, frozen: look things up in it (fast, see {@link edit}), write into the
 * draft. The return value is ignored (immer's "return a replacement" form is not supported).
 *
 * The domain recipes ({@link joinCoalition}, {@link leaveCoalition}, {@link assignPost},
 * {@link addRelationship}, {@link endRelationship}, {@link signAgreement}, {@link recordAid},
 * {@link advanceAidStage}, {@link addWeaponAlias}) are functions that return a `Recipe`, with a
 * `label` that {@link edit} and {@link record} keep. Each takes explicit dates. They check their
 * arguments when called (`NsatuError` `INVALID_ARGUMENT`), look up the entities they are about
 * when the edit runs (`ChainError` `UNKNOWN_ID` for an unknown id, as the chain queries do), and
 * leave what they write to the edit's validation (`DatasetError`). A recipe can be reused on any
 * dataset, and recipes compose: call several inside one recipe, passing the draft and `base` on.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { edit, type Recipe } from 'nsatu/edit';
 *
 * const addNation: Recipe = (draft) => {
 *   draft.nations.push({ id: 'SWE', name: 'Sweden' });
 * };
 * edit(loadDataset({}), addNation).dataset.nations.length // => 1
 * ```
 *
 * @category Editing
 */
export interface Recipe {
  /** Changes the draft in place. */
  (draft: DatasetDraft, base: Dataset): void;
  /** What the change is, in words, for a history's list. */
  readonly label?: string;
}

/**
 * Options of {@link edit} and {@link applyPatches}.
 *
 * @example
 * ```ts
 * import type { EditOptions } from 'nsatu/edit';
 *
 * const options: EditOptions = { label: 'Sweden joins' };
 * options.label // => 'Sweden joins'
 * ```
 *
 * @category Editing
 */
export interface EditOptions {
  /** The label of the result; default the recipe's own, else `'edit'`. */
  readonly label?: string | undefined;
}

/**
 * What {@link edit} and {@link applyPatches} return: the new dataset, the patches that turn `base`
 * into it, and the inverse patches that turn it back.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { edit, type EditResult } from 'nsatu/edit';
 *
 * const ds = loadDataset({});
 * const result: EditResult = edit(ds, (draft) => {
 *   draft.version = '2';
 * });
 * result.patches // => [{ op: 'add', path: ['version'], value: '2' }]
 * result.inversePatches // => [{ op: 'remove', path: ['version'] }]
 * ```
 *
 * @category Editing
 */
export interface EditResult {
  /** The dataset edited. */
  readonly base: Dataset;
  /** The validated, frozen result; `base` itself when nothing changed. */
  readonly dataset: Dataset;
  /** The changes from `base` to `dataset`, in the order they apply. */
  readonly patches: readonly DatasetPatch[];
  /** The changes from `dataset` back to `base`, in the order they apply. */
  readonly inversePatches: readonly DatasetPatch[];
  /** What the change is, in words. */
  readonly label: string;
}

// The chunked form of a dataset (see ./chunks.ts), made once per dataset.
const chunkedForms = new WeakMap<Dataset, Readonly<Record<string, unknown>>>();

function chunked(ds: Dataset): Readonly<Record<string, unknown>> {
  let form = chunkedForms.get(ds);
  if (form === undefined) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(ds)) {
      const value = (ds as Record<string, unknown>)[key];
      out[key] = TABLES.has(key) ? chunksOf(value as readonly unknown[]) : value;
    }
    form = Object.freeze(out);
    chunkedForms.set(ds, form);
  }
  return form;
}

function unchanged(ds: Dataset, label: string): EditResult {
  return Object.freeze({ base: ds, dataset: ds, patches: [], inversePatches: [], label });
}

/** Turns immer's result on the chunked form back into a flat dataset and its flat patches. */
function settle(
  ds: Dataset,
  base: Readonly<Record<string, unknown>>,
  result: Readonly<Record<string, unknown>>,
  patches: readonly Patch[],
  inversePatches: readonly Patch[],
  replaced: ReadonlySet<DatasetTable>,
): { dataset: Dataset; lists: PatchLists; hints: Map<DatasetTable, ChangeHint> } | undefined {
  const sorted = sortPatches(patches, inversePatches);
  const lists: PatchLists = {
    forward: [...sorted.metadata.forward],
    inverse: [...sorted.metadata.inverse],
  };
  const next: Record<string, unknown> = {};
  const hints = new Map<DatasetTable, ChangeHint>();
  for (const key of Object.keys(result)) {
    if (!TABLES.has(key)) {
      next[key] = result[key];
      continue;
    }
    const table = key as DatasetTable;
    const prev = ds[table] as readonly unknown[];
    const before = base[table] as Chunks;
    const after = result[table] as Chunks;
    const flat = after === before ? undefined : flatten(prev, before, after);
    if (flat === undefined) {
      next[table] = prev;
      continue;
    }
    next[table] = flat.rows;
    hints.set(table, flat);
    const whole = replaced.has(table);
    tablePatches(
      table,
      { rows: prev, chunks: before },
      { rows: flat.rows, chunks: after },
      whole,
      sorted,
      lists,
    );
  }
  if (lists.forward.length === 0) return undefined;
  return { dataset: Object.freeze(next) as Dataset, lists, hints };
}

/**
 * Applies a recipe to a dataset and returns the new, validated dataset with the patches of the
 * change and their inverse. The input is never changed.
 *
 * Edits use immer through a private instance (see the performance notes below). The result is
 * re-validated incrementally: records the recipe added or changed pass their schema and the
 * integrity rules that concern them, and the checks over groups (cycles, two superiors, two
 * holders) re-run only when the tables they read changed. An edit that would leave the dataset
 * invalid (a dangling reference, a cycle, two superiors at once, a reversed interval, …) throws a
 * {@link nsatu!DatasetError} listing every issue, found by a full check of the result, and changes
 * nothing. An edit that changes nothing returns the same dataset object (and no patches), so
 * callers can memoise on the dataset.
 *
 * Cost: while editing, each table is held in chunks of 1,024 records, so appending a record or
 * changing one by index costs about the same at any table size, and only the tables touched are
 * rebuilt. Removing or inserting at the front of a table shifts every later record (one patch per
 * shifted record): to end a fact, set its `until` rather than deleting it. Searching the draft
 * (`draft.aid.find(…)`) makes a draft of every record it reads: look indexes up in `base` and write
 * by index. Values you put into the draft are frozen with the result; pass copies of objects you
 * keep using. The first edit of a freshly loaded dataset also builds the id lookups it needs.
 *
 * The first edit calls immer's `enablePatches()`, which immer 11 registers globally: it only adds
 * patch support to your own immer, and changes none of its behaviour.
 *
 * @param ds - A dataset from {@link nsatu!loadDataset}, {@link nsatu!parseDataset} or an earlier edit (frozen,
 *   so taken as valid); any other object is validated and copied first, as by {@link nsatu!loadDataset}.
 *   The recipe's `base` is then the copy.
 * @param recipe - Mutations of a draft (see {@link Recipe}); a domain recipe such as
 *   {@link joinCoalition}.
 * @param options - `label`.
 * @returns The new dataset, the patches, the inverse patches and a label.
 * @throws {@link nsatu!DatasetError} when the result would be invalid, listing every issue (or when an
 *   unfrozen `ds` is itself invalid).
 * @throws Whatever the recipe throws (the domain recipes throw {@link nsatu!ChainError} `UNKNOWN_ID` and
 *   {@link nsatu!NsatuError} `INVALID_ARGUMENT`).
 *
 * @example
 * ```ts
 * import { edit, joinCoalition } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset, patches } = edit(ds, joinCoalition('coalition-armour', 'FIN', { from: '2025-05' }));
 * dataset.coalitions.find((c) => c.id === 'coalition-armour')?.members.at(-1)
 * // => { party: 'FIN', role: 'member', from: '2025-05' }
 * patches.length // => 1
 * dataset.organisations === ds.organisations // => true
 * edit(ds, () => undefined).dataset === ds // => true
 * edit(ds, (draft) => {
 *   draft.aid[0]!.donor = 'XXX';
 * }) // => throws DatasetError
 * ```
 *
 * @category Editing
 */
export function edit(ds: Dataset, recipe: Recipe, options?: EditOptions): EditResult {
  if (typeof recipe !== 'function') {
    throw new NsatuError('INVALID_ARGUMENT', 'edit needs a recipe: a function of the draft');
  }
  const label = options?.label ?? recipe.label ?? 'edit';
  // A frozen dataset is one nsatu made, valid; anything else is validated and copied first, so
  // that freezing the result never freezes the caller's objects.
  const start = frozenDataset(ds);
  const base = chunked(start);
  let replaced: ReadonlySet<DatasetTable> = new Set();
  const [result, patches, inversePatches] = editor().produceWithPatches(base, (root) => {
    const session = openDraft(root, base);
    recipe(session.draft, start);
    replaced = session.replaced;
  });
  if (result === base) return unchanged(ds, label);
  const settled = settle(start, base, result, patches, inversePatches, replaced);
  if (settled === undefined) return unchanged(ds, label);
  const { dataset, lists, hints } = settled;
  const changes = tableChanges(start, dataset, hints);
  if (!editIsValid(start, dataset, changes)) {
    // The incremental check only decides; the full one lists every issue (or, where the
    // incremental one had to be cautious, accepts).
    const full = parseDataset(dataset);
    if (!full.ok) throw new DatasetError(full.issues);
  }
  rememberChanges(changes);
  return Object.freeze({
    base: ds,
    dataset,
    patches: Object.freeze(lists.forward),
    inversePatches: Object.freeze(lists.inverse),
    label,
  });
}
