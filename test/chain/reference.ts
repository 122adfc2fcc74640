/*
 * A deliberately slow reference for the chain queries, written from their documentation only: every
 * answer comes from a linear scan of the tables with the public date helpers, never from the chain
 * index. Errors are returned as values so that tests can compare them with what the library throws.
 */
import {
  ChainAuthorityValues,
  OperationalAuthorityValues,
  isActive,
  type ChainOptions,
  type Dataset,
  type Relationship,
  type SubordinatesOptions,
} from 'nsatu';

/** A chain answer: the links, or the error code with the id it names and its candidates. */
export type RefResult<T> =
  | { readonly ok: true; readonly value: T }
  | {
      readonly ok: false;
      readonly code: 'UNKNOWN_ID' | 'NOT_ACTIVE' | 'AMBIGUOUS' | 'CYCLE';
      readonly id: string;
      /** Sorted: the competing superiors (`AMBIGUOUS`) or the ids on the cycle (`CYCLE`). */
      readonly candidates: readonly string[];
    };

/** One link as the reference sees it. */
export interface RefLink {
  readonly subordinate: string;
  readonly superior: string;
  readonly authority: string;
  readonly relationship: Relationship;
}

type Failure = Extract<RefResult<unknown>, { ok: false }>;

function failure(code: Failure['code'], id: string, candidates: readonly string[] = []): Failure {
  return { ok: false, code, id, candidates: [...candidates].sort() };
}

/** The date and lines a query uses: the options', else the dataset's date; else timeless. */
function resolve(ds: Dataset, options: ChainOptions | undefined) {
  return {
    asOf: options?.asOf ?? ds.asOf,
    via: (options?.via ?? OperationalAuthorityValues) as readonly string[],
    ids: new Set(ds.organisations.map((o) => o.id)),
  };
}

type Resolved = ReturnType<typeof resolve>;

/** Whether a record counts on the query's date: timeless queries count everything. */
function inForce(record: Pick<Relationship, 'from' | 'until'>, q: Resolved): boolean {
  return q.asOf === undefined || isActive(record, q.asOf);
}

/** How wide an authority is: its place in `ChainAuthorityValues`, widest first. */
function width(r: Relationship): number {
  return (ChainAuthorityValues as readonly string[]).indexOf(r.authority);
}

/**
 * One step up from an organisation: `'top'` when it has no tie on the lines, a link, or why not.
 */
function step(ds: Dataset, id: string, q: Resolved): RefResult<RefLink | 'top'> {
  const org = ds.organisations.find((o) => o.id === id);
  if (org === undefined) return failure('UNKNOWN_ID', id);
  if (!inForce(org, q)) return failure('NOT_ACTIVE', id);
  const onLines = ds.relationships.filter(
    (r) => r.subordinate === id && q.via.includes(r.authority) && q.ids.has(r.superior),
  );
  const current = onLines.filter((r) => inForce(r, q));
  const superiors = [...new Set(current.map((r) => r.superior))];
  if (superiors.length > 1) return failure('AMBIGUOUS', id, superiors);
  if (superiors.length === 0) {
    return onLines.length > 0 ? failure('NOT_ACTIVE', id) : { ok: true, value: 'top' };
  }
  // The widest authority names the link; among equally wide ties, the one with the smallest id.
  let best = current[0] as Relationship;
  for (const r of current) {
    if (width(r) < width(best) || (width(r) === width(best) && r.id < best.id)) best = r;
  }
  const { superior, authority } = best;
  return { ok: true, value: { subordinate: id, superior, authority, relationship: best } };
}

/** The reporting chain of `id`: every link up to the top, or the first failure on the way. */
export function refChain(
  ds: Dataset,
  id: string,
  options?: ChainOptions,
): RefResult<readonly RefLink[]> {
  const q = resolve(ds, options);
  const links: RefLink[] = [];
  const path: string[] = [];
  let node = id;
  for (;;) {
    const at = path.indexOf(node);
    if (at !== -1) return failure('CYCLE', id, path.slice(at));
    path.push(node);
    const s = step(ds, node, q);
    if (!s.ok) return s;
    if (s.value === 'top') return { ok: true, value: links };
    links.push(s.value);
    node = s.value.superior;
  }
}

