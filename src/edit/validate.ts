/*
 * Re-validation of an edited dataset, incremental: the previous version was valid, so only what
 * the edit touched can have broken it. Records added or changed pass their zod schema and the
 * one-record integrity rules (./rules.ts); records that depend on a changed lifetime, variant list
 * or post are re-checked; the checks over groups of records (two holders of one post, two
 * superiors, cycles) run with src/dataset/integrity.ts on the few tables involved; an id that
 * disappeared (something may still refer to it) falls back to the full integrity check.
 */
import type * as z from 'zod';

import { checkIntegrity, type IntegrityInput } from '../dataset/integrity.ts';
import {
  DatasetSchema,
  DatasetTableValues,
  MAX_ROWS,
  type Dataset,
  type DatasetTable,
} from '../dataset/schema.ts';
import type { Assignment, Post } from '../model/post.ts';
import { ChainAuthorityValues, type Relationship } from '../model/relationship.ts';
import type { AidRecord } from '../model/aid.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { Lookups, type TableChange } from './changes.ts';
import { idOf } from './ids.ts';
import { Rules } from './rules.ts';

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);
const CHAIN: ReadonlySet<string> = new Set(ChainAuthorityValues);

/** Tables nothing refers to: removing one of their records cannot leave a dangling reference. */
const UNREFERENCED: ReadonlySet<DatasetTable> = new Set([
  'assignments',
  'relationships',
  'agreements',
  'trainingProgrammes',
]);

let elements: Map<DatasetTable, z.ZodType> | undefined;

function elementSchema(table: DatasetTable): z.ZodType {
  elements ??= new Map(
    DatasetTableValues.map((t) => [t, DatasetSchema.shape[t].unwrap().element as z.ZodType]),
  );
  return elements.get(table) as z.ZodType;
}

function emptyTables(): Record<DatasetTable, readonly unknown[]> {
  return Object.fromEntries(DatasetTableValues.map((t) => [t, []])) as unknown as Record<
    DatasetTable,
    readonly unknown[]
  >;
}

// Organisations reduced to their ids: all the relationship checks need of them.
const stubs = new WeakMap<readonly object[], readonly { id: string }[]>();
function organisationStubs(rows: Dataset['organisations']): readonly { id: string }[] {
  let out = stubs.get(rows);
  if (out === undefined) {
    out = rows.map((o) => ({ id: o.id }));
    stubs.set(rows, out);
  }
  return out;
}

function sameBounds(
  a: object | undefined,
  b: object | undefined,
  keys: readonly string[],
): boolean {
  if (a === undefined || b === undefined) return true;
  return keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

function metadataValid(prev: Dataset, next: Dataset): boolean {
  const shape = DatasetSchema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(next)) {
    if (TABLES.has(key)) {
      const rows: unknown = next[key as DatasetTable];
      if (!Array.isArray(rows) || rows.length > MAX_ROWS) return false;
      continue;
    }
    if (!Object.hasOwn(shape, key)) return false;
    const value = (next as Record<string, unknown>)[key];
    if (value !== (prev as Record<string, unknown>)[key] && !shape[key]?.safeParse(value).success) {
      return false;
    }
  }
  return DatasetTableValues.every((t) => Object.hasOwn(next, t));
}

/**
 * Decides whether an edit of a valid dataset left it valid, looking only at what changed. Never
 * says yes to an invalid dataset; may say no to a valid one only where it would otherwise have to
 * re-check everything (the caller then runs the full parse, which has the last word).
 *
 * @internal
 */
export function editIsValid(
  prev: Dataset,
  next: Dataset,
  changes: ReadonlyMap<DatasetTable, TableChange>,
): boolean {
  if (!metadataValid(prev, next)) return false;
  const lookups = new Lookups(next, changes);
  const rules = new Rules(lookups);
  let lost = false;
  for (const change of changes.values()) {
    const { table } = change;
    const schema = elementSchema(table);
    for (const { row } of change.added) {
      if (!schema.safeParse(row).success || !rules.record(table, row)) return false;
      // The schema requires a string id of every record.
      if (lookups.duplicated(change, idOf(row) as string)) return false;
    }
    if (!UNREFERENCED.has(table)) {
      for (const id of change.removedById.keys()) if (!change.addedById.has(id)) lost = true;
    }
  }
  // Something may still refer to an id that is gone: only the full check can tell.
  if (lost) return checkIntegrity(next).length === 0;
  return dependentsValid(next, changes, lookups, rules);
}

/**
 * Re-checks what depends on a changed record: posts and ties within a changed organisation's
 * lifetime, tenures of a changed post and its holders at one time, aid naming a changed weapon
 * system's variants, and the reporting lines when a chain tie was added or changed.
 */
function dependentsValid(
  next: Dataset,
  changes: ReadonlyMap<DatasetTable, TableChange>,
  lookups: Lookups,
  rules: Rules,
): boolean {
  const lifetimes = new Set<string>();
  const posts = new Set<string>();
  const systems = new Set<string>();
  let chainTies = false;
  // Only added records matter here: a removed assignment can only lower a post's holder count,
  // and a removed record of another table was either re-added (so it is among the added) or its
  // id was lost, which editIsValid hands to the full check.
  for (const { table, added, removedById } of changes.values()) {
    for (const { row } of added) {
      const id = idOf(row) as string;
      const before = removedById.get(id);
      if (table === 'organisations' && !sameBounds(before, row, ['from', 'until'])) {
        lifetimes.add(id);
      }
      if (table === 'posts' && !sameBounds(before, row, ['from', 'until', 'maxHolders'])) {
        posts.add(id);
      }
      if (table === 'assignments') posts.add((row as Assignment).post);
      if (table === 'relationships' && CHAIN.has((row as Relationship).authority)) chainTies = true;
      if (table === 'weaponSystems') systems.add(id);
    }
  }
  if (lifetimes.size > 0) {
    for (const p of next.posts) {
      if (lifetimes.has(p.organisation) && !rules.record('posts', p)) return false;
    }
    for (const r of next.relationships) {
      if (
        (lifetimes.has(r.subordinate) || lifetimes.has(r.superior)) &&
        !rules.record('relationships', r)
      ) {
        return false;
      }
    }
  }
  if (posts.size > 0) {
    const group = next.assignments.filter((a) => posts.has(a.post));
    if (group.some((a) => !rules.record('assignments', a))) return false;
    // Every id is an added post's, or the post of an added assignment, which the record check found.
    const held = [...posts].map((id) => lookups.get('posts', id) as Post);
    const input = { ...emptyTables(), posts: held, assignments: group };
    if (
      checkIntegrity(input as unknown as IntegrityInput).some((i) => i.code === 'MULTIPLE_HOLDERS')
    ) {
      return false;
    }
  }
  if (systems.size > 0) {
    const variants = new Set<string>();
    for (const w of next.weaponSystems as readonly WeaponSystem[]) {
      for (const v of w.variants ?? []) {
        if (variants.has(v.id)) return false;
        variants.add(v.id);
      }
    }
    for (const a of next.aid as readonly AidRecord[]) {
      if (a.system !== undefined && systems.has(a.system) && !rules.record('aid', a)) return false;
    }
  }
  if (chainTies) {
    const input = {
      ...emptyTables(),
      sources: next.sources,
      posts: next.posts,
      organisations: organisationStubs(next.organisations),
      relationships: next.relationships,
    };
    if (checkIntegrity(input as unknown as IntegrityInput).length > 0) return false;
  }
  return true;
}
