import * as z from 'zod';

import { DatasetError } from '../errors.ts';
import { deepFreeze } from './freeze.ts';
import { shareReferences, type References } from '../internal/references.ts';
import { checkIntegrity, type IntegrityInput, type KnownIds } from './integrity.ts';
import { fromZodIssues, type DatasetIssue, type JsonPath } from './issues.ts';
import { DatasetSchema, DatasetTableValues, type Dataset, type DatasetTable } from './schema.ts';

/**
 * The result of {@link parseDataset}: the frozen dataset, or every issue found.
 *
 * @example
 * ```ts
 * import { parseDataset, type ParseDatasetResult } from 'nsatu';
 *
 * const result: ParseDatasetResult = parseDataset({});
 * result.ok // => true
 * ```
 *
 * @category Dataset
 */
export type ParseDatasetResult =
  | {
      /** The input is a valid dataset. */
      readonly ok: true;
      /** The validated, deeply frozen dataset. */
      readonly dataset: Dataset;
    }
  | {
      /** The input is not a valid dataset. */
      readonly ok: false;
      /**
       * Every problem found, sorted by path: at the top level the metadata and unknown keys by
       * name, then the tables in the order of {@link DatasetTableValues}; below it, keys by name
       * and indexes by number; a path before the paths inside it; problems at one path in the
       * order found.
       */
      readonly issues: readonly DatasetIssue[];
    };

/**
 * Orders two keys at one position of two issue paths: indexes by number; at the top level, the
 * metadata and unknown keys by name, then the tables in the order they are checked; below it, by
 * name. The tables rank only at the top, and only after every other key, so that this is an order
 * at all (ranked among themselves but by name against other keys, an unknown key `organisation`
 * would sort after `nations` and before `sources`, and `sources` before `nations`).
 */
