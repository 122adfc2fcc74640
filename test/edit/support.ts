/*
 * Datasets and random changes for the editing tests. A `Change` mutates a mutable dataset in
 * place, so the same change runs as a recipe on an edit's draft and on a plain copy that
 * `parseDataset` then judges: the two must agree.
 */
import fc from 'fast-check';

import { loadDataset, type Dataset, type DatasetTable } from 'nsatu';
import { edit, type Recipe } from 'nsatu/edit';
import { smallDataset, type Fixture } from '../fixtures/small.ts';

/** A mutation of a mutable dataset (an edit's draft, or a plain copy). */
export interface Change {
  readonly name: string;
  readonly apply: (d: Dataset) => void;
}

/** The fixture with `aid` extra aid records, so tables span several of the editor's chunks. */
export function fixture(aid = 0): Fixture {
  const d = smallDataset();
  for (let i = 0; i < aid; i++) {
    d.aid.push({
      id: `bulk-${String(i)}`,
      donor: i % 3 === 0 ? 'eu' : 'DEU',
      item: `item ${String(i % 50)}`,
      quantity: (i % 20) + 1,
      stage: i % 2 === 0 ? 'committed' : 'delivered',
      date: `2023-${String((i % 12) + 1).padStart(2, '0')}`,
      ...(i % 7 === 0 ? { sources: ['s1'] } : {}),
    });
  }
  return d;
}

/** A loaded (valid, frozen) fixture. */
export function dataset(aid = 0): Dataset {
  return loadDataset(fixture(aid));
}

let loaded: Dataset | undefined;

/** The dataset a recipe leaves when it edits `base` (by default the loaded fixture, `dataset()`). */
export function applied(recipe: Recipe, base: Dataset = (loaded ??= dataset())): Dataset {
  return edit(base, recipe).dataset;
}

/** A deep, mutable copy of a dataset. */
export function thaw(ds: Dataset): Dataset {
  return structuredClone<Dataset>(ds);
}

type Row = Record<string, unknown>;

function rows(d: Dataset, table: DatasetTable): Row[] {
  const list: unknown = d[table];
  return list as Row[];
}

/** Picks an index of a table at the time the change runs (a fraction of its length). */
function at(d: Dataset, table: DatasetTable, fraction: number): number {
  return Math.min(rows(d, table).length - 1, Math.floor(fraction * rows(d, table).length));
}

/** Values worth trying per table and field: valid ones, dangling references, bad dates. */
const FIELDS: Partial<Record<DatasetTable, Record<string, readonly unknown[]>>> = {
  sources: { date: ['2024-01-01', '2026'], accessed: ['2023', '2025-12-31', undefined] },
  nations: { udcg: [{ from: '2022' }, { from: '2025', until: '2024' }, undefined] },
  organisations: {
    id: ['nac', 'fresh-org'],
    from: ['2020', '2025-06', '2026', undefined],
    until: ['2024-06', '2030', 'unknown', undefined],
    nations: [['USA'], ['ZZZ']],
    location: [{ name: 'x', country: 'ZZZ' }, { name: 'y' }],
    kind: ['command', 'bogus'],
  },
  posts: {
    id: ['saceur', 'fresh-post'],
    organisation: ['shape', 'nsatu', 'nope'],
    from: ['2019', '2025-03', undefined],
    until: ['2025-01', '2031', undefined],
    maxHolders: [1, 2, 0, undefined],
  },
  persons: { id: ['john-healey', 'fresh-person'], nation: ['USA', 'ZZZ', undefined] },
  assignments: {
    id: ['a1', 'fresh-a'],
    post: ['saceur', 'udcg-chair', 'commander-nsatu', 'nope'],
    person: ['curtis-buzzard', 'john-healey', 'nobody'],
    from: ['2022-07-04', '2025-07', '2024-12', undefined],
    until: ['2025-07-04', '2026', '2020', 'unknown', undefined],
    acting: [true, undefined],
  },
  relationships: {
    id: ['mc-nac', 'fresh-rel'],
    subordinate: ['nac', 'shape', 'nsatu', 'sag-u', 'nope'],
    superior: ['nac', 'military-committee', 'shape', 'nsatu', 'useucom', 'nope'],
    authority: ['OPCON', 'reports-to', 'ADCON', 'LOGCON', 'liaison'],
    from: ['2020', '2024-12', '2025', undefined],
    until: ['2024', '2026', 'unknown', undefined],
    capacity: ['saceur', 'nope', undefined],
  },
  coalitions: {
    coordinatingBody: ['udcg', 'nsatu', 'nope', undefined],
    from: ['2024-01-23', '2026', undefined],
    until: ['2024', undefined],
  },
  agreements: {
    id: ['agreement-gbr', 'fresh-agreement'],
    parties: [
      ['UKR', 'GBR'],
      ['UKR', 'ZZZ'],
      ['UKR', 'eu'],
    ],
    signed: ['2024-01-12', '2030'],
    until: ['2034', '2020', undefined],
  },
  trainingProgrammes: {
    lead: ['GBR', 'eu', 'nope'],
    hosts: [['GBR'], ['ZZZ']],
    partners: [['DEU'], ['nope']],
    organisation: ['nsatu', 'nope', undefined],
  },
  weaponSystems: {
    variants: [[{ id: 'pzh-2000-nl', name: 'NL' }], [], [{ id: 'pzh-2000-de', name: 'DE' }]],
    ammunition: [['155mm-nato'], ['nope']],
  },
  aid: {
    id: ['aid-1', 'fresh-aid'],
    donor: ['DEU', 'eu', 'nope'],
    system: ['pzh-2000', 'nope', undefined],
    variant: ['pzh-2000-nl', 'nope', undefined],
    supersedes: ['aid-1', 'bulk-0', 'nope', undefined],
    coalition: ['coalition-armour', 'nope', undefined],
    quantity: [5, -1],
    stage: ['delivered', 'bogus'],
    date: ['2024', '2024-13'],
    sources: [['s1'], ['nope']],
  },
};