/** The summary of one organisation's chain: depth, top and problem code (0–3). */
export function refSummary(
  ds: Dataset,
  id: string,
  options?: ChainOptions,
): { depth: number; top: string | undefined; problem: number } {
  const chain = refChain(ds, id, options);
  if (!chain.ok) {
    return {
      depth: -1,
      top: undefined,
      problem: ['OK', 'NOT_ACTIVE', 'AMBIGUOUS', 'CYCLE'].indexOf(chain.code),
    };
  }
  return { depth: chain.value.length, top: chain.value.at(-1)?.superior ?? id, problem: 0 };
}

/** The lowest organisation both `a` and `b` count in their chains (each counting itself). */
export function refCommonSuperior(
  ds: Dataset,
  a: string,
  b: string,
  options?: ChainOptions,
): RefResult<string | undefined> {
  const ids = new Set(ds.organisations.map((o) => o.id));
  if (!ids.has(a)) return failure('UNKNOWN_ID', a);
  if (!ids.has(b)) return failure('UNKNOWN_ID', b);
  const ca = refChain(ds, a, options);
  if (!ca.ok) return ca;
  const cb = refChain(ds, b, options);
  if (!cb.ok) return cb;
  const above = new Set([a, ...ca.value.map((l) => l.superior)]);
  return { ok: true, value: [b, ...cb.value.map((l) => l.superior)].find((x) => above.has(x)) };
}

/**
 * Everything below `id`, level by level (each level's organisations in dataset order), down to
 * `depth` levels. An organisation whose step up fails is not below anything. When `id` lies on a
 * cycle everything below it is also above it: that is a `CYCLE`.
 */
export function refSubordinates(
  ds: Dataset,
  id: string,
  options: SubordinatesOptions = {},
): RefResult<readonly { id: string; depth: number; relationship: string }[]> {
  const q = resolve(ds, options);
  const org = ds.organisations.find((o) => o.id === id);
  if (org === undefined) return failure('UNKNOWN_ID', id);
  if (!inForce(org, q)) return failure('NOT_ACTIVE', id);
  const chain = refChain(ds, id, options);
  if (!chain.ok && chain.code === 'CYCLE' && chain.candidates.includes(id)) return chain;
  const parentOf = new Map<string, RefLink>();
  for (const o of ds.organisations) {
    const s = step(ds, o.id, q);
    if (s.ok && s.value !== 'top') parentOf.set(o.id, s.value);
  }
  const out: { id: string; depth: number; relationship: string }[] = [];
  let level = [id];
  for (let depth = 1; depth <= (options.depth ?? Infinity) && level.length > 0; depth++) {
    const next: string[] = [];
    for (const parent of level) {
      for (const o of ds.organisations) {
        const link = parentOf.get(o.id);
        if (link?.superior !== parent) continue;
        out.push({ id: o.id, depth, relationship: link.relationship.id });
        next.push(o.id);
      }
    }
    level = next;
  }
  return { ok: true, value: out };
}

/**
 * The cycles in force on the lines asked for, by the naive test of reachability: the ids of the
 * self-ties, and the groups of two or more organisations that each reach all the others (sorted).
 */
export function refCycles(
  ds: Dataset,
  options?: ChainOptions,
): { selfTies: string[]; groups: string[][] } {
  const q = resolve(ds, options);
  const ties = ds.relationships.filter(
    (r) =>
      q.via.includes(r.authority) &&
      q.ids.has(r.subordinate) &&
      q.ids.has(r.superior) &&
      inForce(r, q),
  );
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>([from]);
    const todo = [from];
    for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
      for (const r of ties) {
        if (r.subordinate !== node) continue;
        if (r.superior === to) return true;
        if (!seen.has(r.superior)) {
          seen.add(r.superior);
          todo.push(r.superior);
        }
      }
    }
    return false;
  };
  const groups = new Map<string, string[]>();
  for (const { id } of ds.organisations) {
    const group = ds.organisations
      .map((o) => o.id)
      .filter((other) => other !== id && reaches(id, other) && reaches(other, id));
    if (group.length > 0) {
      const sorted = [id, ...group].sort();
      groups.set(sorted.join(' '), sorted);
    }
  }
  return {
    selfTies: ties
      .filter((r) => r.subordinate === r.superior)
      .map((r) => r.id)
      .sort(),
    groups: [...groups.values()].sort(),
  };
}

/** Whether `r` is one of the dataset's ties in force on the lines asked for. */
export function refIsTie(ds: Dataset, r: Relationship, options?: ChainOptions): boolean {
  const q = resolve(ds, options);
  return q.via.includes(r.authority) && inForce(r, q) && ds.relationships.includes(r);
}
