import type { References } from '../internal/references.ts';
import { compareDates, dateSpan, fromDayNumber } from '../model/date.ts';
import { ENDED_DATE_UNKNOWN, isReversed, type Validity } from '../model/interval.ts';
import {
  ChainAuthorityValues,
  OperationalAuthorityValues,
  type Relationship,
} from '../model/relationship.ts';
import { cyclicComponents, findCycle, hasCycle, type Edge } from '../internal/cycles.ts';
import type { Dataset, DatasetTable } from './schema.ts';
import type { DatasetIssue, JsonPath } from './issues.ts';

/**
 * The tables as integrity checks read them: a hole (`undefined`) stands for a record that failed
 * its shape check, so the positions of the others, and so their paths, stay those of the input.
 *
 * @internal
 */
export type IntegrityInput = {
  readonly [K in DatasetTable]: readonly (Dataset[K][number] | undefined)[];
};

/**
 * Ids of records that failed their shape check, by index, so they still count for duplicates and
 * do not also cause unknown references.
 *
 * @internal
 */
export type KnownIds = Partial<Record<DatasetTable | 'variants', ReadonlyMap<number, string>>>;

type Issues = DatasetIssue[];
type Key = string | number;

const CHAIN: ReadonlySet<string> = new Set<string>(ChainAuthorityValues);
const OPERATIONAL: ReadonlySet<string> = new Set<string>(OperationalAuthorityValues);

// Paths are built only when an issue is reported: a valid dataset allocates none.

function startOf(v: Validity): number {
  return v.from === undefined ? -Infinity : dateSpan(v.from).start;
}

/** End of an interval; `Infinity` when ongoing or ended on an unknown date. */
function endOf(v: Validity): number {
  return v.until === undefined || v.until === ENDED_DATE_UNKNOWN
    ? Infinity
    : dateSpan(v.until).start;
}

/** Collects ids per table, reporting duplicates; returns id → index of first occurrence. */
function indexIds(
  rows: readonly ({ readonly id: string } | undefined)[],
  table: string,
  issues: Issues,
  extra: ReadonlyMap<number, string> | undefined,
): Map<string, number> {
  const seen = new Map<string, number>();
  for (let index = 0; index < rows.length; index++) {
    const id = rows[index]?.id ?? extra?.get(index);
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      issues.push({
        code: 'DUPLICATE_ID',
        path: [table, index, 'id'],
        message: `Duplicate id "${id}" in ${table}`,
        related: [[table, first, 'id']],
      });
    }
  }
  return seen;
}

interface Lookup {
  has(id: string): boolean;
}

function either(a: Lookup, b: Lookup): Lookup {
  return { has: (id) => a.has(id) || b.has(id) };
}

function unknown(issues: Issues, what: string, id: string, path: JsonPath): void {
  issues.push({ code: 'UNKNOWN_REFERENCE', path, message: `Unknown ${what} "${id}"` });
}

function ref(
  issues: Issues,
  target: Lookup,
  what: string,
  id: string | undefined,
  ...path: Key[]
): void {
  if (id !== undefined && !target.has(id)) unknown(issues, what, id, path);
}

function refs(
  issues: Issues,
  target: Lookup,
  what: string,
  ids: readonly string[] | undefined,
  ...path: Key[]
): void {
  if (ids === undefined) return;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i] as string;
    if (!target.has(id)) unknown(issues, what, id, [...path, i]);
  }
}

function interval(issues: Issues, v: Validity, ...path: Key[]): void {
  if (isReversed(v)) {
    issues.push({
      code: 'INTERVAL_ORDER',
      path: [...path, 'until'],
      message: `Interval ends before or when it starts: [${v.from}, ${v.until})`,
    });
  }
}

/** Explicit bounds of an entity that others must fall within. */
interface Lifetime {
  readonly from: string | undefined;
  readonly until: string | undefined;
  readonly start: number;
  readonly end: number;
}

function lifetimeOf(v: Validity): Lifetime | undefined {
  if (v.from === undefined && (v.until === undefined || v.until === ENDED_DATE_UNKNOWN)) {
    return undefined;
  }
  return { from: v.from, until: v.until, start: startOf(v), end: endOf(v) };
}

