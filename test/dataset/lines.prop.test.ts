// Issue 12: CYCLE and MULTIPLE_SUPERIORS over time against brute force. parseDataset finds cycles
// with a topological pass, strongly connected components and one search per moment, and second
// superiors with a sweep; the references below look at every moment and every pair. Random ties
// among four bodies, on every line, with open, closed and unknown ends, checked by a property and
// by 1,500 fixed draws (these also run in full in mutation runs, where properties run 30 times).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { ChainAuthorityValues, OperationalAuthorityValues, parseDataset } from 'nsatu';

const BODIES = ['o0', 'o1', 'o2', 'o3'] as const;
const AUTHORITIES = [
  'OPCON',
  'TACON',
  'reports-to',
  'ADCON',
  'LOGCON',
  'coordinates-with',
] as const;
const OPERATIONAL: ReadonlySet<string> = new Set<string>(OperationalAuthorityValues);
const CHAIN: ReadonlySet<string> = new Set<string>(ChainAuthorityValues);

interface Tie {
  readonly sub: number;
  readonly sup: number;
  readonly authority: (typeof AUTHORITIES)[number];
  /** A year, or undefined: from the start. */
  readonly from: number | undefined;
  /** A year, 'unknown', or undefined: ongoing. */
  readonly until: number | 'unknown' | undefined;
}

const tie: fc.Arbitrary<Tie> = fc
  .record({
    sub: fc.nat({ max: 3 }),
    step: fc.integer({ min: 1, max: 3 }),
    authority: fc.constantFrom(...AUTHORITIES),
    from: fc.option(fc.integer({ min: 2000, max: 2003 }), { nil: undefined }),
    length: fc.option(fc.oneof(fc.integer({ min: 1, max: 2 }), fc.constant('unknown' as const)), {
      nil: undefined,
    }),
  })
  .map(({ sub, step, authority, from, length }) => ({
    sub,
    sup: (sub + step) % 4,
    authority,
    from,
    until: typeof length === 'number' ? (from ?? 2000) + length : length,
  }));

const ties = fc.array(tie, { maxLength: 7 });

const lineOf = (t: Tie): string | undefined =>
  OPERATIONAL.has(t.authority) ? 'operational' : CHAIN.has(t.authority) ? t.authority : undefined;
const start = (t: Tie): number => t.from ?? -Infinity;
/** An end nobody knows counts as no end: the tie may still be in force. */
const end = (t: Tie): number => (typeof t.until === 'number' ? t.until : Infinity);
const inForce = (t: Tie, at: number): boolean => start(t) <= at && at < end(t);

/** Whether the ties, as a directed graph sub → sup, have a cycle (depth-first, by brute force). */
function cyclic(edges: readonly Tie[]): boolean {
  const reaches = (from: number, to: number, seen: Set<number>): boolean =>
    edges.some(
      (e) =>
        e.sub === from &&
        (e.sup === to || (!seen.has(e.sup) && reaches(e.sup, to, seen.add(e.sup)))),
    );
  return BODIES.some((_, b) => reaches(b, b, new Set()));
}

/** The lines with a cycle in force at some moment: the ties in force change only at a start. */
function linesWithCycles(list: readonly Tie[]): string[] {
  const moments = [-Infinity, ...list.map(start)];
  const lines = new Set(list.map(lineOf).filter((l) => l !== undefined));
  return [...lines]
    .filter((line) =>
      moments.some((at) => cyclic(list.filter((t) => lineOf(t) === line && inForce(t, at)))),
    )
    .sort();
}

/** The ties a pairwise recount flags: each that starts during an earlier one to another superior. */
function secondSuperiors(list: readonly Tie[]): number[] {
  const before = (a: number, b: number): boolean =>
    start(list[a] as Tie) < start(list[b] as Tie) ||
    (start(list[a] as Tie) === start(list[b] as Tie) && a < b);
  return list
    .map((_, i) => i)
    .filter((i) => {
      const s = list[i] as Tie;
      if (!CHAIN.has(s.authority)) return false;
      return list.some(
        (o, j) =>
          o.authority === s.authority &&
          o.sub === s.sub &&
          o.sup !== s.sup &&
          before(j, i) &&
          start(s) < end(o),
      );
    });
}

