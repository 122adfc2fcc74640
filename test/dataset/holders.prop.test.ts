// Two holders of a one-holder post at one time (MULTIPLE_HOLDERS) against a naive recount: the
// sweep in src/dataset/integrity.ts is O(k log k), the reference below compares every pair.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { parseDataset, type Assignment } from 'nsatu';
import { smallDataset } from '../fixtures/small.ts';

const PERSONS = ['christopher-cavoli', 'alexus-grynkewich', 'curtis-buzzard'] as const;

/** A tenure of SACEUR in whole years: from (or from the start), until (or ongoing). */
const tenure = fc
  .record({
    person: fc.constantFrom(...PERSONS),
    from: fc.option(fc.integer({ min: 2000, max: 2010 }), { nil: undefined }),
    length: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    acting: fc.boolean(),
  })
  .map(({ person, from, length, acting }) => ({
    person,
    from,
    until: length === undefined ? undefined : (from ?? 2000) + length,
    acting,
  }));

type Tenure = typeof tenure extends fc.Arbitrary<infer T> ? T : never;

const start = (t: Tenure) => t.from ?? -Infinity;
const end = (t: Tenure) => t.until ?? Infinity;

/**
 * The tenures a recount flags: each that starts during an earlier-starting (or equally starting
 * and earlier-listed) tenure of another person; acting holders never count.
 */
function reference(tenures: readonly Tenure[]): number[] {
  const counted = tenures.map((t, i) => ({ t, i })).filter(({ t }) => !t.acting);
  const before = (a: (typeof counted)[number], b: (typeof counted)[number]) =>
    start(a.t) < start(b.t) || (start(a.t) === start(b.t) && a.i < b.i);
  return counted
    .filter((s) =>
      counted.some((o) => before(o, s) && o.t.person !== s.t.person && start(s.t) < end(o.t)),
    )
    .map((s) => s.i)
    .sort((a, b) => a - b);
}

/** Checks the issues of one list of SACEUR tenures against the recount. */
function check(tenures: readonly Tenure[]): void {
  const d = smallDataset();
  d.assignments = tenures.map((t, i): Assignment => ({
    id: `t${String(i)}`,
    post: 'saceur',
    person: t.person,
    ...(t.from === undefined ? {} : { from: String(t.from) }),
    ...(t.until === undefined ? {} : { until: String(t.until) }),
    ...(t.acting ? { acting: true } : {}),
  }));
  const result = parseDataset(d);
  const issues = result.ok ? [] : result.issues;
  expect(issues.every((i) => i.code === 'MULTIPLE_HOLDERS')).toBe(true);
  const flagged = issues.map((i) => i.path[1] as number).sort((a, b) => a - b);
  expect(flagged).toEqual(reference(tenures));
  for (const issue of issues) {
    const s = tenures[issue.path[1] as number] as Tenure;
    const o = tenures[issue.related?.[0]?.[1] as number] as Tenure;
    expect(o.person).not.toBe(s.person);
    expect(o.acting).toBe(false);
    expect(start(o) <= start(s) && start(s) < end(o)).toBe(true);
    expect(issue.message).toBe(
      `Post "saceur" has two holders at once: "${o.person}" and "${s.person}" (mark an interim holder acting: true)`,
    );
  }
}

/** Every tenure on a small grid: two persons, from the start or 2000 or 2001, 1 year or ongoing. */
const GRID: readonly Tenure[] = [PERSONS[0], PERSONS[1]].flatMap((person) =>
  [undefined, 2000, 2001].flatMap((from) =>
    [undefined, 1].map((length) => ({
      person,
      from,
      until: length === undefined ? undefined : (from ?? 2000) + length,
      acting: false,
    })),
  ),
);

describe('MULTIPLE_HOLDERS', () => {
  test('flags exactly the tenures a pairwise recount flags, naming an overlapping other', () => {
    fc.assert(fc.property(fc.array(tenure, { maxLength: 8 }), check), { numRuns: 300 });
  });

  // Deterministic, so that every arrangement is met even where properties run few times (mutation
  // runs): each of the 1,728 sequences of three tenures of the grid, and 500 fixed draws of four
  // to seven tenures.
  test('flags what the recount flags in every arrangement of three tenures on a grid', () => {
    const cases = GRID.flatMap((a) => GRID.flatMap((b) => GRID.map((c) => [a, b, c])));
    cases.forEach(check);
    expect(cases).toHaveLength(12 ** 3);
  });

  test('flags what the recount flags in 500 fixed draws of four to seven tenures', () => {
    const draws = fc.sample(fc.array(tenure, { minLength: 4, maxLength: 7 }), {
      numRuns: 500,
      seed: 4,
    });
    draws.forEach(check);
    expect(draws).toHaveLength(500);
  });
});
