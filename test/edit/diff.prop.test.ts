// Issue 12: random sequences of the domain recipes on the embedded dataset. What each recipe
// touches is predicted from its TSDoc alone; `diff` of the first and last datasets must name
// exactly those records and fields, the inverse patches must walk every step back, and a history
// must undo and redo through the same datasets.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  AidStageValues,
  AuthorityValues,
  NsatuError,
  type AidStage,
  type Dataset,
  type DatasetTable,
} from 'nsatu';
import {
  addRelationship,
  addWeaponAlias,
  advanceAidStage,
  applyPatches,
  assignPost,
  canRedo,
  canUndo,
  createHistory,
  diff,
  edit,
  endRelationship,
  joinCoalition,
  leaveCoalition,
  record,
  recordAid,
  redo,
  undo,
  type DiffEvent,
  type EditResult,
  type History,
  type Recipe,
} from 'nsatu/edit';
import { defaultDataset } from 'nsatu/data';

const ds = defaultDataset();
const slow = { timeout: 60_000 };

const partialDate = fc
  .date({
    min: new Date(Date.UTC(2019, 0, 1)),
    max: new Date(Date.UTC(2028, 11, 31)),
    noInvalidDate: true,
  })
  .chain((d) => {
    const day = d.toISOString().slice(0, 10);
    return fc.constantFrom(day, day.slice(0, 7), day.slice(0, 4));
  });
const until = fc.oneof({ arbitrary: partialDate, weight: 5 }, fc.constant('unknown' as const));

