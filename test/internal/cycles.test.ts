// The cycle primitives behind parseDataset's CYCLE and findCycles, on small graphs whose answers
// are known. hasCycle is a pre-check that lets a valid dataset skip the search over time, so its
// verdict is invisible through the public API when it errs towards "maybe": tested here directly.
import { describe, expect, test } from 'vitest';

import { cyclicComponents, findCycle, hasCycle, type Edge } from '../../src/internal/cycles.ts';

type Pair = readonly [number, number];

const adjacency = (n: number, pairs: readonly Pair[]): number[][] => {
  const out: number[][] = Array.from({ length: n }, () => []);
  for (const [from, to] of pairs) out[from]?.push(to);
  return out;
};

const edges = (pairs: readonly Pair[]): Edge[] =>
  pairs.map(([from, to], rel) => ({ rel, from, to, start: -Infinity, end: Infinity }));

/** hasCycle over every pair as a selected edge. */
const anyCycle = (n: number, pairs: readonly Pair[]): boolean =>
  hasCycle(
    n,
    pairs.map((_, i) => i),
    Int32Array.from(pairs.map(([from]) => from)),
    Int32Array.from(pairs.map(([, to]) => to)),
  );

const sorted = (components: number[][]): number[][] =>
  components.map((c) => [...c].sort((a, b) => a - b)).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));

// [name, node count, edges, the cyclic components]
const GRAPHS: readonly (readonly [string, number, readonly Pair[], number[][]])[] = [
  ['no edges', 3, [], []],
  [
    'a chain',
    4,
    [
      [0, 1],
      [1, 2],
      [2, 3],
    ],
    [],
  ],
  [
    'a diamond',
    4,
    [
      [0, 1],
      [0, 2],
      [1, 3],
      [2, 3],
    ],
    [],
  ],
  ['a self-loop (not a component of two)', 2, [[1, 1]], []],
  [
    'a loop of two',
    3,
    [
      [0, 1],
      [1, 0],
      [1, 2],
    ],
    [[0, 1]],
  ],
  [
    'a loop of three entered from outside',
    5,
    [
      [4, 0],
      [0, 1],
      [1, 2],
      [2, 0],
      [2, 3],
    ],
    [[0, 1, 2]],
  ],
  [
    'two loops joined one way',
    5,
    [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 3],
      [3, 2],
      [4, 3],
    ],
    [
      [0, 1],
      [2, 3],
    ],
  ],
  [
    'two loops sharing a node',
    5,
    [
      [0, 1],
      [1, 0],
      [1, 2],
      [2, 1],
      [3, 4],
    ],
    [[0, 1, 2]],
  ],
  [
    'a loop reached last',
    4,
    [
      [3, 2],
      [2, 3],
      [0, 1],
    ],
    [[2, 3]],
  ],
];

describe('cyclicComponents', () => {
  test.each(GRAPHS)('%s', (_, n, pairs, expected) => {
    expect(sorted(cyclicComponents(n, adjacency(n, pairs)))).toEqual(expected);
  });
});

describe('hasCycle', () => {
  test.each(GRAPHS)('%s', (_, n, pairs, expected) => {
    const selfLoop = pairs.some(([from, to]) => from === to);
    expect(anyCycle(n, pairs)).toBe(expected.length > 0 || selfLoop);
  });

  test('reads only the selected edges', () => {
    const from = Int32Array.from([0, 1, 1]);
    const to = Int32Array.from([1, 0, 2]);
    expect(hasCycle(3, [0, 2], from, to)).toBe(false);
    expect(hasCycle(3, [0, 1], from, to)).toBe(true);
  });
});

describe('findCycle', () => {
  test.each(GRAPHS)('%s', (_, __, pairs, expected) => {
    const cycle = findCycle(edges(pairs));
    const selfLoop = pairs.some(([from, to]) => from === to);
    expect(cycle !== undefined).toBe(expected.length > 0 || selfLoop);
    if (cycle === undefined) return;
    // A closed walk: each edge starts where the one before ends.
    cycle.forEach((e, i) => {
      expect(e.from).toBe((cycle.at(i - 1) as Edge).to);
    });
  });

  test('returns the loop, not the path that led to it', () => {
    expect(
      findCycle(
        edges([
          [0, 1],
          [1, 2],
          [2, 3],
          [3, 1],
        ]),
      )?.map((e) => e.rel),
    ).toEqual([1, 2, 3]);
  });

  test('follows every edge out of a node, not only the last one listed', () => {
    expect(
      findCycle(
        edges([
          [0, 1],
          [0, 2],
          [1, 0],
        ]),
      )?.map((e) => e.rel),
    ).toEqual([0, 2]);
  });

  test('visits each node once: a ladder of 40 diamonds (2^40 paths) has no cycle', () => {
    // Node 3k branches to 3k+1 and 3k+2, which both join at 3k+3.
    const ladder = Array.from({ length: 40 }, (_, k): Pair[] => [
      [3 * k, 3 * k + 1],
      [3 * k, 3 * k + 2],
      [3 * k + 1, 3 * k + 3],
      [3 * k + 2, 3 * k + 3],
    ]).flat();
    expect(findCycle(edges(ladder))).toBeUndefined();
  });

  test('a self-loop is a cycle of one edge', () => {
    expect(
      findCycle(
        edges([
          [0, 1],
          [1, 1],
        ]),
      )?.map((e) => e.rel),
    ).toEqual([1]);
  });
});
