import { compareDates, fromDayNumber } from '../model/date.ts';
import {
  ENDED_DATE_UNKNOWN,
  intervalEnd,
  intervalStart,
  isReversed,
  type Validity,
} from '../model/interval.ts';
import {
  ChainAuthorityValues,
  OperationalAuthorityValues,
  type Relationship,
} from '../model/relationship.ts';
import type { Dataset, DatasetTable } from './schema.ts';
import type { DatasetIssue, JsonPath } from './issues.ts';

/**
 * The tables as integrity checks read them: a hole (`undefined`) stands for a record that failed
 * its shape check, so the positions of the others, and so their paths, stay those of the input.
 */
export type IntegrityInput = {
  readonly [K in DatasetTable]: readonly (Dataset[K][number] | undefined)[];
};

const CHAIN: ReadonlySet<string> = new Set<string>(ChainAuthorityValues);
const OPERATIONAL: ReadonlySet<string> = new Set<string>(OperationalAuthorityValues);

/**
 * Ids of records that failed their shape check, by index, so they still count for duplicates and
 * do not also cause unknown references.
 */
export type KnownIds = Partial<Record<DatasetTable | 'variants', ReadonlyMap<number, string>>>;

type Issues = DatasetIssue[];

function describeInterval(v: Validity): string {
  return `[${v.from ?? '…'}, ${v.until ?? '…'})`;
}

/** Collects ids per table, reporting duplicates; returns the id → first path map. */
function indexIds(
  rows: readonly ({ readonly id: string } | undefined)[],
  table: string,
  issues: Issues,
  extra: ReadonlyMap<number, string> | undefined,
): Map<string, JsonPath> {
  const seen = new Map<string, JsonPath>();
  rows.forEach((row, index) => {
    const id = row?.id ?? extra?.get(index);
    if (id === undefined) return;
    const path: JsonPath = [table, index, 'id'];
    const first = seen.get(id);
    if (first === undefined) seen.set(id, path);
    else {
      issues.push({
        code: 'DUPLICATE_ID',
        path,
        message: `Duplicate id "${id}" in ${table}`,
        related: [first],
      });
    }
  });
  return seen;
}

interface Lookup {
  has(id: string): boolean;
}

function either(a: Lookup, b: Lookup): Lookup {
  return { has: (id) => a.has(id) || b.has(id) };
}

function ref(
  issues: Issues,
  target: Lookup,
  what: string,
  id: string | undefined,
  path: JsonPath,
): void {
  if (id !== undefined && !target.has(id)) {
    issues.push({ code: 'UNKNOWN_REFERENCE', path, message: `Unknown ${what} "${id}"` });
  }
}

function refs(
  issues: Issues,
  target: Lookup,
  what: string,
  ids: readonly string[] | undefined,
  path: JsonPath,
): void {
  if (ids === undefined) return;
  ids.forEach((id, index) => {
    ref(issues, target, what, id, [...path, index]);
  });
}

function interval(issues: Issues, v: Validity, path: JsonPath): void {
  if (isReversed(v)) {
    issues.push({
      code: 'INTERVAL_ORDER',
      path: [...path, 'until'],
      message: `Interval ends before or when it starts: ${describeInterval(v)}`,
    });
  }
}

