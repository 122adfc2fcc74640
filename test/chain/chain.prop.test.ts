// The chain queries against a slow reference (./reference.ts) on random graphs: validated datasets,
// and raw frozen ones that validation would refuse (cycles on one line, two superiors at once,
// self-ties), since the queries accept any dataset-shaped frozen object.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  AuthorityValues,
  ChainAuthorityValues,
  ChainError,
  DatasetTableValues,
  chainSummary,
  commonSuperior,
  dateSpan,
  findCycles,
  holderOf,
  holdersOf,
  isActive,
  isPartialDate,
  parseDataset,
  postsHeld,
  reportingChain,
  subordinates,
  type Cycle,
  type Dataset,
  type DatasetInput,
  type Holding,
  type Relationship,
  type SubordinatesOptions,
} from 'nsatu';
import { chainAgainstReference, chainTableOrder, type ChainCase } from '../regression/corpus.ts';
import {
  refChain,
  refCommonSuperior,
  refCycles,
  refIsTie,
  refSubordinates,
  refSummary,
  type RefLink,
  type RefResult,
} from './reference.ts';

// Few distinct dates, so that intervals often start or end on the day, month or year asked about.
const date = fc
  .record({
    y: fc.integer({ min: 2022, max: 2025 }),
    m: fc.constantFrom(1, 2, 6, 12),
    d: fc.constantFrom(1, 2, 28, 29, 31),
    precision: fc.constantFrom(4, 7, 10),
  })
  .map(({ y, m, d, precision }) => {
    const day = `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    return (isPartialDate(day) ? day : `${day.slice(0, 8)}28`).slice(0, precision);
  });
const maybe = <T>(arb: fc.Arbitrary<T>, weight = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ weight, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const until = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: date },
  { weight: 1, arbitrary: fc.constant('unknown') },
);
const via = fc.oneof(
  { weight: 3, arbitrary: fc.subarray([...ChainAuthorityValues], { minLength: 1 }) },
  { weight: 1, arbitrary: fc.constant([...ChainAuthorityValues]) },
);
const query = fc.record({
  asOf: maybe(date, 2),
  via: maybe(via, 1),
  depth: maybe(fc.integer({ min: 1, max: 4 }), 2),
});

/** Keeps the keys whose value is defined (the schemas take no explicit `undefined`). */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * Random graphs of 1–30 organisations and 0–60 ties. A tidy graph ties each node to an earlier one
 * on the operational lines (anywhere on ADCON and LOGCON) and dates no organisation, so validation
 * often accepts it; a hostile one ties anything to anything, itself included.
 */
const chainCase: fc.Arbitrary<ChainCase> = fc
  .record({
    tidy: fc.boolean(),
    asOf: maybe(date),
    organisations: fc.array(fc.record({ from: maybe(date, 3), until, parent: fc.nat() }), {
      minLength: 1,
      maxLength: 30,
      size: 'medium',
    }),
    relationships: fc.array(
      fc.record({
        sub: fc.nat(),
        sup: fc.nat(),
        authority: fc.oneof(
          { weight: 5, arbitrary: fc.constantFrom('OPCON', 'reports-to', 'ADCON') },
          { weight: 3, arbitrary: fc.constantFrom(...ChainAuthorityValues) },
          { weight: 1, arbitrary: fc.constantFrom(...AuthorityValues) },
        ),
        from: maybe(date, 2),
        until,
      }),
      { maxLength: 60, size: 'medium' },
    ),
    queries: fc.array(query, { minLength: 1, maxLength: 3 }),
  })
  .map(({ tidy, asOf, organisations, relationships, queries }) => {
    const n = organisations.length;
    const ties = relationships.flatMap(({ sub, sup, authority, from, until: end }, i) => {
      const tie = { id: `r${String(i)}`, authority, from, until: end };
      if (!tidy)
        return [
          defined({ ...tie, subordinate: `o${String(sub % n)}`, superior: `o${String(sup % n)}` }),
        ];
      if (n === 1) return [];
      const s = 1 + (sub % (n - 1));
      // Mostly the node's own superior on its line, now and then another, so that one line seldom
      // has two superiors at once. The operational lines point to earlier nodes; ADCON and LOGCON
      // to later ones, which closes cycles across lines (a valid dataset may have those).
      const own = organisations[s]?.parent ?? 0;
      const pick = sup % 4 === 0 ? sup : own;
      const side = authority === 'ADCON' || authority === 'LOGCON';
      const t = !side ? pick % s : s < n - 1 ? s + 1 + (pick % (n - 1 - s)) : pick % s;
      const reversed =
        from !== undefined &&
        end !== undefined &&
        end !== 'unknown' &&
        dateSpan(end).start <= dateSpan(from).start;
      return [
        defined({
          ...tie,
          subordinate: `o${String(s)}`,
          superior: `o${String(t)}`,
          until: reversed ? undefined : end,
        }),
      ];
    });
    return defined({
      asOf,
      organisations: organisations.map((o, i) =>
        defined({ id: `o${String(i)}`, ...(tidy ? {} : { from: o.from, until: o.until }) }),
      ),
      relationships: ties,
      queries: queries.map(defined),
    }) as ChainCase;
  });

function input(c: ChainCase): DatasetInput {
  return {
    ...(c.asOf === undefined ? {} : { asOf: c.asOf }),
    organisations: c.organisations.map((o) => ({ ...o, name: o.id, kind: 'command' as const })),
    relationships: c.relationships as Relationship[],
  };
}

/** The case as a frozen dataset built by hand, whether validation would accept it or not. */
function raw(c: ChainCase, tables: Partial<DatasetInput> = {}): Dataset {
  const { asOf, organisations = [], relationships = [] } = input(c);
  const frozen = (rows: readonly object[] = []) => Object.freeze(rows.map((r) => Object.freeze(r)));
  return Object.freeze({
    ...(asOf === undefined ? {} : { asOf }),
    ...Object.fromEntries(DatasetTableValues.map((t) => [t, frozen(tables[t])])),
    organisations: frozen(organisations.map((o) => ({ ...o }))),
    relationships: frozen(relationships.map((r) => ({ ...r }))),
  }) as unknown as Dataset;
}

let validatedRuns = 0;
let rawRuns = 0;

/** The datasets to check a case on: the raw frozen one, and the validated one when it is valid. */
function datasetsOf(c: ChainCase): Dataset[] {
  const parsed = parseDataset(input(c));
  rawRuns++;
  if (!parsed.ok) return [raw(c)];
  validatedRuns++;
  return [parsed.dataset, raw(c)];
}

/** A query of the case as the options of a chain query (its `via` holds chain authorities). */
function options(q: ChainCase['queries'][number]): SubordinatesOptions {
  return q as SubordinatesOptions;
}

/** What a library call gave, in the reference's shape: a value, or the chain error it threw. */
function outcome<T>(run: () => T): RefResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (!(error instanceof ChainError)) throw error;
    const { code, id, candidates } = error;
    return { ok: false, code: code as 'CYCLE', id, candidates: [...candidates].sort() };
  }
}

function mapOk<T, U>(result: RefResult<T>, f: (value: T) => U): RefResult<U> {
  return result.ok ? { ok: true, value: f(result.value) } : result;
}

/** A link as text: its ends, its relationship and the authority it reports. */
const linkKey = (l: RefLink) =>
  `${l.subordinate}>${l.superior}:${l.relationship.id}:${l.authority}`;

const ids = (ds: Dataset) => [...ds.organisations.map((o) => o.id), 'nowhere'];

const numRuns = 200;
/** Well above the second or two each property takes, for slow shared machines. */
const timeout = 30_000;

/**
 * Asserts `check` on every dataset of random chain cases (validated and raw) with each of the
 * case's queries, the regression corpus first.
 */
function everyQuery(check: (ds: Dataset, q: ChainCase['queries'][number]) => void): void {
  fc.assert(
    fc.property(chainCase, (c) => {
      for (const ds of datasetsOf(c)) for (const q of c.queries) check(ds, q);
    }),
    { numRuns, examples: [...chainAgainstReference] },
  );
}

describe('reportingChain properties', () => {
  test(
    'agrees with the slow reference on random graphs',
    () => {
      everyQuery((ds, q) => {
        for (const id of ids(ds)) {
          const fast = outcome(() => reportingChain(ds, id, options(q)));
          expect(
            mapOk(fast, (links) => links.map(linkKey)),
            `${id} ${JSON.stringify(q)}`,
          ).toEqual(mapOk(refChain(ds, id, options(q)), (links) => links.map(linkKey)));
        }
      });
    },
    timeout,
  );
  test('meets validated and hostile graphs alike', () => {
    expect(validatedRuns).toBeGreaterThan(0);
    expect(rawRuns).toBeGreaterThan(validatedRuns);
  });
});

describe('chainSummary properties', () => {
  test(
    'gives each node the depth, top and problem of its reference chain',
    () => {
      everyQuery((ds, q) => {
        const s = chainSummary(ds, options(q));
        expect(s.ids).toEqual(ds.organisations.map((o) => o.id));
        const fast = s.ids.map((id, i) => ({
          depth: s.depth[i],
          top: s.ids[s.top[i] ?? -1],
          problem: s.problem[i],
        }));
        expect(fast).toEqual(s.ids.map((id) => refSummary(ds, id, options(q))));
      });
    },
    timeout,
  );
});

describe('subordinates properties', () => {
  test(
    'lists what the reference finds below each node, level by level',
    () => {
      everyQuery((ds, q) => {
        for (const id of ids(ds)) {
          const fast = outcome(() => subordinates(ds, id, options(q)));
          const got = mapOk(fast, (list) =>
            list.map((s) => {
              expect(s.link.subordinate).toBe(s.id);
              return { id: s.id, depth: s.depth, relationship: s.link.relationship.id };
            }),
          );
          expect(got, `${id} ${JSON.stringify(q)}`).toEqual(refSubordinates(ds, id, options(q)));
        }
      });
    },
    timeout,
  );
});

describe('commonSuperior properties', () => {
  test(
    'finds the lowest superior the reference chains share, or their error',
    () => {
      fc.assert(
        fc.property(
          chainCase,
          fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 }),
          (c, pairs) => {
            for (const ds of datasetsOf(c)) {
              const all = ids(ds);
              for (const q of c.queries) {
                for (const [i, j] of [[0, 0] as const, ...pairs]) {
                  const a = all[i % all.length] as string;
                  const b = all[j % all.length] as string;
                  expect(
                    outcome(() => commonSuperior(ds, a, b, options(q))),
                    `${a} ${b}`,
                  ).toEqual(refCommonSuperior(ds, a, b, options(q)));
                }
              }
            }
          },
        ),
        { numRuns, examples: chainAgainstReference.map(([c]) => [c, []] as [ChainCase, []]) },
      );
    },
    timeout,
  );
});

describe('findCycles properties', () => {
  test(
    'finds one real cycle per cyclic group and self-tie the reference finds, and no other',
    () => {
      everyQuery((ds, q) => {
        const cycles = findCycles(ds, options(q));
        const expected = refCycles(ds, options(q));
        for (const cycle of cycles) {
          // Each reports to the next through the tie listed, the last to the first.
          expect(cycle.relationships).toHaveLength(cycle.ids.length);
          expect(new Set(cycle.ids).size).toBe(cycle.ids.length);
          cycle.relationships.forEach((r, k) => {
            expect(refIsTie(ds, r, options(q))).toBe(true);
            expect(r.subordinate).toBe(cycle.ids[k]);
            expect(r.superior).toBe(cycle.ids[(k + 1) % cycle.ids.length]);
          });
        }
        const selfTies = cycles.filter((x) => x.ids.length === 1);
        expect(selfTies.map((x) => x.relationships[0]?.id).sort()).toEqual(expected.selfTies);
        const groupOf = (x: Cycle) =>
          expected.groups.findIndex((g) => x.ids.every((id) => g.includes(id)));
        const found = cycles.filter((x) => x.ids.length > 1).map(groupOf);
        expect(found.sort((x, y) => x - y)).toEqual(expected.groups.map((_, k) => k));
      });
    },
    timeout,
  );
});

describe('chain queries properties', () => {
  test(
    'answer the same whatever the order of the relationships table',
    () => {
      fc.assert(
        fc.property(chainCase, fc.array(fc.nat(), { minLength: 60, maxLength: 60 }), (c, keys) => {
          const order = c.relationships
            .map((r, i) => ({ r, k: keys[i] ?? 0, i }))
            .sort((x, y) => x.k - y.k || x.i - y.i)
            .map(({ r }) => r);
          const shuffled = { ...c, relationships: order };
          const answers = (ds: Dataset) =>
            c.queries.map((q) => ({
              chains: ids(ds).map((id) =>
                mapOk(
                  outcome(() => reportingChain(ds, id, options(q))),
                  (l) => l.map(linkKey),
                ),
              ),
              summary: chainSummary(ds, options(q)),
              below: ids(ds).map((id) =>
                mapOk(
                  outcome(() => subordinates(ds, id, options(q))),
                  (l) => l.map((s) => [s.id, s.depth, s.link.relationship.id]),
                ),
              ),
              cycles: findCycles(ds, options(q)).length,
            }));
          expect(answers(raw(shuffled))).toEqual(answers(raw(c)));
          const [first, second] = [parseDataset(input(c)), parseDataset(input(shuffled))];
          expect(second.ok).toBe(first.ok);
          expect(second.ok && answers(second.dataset)).toEqual(first.ok && answers(first.dataset));
        }),
        { numRuns, examples: [...chainTableOrder] },
      );
    },
    timeout,
  );
});

describe('holdersOf, holderOf and postsHeld properties', () => {
  /** Random tenures of 1–4 people in 1–4 posts, some acting, some overlapping. */
  const tenures = fc.record({
    asOf: maybe(date),
    posts: fc.integer({ min: 1, max: 4 }),
    persons: fc.integer({ min: 1, max: 4 }),
    assignments: fc.array(
      fc.record({
        post: fc.nat(),
        person: fc.nat(),
        acting: maybe(fc.boolean()),
        from: maybe(date),
        until,
      }),
      { maxLength: 12 },
    ),
    queries: fc.array(maybe(date, 1), { minLength: 1, maxLength: 3 }),
  });

  function code(run: () => unknown): unknown {
    try {
      return { ok: run() };
    } catch (error) {
      return { code: (error as { code?: unknown }).code };
    }
  }

  test(
    'list the tenures in force throughout asOf, substantive holders first',
    () => {
      fc.assert(
        fc.property(tenures, (t) => {
          const posts = Array.from({ length: t.posts }, (_, i) => ({
            id: `p${String(i)}`,
            name: 'P',
            organisation: 'o0',
          }));
          const persons = Array.from({ length: t.persons }, (_, i) => ({
            id: `h${String(i)}`,
            name: 'H',
          }));
          const assignments = t.assignments.map((a, i) =>
            defined({
              ...a,
              id: `a${String(i)}`,
              post: `p${String(a.post % t.posts)}`,
              person: `h${String(a.person % t.persons)}`,
            }),
          );
          const graph: ChainCase = {
            ...(t.asOf === undefined ? {} : { asOf: t.asOf }),
            organisations: [{ id: 'o0' }],
            relationships: [],
            queries: [],
          };
          const parsed = parseDataset({ ...input(graph), posts, persons, assignments });
          const hand = raw(graph, { posts, persons, assignments });
          for (const ds of parsed.ok ? [parsed.dataset, hand] : [hand]) {
            for (const asOf of t.queries) {
              const when = asOf ?? t.asOf;
              const opts = asOf === undefined ? undefined : { asOf };
              // The reference: a scan of the tenures, with isActive on the date asked about.
              const current = ds.assignments.filter((a) => when !== undefined && isActive(a, when));
              const refuse = when === undefined ? { code: 'INVALID_ARGUMENT' } : undefined;
              for (const post of [...posts.map((x) => x.id), ...(refuse ? [] : ['nowhere'])]) {
                const ids = (list: readonly Holding[] | undefined) =>
                  list?.map((h) => h.assignment.id);
                const held = current.filter((a) => a.post === post);
                const expected =
                  post === 'nowhere'
                    ? { code: 'UNKNOWN_ID' }
                    : (refuse ?? {
                        ok: [
                          ...held.filter((a) => a.acting !== true),
                          ...held.filter((a) => a.acting === true),
                        ].map((a) => a.id),
                      });
                expect(code(() => ids(holdersOf(ds, post, opts)))).toEqual(expected);
                const first = 'ok' in expected ? { ok: expected.ok[0] } : expected;
                expect(code(() => holderOf(ds, post, opts)?.assignment.id)).toEqual(first);
              }
              for (const person of [...persons.map((x) => x.id), ...(refuse ? [] : ['nobody'])]) {
                const expected =
                  person === 'nobody'
                    ? { code: 'UNKNOWN_ID' }
                    : (refuse ?? {
                        ok: current.filter((a) => a.person === person).map((a) => a.id),
                      });
                expect(code(() => postsHeld(ds, person, opts).map((h) => h.assignment.id))).toEqual(
                  expected,
                );
              }
            }
          }
        }),
        { numRuns: 300 },
      );
    },
    timeout,
  );
});
