import { dateSpan, dateStart } from '../model/date.ts';
import { ChainAuthorityValues, type Relationship } from '../model/relationship.ts';
import type { Dataset } from '../dataset/schema.ts';
import { idIndexOf, sharedReferences } from '../internal/references.ts';
import type { ResolvedChainOptions } from './options.ts';

/**
 * Parent codes below zero.
 *
 * @internal
 */
export const TOP = -1;
/** @internal */
export const NOT_ACTIVE = -2;
/** @internal */
export const AMBIGUOUS = -3;

const UNKNOWN_END = -Infinity;

/**
 * The command graph of one dataset with ids interned to integers: organisation lifetimes and the
 * upward ties of every node (CSR arrays). Built once per frozen dataset.
 *
 * @internal
 */
export interface CommandGraph {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly orgStart: Float64Array;
  readonly orgEnd: Float64Array;
  /** Ties on chain authorities, by subordinate: `upOffsets[n] .. upOffsets[n + 1]` into `up`. */
  readonly upOffsets: Int32Array;
  readonly up: Int32Array;
  readonly tieSuperior: Int32Array;
  readonly tieAuthority: Uint8Array;
  readonly tieStart: Float64Array;
  readonly tieEnd: Float64Array;
  readonly tieRelationship: readonly Relationship[];
  readonly views: Map<string, ChainView>;
}

/**
 * The graph resolved for one date and one set of authorities: each node's single superior (or a
 * negative code), the tie that holds it, and the children index for walking down.
 *
 * @internal
 */
export interface ChainView {
  readonly options: ResolvedChainOptions;
  readonly parent: Int32Array;
  /** The tie (index into the graph's ties) of each node's link; -1 where none. */
  readonly parentTie: Int32Array;
  /** Lazily built: children of each node as CSR arrays. */
  children?: { readonly offsets: Int32Array; readonly list: Int32Array };
  /** Lazily built: depth below the top (-1 where unresolved) and the top of each chain. */
  summary?: { readonly depth: Int32Array; readonly top: Int32Array; readonly problem: Uint8Array };
  /** Link objects, made on first use and shared by every query on this view. */
  readonly links: unknown[];
}

const AUTHORITY_CODE = new Map<string, number>(ChainAuthorityValues.map((a, i) => [a, i]));

const graphs = new WeakMap<Dataset, CommandGraph>();

function endOf(until: string | undefined): number {
  if (until === undefined) return Infinity;
  if (until === 'unknown') return UNKNOWN_END;
  return dateStart(until);
}

function startOf(from: string | undefined): number {
  return from === undefined ? -Infinity : dateStart(from);
}

/**
 * Returns the command graph of a dataset, building it on first use.
 *
 * @internal
 */
export function commandGraph(ds: Dataset): CommandGraph {
  const cached = graphs.get(ds);
  if (cached) return cached;
  const n = ds.organisations.length;
  const ids: string[] = new Array<string>(n);
  const shared = sharedReferences(ds);
  const index = shared?.organisations ?? idIndexOf(ds.organisations);
  const orgStart = new Float64Array(n);
  const orgEnd = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = ds.organisations[i] as Dataset['organisations'][number];
    ids[i] = o.id;
    orgStart[i] = startOf(o.from);
    orgEnd[i] = endOf(o.until);
  }
  // One pass resolves both ends of every chain tie (or reads them from validation); the second
  // fills the CSR arrays from it.
  const rels = ds.relationships;
  const ties = new Int32Array(rels.length);
  const subs = new Int32Array(rels.length);
  const sups = new Int32Array(rels.length);
  const counts = new Int32Array(n + 1);
  let m = 0;
  for (let r = 0; r < rels.length; r++) {
    const rel = rels[r] as Relationship;
    if (!AUTHORITY_CODE.has(rel.authority)) continue;
    const sub = shared ? shared.subordinate[r] : index.get(rel.subordinate);
    const sup = shared ? shared.superior[r] : index.get(rel.superior);
    if (sub === undefined || sup === undefined || sub < 0 || sup < 0) continue;
    ties[m] = r;
    subs[m] = sub;
    sups[m] = sup;
    m++;
    counts[sub + 1] = (counts[sub + 1] as number) + 1;
  }
  const tieSuperior = sups.slice(0, m);
  const tieAuthority = new Uint8Array(m);
  const tieStart = new Float64Array(m);
  const tieEnd = new Float64Array(m);
  const tieRelationship: Relationship[] = new Array<Relationship>(m);
  const upOffsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++)
    upOffsets[i + 1] = (upOffsets[i] as number) + (counts[i + 1] as number);
  const fill = upOffsets.slice(0, n);
  const up = new Int32Array(m);
  for (let t = 0; t < m; t++) {
    const rel = rels[ties[t] as number] as Relationship;
    const sub = subs[t] as number;
    tieAuthority[t] = AUTHORITY_CODE.get(rel.authority) as number;
    tieStart[t] = startOf(rel.from);
    tieEnd[t] = endOf(rel.until);
    tieRelationship[t] = rel;
    up[fill[sub] as number] = t;
    fill[sub] = (fill[sub] as number) + 1;
  }
  const graph: CommandGraph = {
    ids,
    index,
    orgStart,
    orgEnd,
    upOffsets,
    up,
    tieSuperior,
    tieAuthority,
    tieStart,
    tieEnd,
    tieRelationship,
    views: new Map(),
  };
  graphs.set(ds, graph);
  return graph;
}

