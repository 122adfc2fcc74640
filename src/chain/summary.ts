import type { Dataset } from '../dataset/schema.ts';
import { AMBIGUOUS, NOT_ACTIVE, TOP } from './graph.ts';
import type { ChainOptions } from './options.ts';
import { viewFor } from './reportingChain.ts';

/**
 * Why a node's chain could not be resolved, by code in {@link ChainSummary.problem}: `0` resolved,
 * `1` not active, `2` ambiguous, `3` cycle (the node's own step or one above it).
 *
 * @example
 * ```ts
 * import { ChainProblemValues } from 'nsatu';
 *
 * ChainProblemValues[2] // => 'AMBIGUOUS'
 * ```
 *
 * @category Chains
 */
export const ChainProblemValues = ['OK', 'NOT_ACTIVE', 'AMBIGUOUS', 'CYCLE'] as const;

/**
 * Every organisation's chain resolved at once, as columns indexed like `ids` (the dataset's
 * organisations, in order): the depth below its top, the index of its top, and a problem code.
 * Typed arrays keep a million-node summary small.
 *
 * @example
 * ```ts
 * import { chainSummary, type ChainSummary } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const summary: ChainSummary = chainSummary(defaultDataset(), { asOf: '2025-03-01' });
 * const i = summary.ids.indexOf('nsatu');
 * summary.depth[i] // => 3
 * summary.ids[summary.top[i] ?? -1] // => 'nac'
 * ```
 *
 * @category Chains
 */
export interface ChainSummary {
  /** Organisation ids, in dataset order. */
  readonly ids: readonly string[];
  /** Number of links from each node to its top; -1 where the chain could not be resolved. */
  readonly depth: Int32Array;
  /** Index (into `ids`) of each node's top; -1 where the chain could not be resolved. */
  readonly top: Int32Array;
  /** Index into {@link ChainProblemValues}: 0 resolved, 1 not active, 2 ambiguous, 3 cycle. */
  readonly problem: Uint8Array;
}

const IN_PROGRESS = -2;

/**
 * Resolves the chain of every organisation in one linear, iterative pass: depths, tops and the
 * nodes whose chains fail, without throwing. Use it for whole-graph questions; use
 * {@link reportingChain} for one node's links.
 *
 * @param ds - A dataset.
 * @param options - `asOf` and `via`, as for {@link reportingChain}.
 * @returns Columns of depth, top and problem code per organisation.
 *
 * @example
 * ```ts
 * import { chainSummary } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const { ids, problem } = chainSummary(defaultDataset(), { asOf: '2025-03-01' });
 * problem[ids.indexOf('nsatu')] // => 0
 * ```
 *
 * @category Chains
 */
export function chainSummary(ds: Dataset, options?: ChainOptions): ChainSummary {
  const { graph, view } = viewFor('chainSummary', ds, options);
  if (view.summary) return { ids: graph.ids, ...view.summary };
  const n = graph.ids.length;
  const depth = new Int32Array(n).fill(-1);
  const top = new Int32Array(n).fill(-1);
  const problem = new Uint8Array(n);
  const done = new Uint8Array(n);
  const state = new Int32Array(n).fill(-1);
  const path: number[] = [];
  for (let start = 0; start < n; start++) {
    if (done[start]) continue;
    let node = start;
    // Climb until a node whose answer is known, a top, a failure or a node on the current path.
    let base: { depth: number; top: number; problem: number };
    for (;;) {
      if (done[node]) {
        base = {
          depth: depth[node] as number,
          top: top[node] as number,
          problem: problem[node] as number,
        };
        break;
      }
      if (state[node] === IN_PROGRESS) {
        base = { depth: -1, top: -1, problem: 3 };
        break;
      }
      const p = view.parent[node] as number;
      state[node] = IN_PROGRESS;
      path.push(node);
      if (p === TOP) {
        base = { depth: -1, top: node, problem: 0 };
        break;
      }
      if (p === NOT_ACTIVE || p === AMBIGUOUS) {
        base = { depth: -1, top: -1, problem: p === NOT_ACTIVE ? 1 : 2 };
        break;
      }
      node = p;
    }
    // Unwind the path from the top down.
    let d = base.depth;
    while (path.length > 0) {
      const current = path.pop() as number;
      done[current] = 1;
      state[current] = -1;
      problem[current] = base.problem;
      if (base.problem === 0) {
        d += 1;
        depth[current] = d;
        top[current] = base.top;
      }
    }
  }
  view.summary = { depth, top, problem };
  return { ids: graph.ids, depth, top, problem };
}
