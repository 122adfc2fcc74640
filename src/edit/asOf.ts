import { frozenDataset } from '../dataset/parse.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { AidRecord } from '../model/aid.ts';
import type { Coalition } from '../model/coalition.ts';
import { dateSpan, type PartialDate, checkDate } from '../model/date.ts';
import { isActive } from '../model/interval.ts';

/** How many dates' views of one dataset are kept (a timeline scrubbed back and forth). */
const KEPT = 16;

const views = new WeakMap<Dataset, Map<string, Dataset>>();
// The first day of each aid record, by aid table (-Infinity when undated).
const aidStarts = new WeakMap<readonly AidRecord[], Float64Array>();

function startsOf(aid: readonly AidRecord[]): Float64Array {
  let starts = aidStarts.get(aid);
  if (starts === undefined) {
    starts = new Float64Array(aid.length);
    for (let i = 0; i < aid.length; i++) {
      const date = (aid[i] as AidRecord).date;
      starts[i] = date === undefined ? -Infinity : dateSpan(date).start;
    }
    aidStarts.set(aid, starts);
  }
  return starts;
}

/** Keeps the rows that pass; the same array when all do. */
function keep<T>(rows: readonly T[], pass: (row: T, index: number) => boolean): readonly T[] {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i++) if (pass(rows[i] as T, i)) out.push(rows[i] as T);
  return out.length === rows.length ? rows : Object.freeze(out);
}

function view(ds: Dataset, at: PartialDate): Dataset {
  const active = new Set<string>();
  for (const o of ds.organisations) if (isActive(o, at)) active.add(o.id);
  const isParty = (id: string): boolean => /^[A-Z]{3}$/.test(id) || active.has(id);

  const posts = keep(ds.posts, (p) => isActive(p, at) && active.has(p.organisation));
  const postIds = new Set(posts.map((p) => p.id));
  const assignments = keep(ds.assignments, (a) => isActive(a, at) && postIds.has(a.post));
  const relationships = keep(
    ds.relationships,
    (r) =>
      isActive(r, at) &&
      active.has(r.subordinate) &&
      active.has(r.superior) &&
      (r.capacity === undefined || postIds.has(r.capacity)),
  );
  const agreements = keep(ds.agreements, (a) => isActive({ from: a.signed, until: a.until }, at));
  const trainingProgrammes = keep(ds.trainingProgrammes, (t) => isActive(t, at));

  // Aid is a record of past events: what happened by the day stays, with what it refers to.
  const starts = startsOf(ds.aid);
  const day = dateSpan(at).start;
  const aidById = new Map<string, number>();
  ds.aid.forEach((a, i) => aidById.set(a.id, i));
  const keptAid = new Uint8Array(ds.aid.length);
  for (let i = 0; i < ds.aid.length; i++) {
    if ((starts[i] as number) > day || keptAid[i] === 1) continue;
    // The record and, through `supersedes`, each one it advances.
    for (let j: number | undefined = i; j !== undefined && keptAid[j] !== 1;) {
      keptAid[j] = 1;
      const s: string | undefined = (ds.aid[j] as AidRecord).supersedes;
      j = s === undefined ? undefined : aidById.get(s);
    }
  }
  const aid = keep(ds.aid, (_a, i) => keptAid[i] === 1);

  const usedCoalitions = new Set<string>();
  for (const a of aid) if (a.coalition !== undefined) usedCoalitions.add(a.coalition);
  const coalitions: Coalition[] = [];
  let coalitionsChanged = false;
  for (const c of ds.coalitions) {
    if (!isActive(c, at) && !usedCoalitions.has(c.id)) {
      coalitionsChanged = true;
      continue;
    }
    const members = keep(c.members, (m) => isActive(m, at) && isParty(m.party));
    if (members === c.members) coalitions.push(c);
    else {
      coalitionsChanged = true;
      coalitions.push(Object.freeze({ ...c, members: members as Coalition['members'] }));
    }
  }

  // Bodies that kept records name (a coordinating body, a signatory, a donor) stay, active or not.
  const named = new Set<string>();
  const name = (id: string | undefined): void => {
    if (id !== undefined && !active.has(id)) named.add(id);
  };
  for (const c of coalitions) name(c.coordinatingBody);
  for (const a of agreements) a.parties.forEach(name);
  for (const t of trainingProgrammes) {
    name(t.lead);
    name(t.organisation);
    t.partners?.forEach(name);
  }
  for (const a of aid) {
    name(a.donor);
    name(a.recipient);
  }
  const organisations = keep(ds.organisations, (o) => active.has(o.id) || named.has(o.id));

  const tables = {
    organisations,
    posts,
    assignments,
    relationships,
    coalitions: coalitionsChanged ? Object.freeze(coalitions) : ds.coalitions,
    agreements,
    trainingProgrammes,
    aid,
  };
  const same = Object.entries(tables).every(
    ([key, rows]) => rows === (ds as Record<string, unknown>)[key],
  );
  if (same && ds.asOf === at) return ds;
  return Object.freeze({ ...ds, ...tables, asOf: at }) as Dataset;
}

