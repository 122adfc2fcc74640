// Issue 12: parseDataset's integrity checks, corruption by corruption. From a valid dataset (the
// embedded one, the small fixture or a generated one touching every table), one corruption — a
// dangling reference in any referencing field, a duplicate id in any table, a reversed interval, a
// cycle in force at one time, two holders of one post, two superiors on one line — must be
// reported with its code at its JSON path; the uncorrupted dataset must have no issue at all; and
// the model must survive a JSON round trip unchanged.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  AidStageValues,
  ChainAuthorityValues,
  CapabilityValues,
  LateralAuthorityValues,
  OperationalAuthorityValues,
  OrganisationKindValues,
  WeaponCategoryValues,
  loadDataset,
  parseDataset,
  type Dataset,
  type DatasetInput,
  type DatasetTable,
  type JsonPath,
} from 'nsatu';
import { defaultDataset } from 'nsatu/data';
import { smallDataset } from '../fixtures/small.ts';
import { integrityTakenId } from '../regression/corpus.ts';
import {
  ID_TABLES,
  INTERVALS,
  REFERENCES,
  append,
  compact,
  getAt,
  issuesOf,
  placesOf,
  setAt,
  thaw,
  type Row,
} from './corruptions.ts';

const slow = { timeout: 60_000 };

// --- Valid datasets -------------------------------------------------------------------------

const NATIONS = ['UKR', 'DEU', 'GBR', 'USA', 'FRA', 'POL', 'NLD'] as const;
const year = (y: number): string => String(2000 + y);
const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** An interval from a start year, open or closed after 1 to 5 years. */
function interval(start: number, length: number | null): { from: string; until?: string } {
  return length === null
    ? { from: year(start) }
    : { from: year(start), until: year(start + length) };
}

const span = fc.record({
  start: fc.nat({ max: 20 }),
  length: fc.option(fc.integer({ min: 1, max: 5 })),
});
const many = <T>(a: fc.Arbitrary<T>, maxLength: number): fc.Arbitrary<T[]> =>
  fc.array(a, { maxLength });

/**
 * Valid datasets touching every table: organisations in a forest on the operational and ADCON
 * lines (each tie points to an earlier body), lateral ties anywhere, posts held in turn, coalition
 * members, agreements, training, a catalogue and aid that cites it, and sources cited throughout.
 */
