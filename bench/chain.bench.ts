// chain: reporting chains on a million-organisation forest (issue 5). The index build, resolving
// every chain at once (linear in the graph's size), single-chain queries against a bare
// parent-array walk and against graphology, and a chain a million links deep with and without a
// cycle on mixed lines.
import Graph from 'graphology';

import {
  chainSummary,
  findCycles,
  loadDataset,
  reportingChain,
  type ChainLink,
  type Dataset,
} from '../src/index.ts';
import { int, mulberry32, pick } from './generate.ts';
import type { Benchmark, Mode } from './harness.ts';

const SEED = 5;

interface Sizes {
  /** Organisations of the main forest. */
  readonly organisations: number;
  /** Smaller forests for `chainSummary`, to show its time grows linearly. */
  readonly steps: readonly [number, number, number];
  readonly queries: number;
  /** Links of the single deep chain. */
  readonly deep: number;
}

const SIZES: Record<Mode, Sizes> = {
  full: {
    organisations: 1_000_000,
    steps: [250_000, 500_000, 1_000_000],
    queries: 200_000,
    deep: 1_000_000,
  },
  smoke: { organisations: 3_000, steps: [750, 1_500, 3_000], queries: 500, deep: 5_000 },
};

const KINDS = ['command', 'headquarters', 'training-mission', 'logistics-hub'] as const;
const LINES = ['OPCON', 'reports-to'] as const;

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

function pad(n: number): string {
  return String(n).padStart(7, '0');
}

interface Forest {
  readonly ds: Dataset;
  /** Parent of each organisation, in dataset order; -1 at a top. */
  readonly parent: Int32Array;
  readonly trees: number;
  readonly maxDepth: number;
}

/**
 * A forest of `n` organisations in trees of 200–500, each 10–30 levels deep (a spine of the tree's
 * depth, the other nodes under random nodes above the bottom level), one `OPCON` or `reports-to`
 * tie per non-root node and no dates. Dataset order is a seeded shuffle of the tree order, so a
 * node's superior is anywhere in the tables, not just before it.
 */
function forest(seed: number, n: number): Forest {
  const random = mulberry32(seed);
  // Tree order: node k's parent is some node < k of its tree.
  const treeParent = new Int32Array(n).fill(-1);
  const depth = new Int32Array(n);
  let trees = 0;
  let maxDepth = 0;
  for (let next = 0; next < n; trees++) {
    const size = Math.min(int(random, 200, 500), n - next);
    const target = Math.min(int(random, 10, 30), size - 1);
    const shallow: number[] = []; // nodes of this tree that may take children
    for (let k = 0; k < size; k++, next++) {
      if (k > 0) {
        const p = k <= target ? next - 1 : pick(random, shallow);
        treeParent[next] = p;
        depth[next] = (depth[p] as number) + 1;
      }
      if ((depth[next] as number) < target) shallow.push(next);
      maxDepth = Math.max(maxDepth, depth[next] as number);
    }
  }
  // Fisher–Yates: tree node k sits at position `at[k]` of the tables.
  const at = new Int32Array(n);
  for (let i = 0; i < n; i++) at[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = at[i] as number;
    at[i] = at[j] as number;
    at[j] = t;
  }
  const parent = new Int32Array(n).fill(-1);
  for (let k = 0; k < n; k++) {
    const p = treeParent[k] as number;
    if (p !== -1) parent[at[k] as number] = at[p] as number;
  }
  const organisations = new Array<{ id: string; name: string; kind: string }>(n);
  const relationships: { id: string; subordinate: string; superior: string; authority: string }[] =
    [];
  for (let i = 0; i < n; i++) {
    organisations[i] = { id: `org-${pad(i)}`, name: `Unit ${pad(i)}`, kind: pick(random, KINDS) };
  }
  for (let i = 0; i < n; i++) {
    const p = parent[i] as number;
    if (p === -1) continue;
    relationships.push({
      id: `rel-${pad(i)}`,
      subordinate: `org-${pad(i)}`,
      superior: `org-${pad(p)}`,
      authority: pick(random, LINES),
    });
  }
  const ds = loadDataset({ title: 'Chain benchmark forest', organisations, relationships });
  return { ds, parent, trees, maxDepth };
}

/**
 * One chain `n` organisations long (`deep-0` reports to `deep-1` … to the top) on `OPCON`, and an
 * `ADCON` tie from the top back to `deep-0`: valid on each line alone, a cycle on the two mixed.
 */
function deepChain(n: number): Dataset {
  const organisations = new Array<{ id: string; name: string; kind: string }>(n);
  const relationships = new Array<{
    id: string;
    subordinate: string;
    superior: string;
    authority: string;
  }>(n);
  for (let i = 0; i < n; i++) {
    organisations[i] = { id: `deep-${pad(i)}`, name: `Echelon ${pad(i)}`, kind: 'command' };
    relationships[i] = {
      id: `deep-rel-${pad(i)}`,
      subordinate: `deep-${pad(i)}`,
      superior: `deep-${pad((i + 1) % n)}`,
      authority: i === n - 1 ? 'ADCON' : 'OPCON',
    };
  }
  return loadDataset({ title: 'Chain benchmark deep chain', organisations, relationships });
}

