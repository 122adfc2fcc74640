// Corruptions of a valid dataset, shared by the integrity tests: where each referencing field and
// each interval is, and how to reach and change a place in a dataset by its JSON path.
import {
  DatasetTableValues,
  parseDataset,
  type Dataset,
  type DatasetIssue,
  type DatasetTable,
  type JsonPath,
} from 'nsatu';

/** A record as plain, writable data. */
export type Row = Record<string, unknown>;
type Key = string | number;

/** The issues `parseDataset` reports for an input; none when it is valid. */
export const issuesOf = (input: unknown): readonly DatasetIssue[] => {
  const result = parseDataset(input);
  return result.ok ? [] : result.issues;
};

// --- Walking the data -------------------------------------------------------------------------

/**
 * Every place a pattern reaches in the dataset: a table, then keys, `*` for each element of an
 * array. Only places that hold a value are listed.
 */
export function placesOf(ds: Dataset, table: DatasetTable, pattern: readonly string[]): JsonPath[] {
  const out: JsonPath[] = [];
  const walk = (value: unknown, path: Key[], rest: readonly string[]): void => {
    if (value === undefined) return;
    const [head, ...tail] = rest;
    if (head === undefined) {
      out.push(path);
      return;
    }
    if (head === '*') {
      if (Array.isArray(value)) {
        value.forEach((v, i) => {
          walk(v, [...path, i], tail);
        });
      }
      return;
    }
    if (value !== null && typeof value === 'object')
      walk((value as Row)[head], [...path, head], tail);
  };
  (ds[table] as readonly unknown[]).forEach((row, i) => {
    walk(row, [table, i], pattern);
  });
  return out;
}

/** Sets a value at a path of a mutable copy. */
export function setAt(root: unknown, path: JsonPath, value: unknown): void {
  let node = root as Row;
  for (const key of path.slice(0, -1)) node = node[key as string] as Row;
  node[path[path.length - 1] as string] = value;
}

/** The value at a path, `undefined` when the path leads nowhere. */
export function getAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const key of path) node = (node as Row | undefined)?.[key as string];
  return node;
}

/** A mutable deep copy. */
export const thaw = (ds: Dataset): Dataset => structuredClone<Dataset>(ds);

/** Appends a row to a table of a thawed copy; its index there. */
export function append(copy: Dataset, table: DatasetTable, row: Row): number {
  const rows = copy[table] as unknown as Row[];
  rows.push(row);
  return rows.length - 1;
}

/** Every referencing field: where it is, and a well-formed value that names nothing. */
export const REFERENCES: readonly (readonly [DatasetTable, readonly string[], string])[] = [
  ['organisations', ['nations', '*'], 'ZZZ'],
  ['organisations', ['location', 'country'], 'ZZZ'],
  ['posts', ['organisation'], 'no-such-body'],
  ['persons', ['nation'], 'ZZZ'],
  ['assignments', ['post'], 'no-such-post'],
  ['assignments', ['person'], 'no-such-person'],
  ['relationships', ['subordinate'], 'no-such-body'],
  ['relationships', ['superior'], 'no-such-body'],
  ['relationships', ['capacity'], 'no-such-post'],
  ['coalitions', ['coordinatingBody'], 'no-such-body'],
  ['coalitions', ['members', '*', 'party'], 'ZZZ'],
  ['coalitions', ['members', '*', 'party'], 'no-such-body'],
  ['agreements', ['parties', '*'], 'no-such-body'],
  ['trainingProgrammes', ['lead'], 'ZZZ'],
  ['trainingProgrammes', ['organisation'], 'no-such-body'],
  ['trainingProgrammes', ['hosts', '*'], 'ZZZ'],
  ['trainingProgrammes', ['partners', '*'], 'no-such-body'],
  ['weaponSystems', ['ammunition', '*'], 'no-such-ammunition'],
  ['weaponSystems', ['variants', '*', 'ammunition', '*'], 'no-such-ammunition'],
  ['aid', ['donor'], 'ZZZ'],
  ['aid', ['recipient'], 'no-such-body'],
  ['aid', ['system'], 'no-such-system'],
  ['aid', ['variant'], 'no-such-variant'],
  ['aid', ['coalition'], 'no-such-coalition'],
  ['aid', ['supersedes'], 'no-such-aid'],
  // Citations, at every level that carries provenance.
  ...DatasetTableValues.filter((t) => t !== 'sources').map(
    (t) => [t, ['sources', '*'], 'no-such-source'] as const,
  ),
  ['coalitions', ['members', '*', 'sources', '*'], 'no-such-source'],
  ['trainingProgrammes', ['trainees', '*', 'sources', '*'], 'no-such-source'],
  ['weaponSystems', ['variants', '*', 'sources', '*'], 'no-such-source'],
];

/** Every table: each holds records with ids. */
export const ID_TABLES: readonly DatasetTable[] = DatasetTableValues;

/** Records with a start, and the field that ends them. */
export const INTERVALS: readonly (readonly [DatasetTable, readonly string[], string, string])[] = [
  ['nations', ['udcg'], 'from', 'until'],
  ['organisations', [], 'from', 'until'],
  ['posts', [], 'from', 'until'],
  ['assignments', [], 'from', 'until'],
  ['relationships', [], 'from', 'until'],
  ['coalitions', [], 'from', 'until'],
  ['coalitions', ['members', '*'], 'from', 'until'],
  ['agreements', [], 'signed', 'until'],
  ['trainingProgrammes', [], 'from', 'until'],
];

/** Issues as `CODE path` lines, to compare where and what without the messages. */
export const compact = (issues: readonly DatasetIssue[]): string[] =>
  issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);