/** Flags a record whose explicit bounds fall outside the explicit lifetime of what it refers to. */
function lifetime(
  issues: Issues,
  inner: Validity,
  outer: Lifetime | undefined,
  what: string,
  ...path: Key[]
): void {
  if (outer === undefined) return;
  if (inner.from !== undefined && startOf(inner) < outer.start) {
    issues.push({
      code: 'OUTSIDE_LIFETIME',
      path: [...path, 'from'],
      message: `Starts ${inner.from}, before ${what} exists (from ${outer.from})`,
    });
  }
  if (outer.until !== undefined && outer.until !== ENDED_DATE_UNKNOWN) {
    if (inner.until === undefined) {
      issues.push({
        code: 'OUTSIDE_LIFETIME',
        path,
        message: `Ongoing, but ${what} ended ${outer.until}`,
      });
    } else if (inner.until !== ENDED_DATE_UNKNOWN && endOf(inner) > outer.end) {
      issues.push({
        code: 'OUTSIDE_LIFETIME',
        path: [...path, 'until'],
        message: `Lasts until ${inner.until}, after ${what} ended ${outer.until}`,
      });
    }
  }
}

interface Span {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly line: string;
}

/**
 * Finds, in one group of spans, each span that overlaps an earlier-starting span with a different
 * key. Sort plus sweep, tracking the furthest-reaching span and the furthest-reaching one with
 * another key: O(k log k) however hostile the group.
 */
function overlapsWithOtherKey(group: Span[], report: (span: Span, other: Span) => void): void {
  // Spans are grouped in input order, and sorting is stable: of two that start together, the one
  // listed first counts as earlier.
  group.sort((a, b) => a.start - b.start);
  let best: Span | undefined;
  let second: Span | undefined;
  for (const span of group) {
    if (best !== undefined) {
      if (best.key !== span.key && span.start < best.end) report(span, best);
      // Here span has best's key, or misses best and so second too (second never reaches further).
      else if (second !== undefined && span.start < second.end) {
        report(span, second);
      }
    }
    if (best === undefined || span.end > best.end) {
      if (best !== undefined && best.key !== span.key) second = best;
      best = span;
    } else if (span.key !== best.key && (second === undefined || span.end > second.end)) {
      second = span;
    }
  }
}

/** Adds a span to a group keyed by one string, keeping single-span groups allocation-light. */
function group(groups: Map<string, Span | Span[]>, key: string, span: Span): void {
  const existing = groups.get(key);
  if (existing === undefined) groups.set(key, span);
  else if (Array.isArray(existing)) existing.push(span);
  else groups.set(key, [existing, span]);
}

/** Splits groups of spans by line and reports overlaps with another key within each line. */
function checkOverlaps(
  groups: Map<string, Span | Span[]>,
  report: (span: Span, other: Span) => void,
): void {
  for (const entry of groups.values()) {
    if (!Array.isArray(entry)) continue;
    const lines = new Map<string, Span[]>();
    for (const span of entry) {
      const list = lines.get(span.line);
      if (list) list.push(span);
      else lines.set(span.line, [span]);
    }
    for (const list of lines.values()) overlapsWithOtherKey(list, report);
  }
}

function moment(day: number): string {
  return Number.isFinite(day) ? `from ${fromDayNumber(day)}` : 'from the start';
}

/**
 * Reports cycles in one line of authority that are in force at the same time: for each group of
 * ties that can form one (a strongly connected component), the first in force, from the moment it
 * forms. A linear topological pass rules out cycles in the usual case; only what it cannot peel
 * off is examined over time. Components share no tie, so no cycle is reported twice.
 */
function checkCycles(
  issues: Issues,
  relationships: IntegrityInput['relationships'],
  subOf: Int32Array,
  supOf: Int32Array,
  names: readonly (string | undefined)[],
  inLine: (r: Relationship) => boolean,
  lineName: string,
): void {
  const n = names.length;
  const selected: number[] = [];
  for (let rel = 0; rel < relationships.length; rel++) {
    if (subOf[rel] !== -1 && inLine(relationships[rel] as Relationship)) selected.push(rel);
  }
  if (!hasCycle(n, selected, subOf, supOf)) return;
  const edges: Edge[] = selected.map((rel) => {
    const r = relationships[rel] as Relationship;
    return {
      rel,
      from: subOf[rel] as number,
      to: supOf[rel] as number,
      start: startOf(r),
      end: endOf(r),
    };
  });
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (const e of edges) adjacency[e.from]?.push(e.to);
  const components = cyclicComponents(n, adjacency);
  const componentOf = new Int32Array(n).fill(-1);
  components.forEach((c, i) => {
    for (const node of c) componentOf[node] = i;
  });
  const inside: Edge[][] = components.map(() => []);
  for (const e of edges) {
    const c = componentOf[e.from] as number;
    if (c !== -1 && c === componentOf[e.to]) inside[c]?.push(e);
  }
  for (const ties of inside) {
    // A cycle is in force from the latest start of its ties: test each start, earliest first.
    const moments = [...new Set(ties.map((e) => e.start))].sort((a, b) => a - b);
    for (const at of moments) {
      const cycle = findCycle(ties.filter((e) => e.start <= at && at < e.end));
      if (!cycle) continue;
      const first = cycle[0] as Edge;
      issues.push({
        code: 'CYCLE',
        path: ['relationships', first.rel, 'superior'],
        message: `Cycle on the ${lineName} line (in force ${moment(at)}): ${[
          ...cycle.map((e) => names[e.from]),
          names[first.from],
        ].join(' → ')}`,
        related: cycle.slice(1).map((e): JsonPath => ['relationships', e.rel, 'superior']),
      });
      break;
    }
  }
}