/** A step, with numbers that pick its records from the dataset as it is when the step runs. */
const step = fc.oneof(
  fc.record({
    kind: fc.constant('joinCoalition' as const),
    coalition: fc.nat(),
    party: fc.nat(),
    lead: fc.boolean(),
    from: partialDate,
    until: fc.option(until, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('leaveCoalition' as const), pick: fc.nat(), until }),
  fc.record({
    kind: fc.constant('assignPost' as const),
    post: fc.nat(),
    person: fc.nat(),
    from: partialDate,
    acting: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('addRelationship' as const),
    subordinate: fc.nat(),
    superior: fc.nat(),
    authority: fc.constantFrom(...AuthorityValues),
    from: partialDate,
    until: fc.option(until, { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('endRelationship' as const), pick: fc.nat(), until }),
  fc.record({
    kind: fc.constant('recordAid' as const),
    donor: fc.nat(),
    system: fc.nat(),
    quantity: fc.nat({ max: 200 }),
    stage: fc.constantFrom(...AidStageValues),
    date: partialDate,
  }),
  fc.record({
    kind: fc.constant('advanceAidStage' as const),
    pick: fc.nat(),
    stage: fc.option(fc.constantFrom(...AidStageValues), { nil: undefined }),
    date: partialDate,
  }),
  fc.record({
    kind: fc.constant('addWeaponAlias' as const),
    system: fc.nat(),
    variant: fc.boolean(),
    alias: fc.oneof(
      fc.constantFrom('Leo', 'Panzerhaubitze Zwei', 'M-777', 'Gepard'),
      fc.string({ minLength: 1, maxLength: 12 }),
    ),
  }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

const nth = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(list.length, 1)];
/** The first day of a partial date as a comparable string; '' (before all) when absent. */
const firstDay = (d: string | undefined): string =>
  d === undefined ? '' : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;

/** What a step touches, from the recipes' TSDoc: records added, and fields set on others. */
interface Touch {
  readonly table: DatasetTable;
  readonly id: string;
  /** A field set on a record (a path in it), or a coalition member (party, role and start). */
  readonly field?: { readonly path: string } | { readonly member: string };
}

const memberKey = (m: { party: string; role: string; from?: string | undefined }): string =>
  `${m.party}|${m.role}|${m.from ?? ''}`;

/** The recipe for a step and what its TSDoc says it touches, or `undefined` if it has no target. */
function plan(
  d: Dataset,
  s: Step,
  n: number,
): { recipe: () => Recipe; touches: Touch[] } | undefined {
  switch (s.kind) {
    case 'joinCoalition': {
      const c = nth(d.coalitions, s.coalition);
      const party = nth(d.nations, s.party)?.id;
      if (c === undefined || party === undefined) return undefined;
      const role = s.lead ? ('lead' as const) : ('member' as const);
      return {
        recipe: () =>
          joinCoalition(c.id, party, {
            from: s.from,
            role,
            ...(s.until ? { until: s.until } : {}),
          }),
        touches: [
          {
            table: 'coalitions',
            id: c.id,
            field: { member: memberKey({ party, role, from: s.from }) },
          },
        ],
      };
    }
    case 'leaveCoalition': {
      const open = d.coalitions.flatMap((c) =>
        c.members.filter((m) => m.until === undefined).map((m) => ({ c, m })),
      );
      const chosen = nth(open, s.pick);
      if (chosen === undefined) return undefined;
      // Every open membership of the party ends.
      const ended = chosen.c.members.filter(
        (m) => m.party === chosen.m.party && m.until === undefined,
      );
      return {
        recipe: () => leaveCoalition(chosen.c.id, chosen.m.party, { until: s.until }),
        touches: ended.map((m) => ({
          table: 'coalitions',
          id: chosen.c.id,
          field: { member: memberKey(m) },
        })),
      };
    }
    case 'assignPost': {
      const post = nth(d.posts, s.post);
      const person = nth(d.persons, s.person);
      if (post === undefined || person === undefined) return undefined;
      // Unless acting: every open, substantive tenure of a one-holder post begun before `from`.
      const ended =
        s.acting || (post.maxHolders ?? 1) > 1
          ? []
          : d.assignments.filter(
              (a) =>
                a.post === post.id &&
                a.until === undefined &&
                a.acting !== true &&
                firstDay(a.from) < firstDay(s.from),
            );
      return {
        recipe: () => assignPost(post.id, person.id, { from: s.from, acting: s.acting }),
        touches: [
          { table: 'assignments', id: `${post.id}-${person.id}-${s.from}` },
          ...ended.map((a): Touch => ({
            table: 'assignments',
            id: a.id,
            field: { path: 'until' },
          })),
        ],
      };
    }
    case 'addRelationship': {
      const sub = nth(d.organisations, s.subordinate)?.id;
      const sup = nth(d.organisations, s.superior)?.id;
      if (sub === undefined || sup === undefined) return undefined;
      const id = `${sub}-${sup}-${s.authority.toLowerCase()}-${s.from}`;
      return {
        recipe: () =>
          addRelationship(sub, sup, s.authority, {
            from: s.from,
            ...(s.until ? { until: s.until } : {}),
          }),
        touches: [{ table: 'relationships', id }],
      };
    }
    case 'endRelationship': {
      const open = d.relationships.filter((r) => r.until === undefined || r.until === 'unknown');
      const tie = nth(open, s.pick);
      if (tie === undefined) return undefined;
      return {
        recipe: () => endRelationship(tie.id, { until: s.until }),
        touches: [{ table: 'relationships', id: tie.id, field: { path: 'until' } }],
      };
    }
    case 'recordAid': {
      const donor = nth(d.nations, s.donor)?.id;
      const system = nth(d.weaponSystems, s.system)?.id;
      if (donor === undefined || system === undefined) return undefined;
      const id = `prop-aid-${String(n)}`;
      return {
        recipe: () =>
          recordAid({ id, donor, system, quantity: s.quantity, stage: s.stage, date: s.date }),
        touches: [{ table: 'aid', id }],
      };
    }
    case 'advanceAidStage': {
      const old = nth(d.aid, s.pick);
      if (old === undefined) return undefined;
      const stage: AidStage = s.stage ?? 'delivered';
      return {
        recipe: () =>
          advanceAidStage(old.id, { date: s.date, ...(s.stage ? { stage: s.stage } : {}) }),
        touches: [{ table: 'aid', id: `${old.id}-${stage}` }],
      };
    }
    case 'addWeaponAlias': {
      const system = nth(d.weaponSystems, s.system);
      if (system === undefined) return undefined;
      const variants = system.variants ?? [];
      const v = s.variant ? nth(variants, s.system) : undefined;
      const entry = v ?? system;
      // An alias the entry already has changes nothing.
      const has = entry.name === s.alias || (entry.aliases ?? []).includes(s.alias);
      return {
        recipe: () => addWeaponAlias(system.id, s.alias, v ? { variant: v.id } : undefined),
        touches: has
          ? []
          : [
              {
                table: 'weaponSystems',
                id: system.id,
                field: { path: v ? `variants.${String(variants.indexOf(v))}.aliases` : 'aliases' },
              },
            ],
      };
    }
  }
}

/** Runs a step: its result and touches, or `undefined` when it has no target or is refused. */
function run(d: Dataset, s: Step, n: number): { result: EditResult; touches: Touch[] } | undefined {
  const p = plan(d, s, n);
  if (p === undefined) return undefined;
  try {
    return { result: edit(d, p.recipe()), touches: p.touches };
  } catch (error) {
    // Refused, as documented (a bad argument, an unknown id, an invalid result): never a crash.
    if (error instanceof NsatuError) return undefined;
    throw error;
  }
}

interface Walk {
  readonly datasets: readonly Dataset[];
  readonly results: readonly EditResult[];
  readonly touches: readonly Touch[];
  readonly advanced: readonly DiffEvent[];
}

function walk(steps: readonly Step[]): Walk {
  const datasets = [ds];
  const results: EditResult[] = [];
  const touches: Touch[] = [];
  const advanced: DiffEvent[] = [];
  steps.forEach((s, n) => {
    const d = datasets[datasets.length - 1] as Dataset;
    const done = run(d, s, n);
    if (done === undefined) return;
    datasets.push(done.result.dataset);
    results.push(done.result);
    touches.push(...done.touches);
    if (s.kind === 'advanceAidStage') {
      const added = done.result.dataset.aid.at(-1);
      const old = d.aid.find((a) => a.id === added?.supersedes);
      if (added && old) {
        advanced.push({
          kind: 'stage-changed',
          aid: added.id,
          supersedes: old.id,
          from: old.stage,
          to: added.stage,
        });
      }
    }
  });
  return { datasets, results, touches, advanced };
}

/**
 * Where `diff` puts a member's change: members are matched by party, role and start, a path names
 * the member's index in `after`; a member that joined is one change, one that left changes `until`.
 */
function memberPath(before: Dataset, after: Dataset, coalition: string, key: string): string {
  const index = after.coalitions
    .find((c) => c.id === coalition)
    ?.members.findIndex((m) => memberKey(m) === key);
  const joined = !before.coalitions
    .find((c) => c.id === coalition)
    ?.members.some((m) => memberKey(m) === key);
  return joined ? `members.${String(index)}` : `members.${String(index)}.until`;
}

/** The predicted changes as `kind table id: paths`, records new to `after` as added. */
function expected(before: Dataset, after: Dataset, touches: readonly Touch[]): string[] {
  const records = new Map<string, Set<string> | 'added'>();
  for (const t of touches) {
    const key = `${t.table} ${t.id}`;
    const rows = before[t.table] as readonly { readonly id: string }[];
    if (!rows.some((r) => r.id === t.id)) {
      records.set(key, 'added');
      continue;
    }
    const fields = records.get(key) ?? new Set<string>();
    if (fields === 'added' || t.field === undefined) continue;
    fields.add('path' in t.field ? t.field.path : memberPath(before, after, t.id, t.field.member));
    records.set(key, fields);
  }
  return [...records]
    .map(([key, fields]) =>
      fields === 'added' ? `added ${key}` : `changed ${key}: ${[...fields].sort().join(' ')}`,
    )
    .sort();
}

/** The diff's changes, in the same form. */
function named(before: Dataset, after: Dataset): string[] {
  return diff(before, after)
    .changes.map((c) =>
      c.kind === 'changed'
        ? `changed ${c.table} ${c.id}: ${c.fields
            .map((f) => f.path.join('.'))
            .sort()
            .join(' ')}`
        : `${c.kind} ${c.table} ${c.id}`,
    )
    .sort();
}

const steps = fc.array(step, { minLength: 1, maxLength: 8 });

describe('diff after domain recipes', () => {
  test('names exactly the records and fields the recipes touched', slow, () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { datasets, touches, advanced } = walk(list);
        const last = datasets[datasets.length - 1] as Dataset;
        expect(named(ds, last)).toEqual(expected(ds, last, touches));
        const { metadata, events } = diff(ds, last);
        expect(metadata).toEqual([]);
        const stages = events.filter((e) => e.kind === 'stage-changed');
        expect(stages).toEqual(expect.arrayContaining([...advanced]));
        expect(stages).toHaveLength(advanced.length);
        // Every step refused or a no-op: nothing at all.
        if (touches.length > 0) return;
        expect(diff(ds, last)).toEqual({ changes: [], metadata: [], events: [] });
      }),
      { numRuns: 150 },
    );
  });
});