/**
 * A copy of a dataset with no index cached yet: the same frozen tables under a new object, as
 * `loadDataset` returns them (the references validation resolved are shared with the index).
 */
function fresh(ds: Dataset): Dataset {
  return Object.freeze({ ...ds });
}

/**
 * A copy with nothing to share: the same records in new frozen tables, as an edited or hand-built
 * dataset has them, so the index interns every id and looks up every tie's endpoints itself.
 */
function cold(ds: Dataset): Dataset {
  const organisations = [...ds.organisations];
  const relationships = [...ds.relationships];
  Object.freeze(organisations);
  Object.freeze(relationships);
  return Object.freeze({ ...ds, organisations, relationships });
}

/** A user's own index: ids interned to integers once, superiors in an `Int32Array`. */
interface Interned {
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  readonly parent: Int32Array;
}

function intern(ds: Dataset): Interned {
  const n = ds.organisations.length;
  const ids = new Array<string>(n);
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const id = (ds.organisations[i] as { id: string }).id;
    ids[i] = id;
    index.set(id, i);
  }
  const parent = new Int32Array(n).fill(-1);
  for (const r of ds.relationships) {
    parent[index.get(r.subordinate) as number] = index.get(r.superior) as number;
  }
  return { ids, index, parent };
}

function bareChain({ ids, index, parent }: Interned, id: string): string[] {
  const out: string[] = [];
  const limit = ids.length;
  let node = index.get(id);
  if (node === undefined) throw new Error(`unknown id ${id}`);
  for (let p = parent[node] as number; p !== -1; p = parent[node] as number) {
    if (out.length >= limit) throw new Error(`cycle above ${id}`);
    out.push(ids[p] as string);
    node = p;
  }
  return out;
}

function graphologyGraph(ds: Dataset): Graph {
  const graph = new Graph({ type: 'directed', allowSelfLoops: false });
  for (const o of ds.organisations) graph.addNode(o.id);
  for (const r of ds.relationships) {
    graph.addDirectedEdgeWithKey(r.id, r.subordinate, r.superior, { authority: r.authority });
  }
  return graph;
}

function graphologyChain(graph: Graph, id: string): string[] {
  const out: string[] = [];
  const limit = graph.order;
  let node = id;
  for (;;) {
    const up = graph.outNeighbors(node);
    if (up.length === 0) return out;
    if (up.length > 1) throw new Error(`${node} has ${up.length} superiors`);
    if (out.length >= limit) throw new Error(`cycle above ${id}`);
    node = up[0] as string;
    out.push(node);
  }
}

function superiors(links: readonly ChainLink[]): string[] {
  return links.map((l) => l.superior);
}

function same(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`chain bench: ${what}`);
}

