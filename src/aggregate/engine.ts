// The engine behind `aggregate` and `createAggregator`: a plan read from the spec, a tree of nested
// Maps (one level per group column, never a key joined per row), and loops that feed rows in.
//
// The loops are module-level functions over object literals and Maps: V8 keeps their optimised
// code across garbage collections only if the shapes it met are still alive (see numericState.ts).
// They index arrays rather than use for-of: with a for-of over a row array the engine allocated
// 40 bytes per row (iterator results), 4× the memory and 1.3× the time of a hand-written loop.
/* eslint-disable @typescript-eslint/prefer-for-of -- indexed loops on the hot path, see above */
import type { NsatuError } from '../errors.ts';
import type { KeyValue } from './aggregate.ts';
import { show } from './checks.ts';
import type { Accumulator, Measure } from './measures.ts';
import {
  checkKey,
  compareKeys,
  invalid,
  planOf,
  type Fields,
  type Key,
  type Plan,
} from './plan.ts';

/** The measures' states of one group, in the order of the spec's measures. */
type Leaf = Accumulator<unknown, unknown>[];
/** A level of the group tree: a `Map` per level, leaves at the last one; never a joined key. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- a recursive Map needs one
interface Level extends Map<KeyValue, Level | Leaf> {}

/** An aggregation in progress: its plan and its group tree. */
export interface Engine {
  readonly plan: Plan;
  /** The group tree; with no group columns, the one leaf of all rows. */
  readonly root: Level | Leaf;
}

/**
 * Reads a spec (throwing for a malformed one) into an empty engine.
 *
 * @internal
 */
export function createEngine(spec: unknown): Engine {
  const plan = planOf(spec);
  return { plan, root: plan.columns.length === 0 ? openLeaf(plan) : new Map() };
}

function create(measure: Measure<unknown, unknown>): Accumulator<unknown, unknown> {
  return measure.create();
}

function openLeaf(plan: Plan): Leaf {
  return plan.measures.map(create);
}

function notARow(row: unknown): NsatuError {
  return invalid(`aggregate: rows must be objects, got ${show(row)}`);
}

/** The next level of the tree under `key`, opened when new. */
function step(level: Level, key: unknown, column: string): Level {
  let next = level.get(key as KeyValue) as Level | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(checkKey(key, column), next);
  }
  return next;
}

/** The leaf under `key`, opened when new. */
function leafAt(plan: Plan, level: Level, key: unknown, column: string): Leaf {
  let leaf = level.get(key as KeyValue) as Leaf | undefined;
  if (leaf === undefined) {
    leaf = openLeaf(plan);
    level.set(checkKey(key, column), leaf);
  }
  return leaf;
}

/**
 * Adds a row to its group's measures. The first four are called at sites of their own, so that
 * each site meets one kind of measure and the engine can inline it; the rest in a loop.
 */
function feed(leaf: Leaf, row: Fields): void {
  const n = leaf.length;
  if (n > 0) (leaf[0] as Accumulator<unknown, unknown>).add(row);
  if (n > 1) (leaf[1] as Accumulator<unknown, unknown>).add(row);
  if (n > 2) (leaf[2] as Accumulator<unknown, unknown>).add(row);
  if (n > 3) {
    (leaf[3] as Accumulator<unknown, unknown>).add(row);
    for (let m = 4; m < n; m++) (leaf[m] as Accumulator<unknown, unknown>).add(row);
  }
}

// One loop per depth, so that each level reads its key at a site of its own (a field read in
// place, or a call): each inline cache then meets one field. A generic loop over the levels is
// 15–30% slower than a hand-written nested-Map loop; these are on par with it.

function feed0(engine: Engine, rows: ArrayLike<unknown>): void {
  const leaf = engine.root as Leaf;
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i];
    if (typeof item !== 'object' || item === null) throw notARow(item);
    feed(leaf, item as Fields);
  }
}

function feed1(engine: Engine, rows: ArrayLike<unknown>): void {
  const { plan } = engine;
  const top = engine.root as Level;
  const f0 = plan.fields[0];
  const k0 = plan.keys[0] as Key;
  const c0 = plan.columns[0] as string;
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i];
    if (typeof item !== 'object' || item === null) throw notARow(item);
    const row = item as Fields;
    const a = f0 === undefined ? k0.read(row) : row[f0];
    feed((top.get(a as KeyValue) as Leaf | undefined) ?? leafAt(plan, top, a, c0), row);
  }
}

function feed2(engine: Engine, rows: ArrayLike<unknown>): void {
  const { plan } = engine;
  const top = engine.root as Level;
  const [f0, f1] = plan.fields;
  const [k0, k1] = plan.keys as [Key, Key];
  const [c0, c1] = plan.columns as [string, string];
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i];
    if (typeof item !== 'object' || item === null) throw notARow(item);
    const row = item as Fields;
    const a = f0 === undefined ? k0.read(row) : row[f0];
    const level = (top.get(a as KeyValue) as Level | undefined) ?? step(top, a, c0);
    const b = f1 === undefined ? k1.read(row) : row[f1];
    feed((level.get(b as KeyValue) as Leaf | undefined) ?? leafAt(plan, level, b, c1), row);
  }
}