/**
 * Checks everything a dataset's shape cannot: duplicate ids, unknown references, reversed
 * intervals, records outside the lifetime of what they refer to, cycles and two superiors on one
 * line at one time, two holders of one post at one time.
 *
 * `resolved` receives the organisation index and every relationship's endpoints when the dataset
 * is valid, so the chain index need not look them up again.
 *
 * @internal
 */
export function checkIntegrity(
  ds: IntegrityInput,
  known: KnownIds = {},
  resolved?: (refs: References) => void,
): DatasetIssue[] {
  const issues: Issues = [];
  const sources = indexIds(ds.sources, 'sources', issues, known.sources);
  const nations = indexIds(ds.nations, 'nations', issues, known.nations);
  const organisations = indexIds(ds.organisations, 'organisations', issues, known.organisations);
  const posts = indexIds(ds.posts, 'posts', issues, known.posts);
  const persons = indexIds(ds.persons, 'persons', issues, known.persons);
  indexIds(ds.assignments, 'assignments', issues, known.assignments);
  indexIds(ds.relationships, 'relationships', issues, known.relationships);
  const coalitions = indexIds(ds.coalitions, 'coalitions', issues, known.coalitions);
  indexIds(ds.agreements, 'agreements', issues, known.agreements);
  indexIds(ds.trainingProgrammes, 'trainingProgrammes', issues, known.trainingProgrammes);
  const ammunition = indexIds(
    ds.ammunitionFamilies,
    'ammunitionFamilies',
    issues,
    known.ammunitionFamilies,
  );
  const systems = indexIds(ds.weaponSystems, 'weaponSystems', issues, known.weaponSystems);
  const aidIds = indexIds(ds.aid, 'aid', issues, known.aid);
  const parties = either(nations, organisations);

  const cite = (v: { readonly sources?: readonly string[] | undefined }, ...path: Key[]): void => {
    refs(issues, sources, 'source', v.sources, ...path, 'sources');
  };

  ds.sources.forEach((s, i) => {
    if (s?.date !== undefined && s.accessed !== undefined && compareDates(s.accessed, s.date) < 0) {
      issues.push({
        code: 'INTERVAL_ORDER',
        path: ['sources', i, 'accessed'],
        message: `Accessed ${s.accessed}, before it was published (${s.date})`,
      });
    }
  });
  ds.nations.forEach((n, i) => {
    if (n === undefined) return;
    cite(n, 'nations', i);
    if (n.udcg) interval(issues, n.udcg, 'nations', i, 'udcg');
  });
  const orgLifetime: (Lifetime | undefined)[] = new Array<Lifetime | undefined>(
    ds.organisations.length,
  );
  const orgNames: (string | undefined)[] = new Array<string | undefined>(ds.organisations.length);
  ds.organisations.forEach((o, i) => {
    if (o === undefined) return;
    orgNames[i] = o.id;
    orgLifetime[i] = lifetimeOf(o);
    cite(o, 'organisations', i);
    interval(issues, o, 'organisations', i);
    refs(issues, nations, 'nation', o.nations, 'organisations', i, 'nations');
    ref(issues, nations, 'nation', o.location?.country, 'organisations', i, 'location', 'country');
  });
  const lifetimeOfOrg = (id: string): Lifetime | undefined => {
    const index = organisations.get(id);
    return index === undefined ? undefined : orgLifetime[index];
  };
  const postLifetime = new Map<string, Lifetime | undefined>();
  const sharedPosts = new Set<string>();
  ds.posts.forEach((p, i) => {
    if (p === undefined) return;
    // The first post with an id is the one its holders hold, as for every other lookup by id.
    if (!postLifetime.has(p.id)) postLifetime.set(p.id, lifetimeOf(p));
    if ((p.maxHolders ?? 1) > 1) sharedPosts.add(p.id);
    cite(p, 'posts', i);
    interval(issues, p, 'posts', i);
    ref(issues, organisations, 'organisation', p.organisation, 'posts', i, 'organisation');
    lifetime(
      issues,
      p,
      lifetimeOfOrg(p.organisation),
      `organisation "${p.organisation}"`,
      'posts',
      i,
    );
  });
  ds.persons.forEach((p, i) => {
    if (p === undefined) return;
    cite(p, 'persons', i);
    ref(issues, nations, 'nation', p.nation, 'persons', i, 'nation');
  });
  const holders = new Map<string, Span | Span[]>();
  ds.assignments.forEach((a, i) => {
    if (a === undefined) return;
    cite(a, 'assignments', i);
    interval(issues, a, 'assignments', i);
    ref(issues, posts, 'post', a.post, 'assignments', i, 'post');
    ref(issues, persons, 'person', a.person, 'assignments', i, 'person');
    lifetime(issues, a, postLifetime.get(a.post), `post "${a.post}"`, 'assignments', i);
    if (a.acting !== true && !sharedPosts.has(a.post) && !isReversed(a)) {
      group(holders, a.post, {
        index: i,
        start: startOf(a),
        end: endOf(a),
        key: a.person,
        line: '',
      });
    }
  });
  checkOverlaps(holders, (span, other) => {
    const post = (ds.assignments[span.index] as { post: string }).post;
    issues.push({
      code: 'MULTIPLE_HOLDERS',
      path: ['assignments', span.index, 'person'],
      message: `Post "${post}" has two holders at once: "${other.key}" and "${span.key}" (mark an interim holder acting: true)`,
      related: [['assignments', other.index, 'person']],
    });
  });

  // Resolve each tie's endpoints once; every later check reads the integer indexes.
  const rels = ds.relationships;
  const subOf = new Int32Array(rels.length).fill(-1);
  const supOf = new Int32Array(rels.length).fill(-1);
  const tiesPerSubordinate = new Int32Array(ds.organisations.length);
  for (let i = 0; i < rels.length; i++) {
    const r = rels[i];
    if (r === undefined) continue;
    const sub = organisations.get(r.subordinate);
    const sup = organisations.get(r.superior);
    cite(r, 'relationships', i);
    interval(issues, r, 'relationships', i);
    // The endpoints were just looked up: report them without a second lookup.
    if (sub === undefined)
      unknown(issues, 'organisation', r.subordinate, ['relationships', i, 'subordinate']);
    if (sup === undefined)
      unknown(issues, 'organisation', r.superior, ['relationships', i, 'superior']);
    ref(issues, posts, 'post', r.capacity, 'relationships', i, 'capacity');
    if (sub !== undefined) {
      lifetime(issues, r, orgLifetime[sub], `subordinate "${r.subordinate}"`, 'relationships', i);
    }
    if (sup !== undefined) {
      lifetime(issues, r, orgLifetime[sup], `superior "${r.superior}"`, 'relationships', i);
    }
    if (r.subordinate === r.superior) {
      issues.push({
        code: 'CYCLE',
        path: ['relationships', i, 'superior'],
        message: `"${r.subordinate}" is its own superior`,
      });
      continue;
    }
    if (sub === undefined || sup === undefined || isReversed(r)) continue;
    subOf[i] = sub;
    supOf[i] = sup;
    if (CHAIN.has(r.authority)) tiesPerSubordinate[sub] = (tiesPerSubordinate[sub] as number) + 1;
  }
  // Only a subordinate with two or more ties can have two superiors at once.
  const superiors = new Map<string, Span | Span[]>();
  for (let i = 0; i < subOf.length; i++) {
    const sub = subOf[i] as number;
    if (sub === -1 || (tiesPerSubordinate[sub] as number) < 2) continue;
    const r = rels[i] as Relationship;
    if (!CHAIN.has(r.authority)) continue;
    group(superiors, r.subordinate, {
      index: i,
      start: startOf(r),
      end: endOf(r),
      key: r.superior,
      line: r.authority,
    });
  }
  checkOverlaps(superiors, (span, other) => {
    const r = rels[span.index] as Relationship;
    issues.push({
      code: 'MULTIPLE_SUPERIORS',
      path: ['relationships', span.index, 'superior'],
      message: `"${r.subordinate}" has two ${r.authority} superiors at once: "${other.key}" and "${span.key}"`,
      related: [['relationships', other.index, 'superior']],
    });
  });
  const lines: [string, (r: Relationship) => boolean][] = [
    ['operational', (r) => OPERATIONAL.has(r.authority)],
    ['ADCON', (r) => r.authority === 'ADCON'],
    ['LOGCON', (r) => r.authority === 'LOGCON'],
  ];
  for (const [name, inLine] of lines) {
    checkCycles(issues, rels, subOf, supOf, orgNames, inLine, name);
  }

  ds.coalitions.forEach((c, i) => {
    if (c === undefined) return;
    cite(c, 'coalitions', i);
    interval(issues, c, 'coalitions', i);
    ref(
      issues,
      organisations,
      'organisation',
      c.coordinatingBody,
      'coalitions',
      i,
      'coordinatingBody',
    );
    c.members.forEach((m, j) => {
      cite(m, 'coalitions', i, 'members', j);
      interval(issues, m, 'coalitions', i, 'members', j);
      ref(
        issues,
        parties,
        'nation or organisation',
        m.party,
        'coalitions',
        i,
        'members',
        j,
        'party',
      );
    });
  });
  ds.agreements.forEach((a, i) => {
    if (a === undefined) return;
    cite(a, 'agreements', i);
    refs(issues, parties, 'nation or organisation', a.parties, 'agreements', i, 'parties');
    interval(issues, { from: a.signed, until: a.until }, 'agreements', i);
  });
  ds.trainingProgrammes.forEach((t, i) => {
    if (t === undefined) return;
    const path = ['trainingProgrammes', i] as const;
    cite(t, ...path);
    interval(issues, t, ...path);
    ref(issues, parties, 'nation or organisation', t.lead, ...path, 'lead');
    ref(issues, organisations, 'organisation', t.organisation, ...path, 'organisation');
    refs(issues, nations, 'nation', t.hosts, ...path, 'hosts');
    refs(issues, parties, 'nation or organisation', t.partners, ...path, 'partners');
    t.trainees?.forEach((report, j) => {
      cite(report, ...path, 'trainees', j);
    });
  });
  ds.ammunitionFamilies.forEach((a, i) => {
    if (a) cite(a, 'ammunitionFamilies', i);
  });
  const knownVariants = new Set(known.variants?.values());
  const variantsOf = new Map<string, Set<string>>();
  const variantIds = new Map<string, JsonPath>();
  ds.weaponSystems.forEach((w, i) => {
    if (w === undefined) return;
    cite(w, 'weaponSystems', i);
    refs(issues, ammunition, 'ammunition family', w.ammunition, 'weaponSystems', i, 'ammunition');
    // A taken id adds its variants to the first system's: a duplicate is reported once, not again
    // through the aid that names one of its variants.
    const own = variantsOf.get(w.id) ?? new Set<string>();
    variantsOf.set(w.id, own);
    w.variants?.forEach((v, j) => {
      own.add(v.id);
      const first = variantIds.get(v.id);
      if (first) {
        issues.push({
          code: 'DUPLICATE_ID',
          path: ['weaponSystems', i, 'variants', j, 'id'],
          message: `Duplicate variant id "${v.id}"`,
          related: [first],
        });
      } else variantIds.set(v.id, ['weaponSystems', i, 'variants', j, 'id']);
      cite(v, 'weaponSystems', i, 'variants', j);
      refs(
        issues,
        ammunition,
        'ammunition family',
        v.ammunition,
        'weaponSystems',
        i,
        'variants',
        j,
        'ammunition',
      );
    });
  });
  ds.aid.forEach((a, i) => {
    if (a === undefined) return;
    cite(a, 'aid', i);
    ref(issues, parties, 'donor', a.donor, 'aid', i, 'donor');
    ref(issues, parties, 'recipient', a.recipient, 'aid', i, 'recipient');
    ref(issues, systems, 'weapon system', a.system, 'aid', i, 'system');
    ref(issues, coalitions, 'coalition', a.coalition, 'aid', i, 'coalition');
    ref(issues, aidIds, 'aid record', a.supersedes, 'aid', i, 'supersedes');
    if (a.variant !== undefined && a.system !== undefined && systems.has(a.system)) {
      const own = variantsOf.get(a.system);
      if (own !== undefined && !own.has(a.variant) && !knownVariants.has(a.variant)) {
        issues.push({
          code: 'UNKNOWN_REFERENCE',
          path: ['aid', i, 'variant'],
          message: `"${a.variant}" is not a variant of weapon system "${a.system}"`,
        });
      }
    }
  });
  if (issues.length === 0) resolved?.({ organisations, subordinate: subOf, superior: supOf });
  return issues;
}