export const chain: Benchmark = {
  name: 'chain',
  description:
    'Reporting chains on a forest of a million organisations (issue 5). Targets: the first `reportingChain` on a fresh dataset (index build) under 1 s (after `loadDataset`, which shares the references it resolved while validating, and cold, from tables it did not validate); `chainSummary` linear in the graph (each step doubles the size: ratios near 2×); single-chain queries within 2× of a bare `Int32Array` parent walk; index + queries at least 10× faster than graphology building its graph and walking `outNeighbors` (ratio ≤ 0.10×); a chain a million links deep resolves on the default stack, and a cycle on mixed lines is found.',
  target: { baseline: 'bare', max: 2 },
  setup(mode) {
    const size = SIZES[mode];
    const main = forest(SEED, size.organisations);
    const { ds } = main;
    const [s1, s2, s3] = size.steps;
    const smaller = size.steps.map((n) =>
      n === size.organisations ? main : forest(SEED + n, n),
    ) as [Forest, Forest, Forest];
    const deep = deepChain(size.deep);

    const random = mulberry32(SEED * 31);
    const queries = Array.from(
      { length: size.queries },
      () => (ds.organisations[int(random, 0, size.organisations - 1)] as { id: string }).id,
    );
    const someId = queries[0] as string;

    // Check every approach gives the same chains, on the data measured, before timing.
    const interned = intern(ds);
    const graph = graphologyGraph(ds);
    let links = 0;
    for (const id of queries.slice(0, 2_000)) {
      const expected = bareChain(interned, id);
      check(same(superiors(reportingChain(ds, id)), expected), `nsatu differs on ${id}`);
      check(same(graphologyChain(graph, id), expected), `graphology differs on ${id}`);
      links += expected.length;
    }
    check(links > 0, 'the sampled chains are empty');
    for (const f of smaller) {
      const summary = chainSummary(fresh(f.ds));
      check(
        summary.problem.every((p) => p === 0),
        'a forest chain does not resolve',
      );
      check(summary.depth.reduce((a, b) => Math.max(a, b), 0) === f.maxDepth, 'depth differs');
    }
    const deepFirst = deep.organisations[0]?.id as string;
    const mixed = { via: ['OPCON', 'ADCON'] } as const;
    // Builds the deep chain's index and its links once, so the task below times the walk.
    check(reportingChain(deep, deepFirst).length === size.deep - 1, 'the deep chain is incomplete');

    const runQueries = (on: Dataset): number => {
      let total = 0;
      for (const id of queries) total += reportingChain(on, id).length;
      return total;
    };
    // Once untimed, so the timed queries find their link objects made, as repeated queries do.
    check(
      runQueries(ds) === queries.reduce((t, id) => t + bareChain(interned, id).length, 0),
      'totals differ',
    );
    /** The summary pass alone: the index is built for a fresh copy, outside the timing. */
    const summaryTask = (f: Forest, n: number, versus?: string) => ({
      label: `chainSummary(ds), ${count(n)} organisations (index prebuilt)`,
      prepare: () => {
        const copy = fresh(f.ds);
        reportingChain(copy, (f.ds.organisations[0] as { id: string }).id);
        return copy;
      },
      run: (copy: unknown) => chainSummary(copy as Dataset),
      ...(versus === undefined ? {} : { versus }),
    });

    const data =
      `${count(size.organisations)} organisations in ${count(main.trees)} trees 10–${main.maxDepth} ` +
      `levels deep (200–500 nodes each; ${count(ds.relationships.length)} OPCON/reports-to ties, ` +
      `no dates; dataset order shuffled), built with loadDataset in setup; ` +
      `${count(size.queries)} seeded query ids (${(links / 2_000).toFixed(1)} links per chain on average); ` +
      `forests of ${count(s1)} / ${count(s2)} / ${count(s3)} for chainSummary; ` +
      `one chain of ${count(size.deep)} organisations with an ADCON tie closing it; seed ${SEED}`;

    return {
      data,
      tasks: {
        nsatu: {
          label: `${count(size.queries)} × reportingChain(ds, id), index built`,
          run: () => runQueries(ds),
        },
        baselines: {
          bare: {
            label: `${count(size.queries)} × walk an Int32Array of parents (ids interned once, untimed) → ids`,
            run: () => {
              let total = 0;
              for (const id of queries) total += bareChain(interned, id).length;
              return total;
            },
          },
        },
        extras: {
          indexBuild: {
            label: 'first reportingChain(fresh ds, id) after loadDataset: commandGraph + chainView',
            prepare: () => fresh(ds),
            run: (copy) => reportingChain(copy as Dataset, someId),
          },
          indexBuildCold: {
            label:
              'first reportingChain(ds, id), tables not from loadDataset (cold: interns all ids)',
            prepare: () => cold(ds),
            run: (copy) => reportingChain(copy as Dataset, someId),
          },
          summary250k: summaryTask(smaller[0], s1),
          summary500k: summaryTask(smaller[1], s2, 'summary250k'),
          summary1M: summaryTask(smaller[2], s3, 'summary500k'),
          nsatuBuilt: {
            label: `fresh ds: index build + ${count(size.queries)} × reportingChain`,
            prepare: () => fresh(ds),
            run: (copy) => runQueries(copy as Dataset),
            versus: 'graphology',
            target: 0.1,
          },
          nsatuBuiltCold: {
            label: `cold ds: index build + ${count(size.queries)} × reportingChain`,
            prepare: () => cold(ds),
            run: (copy) => runQueries(copy as Dataset),
            versus: 'graphology',
            target: 0.1,
          },
          graphology: {
            label: `graphology: build the graph + ${count(size.queries)} × outNeighbors walk`,
            run: () => {
              const g = graphologyGraph(ds);
              let total = 0;
              for (const id of queries) total += graphologyChain(g, id).length;
              return total;
            },
          },
          bareBuilt: {
            label: `intern ids + parent array + ${count(size.queries)} × walk`,
            run: () => {
              const own = intern(ds);
              let total = 0;
              for (const id of queries) total += bareChain(own, id).length;
              return total;
            },
            versus: 'nsatuBuilt',
          },
          deepChain: {
            label: `reportingChain on a ${count(size.deep)}-organisation chain (default stack, index prebuilt)`,
            run: () => {
              const chainLinks = reportingChain(deep, deepFirst);
              check(chainLinks.length === size.deep - 1, 'the deep chain is incomplete');
              return chainLinks;
            },
          },
          deepCycle: {
            label: `findCycles + chainSummary (via OPCON, ADCON) on the ${count(size.deep)}-organisation cycle`,
            prepare: () => fresh(deep),
            run: (copy) => {
              const cycles = findCycles(copy as Dataset, mixed);
              check(cycles.length === 1, `findCycles found ${cycles.length} cycles`);
              check(cycles[0]?.ids.length === size.deep, 'the cycle found is not the whole chain');
              const { problem } = chainSummary(copy as Dataset, mixed);
              check(
                problem.every((p) => p === 3),
                'chainSummary does not flag every node as on a cycle',
              );
              return cycles;
            },
          },
        },
      },
    };
  },
};