/**
 * Returns the dataset as it stood on a date: a valid, frozen dataset of what was in force then.
 *
 * - Organisations, posts, tenures (`assignments`), relationships, coalitions, coalition
 *   memberships, agreements and training programmes not in force that day are dropped, so each
 *   post keeps only its holders then. A post, tenure or tie whose organisation or post is not in
 *   force is dropped with it.
 * - Aid dated after the day is dropped; undated aid stays. Aid is a record of past events, so an
 *   aid record kept keeps what it refers to: the record it advances, the coalition it went
 *   through, its donor. Likewise a coordinating body, a signatory or a programme's lead stays
 *   while a kept record names it, even on a day it was not in force.
 * - Nations, persons, sources and the weapon catalogue stay as they are. `asOf` is set to the date.
 *
 * Partial dates follow the rule used everywhere in nsatu (see {@link nsatu!isActive}): a fact counts
 * when it is in force throughout the date. `asOf(ds, '2025-07')` keeps what held on every day of
 * July 2025, so a post that changed hands on 4 July shows no holder for the month; aid dated
 * `'2025-07'` counts from 1 July. Tables that lose nothing are the same arrays as in `ds`, and the
 * views of the last few dates asked for are cached per dataset.
 *
 * @param ds - A dataset (one not made by nsatu, unfrozen, is validated and copied first).
 * @param date - The day (or month, or year) to look at.
 * @returns The dataset as of that date; `ds` itself when nothing changes.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed date.
 * @throws {@link nsatu!DatasetError} for an unfrozen `ds` that is not a valid dataset.
 *
 * @example
 * ```ts
 * import { asOf } from 'nsatu/edit';
 * import {defaultDataset} from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const march2025 = asOf(ds, '2025-03-01');
 * march2025.assignments.filter((a) => a.post === 'saceur').map((a) => a.person)
 * // => ['christopher-cavoli']
 * march2025.organisations.some((o) => o.id === 'len-r') // => false
 * asOf(ds, '2025-07').assignments.some((a) => a.post === 'saceur') // => false
 * march2025.aid.every((a) => a.date === undefined || a.date <= '2025-03-01') // => true
 * ```
 *
 * @category Editing
 */
export function asOf(ds: Dataset, date: PartialDate): Dataset {
  checkDate('date', date);
  // Only a frozen dataset can be cached by identity; anything else is validated and copied first.
  const frozen = frozenDataset(ds);
  let cached = views.get(frozen);
  if (cached === undefined) views.set(frozen, (cached = new Map<string, Dataset>()));
  let out = cached.get(date);
  if (out === undefined) {
    out = view(frozen, date);
    if (cached.size >= KEPT) cached.delete(cached.keys().next().value as string);
    cached.set(date, out);
  }
  return out;
}