const dataset = (list: readonly Tie[]) => ({
  organisations: BODIES.map((id) => ({ id, name: id.toUpperCase(), kind: 'command' })),
  relationships: list.map((t, i) => ({
    id: `t${String(i)}`,
    subordinate: BODIES[t.sub],
    superior: BODIES[t.sup],
    authority: t.authority,
    ...(t.from === undefined ? {} : { from: String(t.from) }),
    ...(t.until === undefined ? {} : { until: String(t.until) }),
  })),
});

/** The year a cycle message says the cycle is in force from; -Infinity for "from the start". */
function momentOf(message: string): number {
  const found = /\(in force from (?:the start|(\d{4})-01-01)\)/.exec(message);
  expect(found, message).not.toBeNull();
  return found?.[1] === undefined ? -Infinity : Number(found[1]);
}

function check(list: readonly Tie[]): void {
  const result = parseDataset(dataset(list));
  const issues = result.ok ? [] : result.issues;
  expect(issues.every((i) => i.code === 'CYCLE' || i.code === 'MULTIPLE_SUPERIORS')).toBe(true);
  const tieOf = (path: readonly (string | number)[] | undefined): Tie =>
    list[path?.[1] as number] as Tie;

  // Cycles: one or more on exactly the lines where brute force finds one, each a real loop in
  // force at the moment it names, on the line it names, and no set of ties twice.
  const cycles = issues.filter((i) => i.code === 'CYCLE');
  const lines = cycles.map((c) => /on the (\S+) line/.exec(c.message)?.[1]);
  expect([...new Set(lines)].sort()).toEqual(linesWithCycles(list));
  const seen = new Set<string>();
  for (const [k, cycle] of cycles.entries()) {
    const named = [cycle.path, ...(cycle.related ?? [])].map(tieOf);
    const at = momentOf(cycle.message);
    // In force from the moment it forms: the latest start of its ties.
    expect(at).toBe(Math.max(...named.map(start)));
    named.forEach((t, n) => {
      expect(lineOf(t)).toBe(lines[k]);
      expect(inForce(t, at)).toBe(true);
      expect(t.sup).toBe((named[(n + 1) % named.length] as Tie).sub);
    });
    const names = [...named.map((t) => BODIES[t.sub]), BODIES[named[0]?.sub ?? 0]];
    expect(cycle.message.endsWith(`: ${names.join(' → ')}`)).toBe(true);
    const key = [cycle.path, ...(cycle.related ?? [])]
      .map((p) => p[1])
      .sort()
      .join();
    expect(seen.has(key)).toBe(false);
    seen.add(key);
  }

  // Second superiors: exactly those a pairwise recount flags, each naming one it overlaps.
  const seconds = issues.filter((i) => i.code === 'MULTIPLE_SUPERIORS');
  expect(seconds.map((i) => i.path[1])).toEqual(secondSuperiors(list));
  for (const issue of seconds) {
    const s = tieOf(issue.path);
    const o = tieOf(issue.related?.[0]);
    expect([o.sub, o.authority]).toEqual([s.sub, s.authority]);
    expect(o.sup).not.toBe(s.sup);
    expect(start(o) <= start(s) && start(s) < end(o)).toBe(true);
    expect(issue.message).toBe(
      `"${BODIES[s.sub]}" has two ${s.authority} superiors at once: "${BODIES[o.sup]}" and "${BODIES[s.sup]}"`,
    );
  }
}

describe('cycles and second superiors over time', () => {
  test('agree with brute force on random ties', () => {
    fc.assert(fc.property(ties, check), { numRuns: 500 });
  });

  test('agree with brute force on 1,500 fixed draws', () => {
    const draws = fc.sample(ties, { numRuns: 1500, seed: 8 });
    draws.forEach(check);
    expect(draws).toHaveLength(1500);
  });
});