const generated: fc.Arbitrary<DatasetInput> = fc
  .record({
    nations: fc.subarray(NATIONS.slice(1), { minLength: 1 }),
    udcg: many(fc.option(span), 7),
    sources: many(fc.record({ dated: fc.option(span), cite: fc.nat() }), 4),
    orgs: fc.array(
      fc.record({
        kind: fc.constantFrom(...OrganisationKindValues),
        parent: fc.nat(),
        authority: fc.constantFrom(...OperationalAuthorityValues),
        adcon: fc.option(fc.nat()),
        from: fc.boolean(),
        nation: fc.option(fc.nat()),
        cite: fc.option(fc.nat()),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    lateral: many(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        authority: fc.constantFrom(...LateralAuthorityValues),
        span,
      }),
      4,
    ),
    posts: many(
      fc.record({
        org: fc.nat(),
        shared: fc.boolean(),
        holders: many(
          fc.record({
            person: fc.nat(),
            years: fc.integer({ min: 1, max: 4 }),
            acting: fc.boolean(),
          }),
          4,
        ),
      }),
      4,
    ),
    persons: fc.integer({ min: 1, max: 5 }),
    coalitions: many(
      fc.record({
        capability: fc.constantFrom(...CapabilityValues),
        body: fc.option(fc.nat()),
        members: many(
          fc.record({ party: fc.nat(), lead: fc.boolean(), span, cite: fc.option(fc.nat()) }),
          4,
        ),
      }),
      3,
    ),
    agreements: many(fc.record({ party: fc.nat(), span, unknown: fc.boolean() }), 3),
    training: many(
      fc.record({
        lead: fc.nat(),
        host: fc.nat(),
        partner: fc.option(fc.nat()),
        org: fc.option(fc.nat()),
        span,
        reports: many(fc.nat({ max: 9 }), 3),
      }),
      2,
    ),
    ammunition: fc.nat({ max: 3 }),
    systems: many(
      fc.record({
        category: fc.constantFrom(...WeaponCategoryValues),
        capability: fc.constantFrom(...CapabilityValues),
        ammunition: fc.option(fc.nat()),
        variants: fc.nat({ max: 3 }),
      }),
      4,
    ),
    aid: many(
      fc.record({
        donor: fc.nat(),
        recipient: fc.boolean(),
        system: fc.option(fc.nat()),
        variant: fc.boolean(),
        quantity: fc.option(fc.nat({ max: 500 })),
        stage: fc.constantFrom(...AidStageValues),
        date: fc.option(span),
        supersedes: fc.option(fc.nat()),
        coalition: fc.option(fc.nat()),
        cite: fc.option(fc.nat()),
      }),
      8,
    ),
  })
  .map((g) => {
    const nations = ['UKR', ...g.nations];
    const sourceIds = g.sources.map((_, i) => `src-${String(i)}`);
    const cite = (n: number | null): { sources?: string[] } =>
      n === null || sourceIds.length === 0 ? {} : { sources: [pick(sourceIds, n)] };
    const orgIds = g.orgs.map((_, i) => `org-${String(i)}`);
    const parties = [...nations, ...orgIds];
    const personIds = Array.from({ length: g.persons }, (_, i) => `person-${String(i)}`);
    const postIds = g.posts.map((_, i) => `post-${String(i)}`);
    const coalitionIds = g.coalitions.map((_, i) => `coalition-${String(i)}`);
    const ammunitionIds = Array.from({ length: g.ammunition }, (_, i) => `ammo-${String(i)}`);
    const systemIds = g.systems.map((_, i) => `system-${String(i)}`);
    const relationships: Row[] = [];
    g.orgs.forEach((o, i) => {
      if (i === 0) return;
      relationships.push({
        id: `tie-${String(i)}`,
        subordinate: orgIds[i],
        superior: orgIds[o.parent % i],
        authority: o.authority,
        ...(postIds.length > 0 && o.parent % 3 === 0 ? { capacity: pick(postIds, o.parent) } : {}),
      });
      if (o.adcon !== null) {
        relationships.push({
          id: `adcon-${String(i)}`,
          subordinate: orgIds[i],
          superior: orgIds[o.adcon % i],
          authority: 'ADCON',
          from: '2010',
        });
      }
    });
    g.lateral.forEach((l, i) => {
      const a = l.a % orgIds.length;
      const b = l.b % orgIds.length;
      if (a === b) return;
      relationships.push({
        id: `lateral-${String(i)}`,
        subordinate: orgIds[a],
        superior: orgIds[b],
        authority: l.authority,
        ...interval(l.span.start, l.span.length),
      });
    });
    const assignments: Row[] = [];
    g.posts.forEach((p, i) => {
      let start = 0;
      p.holders.forEach((h, j) => {
        const last = j === p.holders.length - 1;
        assignments.push({
          id: `tenure-${String(i)}-${String(j)}`,
          post: postIds[i],
          person: pick(personIds, h.person),
          // Acting holders overlap anyone; the others hold the post in turn.
          ...(h.acting
            ? { acting: true, from: year(start) }
            : interval(start, last ? null : h.years)),
        });
        if (!h.acting) start += h.years;
      });
    });
    const variantIds = (i: number, n: number): string[] =>
      Array.from({ length: n }, (_, j) => `system-${String(i)}-v${String(j)}`);
    const aid: Row[] = [];
    g.aid.forEach((a, i) => {
      const s =
        a.system === null || systemIds.length === 0 ? undefined : a.system % systemIds.length;
      const variants = s === undefined ? [] : variantIds(s, g.systems[s]?.variants ?? 0);
      aid.push({
        id: `aid-${String(i)}`,
        donor: pick(parties, a.donor),
        ...(a.recipient ? { recipient: 'UKR' } : {}),
        ...(s === undefined ? { item: 'boots' } : { system: systemIds[s] }),
        ...(a.variant && variants.length > 0 ? { variant: pick(variants, a.donor) } : {}),
        ...(a.quantity === null ? {} : { quantity: a.quantity }),
        stage: a.stage,
        ...(a.date === null ? {} : { date: year(a.date.start) }),
        ...(a.supersedes === null || i === 0
          ? {}
          : { supersedes: `aid-${String(a.supersedes % i)}` }),
        ...(a.coalition === null || coalitionIds.length === 0
          ? {}
          : { coalition: pick(coalitionIds, a.coalition) }),
        ...cite(a.cite),
      });
    });
    const input: DatasetInput = {
      title: 'generated',
      sources: g.sources.map((s, i) => ({
        id: sourceIds[i] as string,
        title: `Source ${String(i)}`,
        ...(s.dated === null
          ? {}
          : { date: year(s.dated.start), accessed: year(s.dated.start + (s.dated.length ?? 0)) }),
      })),
      nations: nations.map((id, i) => {
        const udcg = g.udcg[i];
        return {
          id,
          name: `Nation ${id}`,
          ...(udcg ? { udcg: interval(udcg.start, udcg.length) } : {}),
        };
      }),
      organisations: g.orgs.map((o, i) => ({
        id: orgIds[i] as string,
        name: `Body ${String(i)}`,
        kind: o.kind,
        ...(o.from ? { from: '2000' } : {}),
        ...(o.nation === null
          ? {}
          : {
              nations: [pick(nations, o.nation)],
              location: { name: 'HQ', country: pick(nations, o.nation) },
            }),
        ...cite(o.cite),
      })),
      posts: g.posts.map((p, i) => ({
        id: postIds[i] as string,
        name: `Post ${String(i)}`,
        organisation: pick(orgIds, p.org),
        ...(p.shared ? { maxHolders: 2 } : {}),
      })),
      persons: personIds.map((id, i) => ({
        id,
        name: `Person ${String(i)}`,
        nation: pick(nations, i),
      })),
      assignments: assignments as DatasetInput['assignments'],
      relationships: relationships as DatasetInput['relationships'],
      coalitions: g.coalitions.map((c, i) => ({
        id: coalitionIds[i] as string,
        name: `Coalition ${String(i)}`,
        capability: c.capability,
        ...(c.body === null ? {} : { coordinatingBody: pick(orgIds, c.body) }),
        members: c.members.map((m) => ({
          party: pick(parties, m.party),
          role: m.lead ? ('lead' as const) : ('member' as const),
          ...interval(m.span.start, m.span.length),
          ...cite(m.cite),
        })),
      })),
      agreements: g.agreements.map((a, i) => ({
        id: `agreement-${String(i)}`,
        parties: ['UKR', pick(parties.slice(1), a.party)],
        signed: year(a.span.start),
        ...(a.unknown
          ? { until: 'unknown' }
          : a.span.length === null
            ? {}
            : { until: year(a.span.start + a.span.length) }),
      })),
      trainingProgrammes: g.training.map((t, i) => ({
        id: `training-${String(i)}`,
        name: `Training ${String(i)}`,
        lead: pick(parties, t.lead),
        hosts: [pick(nations, t.host)],
        ...(t.partner === null ? {} : { partners: [pick(parties, t.partner)] }),
        ...(t.org === null ? {} : { organisation: pick(orgIds, t.org) }),
        ...interval(t.span.start, t.span.length),
        trainees: [...new Set(t.reports)].map((r) => ({
          count: r * 100,
          asOf: year(r),
          cumulative: true,
        })),
      })),
      ammunitionFamilies: ammunitionIds.map((id, i) => ({ id, name: id, ...cite(i) })),
      weaponSystems: g.systems.map((s, i) => ({
        id: systemIds[i] as string,
        name: `System ${String(i)}`,
        category: s.category,
        capability: s.capability,
        ...(s.ammunition === null || ammunitionIds.length === 0
          ? {}
          : { ammunition: [pick(ammunitionIds, s.ammunition)] }),
        ...(s.variants === 0
          ? {}
          : { variants: variantIds(i, s.variants).map((id) => ({ id, name: id })) }),
      })),
      aid: aid as DatasetInput['aid'],
    };
    return input;
  });

const embedded = defaultDataset();
const fixture = loadDataset(smallDataset());
const bases = { embedded, fixture };

/** A valid dataset, as plain mutable data. */
const valid: fc.Arbitrary<Dataset> = fc.oneof(
  { arbitrary: fc.constant(embedded), weight: 1 },
  { arbitrary: fc.constant(fixture), weight: 1 },
  { arbitrary: generated.map((input) => loadDataset(input)), weight: 2 },
);

/** The `n`th tie on a chain line, counting round; the case is discarded when there is none. */
function chainTie(ds: Dataset, n: number): Dataset['relationships'][number] {
  const chain = ds.relationships.filter((r) => CHAIN_LINES.has(r.authority));
  fc.pre(chain.length > 0);
  return chain[n % chain.length] as (typeof chain)[number];
}

// --- Corruptions ------------------------------------------------------------------------------

const CHAIN_LINES: ReadonlySet<string> = new Set<string>(ChainAuthorityValues);

/**
 * A loop of two to four new bodies, each tied to the next on one line (operational authorities
 * mixed, or all ADCON, or all LOGCON): in force together around 2010, or one after another.
 */
const loops = fc
  .record({
    line: fc.constantFrom('operational', 'ADCON', 'LOGCON'),
    together: fc.boolean(),
    ties: fc.array(
      fc.record({
        authority: fc.constantFrom(...OperationalAuthorityValues),
        before: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
        after: fc.option(fc.nat({ max: 5 }), { nil: undefined }),
      }),
      { minLength: 2, maxLength: 4 },
    ),
  })
  .map(({ line, together, ties }) => ({
    together,
    ties: ties.map((t, i) => ({
      authority: line === 'operational' ? t.authority : line,
      // Together: each tie holds over 2010. Apart: tie i holds over one year of its own.
      from: together ? (t.before === undefined ? undefined : year(10 - t.before)) : year(2 * i),
      until: together ? (t.after === undefined ? undefined : year(11 + t.after)) : year(2 * i + 1),
    })),
  }));

describe('parseDataset integrity properties', () => {
  test(
    'finds no issue in a valid dataset, and gives back an equal one after a JSON round trip',
    slow,
    () => {
      fc.assert(
        fc.property(generated, (input) => {
          const first = parseDataset(input);
          expect(first.ok ? [] : compact(first.issues)).toEqual([]);
          if (!first.ok) return;
          const again = parseDataset(JSON.parse(JSON.stringify(first.dataset)));
          expect(again).toStrictEqual({ ok: true, dataset: first.dataset });
          // And the input itself, once through JSON, parses to the same dataset.
          expect(parseDataset(JSON.parse(JSON.stringify(input)))).toStrictEqual(first);
        }),
        { numRuns: 300 },
      );
    },
  );

  test('gives back the embedded dataset equal after a JSON round trip', () => {
    const again = parseDataset(JSON.parse(JSON.stringify(embedded)));
    expect(again).toStrictEqual({ ok: true, dataset: embedded });
  });

  test('every corruption below has somewhere to happen in the datasets it starts from', () => {
    const generatedOnes = fc
      .sample(generated, { numRuns: 50, seed: 12 })
      .map((x) => loadDataset(x));
    const samples = [embedded, fixture, ...generatedOnes];
    for (const [table, pattern] of REFERENCES) {
      const found = samples.some((ds) => placesOf(ds, table, pattern).length > 0);
      expect(found, `${table}.${pattern.join('.')}`).toBe(true);
    }
    for (const [table, pattern, from] of INTERVALS) {
      const found = samples.some((ds) => placesOf(ds, table, [...pattern, from]).length > 0);
      expect(found, `${table}.${pattern.join('.')}.${from}`).toBe(true);
    }
  });

  test(
    'reports a dangling reference in any referencing field at its path, and nothing else',
    slow,
    () => {
      fc.assert(
        fc.property(valid, fc.nat({ max: REFERENCES.length - 1 }), fc.nat(), (ds, r, n) => {
          const [table, pattern, value] = REFERENCES[r] as (typeof REFERENCES)[number];
          const places = placesOf(ds, table, pattern);
          fc.pre(places.length > 0);
          const path = places[n % places.length] as JsonPath;
          const copy = thaw(ds);
          setAt(copy, path, value);
          expect(compact(issuesOf(copy))).toEqual([`UNKNOWN_REFERENCE ${JSON.stringify(path)}`]);
        }),
        { numRuns: 400 },
      );
    },
  );

  test('reports a record with a taken id, in any table, at its id and nowhere else', slow, () => {
    fc.assert(
      fc.property(valid, fc.constantFrom(...ID_TABLES), fc.nat(), fc.nat(), (ds, table, a, b) => {
        const rows = ds[table] as readonly Row[];
        fc.pre(rows.length > 0);
        // Any record of the table (itself valid there) under the id of another, or of itself.
        const taken = a % rows.length;
        const twin = structuredClone(rows[b % rows.length]) as Row;
        twin.id = rows[taken]?.id;
        // A system's variants would be duplicates of their own.
        if (table === 'weaponSystems') delete twin.variants;
        const copy = thaw(ds);
        append(copy, table, twin);
        const issues = issuesOf(copy);
        expect(compact(issues)).toEqual([
          `DUPLICATE_ID ${JSON.stringify([table, rows.length, 'id'])}`,
        ]);
        expect(issues[0]?.related).toEqual([[table, taken, 'id']]);
      }),
      {
        numRuns: 400,
        examples: integrityTakenId.map(
          ([base, table, a, b]): [Dataset, DatasetTable, number, number] => [
            bases[base],
            table,
            a,
            b,
          ],
        ),
      },
    );
  });

  test('reports a second variant with a taken id, across systems', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat(), (ds, n) => {
        const places = placesOf(ds, 'weaponSystems', ['variants', '*']);
        fc.pre(places.length > 0);
        const original = places[n % places.length] as JsonPath;
        const copy = thaw(ds);
        const last = ds.weaponSystems.length - 1;
        const target = copy.weaponSystems[last] as unknown as Row;
        const variants = (target.variants ?? []) as Row[];
        target.variants = [...variants, structuredClone(getAt(ds, original))];
        const issues = issuesOf(copy);
        const path = ['weaponSystems', last, 'variants', variants.length, 'id'];
        expect(compact(issues)).toEqual([`DUPLICATE_ID ${JSON.stringify(path)}`]);
        expect(issues[0]?.related).toEqual([[...original, 'id']]);
      }),
      { numRuns: 100 },
    );
  });

  test('reports an interval that ends when it starts at its end, in any table', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat({ max: INTERVALS.length - 1 }), fc.nat(), (ds, k, n) => {
        const [table, pattern, from, until] = INTERVALS[k] as (typeof INTERVALS)[number];
        const places = placesOf(ds, table, [...pattern, from]);
        fc.pre(places.length > 0);
        const start = places[n % places.length] as JsonPath;
        const path = [...start.slice(0, -1), until];
        const copy = thaw(ds);
        setAt(copy, path, getAt(ds, start));
        const issues = compact(issuesOf(copy));
        expect(issues).toContain(`INTERVAL_ORDER ${JSON.stringify(path)}`);
        // Ending earlier can only also put what lives within it outside its lifetime.
        const others = issues.filter((i) => i !== `INTERVAL_ORDER ${JSON.stringify(path)}`);
        for (const other of others) expect(other).toMatch(/^OUTSIDE_LIFETIME /);
      }),
      { numRuns: 300 },
    );
  });

  test('reports a source accessed before it was published', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat(), (ds, n) => {
        const places = placesOf(ds, 'sources', ['date']);
        fc.pre(places.length > 0);
        const date = places[n % places.length] as JsonPath;
        const published = getAt(ds, date) as string;
        const path = [...date.slice(0, -1), 'accessed'];
        const copy = thaw(ds);
        setAt(copy, path, String(Number(published.slice(0, 4)) - 1));
        expect(compact(issuesOf(copy))).toEqual([`INTERVAL_ORDER ${JSON.stringify(path)}`]);
      }),
      { numRuns: 100 },
    );
  });

  test(
    'reports a cycle of new bodies on one line in force at one time, naming every tie',
    slow,
    () => {
      fc.assert(
        fc.property(valid, loops, (ds, loop) => {
          const copy = thaw(ds);
          const first = copy.relationships.length;
          loop.ties.forEach((tie, i) => {
            append(copy, 'organisations', {
              id: `loop-${String(i)}`,
              name: `Loop ${String(i)}`,
              kind: 'command',
            });
            append(copy, 'relationships', {
              id: `loop-tie-${String(i)}`,
              subordinate: `loop-${String(i)}`,
              superior: `loop-${String((i + 1) % loop.ties.length)}`,
              authority: tie.authority,
              ...(tie.from === undefined ? {} : { from: tie.from }),
              ...(tie.until === undefined ? {} : { until: tie.until }),
            });
          });
          const issues = issuesOf(copy);
          // Never all in force at one time: no cycle at all.
          expect(issues.map((i) => i.code)).toEqual(loop.together ? ['CYCLE'] : []);
          if (!loop.together) return;
          const [cycle] = issues;
          const named = [cycle?.path, ...(cycle?.related ?? [])].map((path) =>
            JSON.stringify(path),
          );
          const ties = loop.ties.map((_, i) =>
            JSON.stringify(['relationships', first + i, 'superior']),
          );
          expect(named.sort()).toEqual(ties.sort());
        }),
        { numRuns: 200 },
      );
    },
  );

  test('reports a tie that closes a loop with an existing one, on its line', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat(), (ds, n) => {
        const tie = chainTie(ds, n);
        const copy = thaw(ds);
        const index = append(copy, 'relationships', {
          ...structuredClone(tie),
          id: 'closing-tie',
          subordinate: tie.superior,
          superior: tie.subordinate,
        });
        const issues = issuesOf(copy);
        const path = JSON.stringify(['relationships', index, 'superior']);
        const cycles = issues.filter((i) => i.code === 'CYCLE');
        expect(cycles).toHaveLength(1);
        const named = [cycles[0]?.path, ...(cycles[0]?.related ?? [])].map((p) =>
          JSON.stringify(p),
        );
        expect(named).toContain(path);
        expect(named).toContain(
          JSON.stringify(['relationships', ds.relationships.indexOf(tie), 'superior']),
        );
        // The new superior may already have one on that line: that is the only other issue.
        for (const other of compact(issues.filter((i) => i.code !== 'CYCLE'))) {
          expect(other).toBe(`MULTIPLE_SUPERIORS ${path}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('reports a second holder of a one-holder post at the same time', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat(), fc.nat(), (ds, n, m) => {
        const single = new Set(ds.posts.filter((p) => (p.maxHolders ?? 1) === 1).map((p) => p.id));
        const held = ds.assignments.filter((a) => a.acting !== true && single.has(a.post));
        fc.pre(held.length > 0 && ds.persons.length > 1);
        const tenure = held[n % held.length] as (typeof held)[number];
        const others = ds.persons.filter((p) => p.id !== tenure.person);
        const person = (others[m % others.length] as (typeof others)[number]).id;
        const copy = thaw(ds);
        const index = append(copy, 'assignments', {
          ...structuredClone(tenure),
          id: 'second-holder',
          person,
        });
        const issues = issuesOf(copy);
        expect(compact(issues)).toEqual([
          `MULTIPLE_HOLDERS ${JSON.stringify(['assignments', index, 'person'])}`,
        ]);
        const [related] = issues[0]?.related ?? [];
        const other = getAt(copy, (related ?? []).slice(0, -1)) as Row | undefined;
        expect(other?.post).toBe(tenure.post);
        expect(other?.person).not.toBe(person);
      }),
      { numRuns: 200 },
    );
  });

  test('reports a second superior on one line at the same time', slow, () => {
    fc.assert(
      fc.property(valid, fc.nat(), (ds, n) => {
        const tie = chainTie(ds, n);
        const copy = thaw(ds);
        append(copy, 'organisations', {
          id: 'second-superior',
          name: 'Second superior',
          kind: 'command',
        });
        const index = append(copy, 'relationships', {
          ...structuredClone(tie),
          id: 'second-tie',
          superior: 'second-superior',
        });
        const issues = issuesOf(copy);
        expect(compact(issues)).toEqual([
          `MULTIPLE_SUPERIORS ${JSON.stringify(['relationships', index, 'superior'])}`,
        ]);
        expect(issues[0]?.related).toEqual([
          ['relationships', ds.relationships.indexOf(tie), 'superior'],
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