const TABLES = Object.keys(FIELDS) as DatasetTable[];

/** Sets (or deletes) one field of one record. */
const setField: fc.Arbitrary<Change> = fc
  .constantFrom(...TABLES)
  .chain((table) => {
    const fields = FIELDS[table] as Record<string, readonly unknown[]>;
    return fc.record({
      table: fc.constant(table),
      field: fc.constantFrom(...Object.keys(fields)),
      fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      choice: fc.nat(),
    });
  })
  .map(({ table, field, fraction, choice }) => {
    const values = (FIELDS[table] as Record<string, readonly unknown[]>)[field] as unknown[];
    const value = values[choice % values.length];
    return {
      name: `set ${table}[~${fraction.toFixed(2)}].${field} = ${JSON.stringify(value)}`,
      apply: (d: Dataset) => {
        const row = rows(d, table)[at(d, table, fraction)];
        if (row === undefined) return;
        if (value === undefined) Reflect.deleteProperty(row, field);
        else row[field] = structuredClone(value);
      },
    };
  });

/** Appends a copy of a record under a fresh or a taken id. */
const pushCopy: fc.Arbitrary<Change> = fc
  .record({
    table: fc.constantFrom(...TABLES),
    fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    fresh: fc.boolean(),
  })
  .map(({ table, fraction, fresh }) => ({
    name: `push a copy of ${table}[~${fraction.toFixed(2)}]${fresh ? ' with a new id' : ''}`,
    apply: (d: Dataset) => {
      const list = rows(d, table);
      const source = list[at(d, table, fraction)];
      if (source === undefined) return;
      const copy = structuredClone(JSON.parse(JSON.stringify(source))) as Row;
      if (fresh) copy.id = table === 'nations' ? 'SWE' : `copy-${String(list.length)}`;
      list.push(copy);
    },
  }));

/** Removes a record (something may refer to it) or moves it to the end. */
const removeOrMove: fc.Arbitrary<Change> = fc
  .record({
    table: fc.constantFrom(...TABLES),
    fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
    move: fc.boolean(),
  })
  .map(({ table, fraction, move }) => ({
    name: `${move ? 'move' : 'remove'} ${table}[~${fraction.toFixed(2)}]`,
    apply: (d: Dataset) => {
      const list = rows(d, table);
      if (list.length === 0) return;
      const [removed] = list.splice(at(d, table, fraction), 1);
      if (move && removed !== undefined) list.push(removed);
    },
  }));