/** How many resolved views a graph keeps: enough for a report, bounded for long sessions. */
const MAX_VIEWS = 32;

/**
 * Resolves every node's superior for one date and set of authorities, in one linear pass.
 *
 * @internal
 */
export function chainView(graph: CommandGraph, options: ResolvedChainOptions): ChainView {
  const cached = graph.views.get(options.key);
  if (cached) return cached;
  const n = graph.ids.length;
  const parent = new Int32Array(n);
  const parentTie = new Int32Array(n).fill(-1);
  const follow = new Uint8Array(ChainAuthorityValues.length);
  for (const a of options.via) follow[AUTHORITY_CODE.get(a) as number] = 1;
  const timeless = options.asOf === undefined;
  const span = timeless ? { start: 0, end: 0 } : dateSpan(options.asOf);
  const { upOffsets, up, tieAuthority, tieStart, tieEnd, tieSuperior, tieRelationship } = graph;
  const { orgStart, orgEnd } = graph;
  for (let node = 0; node < n; node++) {
    if (
      !timeless &&
      ((orgStart[node] as number) > span.start || span.end > (orgEnd[node] as number))
    ) {
      parent[node] = NOT_ACTIVE;
      continue;
    }
    let matching = 0;
    let superior = TOP;
    let tie = -1;
    let width = Infinity;
    for (let k = upOffsets[node] as number, end = upOffsets[node + 1] as number; k < end; k++) {
      const t = up[k] as number;
      const authority = tieAuthority[t] as number;
      if (follow[authority] === 0) continue;
      matching++;
      if (!timeless && ((tieStart[t] as number) > span.start || span.end > (tieEnd[t] as number))) {
        continue;
      }
      const s = tieSuperior[t] as number;
      if (superior === TOP) {
        superior = s;
        tie = t;
        width = authority;
      } else if (superior !== s) {
        superior = AMBIGUOUS;
        break;
      } else if (
        authority < width ||
        (authority === width &&
          (tieRelationship[t] as Relationship).id < (tieRelationship[tie] as Relationship).id)
      ) {
        // Same superior on two ties: report the widest authority as the link's, and of equally
        // wide ties the smallest id, so that the order of the table never changes the answer.
        tie = t;
        width = authority;
      }
    }
    parent[node] = matching > 0 && superior === TOP ? NOT_ACTIVE : superior;
    parentTie[node] = superior >= 0 ? tie : -1;
  }
  const view: ChainView = { options, parent, parentTie, links: new Array<unknown>(n) };
  if (graph.views.size >= MAX_VIEWS) {
    const oldest = graph.views.keys().next().value;
    if (oldest !== undefined) graph.views.delete(oldest);
  }
  graph.views.set(options.key, view);
  return view;
}

/**
 * The ties that compete at an ambiguous node (for the error message).
 *
 * @internal
 */
export function activeSuperiors(graph: CommandGraph, view: ChainView, node: number): string[] {
  const { options } = view;
  const timeless = options.asOf === undefined;
  const span = timeless ? { start: 0, end: 0 } : dateSpan(options.asOf);
  const follow = new Set(options.via);
  const out = new Set<string>();
  for (let k = graph.upOffsets[node] as number; k < (graph.upOffsets[node + 1] as number); k++) {
    const t = graph.up[k] as number;
    const rel = graph.tieRelationship[t] as Relationship;
    if (!follow.has(rel.authority as never)) continue;
    if (
      !timeless &&
      ((graph.tieStart[t] as number) > span.start || span.end > (graph.tieEnd[t] as number))
    )
      continue;
    out.add(rel.superior);
  }
  return [...out].sort();
}