function feed3(engine: Engine, rows: ArrayLike<unknown>): void {
  const { plan } = engine;
  const top = engine.root as Level;
  const [f0, f1, f2] = plan.fields;
  const [k0, k1, k2] = plan.keys as [Key, Key, Key];
  const [c0, c1, c2] = plan.columns as [string, string, string];
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i];
    if (typeof item !== 'object' || item === null) throw notARow(item);
    const row = item as Fields;
    const a = f0 === undefined ? k0.read(row) : row[f0];
    const second = (top.get(a as KeyValue) as Level | undefined) ?? step(top, a, c0);
    const b = f1 === undefined ? k1.read(row) : row[f1];
    const third = (second.get(b as KeyValue) as Level | undefined) ?? step(second, b, c1);
    const c = f2 === undefined ? k2.read(row) : row[f2];
    feed((third.get(c as KeyValue) as Leaf | undefined) ?? leafAt(plan, third, c, c2), row);
  }
}

function feedN(engine: Engine, rows: ArrayLike<unknown>): void {
  const { plan } = engine;
  const { keys, columns } = plan;
  const last = keys.length - 1;
  for (let i = 0; i < rows.length; i++) {
    const item = rows[i];
    if (typeof item !== 'object' || item === null) throw notARow(item);
    const row = item as Fields;
    let level = engine.root as Level;
    for (let l = 0; l < last; l++) {
      level = step(level, (keys[l] as Key).read(row), columns[l] as string);
    }
    feed(leafAt(plan, level, (keys[last] as Key).read(row), columns[last] as string), row);
  }
}

const FEEDERS = [feed0, feed1, feed2, feed3];

/** Rows pulled from a non-array iterable at a time, into a buffer fed like an array. */
const BATCH = 1024;

/**
 * Adds every row of an iterable, in one pass, in order.
 *
 * @internal
 */
export function addRows(engine: Engine, rows: Iterable<unknown>): void {
  if (typeof (rows as Partial<Iterable<unknown>> | null)?.[Symbol.iterator] !== 'function') {
    throw invalid('aggregate: rows must be iterable (an array, a generator, a Set)');
  }
  const run = FEEDERS[engine.plan.columns.length] ?? feedN;
  if (Array.isArray(rows)) {
    run(engine, rows);
    return;
  }
  const batch: unknown[] = [];
  for (const row of rows) {
    batch.push(row);
    if (batch.length === BATCH) {
      run(engine, batch);
      batch.length = 0;
    }
  }
  run(engine, batch);
}

/**
 * Adds another engine's groups (of the same spec) into `into`, leaving `from` as it is.
 *
 * @internal
 */
export function mergeEngines(into: Engine, from: Engine): void {
  if (from === into) throw invalid('aggregate: an aggregator cannot merge itself');
  if (from.plan.signature !== into.plan.signature) {
    throw invalid('aggregate: merge takes an aggregator of the same spec');
  }
  const { plan } = into;
  const depth = plan.columns.length;
  // The tree is as deep as the spec has columns: an explicit stack, no recursion.
  const stack: [Level | Leaf, Level | Leaf, number][] = [[into.root, from.root, 0]];
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [mine, theirs, level] = entry;
    if (level === depth) {
      const a = mine as Leaf;
      const b = theirs as Leaf;
      for (let m = 0; m < a.length; m++) {
        (a[m] as Accumulator<unknown, unknown>).merge(b[m] as never);
      }
      continue;
    }
    const target = mine as Level;
    for (const [key, child] of theirs as Level) {
      let next = target.get(key);
      if (next === undefined) {
        next = level + 1 === depth ? openLeaf(plan) : new Map();
        target.set(key, next);
      }
      stack.push([next, child, level + 1]);
    }
  }
}

/**
 * The result rows, one per group, sorted by the group columns.
 *
 * @internal
 */
export function results(engine: Engine): Record<string, unknown>[] {
  const { columns, names, periods } = engine.plan;
  const depth = columns.length;
  const out: Record<string, unknown>[] = [];
  const path: KeyValue[] = [];
  const emit = (leaf: Leaf): void => {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < depth; c++) {
      const key = path[c];
      const name = periods[c];
      row[columns[c] as string] =
        name === undefined || key === undefined ? key : name(key as number);
    }
    for (let m = 0; m < names.length; m++) {
      row[names[m] as string] = (leaf[m] as Accumulator<unknown, unknown>).value();
    }
    out.push(row);
  };
  if (depth === 0) {
    emit(engine.root as Leaf);
    return out;
  }
  // Depth-first in key order, with an explicit stack of sorted key lists.
  const levels: Level[] = [engine.root as Level];
  const orders: KeyValue[][] = [[...(engine.root as Level).keys()].sort(compareKeys)];
  const positions: number[] = [0];
  while (positions.length > 0) {
    const at = positions.length - 1;
    const order = orders[at] as KeyValue[];
    const position = positions[at] as number;
    if (position === order.length) {
      levels.pop();
      orders.pop();
      positions.pop();
      continue;
    }
    positions[at] = position + 1;
    const key = order[position];
    path[at] = key;
    const child = (levels[at] as Level).get(key) as Level | Leaf;
    if (at + 1 === depth) emit(child as Leaf);
    else {
      levels.push(child as Level);
      orders.push([...(child as Level).keys()].sort(compareKeys));
      positions.push(0);
    }
  }
  return out;
}