/** Adds or ends a coalition membership. */
const membership: fc.Arbitrary<Change> = fc
  .record({
    party: fc.constantFrom('USA', 'GBR', 'eu', 'nsatu', 'ZZZ'),
    role: fc.constantFrom('lead', 'member'),
    from: fc.constantFrom('2024-02', '2025', undefined),
    until: fc.constantFrom('2023', '2026', undefined),
    end: fc.boolean(),
  })
  .map(({ party, role, from, until, end }) => ({
    name: `${end ? 'end' : 'add'} membership ${party} ${role}`,
    apply: (d: Dataset) => {
      const coalition = d.coalitions[0] as { members: Row[] } | undefined;
      if (coalition === undefined) return;
      const { members } = coalition;
      if (end) {
        const m = members[0];
        if (m !== undefined) m.until = until ?? '2026';
        return;
      }
      members.push({
        party,
        role,
        ...(from === undefined ? {} : { from }),
        ...(until === undefined ? {} : { until }),
      });
    },
  }));

/** Changes the metadata. */
const metadata: fc.Arbitrary<Change> = fc
  .constantFrom<[string, unknown]>(
    ['title', 'retitled'],
    ['title', ''],
    ['version', '2'],
    ['asOf', '2026-01'],
    ['asOf', 'later'],
    ['extra', 1],
    ['licence', undefined],
  )
  .map(([key, value]) => ({
    name: `metadata ${key} = ${JSON.stringify(value)}`,
    apply: (d: Dataset) => {
      const root = d as unknown as Row;
      if (value === undefined) Reflect.deleteProperty(root, key);
      else root[key] = value;
    },
  }));

/** Any change: valid or not, a reference made or broken, a lifetime, a cycle. */
export const anyChange: fc.Arbitrary<Change> = fc.oneof(
  { arbitrary: setField, weight: 6 },
  { arbitrary: pushCopy, weight: 2 },
  { arbitrary: removeOrMove, weight: 2 },
  { arbitrary: membership, weight: 1 },
  { arbitrary: metadata, weight: 1 },
);

/** One to three changes, applied in order. */
export const changes: fc.Arbitrary<Change[]> = fc.array(anyChange, { minLength: 1, maxLength: 3 });

/** Runs changes in order. */
export function applyAll(list: readonly Change[]): (d: Dataset) => void {
  return (d) => {
    for (const change of list) change.apply(d);
  };
}

/** Changes that keep any dataset valid: notes, confidences, new unreferenced records. */
export const safeChange: fc.Arbitrary<Change> = fc.oneof(
  fc
    .record({
      table: fc.constantFrom<DatasetTable>(
        'organisations',
        'posts',
        'relationships',
        'coalitions',
        'agreements',
        'aid',
      ),
      fraction: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      note: fc.string({ minLength: 1, maxLength: 20 }),
    })
    .map(({ table, fraction, note }) => ({
      name: `note ${table}[~${fraction.toFixed(2)}]`,
      apply: (d: Dataset) => {
        const row = rows(d, table)[at(d, table, fraction)];
        if (row !== undefined) row.note = note;
      },
    })),
  fc.nat({ max: 1000 }).map((n) => ({
    name: `add agreement ${String(n)}`,
    apply: (d: Dataset) => {
      const id = `agreement-x-${String(n)}`;
      if (d.agreements.some((a) => a.id === id)) return;
      d.agreements.push({ id, parties: ['UKR', 'DEU'], signed: '2025-01-01' });
    },
  })),
  fc.nat({ max: 1000 }).map((n) => ({
    name: `record aid ${String(n)}`,
    apply: (d: Dataset) => {
      const id = `aid-x-${String(n)}`;
      if (d.aid.some((a) => a.id === id)) return;
      d.aid.push({ id, donor: 'GBR', item: 'boots', stage: 'delivered', date: '2025-02' });
    },
  })),
  fc.constantFrom('high' as const, 'medium' as const, 'low' as const).map((confidence) => ({
    name: `confidence ${confidence}`,
    apply: (d: Dataset) => {
      const tie = d.relationships[0];
      if (tie !== undefined) tie.confidence = confidence;
    },
  })),
);
