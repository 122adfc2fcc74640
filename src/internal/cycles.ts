/** Cycle finding over directed graphs, iterative so any depth is safe. */

/**
 * Iterative Tarjan: strongly connected components with at least two nodes. `adjacency` holds one
 * list of successors per node, `nodeCount` lists in all.
 *
 * @internal
 */
export function cyclicComponents(nodeCount: number, adjacency: readonly number[][]): number[][] {
  const index = new Int32Array(nodeCount).fill(-1);
  const low = new Int32Array(nodeCount);
  const onStack = new Uint8Array(nodeCount);
  const stack: number[] = [];
  const components: number[][] = [];
  const work: [number, number][] = [];
  let counter = 0;
  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    work.push([root, 0]);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [node, edge] = frame;
      if (edge === 0) {
        index[node] = low[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
      }
      const next = adjacency[node] as readonly number[];
      if (edge < next.length) {
        frame[1] = edge + 1;
        const to = next[edge] as number;
        if (index[to] === -1) work.push([to, 0]);
        else if (onStack[to]) low[node] = Math.min(low[node] as number, index[to] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = 0;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) components.push(component);
      }
    }
  }
  return components;
}

/** @internal */
export interface Edge {
  readonly rel: number;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds one cycle among the given edges (iterative DFS); returns its edges in order.
 *
 * @internal
 */
export function findCycle(edges: readonly Edge[]): Edge[] | undefined {
  const out = new Map<number, Edge[]>();
  for (const e of edges) {
    const list = out.get(e.from);
    if (list) list.push(e);
    else out.set(e.from, [e]);
  }
  const state = new Map<number, 1 | 2>();
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    const path: Edge[] = [];
    const work: [number, number][] = [[start, 0]];
    state.set(start, 1);
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const list = out.get(frame[0]) ?? [];
      if (frame[1] < list.length) {
        const e = list[frame[1]] as Edge;
        frame[1]++;
        const s = state.get(e.to);
        if (s === 1) {
          const at = path.findIndex((p) => p.from === e.to);
          return [...path.slice(at === -1 ? path.length : at), e];
        }
        if (s === undefined) {
          state.set(e.to, 1);
          path.push(e);
          work.push([e.to, 0]);
        }
        continue;
      }
      state.set(frame[0], 2);
      work.pop();
      path.pop();
    }
  }
  return undefined;
}

/**
 * Tells whether a directed graph has a cycle, ignoring time: Kahn's algorithm on typed arrays,
 * linear, no recursion. The usual answer, no, costs one pass. The graph is given as a list of edge
 * numbers and, per edge number, its source and target node.
 *
 * @internal
 */
export function hasCycle(
  nodeCount: number,
  selected: readonly number[],
  fromOf: Int32Array,
  toOf: Int32Array,
): boolean {
  const indegree = new Int32Array(nodeCount);
  const offsets = new Int32Array(nodeCount + 1);
  for (const e of selected) {
    const to = toOf[e] as number;
    const from = fromOf[e] as number;
    indegree[to] = (indegree[to] as number) + 1;
    offsets[from + 1] = (offsets[from + 1] as number) + 1;
  }
  for (let i = 0; i < nodeCount; i++)
    offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, nodeCount);
  const targets = new Int32Array(selected.length);
  for (const e of selected) {
    const from = fromOf[e] as number;
    targets[fill[from] as number] = toOf[e] as number;
    fill[from] = (fill[from] as number) + 1;
  }
  const queue = new Int32Array(nodeCount);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < nodeCount; i++) if (indegree[i] === 0) queue[tail++] = i;
  while (head < tail) {
    const node = queue[head++] as number;
    for (let k = offsets[node] as number; k < (offsets[node + 1] as number); k++) {
      const to = targets[k] as number;
      indegree[to] = (indegree[to] as number) - 1;
      if (indegree[to] === 0) queue[tail++] = to;
    }
  }
  return tail < nodeCount;
}
