import { ChainError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { Relationship } from '../model/relationship.ts';
import {
  AMBIGUOUS,
  NOT_ACTIVE,
  TOP,
  activeSuperiors,
  chainView,
  commandGraph,
  type ChainView,
  type CommandGraph,
} from './graph.ts';
import { optionsOf } from '../internal/options.ts';
import { resolveChainOptions, type ChainOptions } from './options.ts';

/**
 * One step of a reporting chain: the subordinate, its superior, and the tie that makes it so.
 * Links are frozen and shared between queries on the same dataset, date and lines.
 *
 * @example
 * ```ts
 * import { loadDataset, reportingChain, type ChainLink } from 'nsatu';
 *
 * const ds = loadDataset({
 *   organisations: [
 *     { id: 'nsatu', name: 'NSATU', kind: 'command' },
 *     { id: 'shape', name: 'SHAPE', kind: 'strategic-command' },
 *   ],
 *   relationships: [{ id: 'r1', subordinate: 'nsatu', superior: 'shape', authority: 'reports-to' }],
 * });
 * const [link]: ChainLink[] = reportingChain(ds, 'nsatu');
 * link?.superior // => 'shape'
 * link?.authority // => 'reports-to'
 * ```
 *
 * @category Chains
 */
export interface ChainLink {
  /** Id of the subordinate organisation. */
  readonly subordinate: string;
  /** Id of its superior. */
  readonly superior: string;
  /** The authority of the tie (the widest one, when the two are tied on several lines). */
  readonly authority: Relationship['authority'];
  /**
   * The relationship record that holds this link, with its interval and sources (of several ties
   * to the same superior, one of the widest authority, and of those the one with the smallest id).
   */
  readonly relationship: Relationship;
}

function fail(
  graph: CommandGraph,
  view: ChainView,
  node: number,
  code: number,
  start: string,
): never {
  const id = graph.ids[node] as string;
  const when = view.options.asOf === undefined ? '' : ` as of ${view.options.asOf}`;
  const lines = view.options.via.join(', ');
  if (code === NOT_ACTIVE) {
    const what = id === start ? `"${id}"` : `"${id}" (in the chain of "${start}")`;
    throw new ChainError(
      'NOT_ACTIVE',
      id,
      `${what} is not active${when}, or none of its ties on the lines ${lines} is in force then`,
    );
  }
  const candidates = activeSuperiors(graph, view, node);
  throw new ChainError(
    'AMBIGUOUS',
    id,
    `"${id}" has ${String(candidates.length)} superiors${when} on the lines ${lines}: ${candidates.join(', ')}; pass a narrower via to choose`,
    candidates,
  );
}

/**
 * The link object of a node in a view, made once.
 *
 * @internal
 */
export function linkOf(graph: CommandGraph, view: ChainView, node: number): ChainLink {
  let link = view.links[node] as ChainLink | undefined;
  if (link === undefined) {
    const relationship = graph.tieRelationship[view.parentTie[node] as number] as Relationship;
    link = Object.freeze({
      subordinate: graph.ids[node] as string,
      superior: graph.ids[view.parent[node] as number] as string,
      authority: relationship.authority,
      relationship,
    });
    view.links[node] = link;
  }
  return link;
}

/** @internal */
export function nodeOf(graph: CommandGraph, id: string): number {
  const node = graph.index.get(id);
  if (node === undefined) {
    throw new ChainError('UNKNOWN_ID', id, `No organisation with id "${id}"`);
  }
  return node;
}

/** The options of the last query on a dataset and what they resolved to. */
interface LastQuery {
  readonly asOf: unknown;
  readonly via: readonly unknown[] | undefined;
  readonly graph: CommandGraph;
  readonly view: ChainView;
}

const lastQueries = new WeakMap<Dataset, LastQuery>();

function sameVia(a: readonly unknown[] | undefined, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (!Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The graph and view for a query by the public function `fn`. A loop of queries with the same
 * `asOf` and `via` (a new options object each time, as callers write them) skips validating and
 * keying the options again.
 *
 * @internal
 */
export function viewFor(
  fn: string,
  ds: Dataset,
  raw: ChainOptions | undefined,
): { graph: CommandGraph; view: ChainView } {
  const options = optionsOf(fn, raw);
  const { asOf, via } = options;
  const last = lastQueries.get(ds);
  if (last !== undefined && last.asOf === asOf && sameVia(last.via, via)) return last;
  const resolved = resolveChainOptions(fn, ds, options);
  const graph = commandGraph(ds);
  const view = chainView(graph, resolved);
  lastQueries.set(ds, {
    asOf,
    via: via === undefined ? undefined : [...(via as readonly unknown[])],
    graph,
    view,
  });
  return { graph, view };
}

/**
 * Walks from a node to the top, calling `visit` with each node that has a superior; stops early when
 * `visit` returns `true`. Throws on a gap, an ambiguity or a cycle.
 *
 * @internal
 */
export function walk(
  graph: CommandGraph,
  view: ChainView,
  start: number,
  visit: (node: number) => boolean | undefined,
): void {
  const limit = graph.ids.length;
  let node = start;
  for (let steps = 0; ; steps++) {
    const p = view.parent[node] as number;
    if (p === TOP) return;
    if (p === NOT_ACTIVE || p === AMBIGUOUS) fail(graph, view, node, p, graph.ids[start] as string);
    if (steps >= limit) {
      const onCycle: string[] = [];
      const seen = new Set<number>();
      while (!seen.has(node)) {
        seen.add(node);
        onCycle.push(graph.ids[node] as string);
        node = view.parent[node] as number;
      }
      const id = graph.ids[start] as string;
      throw new ChainError(
        'CYCLE',
        id,
        `The chain of "${id}" runs into a cycle: ${onCycle.join(' → ')}`,
        onCycle,
      );
    }
    if (visit(node) === true) return;
    node = p;
  }
}

/**
 * Resolves who an organisation reports to, step by step up to the top, as of a date and along the
 * lines of authority asked for.
 *
 * By default it follows the operational line (`FULLCOM` … `TACON`, `reports-to`,
 * `political-control`); `via: ['ADCON']` gives the administrative chain of the same node, so one
 * unit can have parallel chains. Lateral ties never enter a chain. A tie counts when it is in force
 * throughout `asOf` (half-open intervals: a tie that ends on day D is not in force on D).
 *
 * @param ds - A dataset from {@link parseDataset} or {@link loadDataset}.
 * @param id - Id of the organisation to start from.
 * @param options - `asOf` (default: the dataset's) and `via`.
 * @returns The links from `id` upward; empty when `id` has no superior on those lines.
 * @throws {@link ChainError} `UNKNOWN_ID`, `NOT_ACTIVE` (the node, or all its ties on those lines,
 *   outside `asOf`), `AMBIGUOUS` (two superiors at one step; named in `candidates`) or `CYCLE`.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a malformed `asOf` or a lateral authority in
 *   `via`.
 *
 * @example
 * ```ts
 * import { reportingChain } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * reportingChain(ds, 'nsatu', { asOf: '2025-03-01' }).map((link) => link.superior)
 * // => ['shape', 'military-committee', 'nac']
 * reportingChain(ds, 'nsatu', { asOf: '2024-06-01' }) // => throws NOT_ACTIVE
 * ```
 *
 * @category Chains
 */
export function reportingChain(ds: Dataset, id: string, options?: ChainOptions): ChainLink[] {
  const { graph, view } = viewFor('reportingChain', ds, options);
  const start = nodeOf(graph, id);
  const links: ChainLink[] = [];
  walk(graph, view, start, (node) => {
    links.push(linkOf(graph, view, node));
    return false;
  });
  return links;
}

/**
 * Finds the lowest organisation that both `a` and `b` report to, counting each as part of its own
 * chain: the common superior of NSATU and SAG-U, or `shape` for `nsatu` and `shape`.
 *
 * @param ds - A dataset.
 * @param a - Id of one organisation.
 * @param b - Id of another.
 * @param options - `asOf` and `via`, as for {@link reportingChain}.
 * @returns The id of the lowest common superior, or `undefined` when the chains never meet.
 * @throws {@link ChainError} as {@link reportingChain} does, for either chain.
 *
 * @example
 * ```ts
 * import { commonSuperior } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * commonSuperior(ds, 'nsatu', 'jatec', { asOf: '2025-03-01' }) // => 'military-committee'
 * commonSuperior(ds, 'nsatu', 'shape', { asOf: '2025-03-01' }) // => 'shape'
 * ```
 *
 * @category Chains
 */
export function commonSuperior(
  ds: Dataset,
  a: string,
  b: string,
  options?: ChainOptions,
): string | undefined {
  const { graph, view } = viewFor('commonSuperior', ds, options);
  const ancestors = new Set<number>();
  const na = nodeOf(graph, a);
  const nb = nodeOf(graph, b);
  ancestors.add(na);
  walk(graph, view, na, (node) => {
    ancestors.add(view.parent[node] as number);
    return false;
  });
  if (ancestors.has(nb)) return b;
  let found: number | undefined;
  walk(graph, view, nb, (node) => {
    const p = view.parent[node] as number;
    if (ancestors.has(p)) found = p;
    return found !== undefined;
  });
  return found === undefined ? undefined : graph.ids[found];
}