/** Flags a record whose explicit bounds fall outside the explicit lifetime of what it refers to. */
function lifetime(
  issues: Issues,
  inner: Validity,
  outer: Validity | undefined,
  what: string,
  path: JsonPath,
): void {
  if (outer === undefined) return;
  if (
    inner.from !== undefined &&
    outer.from !== undefined &&
    intervalStart(inner) < intervalStart(outer)
  ) {
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
    } else if (inner.until !== ENDED_DATE_UNKNOWN && intervalEnd(inner) > intervalEnd(outer)) {
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
}

/**
 * Finds, in one group of spans, each span that overlaps an earlier-starting span with a different
 * key. Sort plus sweep, tracking the furthest-reaching span and the furthest-reaching one with
 * another key: O(k log k) however hostile the group.
 */
function overlapsWithOtherKey(group: Span[], report: (span: Span, other: Span) => void): void {
  if (group.length < 2) return;
  group.sort((a, b) => a.start - b.start || a.index - b.index);
  let best: Span | undefined;
  let second: Span | undefined;
  for (const span of group) {
    if (best !== undefined) {
      if (best.key !== span.key && span.start < best.end) report(span, best);
      else if (best.key === span.key && second !== undefined && span.start < second.end) {
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

function spanOf(v: Validity, index: number, key: string): Span {
  return { index, start: intervalStart(v), end: intervalEnd(v), key };
}

/** Iterative Tarjan: strongly connected components with at least two nodes. */
function cyclicComponents(nodeCount: number, adjacency: readonly number[][]): number[][] {
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
      const next = adjacency[node] ?? [];
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

interface Edge {
  readonly rel: number;
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly end: number;
}

/** Finds one cycle among the given edges (iterative DFS); returns its edges in order. */
function findCycle(edges: readonly Edge[]): Edge[] | undefined {
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

function moment(day: number): string {
  return Number.isFinite(day) ? `from ${fromDayNumber(day)}` : 'from the start';
}

/** Reports cycles in one line of authority that are in force at the same time. */
function checkCycles(
  issues: Issues,
  relationships: IntegrityInput['relationships'],
  inLine: (r: Relationship) => boolean,
  lineName: string,
  reported: Set<string>,
): void {
  const ids = new Map<string, number>();
  const intern = (id: string): number => {
    let n = ids.get(id);
    if (n === undefined) {
      n = ids.size;
      ids.set(id, n);
    }
    return n;
  };
  const edges: Edge[] = [];
  relationships.forEach((r, rel) => {
    if (r === undefined || !inLine(r) || r.subordinate === r.superior || isReversed(r)) return;
    edges.push({
      rel,
      from: intern(r.subordinate),
      to: intern(r.superior),
      start: intervalStart(r),
      end: intervalEnd(r),
    });
  });
  const adjacency: number[][] = Array.from({ length: ids.size }, () => []);
  for (const e of edges) adjacency[e.from]?.push(e.to);
  const components = cyclicComponents(ids.size, adjacency);
  if (components.length === 0) return;
  const names = [...ids.keys()];
  const componentOf = new Int32Array(ids.size).fill(-1);
  components.forEach((c, i) => {
    for (const n of c) componentOf[n] = i;
  });
  const inside: Edge[][] = components.map(() => []);
  for (const e of edges) {
    const c = componentOf[e.from] as number;
    if (c !== -1 && c === componentOf[e.to]) inside[c]?.push(e);
  }
  for (const group of inside) {
    // The set of ties in force changes only at a tie's start or end: test each such moment.
    const moments = [...new Set([-Infinity, ...group.map((e) => e.start)])].sort((a, b) => a - b);
    for (const at of moments) {
      const cycle = findCycle(group.filter((e) => e.start <= at && at < e.end));
      if (!cycle) continue;
      const key = cycle
        .map((e) => e.rel)
        .sort((a, b) => a - b)
        .join(',');
      if (!reported.has(key)) {
        reported.add(key);
        const first = cycle[0] as Edge;
        issues.push({
          code: 'CYCLE',
          path: ['relationships', first.rel, 'superior'],
          message: `Cycle on the ${lineName} line (in force ${moment(at)}): ${[
            ...cycle.map((e) => names[e.from]),
            names[first.from],
          ].join(' → ')}`,
          related: cycle.slice(1).map((e) => ['relationships', e.rel, 'superior']),
        });
      }
      break;
    }
  }
}

/**
 * Checks everything a dataset's shape cannot: duplicate ids, unknown references, reversed
 * intervals, records outside the lifetime of what they refer to, cycles and two superiors on one
 * line at one time, two holders of one post at one time.
 *
 * @internal
 */
export function checkIntegrity(ds: IntegrityInput, known: KnownIds = {}): DatasetIssue[] {
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
  const ammunition = indexIds(ds.ammunitionFamilies, 'ammunitionFamilies', issues, known.ammunitionFamilies);
  const systems = indexIds(ds.weaponSystems, 'weaponSystems', issues, known.weaponSystems);
  const aidIds = indexIds(ds.aid, 'aid', issues, known.aid);
  const parties = either(nations, organisations);

  const cite = (v: { readonly sources?: readonly string[] | undefined }, path: JsonPath): void => {
    refs(issues, sources, 'source', v.sources, [...path, 'sources']);
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
    const path = ['nations', i];
    cite(n, path);
    if (n.udcg) interval(issues, n.udcg, [...path, 'udcg']);
  });
  ds.organisations.forEach((o, i) => {
    if (o === undefined) return;
    const path = ['organisations', i];
    cite(o, path);
    interval(issues, o, path);
    refs(issues, nations, 'nation', o.nations, [...path, 'nations']);
    ref(issues, nations, 'nation', o.location?.country, [...path, 'location', 'country']);
  });
  const organisationById = new Map<string, Validity>();
  for (const o of ds.organisations) if (o) organisationById.set(o.id, o);
  const postById = new Map<string, Validity>();
  const sharedPosts = new Set<string>();
  ds.posts.forEach((p, i) => {
    if (p === undefined) return;
    const path = ['posts', i];
    postById.set(p.id, p);
    if (p.maxHolders !== undefined && p.maxHolders > 1) sharedPosts.add(p.id);
    cite(p, path);
    interval(issues, p, path);
    ref(issues, organisations, 'organisation', p.organisation, [...path, 'organisation']);
    lifetime(issues, p, organisationById.get(p.organisation), `organisation "${p.organisation}"`, path);
  });
  ds.persons.forEach((p, i) => {
    if (p === undefined) return;
    cite(p, ['persons', i]);
    ref(issues, nations, 'nation', p.nation, ['persons', i, 'nation']);
  });
  const holders = new Map<string, Span[]>();
  ds.assignments.forEach((a, i) => {
    if (a === undefined) return;
    const path = ['assignments', i];
    cite(a, path);
    interval(issues, a, path);
    ref(issues, posts, 'post', a.post, [...path, 'post']);
    ref(issues, persons, 'person', a.person, [...path, 'person']);
    lifetime(issues, a, postById.get(a.post), `post "${a.post}"`, path);
    if (a.acting !== true && !isReversed(a)) {
      const group = holders.get(a.post);
      const span = spanOf(a, i, a.person);
      if (group) group.push(span);
      else holders.set(a.post, [span]);
    }
  });
  for (const [post, group] of holders) {
    if (sharedPosts.has(post)) continue;
    overlapsWithOtherKey(group, (span, other) => {
      issues.push({
        code: 'MULTIPLE_HOLDERS',
        path: ['assignments', span.index, 'person'],
        message: `Post "${post}" has two holders at once: "${other.key}" and "${span.key}" (mark an interim holder acting: true)`,
        related: [['assignments', other.index, 'person']],
      });
    });
  }

  const superiors = new Map<string, Span[]>();
  ds.relationships.forEach((r, i) => {
    if (r === undefined) return;
    const path = ['relationships', i];
    cite(r, path);
    interval(issues, r, path);
    ref(issues, organisations, 'organisation', r.subordinate, [...path, 'subordinate']);
    ref(issues, organisations, 'organisation', r.superior, [...path, 'superior']);
    ref(issues, posts, 'post', r.capacity, [...path, 'capacity']);
    for (const end of ['subordinate', 'superior'] as const) {
      lifetime(issues, r, organisationById.get(r[end]), `${end} "${r[end]}"`, path);
    }
    if (r.subordinate === r.superior) {
      issues.push({
        code: 'CYCLE',
        path: [...path, 'superior'],
        message: `"${r.subordinate}" is its own superior`,
      });
    } else if (CHAIN.has(r.authority) && !isReversed(r)) {
      const key = `${r.subordinate}\u0000${r.authority}`;
      const group = superiors.get(key);
      const span = spanOf(r, i, r.superior);
      if (group) group.push(span);
      else superiors.set(key, [span]);
    }
  });
  for (const group of superiors.values()) {
    overlapsWithOtherKey(group, (span, other) => {
      const r = ds.relationships[span.index] as Relationship;
      issues.push({
        code: 'MULTIPLE_SUPERIORS',
        path: ['relationships', span.index, 'superior'],
        message: `"${r.subordinate}" has two ${r.authority} superiors at once: "${other.key}" and "${span.key}"`,
        related: [['relationships', other.index, 'superior']],
      });
    });
  }
  const reported = new Set<string>();
  checkCycles(issues, ds.relationships, (r) => OPERATIONAL.has(r.authority), 'operational', reported);
  checkCycles(issues, ds.relationships, (r) => r.authority === 'ADCON', 'ADCON', reported);
  checkCycles(issues, ds.relationships, (r) => r.authority === 'LOGCON', 'LOGCON', reported);

  ds.coalitions.forEach((c, i) => {
    if (c === undefined) return;
    const path = ['coalitions', i];
    cite(c, path);
    interval(issues, c, path);
    ref(issues, organisations, 'organisation', c.coordinatingBody, [...path, 'coordinatingBody']);
    c.members.forEach((m, j) => {
      const mp = [...path, 'members', j];
      cite(m, mp);
      interval(issues, m, mp);
      ref(issues, parties, 'nation or organisation', m.party, [...mp, 'party']);
    });
  });
  ds.agreements.forEach((a, i) => {
    if (a === undefined) return;
    const path = ['agreements', i];
    cite(a, path);
    refs(issues, parties, 'nation or organisation', a.parties, [...path, 'parties']);
    interval(issues, { from: a.signed, until: a.until }, path);
  });
  ds.trainingProgrammes.forEach((t, i) => {
    if (t === undefined) return;
    const path = ['trainingProgrammes', i];
    cite(t, path);
    interval(issues, t, path);
    ref(issues, parties, 'nation or organisation', t.lead, [...path, 'lead']);
    ref(issues, organisations, 'organisation', t.organisation, [...path, 'organisation']);
    refs(issues, nations, 'nation', t.hosts, [...path, 'hosts']);
    refs(issues, parties, 'nation or organisation', t.partners, [...path, 'partners']);
    t.trainees?.forEach((report, j) => {
      cite(report, [...path, 'trainees', j]);
    });
  });
  ds.ammunitionFamilies.forEach((a, i) => {
    if (a) cite(a, ['ammunitionFamilies', i]);
  });
  const knownVariants = new Set(known.variants?.values());
  const variantsOf = new Map<string, Set<string>>();
  const variantIds = new Map<string, JsonPath>();
  ds.weaponSystems.forEach((w, i) => {
    if (w === undefined) return;
    const path = ['weaponSystems', i];
    cite(w, path);
    refs(issues, ammunition, 'ammunition family', w.ammunition, [...path, 'ammunition']);
    const own = new Set<string>();
    variantsOf.set(w.id, own);
    w.variants?.forEach((v, j) => {
      const vp = [...path, 'variants', j];
      own.add(v.id);
      const first = variantIds.get(v.id);
      if (first) {
        issues.push({
          code: 'DUPLICATE_ID',
          path: [...vp, 'id'],
          message: `Duplicate variant id "${v.id}"`,
          related: [first],
        });
      } else variantIds.set(v.id, [...vp, 'id']);
      cite(v, vp);
      refs(issues, ammunition, 'ammunition family', v.ammunition, [...vp, 'ammunition']);
    });
  });
  ds.aid.forEach((a, i) => {
    if (a === undefined) return;
    const path = ['aid', i];
    cite(a, path);
    ref(issues, parties, 'donor', a.donor, [...path, 'donor']);
    ref(issues, parties, 'recipient', a.recipient, [...path, 'recipient']);
    ref(issues, systems, 'weapon system', a.system, [...path, 'system']);
    ref(issues, coalitions, 'coalition', a.coalition, [...path, 'coalition']);
    ref(issues, aidIds, 'aid record', a.supersedes, [...path, 'supersedes']);
    if (a.variant !== undefined && a.system !== undefined && systems.has(a.system)) {
      const own = variantsOf.get(a.system);
      if (own !== undefined && !own.has(a.variant) && !knownVariants.has(a.variant)) {
        issues.push({
          code: 'UNKNOWN_REFERENCE',
          path: [...path, 'variant'],
          message: `"${a.variant}" is not a variant of weapon system "${a.system}"`,
        });
      }
    }
  });
  return issues;
}