function compareKeys(a: string | number, b: string | number, top: boolean): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  if (top) {
    const ta = (DatasetTableValues as readonly string[]).indexOf(a);
    const tb = (DatasetTableValues as readonly string[]).indexOf(b);
    if (ta !== tb) return ta - tb;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareKeys(a[i] as string | number, b[i] as string | number, i === 0);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function ownArray(input: unknown, key: string): readonly unknown[] | undefined {
  if (input === null || typeof input !== 'object') return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(input, key);
  const value: unknown = descriptor?.value;
  return Array.isArray(value) ? value : undefined;
}

function ownString(row: unknown, key: string): string | undefined {
  if (row === null || typeof row !== 'object') return undefined;
  const value: unknown = Object.getOwnPropertyDescriptor(row, key)?.value;
  return typeof value === 'string' ? value : undefined;
}

/**
 * After a shape failure, rebuilds the tables from the records that are valid on their own (holes
 * for the others, so paths stay true) and collects the ids of the invalid ones, so that integrity
 * checks still run on everything that can be checked without reporting knock-on problems.
 */
function salvage(input: unknown): { tables: IntegrityInput; known: KnownIds } {
  const shape = DatasetSchema.shape;
  const tables = {} as Record<DatasetTable, unknown[]>;
  const variants = new Map<number, string>();
  const known: Record<string, Map<number, string>> = { variants };
  for (const table of DatasetTableValues) {
    const rows = ownArray(input, table) ?? [];
    const element = shape[table].unwrap().element;
    const ids = new Map<number, string>();
    known[table] = ids;
    tables[table] = rows.map((row, index) => {
      const parsed = element.safeParse(row);
      if (parsed.success) return parsed.data;
      const id = ownString(row, 'id');
      if (id !== undefined) ids.set(index, id);
      if (table === 'weaponSystems') {
        for (const variant of ownArray(row, 'variants') ?? []) {
          const vid = ownString(variant, 'id');
          if (vid !== undefined) variants.set(variants.size, vid);
        }
      }
      return undefined;
    });
  }
  return { tables: tables as unknown as IntegrityInput, known };
}

let compiled: typeof DatasetSchema | undefined;

/**
 * The dataset schema, ahead-of-time compiled by zod (4.6 and later) on first use: 2–3× faster on
 * large datasets, identical output and issues (a failed fast path falls back to zod's runtime
 * parser). Where `z.compile` is missing (older zod 4) or code generation is forbidden (a strict
 * content security policy), zod returns the schema as it is and parsing still works.
 */
function datasetSchema(): typeof DatasetSchema {
  compiled ??= typeof z.compile === 'function' ? z.compile(DatasetSchema) : DatasetSchema;
  return compiled;
}

/**
 * Validates a dataset and reports every problem in one pass: its shape (types, required fields,
 * unknown keys, dates, money) and its integrity (duplicate ids, unknown references, intervals that
 * end before they start, ties outside the lifetime of the bodies they join, cycles and two
 * superiors on one line at one time, two holders of one post). Never throws, never mutates the
 * input, never returns a partial dataset.
 *
 * Missing tables read as empty. Unknown keys anywhere are refused with their path (so a
 * `__proto__` or `constructor` key is an issue, never an assignment). The dataset returned is a
 * fresh, deeply frozen copy.
 *
 * On time: a tie or a tenure that ended on an unknown date (`until: 'unknown'`) counts as possibly
 * still in force, so a second superior or holder after it is reported. Of the ties that could
 * form a loop together, the first loop in force is reported, from the moment it forms; once it is
 * fixed, another loop among the same ties at a later time can show.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @returns `{ ok: true, dataset }` or `{ ok: false, issues }`, the issues sorted by path.
 *
 * @example
 * ```ts
 * import { parseDataset } from 'nsatu';
 *
 * const good = parseDataset({
 *   organisations: [
 *     { id: 'nsatu', name: 'NSATU', kind: 'command', from: '2024-12' },
 *     { id: 'shape', name: 'SHAPE', kind: 'strategic-command' },
 *   ],
 *   relationships: [{ id: 'nsatu-shape', subordinate: 'nsatu', superior: 'shape', authority: 'OPCON', from: '2024-12' }],
 * });
 * good.ok // => true
 *
 * const bad = parseDataset({
 *   relationships: [{ id: 'loop', subordinate: 'a', superior: 'a', authority: 'OPCON', from: '2025', until: '2024' }],
 * });
 * bad.ok ? [] : bad.issues.map((issue) => issue.code)
 * // => ['UNKNOWN_REFERENCE', 'UNKNOWN_REFERENCE', 'CYCLE', 'INTERVAL_ORDER']
 * ```
 *
 * @category Dataset
 */
export function parseDataset(input: unknown): ParseDatasetResult {
  const parsed = datasetSchema().safeParse(input);
  let issues: DatasetIssue[];
  if (parsed.success) {
    let refs: References | undefined;
    issues = checkIntegrity(parsed.data, {}, (resolved) => (refs = resolved));
    if (issues.length === 0) {
      const dataset = deepFreeze(parsed.data);
      if (refs !== undefined) shareReferences(dataset, refs);
      return { ok: true, dataset };
    }
  } else {
    const { tables, known } = salvage(input);
    issues = [...fromZodIssues(parsed.error.issues, input), ...checkIntegrity(tables, known)];
  }
  const sorted = issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => comparePaths(a.issue.path, b.issue.path) || a.order - b.order)
    .map(({ issue }) => issue);
  return { ok: false, issues: sorted };
}

/**
 * Validates a dataset like {@link parseDataset}, returning it or throwing.
 *
 * @param input - Any value, typically the result of `JSON.parse`.
 * @returns The validated, deeply frozen dataset.
 * @throws {@link DatasetError} carrying every issue found.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 *
 * loadDataset({ nations: [{ id: 'SWE', name: 'Sweden', natoAccession: '2024-03-07' }] }).nations[0]?.natoAccession
 * // => '2024-03-07'
 * loadDataset({ nations: [{ id: 'SWE', name: 'Sweden', natoAccession: '2024-02-30' }] }) // => throws DatasetError
 * ```
 *
 * @category Dataset
 */
export function loadDataset(input: unknown): Dataset {
  const result = parseDataset(input);
  if (!result.ok) throw new DatasetError(result.issues);
  return result.dataset;
}

/**
 * A dataset nsatu made (frozen, so valid) as it is; anything else validated and copied first, as
 * by {@link loadDataset}, so that what is built on it never freezes the caller's objects.
 *
 * @internal
 */
export function frozenDataset(input: unknown): Dataset {
  // Object.isFrozen answers true for null and every primitive, which loadDataset must refuse.
  return typeof input === 'object' && input !== null && Object.isFrozen(input)
    ? (input as Dataset)
    : loadDataset(input);
}
