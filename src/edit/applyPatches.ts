import type { Patch } from 'immer';

import { DatasetError, NsatuError } from '../errors.ts';
import { parseDataset } from '../dataset/parse.ts';
import { DatasetTableValues, type Dataset, type DatasetTable } from '../dataset/schema.ts';
import { editor } from '../internal/immer.ts';
import { edit, type EditOptions, type EditResult } from './edit.ts';
import type { DatasetPatch } from './patches.ts';

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);

const OPS: ReadonlySet<unknown> = new Set(['replace', 'add', 'remove']);

function checkPatches(patches: unknown): asserts patches is readonly DatasetPatch[] {
  if (!Array.isArray(patches)) {
    throw new NsatuError('INVALID_ARGUMENT', 'applyPatches needs an array of patches');
  }
  patches.forEach((p: unknown, i) => {
    const patch = p as Partial<DatasetPatch> | null;
    if (
      patch === null ||
      typeof patch !== 'object' ||
      !OPS.has(patch.op) ||
      !Array.isArray(patch.path) ||
      !patch.path.every((k) => typeof k === 'string' || typeof k === 'number')
    ) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `Patch ${i} is not { op: 'replace' | 'add' | 'remove', path: (string | number)[], value? }`,
      );
    }
  });
}

/**
 * Refuses a patch at a table index the table does not have (immer would clamp it to the end), and an
 * `add` or `remove` of the whole dataset.
 */
function checkBounds(draft: Dataset, p: DatasetPatch): void {
  // immer would add or delete the key `undefined` at the root.
  if (p.path.length === 0) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `Cannot ${p.op} the whole dataset: only a replace may have the path []`,
    );
  }
  const [table, index] = p.path;
  if (p.path.length !== 2 || typeof table !== 'string' || !TABLES.has(table)) return;
  if (p.op === 'add' && index === '-') return;
  const length = draft[table as DatasetTable].length;
  const i = typeof index === 'number' ? index : Number(index);
  const last = p.op === 'add' ? length : length - 1;
  if (!(Number.isInteger(i) && i >= 0 && i <= last)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `Cannot ${p.op} ${table}[${String(index)}]: ${table} has ${length} records`,
    );
  }
}

/**
 * Applies patches (from {@link edit}, {@link applyPatches} or elsewhere) to a dataset, validated
 * like an edit: an invalid result throws {@link nsatu!DatasetError} and changes nothing. Applying an
 * edit's `inversePatches` to its result gives back a dataset deep-equal to the original.
 *
 * A patch that replaces the whole dataset (`path: []`) is parsed in full, as by
 * {@link nsatu!parseDataset}.
 *
 * @param ds - A dataset; one not made by nsatu (unfrozen) is validated and copied first, as by
 *   {@link edit}, even when there are no patches.
 * @param patches - Patches in the order they apply.
 * @param options - `label`.
 * @returns The new dataset with the patches that made it and their inverse.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for malformed patches or a path that does not
 *   resolve.
 * @throws {@link nsatu!DatasetError} when the result would be invalid (or when an unfrozen `ds` is
 *   itself invalid).
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { applyPatches, edit } from 'nsatu/edit';
 *
 * const ds = loadDataset({ nations: [{ id: 'SWE', name: 'Sweden' }] });
 * const { dataset, inversePatches } = edit(ds, (draft) => {
 *   draft.nations[0]!.natoAccession = '2024-03-07';
 * });
 * applyPatches(dataset, inversePatches).dataset // => ds
 * applyPatches(ds, [{ op: 'add', path: ['nations', 1], value: { id: 'FIN', name: 'Finland' } }]).dataset.nations.length
 * // => 2
 * applyPatches(ds, [{ op: 'remove', path: ['nations', 7] }]) // => throws INVALID_ARGUMENT
 * applyPatches(ds, [{ op: 'replace', path: ['nations', 0, 'name'], value: '' }]) // => throws DatasetError
 * ```
 *
 * @category Editing
 */
export function applyPatches(
  ds: Dataset,
  patches: readonly DatasetPatch[],
  options?: EditOptions,
): EditResult {
  checkPatches(patches);
  const label = options?.label ?? 'patches';
  let whole = -1;
  for (let i = patches.length - 1; i >= 0; i--) {
    const p = patches[i] as DatasetPatch;
    if (p.path.length === 0 && p.op === 'replace') {
      whole = i;
      break;
    }
  }
  if (whole !== -1) {
    const parsed = parseDataset((patches[whole] as DatasetPatch).value);
    if (!parsed.ok) throw new DatasetError(parsed.issues);
    const dataset = applyPatches(parsed.dataset, patches.slice(whole + 1)).dataset;
    return Object.freeze({
      base: ds,
      dataset,
      patches: Object.freeze([Object.freeze({ op: 'replace', path: [], value: dataset } as const)]),
      inversePatches: Object.freeze([
        Object.freeze({ op: 'replace', path: [], value: ds } as const),
      ]),
      label,
    });
  }
  try {
    return edit(
      ds,
      (draft) => {
        for (const p of patches) {
          checkBounds(draft, p);
          editor().applyPatches(draft, [p as Patch]);
        }
      },
      { label },
    );
  } catch (error) {
    if (error instanceof NsatuError) throw error;
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `Cannot apply the patches: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
