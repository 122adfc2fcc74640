import type { Dataset } from '../dataset/schema.ts';
import { dateSpan } from '../model/date.ts';
import type { Relationship } from '../model/relationship.ts';
import { cyclicComponents, findCycle, type Edge } from '../internal/cycles.ts';
import { commandGraph } from './graph.ts';
import { resolveChainOptions, type ChainOptions } from './options.ts';

/**
 * A cycle of ties: the organisations in order (the last reports to the first) and the
 * relationships that close it.
 *
 * @example
 * ```ts
 * import type { Cycle } from 'nsatu';
 *
 * const cycle: Pick<Cycle, 'ids'> = { ids: ['a', 'b'] };
 * cycle.ids.length // => 2
 * ```
 *
 * @category Chains
 */
export interface Cycle {
  /** Organisation ids around the cycle; each reports to the next, the last to the first. */
  readonly ids: readonly string[];
  /** The ties, in the same order. */
  readonly relationships: readonly Relationship[];
}

/**
 * Finds the cycles among the ties in force on a date, on the lines asked for: one cycle per
 * strongly connected group of organisations. A dataset that {@link parseDataset} accepted has
 * none on any single line; a `via` that mixes lines (`['OPCON', 'ADCON']`) can still form one.
 *
 * @param ds - A dataset.
 * @param options - `asOf` and `via`, as for {@link reportingChain}.
 * @returns The cycles found; empty when there are none.
 *
 * @example
 * ```ts
 * import { findCycles, loadDataset } from 'nsatu';
 *
 * const ds = loadDataset({
 *   organisations: [
 *     { id: 'a', name: 'A', kind: 'command' },
 *     { id: 'b', name: 'B', kind: 'command' },
 *   ],
 *   relationships: [
 *     { id: 'ab', subordinate: 'a', superior: 'b', authority: 'OPCON' },
 *     { id: 'ba', subordinate: 'b', superior: 'a', authority: 'ADCON' },
 *   ],
 * });
 * findCycles(ds).length // => 0
 * findCycles(ds, { via: ['OPCON', 'ADCON'] }).map((c) => c.ids) // => [['a', 'b']]
 * ```
 *
 * @category Chains
 */
export function findCycles(ds: Dataset, options?: ChainOptions): Cycle[] {
  const resolved = resolveChainOptions('findCycles', ds, options);
  const graph = commandGraph(ds);
  const n = graph.ids.length;
  const follow = new Set<string>(resolved.via);
  const span = resolved.asOf === undefined ? undefined : dateSpan(resolved.asOf);
  const edges: Edge[] = [];
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (let node = 0; node < n; node++) {
    for (let k = graph.upOffsets[node] as number; k < (graph.upOffsets[node + 1] as number); k++) {
      const t = graph.up[k] as number;
      const rel = graph.tieRelationship[t] as Relationship;
      if (!follow.has(rel.authority)) continue;
      if (
        span &&
        ((graph.tieStart[t] as number) > span.start || span.end > (graph.tieEnd[t] as number))
      )
        continue;
      const to = graph.tieSuperior[t] as number;
      edges.push({ rel: t, from: node, to, start: 0, end: 0 });
      adjacency[node]?.push(to);
    }
  }
  const cycles: Cycle[] = [];
  for (const edge of edges) {
    if (edge.from === edge.to) {
      cycles.push({
        ids: [graph.ids[edge.from] as string],
        relationships: [graph.tieRelationship[edge.rel] as Relationship],
      });
    }
  }
  const components = cyclicComponents(n, adjacency);
  for (const component of components) {
    const members = new Set(component);
    const inside = edges.filter((e) => e.from !== e.to && members.has(e.from) && members.has(e.to));
    const cycle = findCycle(inside);
    if (!cycle) continue;
    cycles.push({
      ids: cycle.map((e) => graph.ids[e.from] as string),
      relationships: cycle.map((e) => graph.tieRelationship[e.rel] as Relationship),
    });
  }
  return cycles;
}
