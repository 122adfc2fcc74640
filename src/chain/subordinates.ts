import { ChainError, NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import { dateSpan } from '../model/date.ts';
import type { ChainView, CommandGraph } from './graph.ts';
import type { ChainOptions } from './options.ts';
import { linkOf, nodeOf, viewFor, type ChainLink } from './reportingChain.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link subordinates}: those of every chain query, plus how deep to go.
 *
 * @example
 * ```ts
 * import type { SubordinatesOptions } from 'nsatu';
 *
 * const options: SubordinatesOptions = { asOf: '2025-03-01', depth: 1 };
 * options.depth // => 1
 * ```
 *
 * @category Chains
 */
export interface SubordinatesOptions extends ChainOptions {
  /** How many levels down to go: 1 for direct subordinates only. Default: all levels. */
  readonly depth?: number | undefined;
}

/**
 * An organisation below another: its id, how many levels down, and the link to its superior.
 *
 * @example
 * ```ts
 * import type { Subordinate } from 'nsatu';
 *
 * const s: Pick<Subordinate, 'id' | 'depth'> = { id: 'nsatu', depth: 1 };
 * s.depth // => 1
 * ```
 *
 * @category Chains
 */
export interface Subordinate {
  /** Id of the subordinate organisation. */
  readonly id: string;
  /** Levels below the starting organisation: 1 for a direct subordinate. */
  readonly depth: number;
  /** The link from it to its superior. */
  readonly link: ChainLink;
}

function children(graph: CommandGraph, view: ChainView): { offsets: Int32Array; list: Int32Array } {
  if (view.children) return view.children;
  const n = graph.ids.length;
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    const p = view.parent[i] as number;
    if (p >= 0) offsets[p + 1] = (offsets[p + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const list = new Int32Array(offsets[n] as number);
  for (let i = 0; i < n; i++) {
    const p = view.parent[i] as number;
    if (p >= 0) {
      list[fill[p] as number] = i;
      fill[p] = (fill[p] as number) + 1;
    }
  }
  view.children = { offsets, list };
  return view.children;
}

/**
 * Lists the organisations that report to one, directly or through others, breadth first, as of a
 * date and along the lines asked for. A node whose step up is ambiguous is left out (it has no
 * single superior); ask {@link reportingChain} about it to see why.
 *
 * @param ds - A dataset.
 * @param id - Id of the organisation to start from.
 * @param options - `asOf`, `via` and `depth`.
 * @returns Subordinates in breadth-first order, each with its depth and link.
 * @throws {@link ChainError} `UNKNOWN_ID`, `NOT_ACTIVE` when the organisation does not exist on
 *   `asOf`, or `CYCLE` when it lies on a cycle of the lines followed (so it would be below itself;
 *   `candidates` names the cycle).
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a depth that is not a positive integer.
 *
 * @example
 * ```ts
 * import { subordinates } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const below = subordinates(defaultDataset(), 'shape', { asOf: '2025-03-01', depth: 1 });
 * below.some((s) => s.id === 'nsatu') // => true
 * ```
 *
 * @category Chains
 */
export function subordinates(
  ds: Dataset,
  id: string,
  options: SubordinatesOptions = {},
): Subordinate[] {
  options = optionsOf('subordinates', options);
  const maxDepth = options.depth ?? Infinity;
  if (maxDepth !== Infinity && (!Number.isInteger(maxDepth) || maxDepth < 1)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `depth must be a positive integer, not ${String(maxDepth)}`,
    );
  }
  const { graph, view } = viewFor('subordinates', ds, options);
  const start = nodeOf(graph, id);
  const asOf = view.options.asOf;
  if (asOf !== undefined) {
    const span = dateSpan(asOf);
    if (
      (graph.orgStart[start] as number) > span.start ||
      span.end > (graph.orgEnd[start] as number)
    ) {
      throw new ChainError('NOT_ACTIVE', id, `"${id}" is not active as of ${asOf}`);
    }
  }
  // On a cycle, everything below the start is also above it: walking down would never end.
  const { parent } = view;
  let up = parent[start] as number;
  for (let steps = 0; up >= 0 && up !== start && steps < graph.ids.length; steps++) {
    up = parent[up] as number;
  }
  if (up === start) {
    const onCycle = [id];
    for (let k = parent[start] as number; k !== start; k = parent[k] as number) {
      onCycle.push(graph.ids[k] as string);
    }
    throw new ChainError('CYCLE', id, `"${id}" lies on a cycle: ${onCycle.join(' → ')}`, onCycle);
  }
  const { offsets, list } = children(graph, view);
  const out: Subordinate[] = [];
  let frontier = [start];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let k = offsets[node] as number; k < (offsets[node + 1] as number); k++) {
        const child = list[k] as number;
        out.push({ id: graph.ids[child] as string, depth, link: linkOf(graph, view, child) });
        next.push(child);
      }
    }
    frontier = next;
  }
  return out;
}