describe('applyPatches after domain recipes', () => {
  test('walks every step back with its inverse patches, and forward with its patches', slow, () => {
    fc.assert(
      fc.property(steps, (list) => {
        const { datasets, results } = walk(list);
        results.forEach((result, i) => {
          const before = datasets[i] as Dataset;
          expect(applyPatches(result.dataset, result.inversePatches).dataset).toEqual(before);
          expect(applyPatches(before, result.patches).dataset).toEqual(result.dataset);
        });
        let back = datasets[datasets.length - 1] as Dataset;
        for (const result of [...results].reverse()) {
          back = applyPatches(back, result.inversePatches).dataset;
        }
        expect(back).toEqual(ds);
      }),
      { numRuns: 100 },
    );
  });
});

describe('createHistory after domain recipes', () => {
  test('undoes and redoes through the very datasets the edits made', slow, () => {
    fc.assert(
      fc.property(steps, fc.array(fc.boolean(), { maxLength: 12 }), (list, moves) => {
        const { datasets, results } = walk(list);
        let h: History = createHistory(ds);
        for (const result of results) h = record(h, result);
        expect(h.present).toBe(datasets[datasets.length - 1]);
        // An edit that changed nothing is not recorded: the history steps through the others.
        // (Looping until every result was redone hung whenever the last edit changed nothing.)
        const recorded = [ds, ...results.filter((r) => r.dataset !== r.base).map((r) => r.dataset)];
        expect(h.position).toBe(recorded.length - 1);
        for (const forward of moves) {
          h = forward ? redo(h) : undo(h);
          expect(h.present).toBe(recorded[h.position]);
        }
        while (canUndo(h)) h = undo(h);
        expect([h.position, h.present]).toEqual([0, ds]);
        while (canRedo(h)) h = redo(h);
        expect(h.position).toBe(recorded.length - 1);
        expect(h.present).toBe(datasets[datasets.length - 1]);
      }),
      { numRuns: 100 },
    );
  });
});
