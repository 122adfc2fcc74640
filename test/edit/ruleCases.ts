/*
 * Edits of the small fixture, one per integrity rule an edit re-checks, with what the edit must
 * answer: no issues (the edit is accepted), or the exact issues of the DatasetError it throws.
 * Each rule appears with an edit that breaks it and, where there is a boundary, one that just
 * keeps it. Issues are written `CODE path: message` (path segments joined with dots).
 */
import type { Dataset } from 'nsatu';
import { at } from '../fixtures/small.ts';

/** An edit of the fixture and the issues it must be refused with (none: it is accepted). */
export interface RuleCase {
  readonly name: string;
  readonly recipe: (d: Dataset) => void;
  readonly issues: readonly string[];
}

/** Appends an organisation alive from 2020 until `until` (default 2023), and a post in it. */
function inShortLivedOrg(until: string, post: Record<string, unknown>): (d: Dataset) => void {
  return (d) => {
    d.organisations.push({ id: 'old', name: 'Old', kind: 'command', from: '2020', until });
    d.posts.push({ id: 'old-head', name: 'Head', organisation: 'old', ...post });
  };
}

/** Appends a record to a table, typed loosely so a case can hold any record. */
function push(table: keyof Dataset, row: Record<string, unknown>): (d: Dataset) => void {
  return (d) => {
    (d[table] as unknown as Record<string, unknown>[]).push(row);
  };
}

/** Sets fields of one record of a table. */
function set(
  table: keyof Dataset,
  index: number,
  fields: Record<string, unknown>,
): (d: Dataset) => void {
  return (d) => {
    Object.assign(at(d[table] as unknown as Record<string, unknown>[], index), fields);
  };
}

/** Runs recipes one after the other. */
function all(...recipes: readonly ((d: Dataset) => void)[]): (d: Dataset) => void {
  return (d) => {
    for (const recipe of recipes) recipe(d);
  };
}

const tie = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'x',
  subordinate: 'sag-u',
  superior: 'nsatu',
  authority: 'coordinates-with',
  ...fields,
});

const aid = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'aid-x',
  donor: 'DEU',
  item: 'shells',
  quantity: 1,
  stage: 'delivered',
  date: '2024',
  ...fields,
});

const programme = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'prog',
  name: 'Programme',
  lead: 'GBR',
  ...fields,
});

const system = (fields: Record<string, unknown>): Record<string, unknown> => ({
  id: 'sys',
  name: 'System',
  category: 'sp-artillery',
  capability: 'artillery',
  ...fields,
});

/** The issues of NSATU starting in 2025, after its post and its ties. */
const nsatuStartsLate = [
  'OUTSIDE_LIFETIME posts.1.from: Starts 2024-12, before organisation "nsatu" exists (from 2025)',
  'OUTSIDE_LIFETIME relationships.2.from: Starts 2024-12, before subordinate "nsatu" exists (from 2025)',
  'OUTSIDE_LIFETIME relationships.3.from: Starts 2024-12, before subordinate "nsatu" exists (from 2025)',
  'OUTSIDE_LIFETIME relationships.5.from: Starts 2024-12, before subordinate "nsatu" exists (from 2025)',
];

/** The issue of the UDCG chair held by one at a time, while two hold it. */
const udcgChairTwoHolders = [
  'MULTIPLE_HOLDERS assignments.4.person: Post "udcg-chair" has two holders at once: "john-healey" and "boris-pistorius" (mark an interim holder acting: true)',
];

export const ruleCases: readonly RuleCase[] = [
  // within: a post's bounds against its organisation's
  {
    name: 'a post in an organisation without bounds',
    recipe: push('posts', {
      id: 'p',
      name: 'P',
      organisation: 'shape',
      from: '1990',
      until: '2040',
    }),
    issues: [],
  },
  {
    name: 'a post without a start in an organisation with one',
    recipe: push('posts', { id: 'p', name: 'P', organisation: 'nsatu' }),
    issues: [],
  },
  {
    name: 'a post starting with its organisation',
    recipe: push('posts', { id: 'p', name: 'P', organisation: 'nsatu', from: '2024-12' }),
    issues: [],
  },
  {
    name: 'a post starting before its organisation',
    recipe: push('posts', { id: 'p', name: 'P', organisation: 'nsatu', from: '2024-11' }),
    issues: [
      'OUTSIDE_LIFETIME posts.3.from: Starts 2024-11, before organisation "nsatu" exists (from 2024-12)',
    ],
  },
  {
    name: 'a post without an end in an organisation that ended',
    recipe: inShortLivedOrg('2023', {}),
    issues: ['OUTSIDE_LIFETIME posts.3: Ongoing, but organisation "old" ended 2023'],
  },
  {
    name: 'a post ending with its organisation',
    recipe: inShortLivedOrg('2023', { until: '2023' }),
    issues: [],
  },
  {
    name: 'a post ending after its organisation',
    recipe: inShortLivedOrg('2023', { until: '2024' }),
    issues: [
      'OUTSIDE_LIFETIME posts.3.until: Lasts until 2024, after organisation "old" ended 2023',
    ],
  },
  {
    name: 'a post ended on an unknown date in an organisation that ended',
    recipe: inShortLivedOrg('2023', { until: 'unknown' }),
    issues: [],
  },
  {
    name: 'a post without an end in an organisation ended on an unknown date',
    recipe: inShortLivedOrg('unknown', {}),
    issues: [],
  },
  {
    name: 'a post ending late in an organisation ended on an unknown date',
    recipe: inShortLivedOrg('unknown', { until: '2040' }),
    issues: [],
  },
  // sources
  {
    name: 'a source accessed the day it is dated',
    recipe: push('sources', { id: 's3', title: 'S', date: '2024-01-02', accessed: '2024-01-02' }),
    issues: [],
  },
  {
    name: 'a source accessed before it is dated',
    recipe: push('sources', { id: 's3', title: 'S', date: '2024-01-02', accessed: '2024-01-01' }),
    issues: [
      'INTERVAL_ORDER sources.2.accessed: Accessed 2024-01-01, before it was published (2024-01-02)',
    ],
  },
  {
    name: 'a source accessed without a date',
    recipe: push('sources', { id: 's3', title: 'S', accessed: '2024-01-01' }),
    issues: [],
  },
  // nations
  {
    name: 'a nation citing an unknown source',
    recipe: push('nations', { id: 'SWE', name: 'Sweden', sources: ['nope'] }),
    issues: ['UNKNOWN_REFERENCE nations.4.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a nation citing a known source',
    recipe: push('nations', { id: 'SWE', name: 'Sweden', sources: ['s1', 's2'] }),
    issues: [],
  },
  {
    name: 'a nation with a reversed UDCG membership',
    recipe: push('nations', { id: 'SWE', name: 'Sweden', udcg: { from: '2024', until: '2023' } }),
    issues: [
      'INTERVAL_ORDER nations.4.udcg.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'a nation with a UDCG membership',
    recipe: push('nations', { id: 'SWE', name: 'Sweden', udcg: { from: '2022', until: '2023' } }),
    issues: [],
  },
  // organisations
  {
    name: 'an organisation citing an unknown source',
    recipe: push('organisations', { id: 'o', name: 'O', kind: 'command', sources: ['nope'] }),
    issues: ['UNKNOWN_REFERENCE organisations.8.sources.0: Unknown source "nope"'],
  },
  {
    name: 'an organisation with a reversed lifetime',
    recipe: push('organisations', {
      id: 'o',
      name: 'O',
      kind: 'command',
      from: '2024',
      until: '2023',
    }),
    issues: [
      'INTERVAL_ORDER organisations.8.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'an organisation of an unknown nation',
    recipe: push('organisations', { id: 'o', name: 'O', kind: 'command', nations: ['USA', 'ZZZ'] }),
    issues: ['UNKNOWN_REFERENCE organisations.8.nations.1: Unknown nation "ZZZ"'],
  },
  {
    name: 'an organisation located in an unknown country',
    recipe: push('organisations', {
      id: 'o',
      name: 'O',
      kind: 'command',
      location: { name: 'X', country: 'ZZZ' },
    }),
    issues: ['UNKNOWN_REFERENCE organisations.8.location.country: Unknown nation "ZZZ"'],
  },
  {
    name: 'an organisation of known nations, located in a known country',
    recipe: push('organisations', {
      id: 'o',
      name: 'O',
      kind: 'command',
      nations: ['USA', 'DEU'],
      location: { name: 'X', country: 'GBR' },
    }),
    issues: [],
  },
  // posts
  {
    name: 'a post citing an unknown source',
    recipe: push('posts', { id: 'p', name: 'P', organisation: 'shape', sources: ['nope'] }),
    issues: ['UNKNOWN_REFERENCE posts.3.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a post with a reversed tenure',
    recipe: push('posts', {
      id: 'p',
      name: 'P',
      organisation: 'shape',
      from: '2024',
      until: '2023',
    }),
    issues: ['INTERVAL_ORDER posts.3.until: Interval ends before or when it starts: [2024, 2023)'],
  },
  {
    name: 'a post of an unknown organisation',
    recipe: push('posts', { id: 'p', name: 'P', organisation: 'nope' }),
    issues: ['UNKNOWN_REFERENCE posts.3.organisation: Unknown organisation "nope"'],
  },
  // persons
  {
    name: 'a person citing an unknown source',
    recipe: push('persons', { id: 'p', name: 'P', sources: ['nope'] }),
    issues: ['UNKNOWN_REFERENCE persons.5.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a person of an unknown nation',
    recipe: push('persons', { id: 'p', name: 'P', nation: 'ZZZ' }),
    issues: ['UNKNOWN_REFERENCE persons.5.nation: Unknown nation "ZZZ"'],
  },
  {
    name: 'a person of a known nation',
    recipe: push('persons', { id: 'p', name: 'P', nation: 'UKR', sources: ['s2'] }),
    issues: [],
  },
  // assignments
  {
    name: 'an assignment citing an unknown source',
    recipe: push('assignments', {
      id: 'a',
      post: 'udcg-chair',
      person: 'curtis-buzzard',
      from: '2022',
      until: '2023',
      sources: ['nope'],
    }),
    issues: ['UNKNOWN_REFERENCE assignments.5.sources.0: Unknown source "nope"'],
  },
  {
    name: 'an assignment with a reversed tenure',
    recipe: push('assignments', {
      id: 'a',
      post: 'udcg-chair',
      person: 'curtis-buzzard',
      from: '2023',
      until: '2022',
    }),
    issues: [
      'INTERVAL_ORDER assignments.5.until: Interval ends before or when it starts: [2023, 2022)',
    ],
  },
  {
    name: 'an assignment to an unknown post',
    recipe: push('assignments', { id: 'a', post: 'nope', person: 'curtis-buzzard' }),
    issues: ['UNKNOWN_REFERENCE assignments.5.post: Unknown post "nope"'],
  },
  {
    name: 'an assignment of an unknown person',
    recipe: push('assignments', {
      id: 'a',
      post: 'udcg-chair',
      person: 'nobody',
      from: '2022',
      until: '2023',
    }),
    issues: ['UNKNOWN_REFERENCE assignments.5.person: Unknown person "nobody"'],
  },
  {
    name: 'an assignment starting before its post',
    recipe: push('assignments', {
      id: 'a',
      post: 'commander-nsatu',
      person: 'john-healey',
      from: '2024-11',
      until: '2024-12',
    }),
    issues: [
      'OUTSIDE_LIFETIME assignments.5.from: Starts 2024-11, before post "commander-nsatu" exists (from 2024-12)',
    ],
  },
  {
    name: 'an assignment within its post',
    recipe: push('assignments', {
      id: 'a',
      post: 'udcg-chair',
      person: 'curtis-buzzard',
      from: '2022',
      until: '2023',
    }),
    issues: [],
  },
  // relationships
  {
    name: 'a tie citing an unknown source',
    recipe: push('relationships', tie({ sources: ['nope'] })),
    issues: ['UNKNOWN_REFERENCE relationships.6.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a tie with a reversed interval',
    recipe: push('relationships', tie({ from: '2025', until: '2024' })),
    issues: [
      'INTERVAL_ORDER relationships.6.until: Interval ends before or when it starts: [2025, 2024)',
    ],
  },
  {
    name: 'a tie from an organisation to itself',
    recipe: push('relationships', tie({ superior: 'sag-u' })),
    issues: ['CYCLE relationships.6.superior: "sag-u" is its own superior'],
  },
  {
    name: 'a tie from an unknown organisation',
    recipe: push('relationships', tie({ subordinate: 'nope' })),
    issues: ['UNKNOWN_REFERENCE relationships.6.subordinate: Unknown organisation "nope"'],
  },
  {
    name: 'a tie to an unknown organisation',
    recipe: push('relationships', tie({ superior: 'nope' })),
    issues: ['UNKNOWN_REFERENCE relationships.6.superior: Unknown organisation "nope"'],
  },
  {
    name: 'a tie in an unknown capacity',
    recipe: push('relationships', tie({ capacity: 'nope' })),
    issues: ['UNKNOWN_REFERENCE relationships.6.capacity: Unknown post "nope"'],
  },
  {
    name: 'a tie starting before its subordinate',
    recipe: push('relationships', tie({ subordinate: 'udcg', superior: 'shape', from: '2022-04' })),
    issues: [
      'OUTSIDE_LIFETIME relationships.6.from: Starts 2022-04, before subordinate "udcg" exists (from 2022-04-26)',
    ],
  },
  {
    name: 'a tie starting before its superior',
    recipe: push('relationships', tie({ from: '2024-11' })),
    issues: [
      'OUTSIDE_LIFETIME relationships.6.from: Starts 2024-11, before superior "nsatu" exists (from 2024-12)',
    ],
  },
  {
    name: 'a tie within both organisations, in a known capacity',
    recipe: push('relationships', tie({ from: '2024-12', capacity: 'saceur', sources: ['s1'] })),
    issues: [],
  },
  // coalitions
  {
    name: 'a coalition citing an unknown source',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [],
      sources: ['nope'],
    }),
    issues: ['UNKNOWN_REFERENCE coalitions.1.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a coalition with a reversed interval',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [],
      from: '2024',
      until: '2023',
    }),
    issues: [
      'INTERVAL_ORDER coalitions.1.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'a coalition coordinated by an unknown body',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [],
      coordinatingBody: 'nope',
    }),
    issues: ['UNKNOWN_REFERENCE coalitions.1.coordinatingBody: Unknown organisation "nope"'],
  },
  {
    name: 'a coalition member citing an unknown source',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [{ party: 'DEU', role: 'member', sources: ['nope'] }],
    }),
    issues: ['UNKNOWN_REFERENCE coalitions.1.members.0.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a coalition member with a reversed interval',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [{ party: 'DEU', role: 'member', from: '2024', until: '2023' }],
    }),
    issues: [
      'INTERVAL_ORDER coalitions.1.members.0.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'a coalition member that is an unknown party',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      members: [{ party: 'nope', role: 'member' }],
    }),
    issues: [
      'UNKNOWN_REFERENCE coalitions.1.members.0.party: Unknown nation or organisation "nope"',
    ],
  },
  {
    name: 'a coalition of a nation and an organisation',
    recipe: push('coalitions', {
      id: 'c',
      name: 'C',
      capability: 'armour',
      coordinatingBody: 'udcg',
      members: [
        { party: 'DEU', role: 'lead' },
        { party: 'eu', role: 'member' },
      ],
    }),
    issues: [],
  },
  // agreements
  {
    name: 'an agreement citing an unknown source',
    recipe: push('agreements', {
      id: 'g',
      parties: ['UKR', 'DEU'],
      signed: '2024',
      sources: ['nope'],
    }),
    issues: ['UNKNOWN_REFERENCE agreements.1.sources.0: Unknown source "nope"'],
  },
  {
    name: 'an agreement with an unknown party',
    recipe: push('agreements', { id: 'g', parties: ['UKR', 'nope'], signed: '2024' }),
    issues: ['UNKNOWN_REFERENCE agreements.1.parties.1: Unknown nation or organisation "nope"'],
  },
  {
    name: 'an agreement ending before it was signed',
    recipe: push('agreements', { id: 'g', parties: ['UKR', 'DEU'], signed: '2024', until: '2023' }),
    issues: [
      'INTERVAL_ORDER agreements.1.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'an agreement with an organisation, ending after it was signed',
    recipe: push('agreements', { id: 'g', parties: ['UKR', 'eu'], signed: '2024', until: '2025' }),
    issues: [],
  },
  // training programmes
  {
    name: 'a programme citing an unknown source',
    recipe: push('trainingProgrammes', programme({ sources: ['nope'] })),
    issues: ['UNKNOWN_REFERENCE trainingProgrammes.1.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a programme with a reversed interval',
    recipe: push('trainingProgrammes', programme({ from: '2024', until: '2023' })),
    issues: [
      'INTERVAL_ORDER trainingProgrammes.1.until: Interval ends before or when it starts: [2024, 2023)',
    ],
  },
  {
    name: 'a programme led by an unknown party',
    recipe: push('trainingProgrammes', programme({ lead: 'nope' })),
    issues: ['UNKNOWN_REFERENCE trainingProgrammes.1.lead: Unknown nation or organisation "nope"'],
  },
  {
    name: 'a programme of an unknown organisation',
    recipe: push('trainingProgrammes', programme({ organisation: 'nope' })),
    issues: ['UNKNOWN_REFERENCE trainingProgrammes.1.organisation: Unknown organisation "nope"'],
  },
  {
    name: 'a programme hosted by an unknown nation',
    recipe: push('trainingProgrammes', programme({ hosts: ['GBR', 'ZZZ'] })),
    issues: ['UNKNOWN_REFERENCE trainingProgrammes.1.hosts.1: Unknown nation "ZZZ"'],
  },
  {
    name: 'a programme with an unknown partner',
    recipe: push('trainingProgrammes', programme({ partners: ['DEU', 'nope'] })),
    issues: [
      'UNKNOWN_REFERENCE trainingProgrammes.1.partners.1: Unknown nation or organisation "nope"',
    ],
  },
  {
    name: 'a programme whose trainees cite an unknown source',
    recipe: push(
      'trainingProgrammes',
      programme({ trainees: [{ count: 5, asOf: '2024', cumulative: false, sources: ['nope'] }] }),
    ),
    issues: ['UNKNOWN_REFERENCE trainingProgrammes.1.trainees.0.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a programme with known parties',
    recipe: push(
      'trainingProgrammes',
      programme({
        lead: 'eu',
        organisation: 'nsatu',
        hosts: ['DEU'],
        partners: ['GBR', 'nsatu'],
        trainees: [{ count: 5, asOf: '2024', cumulative: false, sources: ['s1'] }],
      }),
    ),
    issues: [],
  },
  {
    name: 'a programme with a lead alone',
    recipe: push('trainingProgrammes', programme({})),
    issues: [],
  },
  // ammunition and weapon systems
  {
    name: 'an ammunition family citing an unknown source',
    recipe: push('ammunitionFamilies', { id: 'f', name: 'F', sources: ['nope'] }),
    issues: ['UNKNOWN_REFERENCE ammunitionFamilies.1.sources.0: Unknown source "nope"'],
  },
  {
    name: 'an ammunition family citing a known source',
    recipe: push('ammunitionFamilies', { id: 'f', name: 'F', sources: ['s1'] }),
    issues: [],
  },
  {
    name: 'a weapon system citing an unknown source',
    recipe: push('weaponSystems', system({ sources: ['nope'] })),
    issues: ['UNKNOWN_REFERENCE weaponSystems.1.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a weapon system firing an unknown ammunition',
    recipe: push('weaponSystems', system({ ammunition: ['nope'] })),
    issues: ['UNKNOWN_REFERENCE weaponSystems.1.ammunition.0: Unknown ammunition family "nope"'],
  },
  {
    name: 'a weapon system variant citing an unknown source',
    recipe: push(
      'weaponSystems',
      system({ variants: [{ id: 'v', name: 'V', sources: ['nope'] }] }),
    ),
    issues: ['UNKNOWN_REFERENCE weaponSystems.1.variants.0.sources.0: Unknown source "nope"'],
  },
  {
    name: 'a weapon system variant firing an unknown ammunition',
    recipe: push(
      'weaponSystems',
      system({ variants: [{ id: 'v', name: 'V', ammunition: ['nope'] }] }),
    ),
    issues: [
      'UNKNOWN_REFERENCE weaponSystems.1.variants.0.ammunition.0: Unknown ammunition family "nope"',
    ],
  },
  {
    name: "a weapon system whose variant repeats another system's",
    recipe: push('weaponSystems', system({ variants: [{ id: 'pzh-2000-nl', name: 'V' }] })),
    issues: ['DUPLICATE_ID weaponSystems.1.variants.0.id: Duplicate variant id "pzh-2000-nl"'],
  },
  {
    name: 'a weapon system and variants firing known ammunition',
    recipe: push(
      'weaponSystems',
      system({
        ammunition: ['155mm-nato'],
        variants: [{ id: 'v', name: 'V', ammunition: ['155mm-nato'], sources: ['s1'] }],
      }),
    ),
    issues: [],
  },
  // aid
  {
    name: 'aid citing an unknown source',
    recipe: push('aid', aid({ sources: ['nope'] })),
    issues: ['UNKNOWN_REFERENCE aid.4.sources.0: Unknown source "nope"'],
  },
  {
    name: 'aid from an unknown donor',
    recipe: push('aid', aid({ donor: 'nope' })),
    issues: ['UNKNOWN_REFERENCE aid.4.donor: Unknown donor "nope"'],
  },
  {
    name: 'aid to an unknown recipient',
    recipe: push('aid', aid({ recipient: 'nope' })),
    issues: ['UNKNOWN_REFERENCE aid.4.recipient: Unknown recipient "nope"'],
  },
  {
    name: 'aid through an unknown coalition',
    recipe: push('aid', aid({ coalition: 'nope' })),
    issues: ['UNKNOWN_REFERENCE aid.4.coalition: Unknown coalition "nope"'],
  },
  {
    name: 'aid superseding unknown aid',
    recipe: push('aid', aid({ supersedes: 'nope' })),
    issues: ['UNKNOWN_REFERENCE aid.4.supersedes: Unknown aid record "nope"'],
  },
  {
    name: 'aid of an unknown weapon system',
    recipe: push('aid', aid({ system: 'nope' })),
    issues: ['UNKNOWN_REFERENCE aid.4.system: Unknown weapon system "nope"'],
  },
  {
    name: 'aid of an unknown variant',
    recipe: push('aid', aid({ system: 'pzh-2000', variant: 'nope' })),
    issues: [
      'UNKNOWN_REFERENCE aid.4.variant: "nope" is not a variant of weapon system "pzh-2000"',
    ],
  },
  {
    name: 'aid of a variant of a system without variants',
    recipe: all(
      push('weaponSystems', system({})),
      push('aid', aid({ system: 'sys', variant: 'pzh-2000-nl' })),
    ),
    issues: [
      'UNKNOWN_REFERENCE aid.4.variant: "pzh-2000-nl" is not a variant of weapon system "sys"',
    ],
  },
  { name: 'aid of an item, without a weapon system', recipe: push('aid', aid({})), issues: [] },
  {
    name: 'aid of a known variant, through a coalition, superseding aid',
    recipe: push(
      'aid',
      aid({
        donor: 'eu',
        recipient: 'GBR',
        system: 'pzh-2000',
        variant: 'pzh-2000-nl',
        coalition: 'coalition-armour',
        supersedes: 'aid-2',
        sources: ['s2'],
      }),
    ),
    issues: [],
  },
  // the dataset's own fields and its tables
  {
    name: 'a new title',
    recipe: (d) => {
      d.title = 'renamed';
    },
    issues: [],
  },
  {
    name: 'a title that is not a string',
    recipe: (d) => {
      (d as unknown as Record<string, unknown>).title = 5;
    },
    issues: ['INVALID_TYPE title: Expected string, got a number'],
  },
  {
    name: 'an unknown field',
    recipe: (d) => {
      (d as unknown as Record<string, unknown>).extra = 1;
    },
    issues: ['UNKNOWN_KEY extra: Unknown key "extra"'],
  },
  {
    name: 'an unknown field left undefined',
    recipe: (d) => {
      (d as unknown as Record<string, unknown>).extra = undefined;
    },
    issues: ['UNKNOWN_KEY extra: Unknown key "extra"'],
  },
  {
    name: 'a table removed',
    recipe: (d) => {
      delete (d as unknown as Record<string, unknown>).aid;
    },
    issues: ['REQUIRED aid: A dataset always has its aid table'],
  },
  {
    name: 'a table that is not an array',
    recipe: (d) => {
      (d as unknown as Record<string, unknown>).aid = 'none';
    },
    issues: ['INVALID_TYPE aid: Expected an array of records, got a string'],
  },
  // ids
  {
    name: 'a record added with the id of another',
    recipe: push('nations', { id: 'DEU', name: 'Germany again' }),
    issues: ['DUPLICATE_ID nations.4.id: Duplicate id "DEU" in nations'],
  },
  {
    name: 'two records added with one id',
    recipe: all(
      push('nations', { id: 'SWE', name: 'Sweden' }),
      push('nations', { id: 'SWE', name: 'Sweden' }),
    ),
    issues: ['DUPLICATE_ID nations.5.id: Duplicate id "SWE" in nations'],
  },
  {
    name: 'a record replaced by one with the same id',
    recipe: (d) => {
      d.nations[1] = { id: 'DEU', name: 'Deutschland' };
    },
    issues: [],
  },
  {
    name: 'a referenced record removed',
    recipe: (d) => {
      d.organisations.splice(7, 1);
    },
    issues: [
      'UNKNOWN_REFERENCE trainingProgrammes.0.partners.1: Unknown nation or organisation "eu"',
      'UNKNOWN_REFERENCE aid.2.donor: Unknown donor "eu"',
    ],
  },
  {
    name: 'an unreferenced record removed',
    recipe: (d) => {
      d.aid.splice(3, 1);
    },
    issues: [],
  },
  {
    name: 'an assignment removed',
    recipe: (d) => {
      d.assignments.splice(0, 1);
    },
    issues: [],
  },
  {
    name: 'a tie removed',
    recipe: (d) => {
      d.relationships.splice(5, 1);
    },
    issues: [],
  },
  // what depends on a changed organisation's lifetime
  {
    name: 'an organisation renamed',
    recipe: set('organisations', 3, { name: 'NATO Security Assistance and Training for Ukraine' }),
    issues: [],
  },
  {
    name: 'an organisation starting after its posts and ties',
    recipe: set('organisations', 3, { from: '2025' }),
    issues: nsatuStartsLate,
  },
  {
    // Both bounds change: the re-check must not wait for one of them to stay the same.
    name: 'an organisation starting after its posts and ties, its end changed too',
    recipe: set('organisations', 3, { from: '2025', until: 'unknown' }),
    issues: nsatuStartsLate,
  },
  {
    name: 'an organisation starting after its post, its ties moved with it',
    recipe: all(
      set('organisations', 3, { from: '2025' }),
      ...[2, 3, 5].map((i) => set('relationships', i, { from: '2025' })),
    ),
    issues: [
      'OUTSIDE_LIFETIME posts.1.from: Starts 2024-12, before organisation "nsatu" exists (from 2025)',
    ],
  },
  {
    name: 'an organisation ending before its posts and ties',
    recipe: set('organisations', 6, { until: '2024' }),
    issues: [
      'OUTSIDE_LIFETIME posts.2: Ongoing, but organisation "udcg" ended 2024',
      'OUTSIDE_LIFETIME relationships.5: Ongoing, but superior "udcg" ended 2024',
    ],
  },
  {
    name: 'an organisation ending after its posts and ties',
    recipe: set('organisations', 6, { until: 'unknown' }),
    issues: [],
  },
  {
    name: 'a subordinate starting after its tie',
    recipe: set('organisations', 5, { from: '2023' }),
    issues: [
      'OUTSIDE_LIFETIME relationships.4.from: Starts 2022-11, before subordinate "sag-u" exists (from 2023)',
    ],
  },
  {
    name: 'a superior starting after its tie',
    recipe: set('organisations', 4, { from: '2023' }),
    issues: [
      'OUTSIDE_LIFETIME relationships.4.from: Starts 2022-11, before superior "useucom" exists (from 2023)',
    ],
  },
  // what depends on a changed post
  { name: 'a post renamed', recipe: set('posts', 2, { name: 'Chair' }), issues: [] },
  {
    name: 'a post held by fewer than hold it',
    recipe: set('posts', 2, { maxHolders: 1 }),
    issues: udcgChairTwoHolders,
  },
  {
    // Every bound changes: the re-check must not wait for one of them to stay the same.
    name: 'a post held by fewer than hold it, its dates changed too',
    recipe: set('posts', 2, { maxHolders: 1, from: '2022-05', until: 'unknown' }),
    issues: udcgChairTwoHolders,
  },
  {
    name: 'a post starting after its holder',
    recipe: set('posts', 1, { from: '2025' }),
    issues: [
      'OUTSIDE_LIFETIME assignments.2.from: Starts 2024-12, before post "commander-nsatu" exists (from 2025)',
    ],
  },
  {
    name: 'a post ending before its holder',
    recipe: set('posts', 0, { until: '2025' }),
    issues: [
      'OUTSIDE_LIFETIME assignments.0.until: Lasts until 2025-07-04, after post "saceur" ended 2025',
      'OUTSIDE_LIFETIME assignments.1: Ongoing, but post "saceur" ended 2025',
    ],
  },
  {
    name: 'a second holder of a post at one time',
    recipe: push('assignments', {
      id: 'a6',
      post: 'saceur',
      person: 'curtis-buzzard',
      from: '2025-08',
    }),
    issues: [
      'MULTIPLE_HOLDERS assignments.5.person: Post "saceur" has two holders at once: "alexus-grynkewich" and "curtis-buzzard" (mark an interim holder acting: true)',
    ],
  },
  {
    name: 'a tenure extended into the next one',
    recipe: set('assignments', 0, { until: '2025-08' }),
    issues: [
      'MULTIPLE_HOLDERS assignments.1.person: Post "saceur" has two holders at once: "christopher-cavoli" and "alexus-grynkewich" (mark an interim holder acting: true)',
    ],
  },
  {
    name: 'a tenure moved to a post held by another',
    recipe: set('assignments', 2, { post: 'saceur' }),
    issues: [
      'MULTIPLE_HOLDERS assignments.1.person: Post "saceur" has two holders at once: "curtis-buzzard" and "alexus-grynkewich" (mark an interim holder acting: true)',
      'MULTIPLE_HOLDERS assignments.2.person: Post "saceur" has two holders at once: "christopher-cavoli" and "curtis-buzzard" (mark an interim holder acting: true)',
    ],
  },
  // what depends on a changed weapon system
  {
    name: 'a weapon system renamed',
    recipe: set('weaponSystems', 0, { name: 'Panzerhaubitze 2000' }),
    issues: [],
  },
  {
    name: 'a weapon system losing a variant aid names',
    recipe: set('weaponSystems', 0, { variants: [{ id: 'pzh-2000-de', name: 'DE' }] }),
    issues: [
      'UNKNOWN_REFERENCE aid.0.variant: "pzh-2000-nl" is not a variant of weapon system "pzh-2000"',
    ],
  },
  {
    name: 'a referenced weapon system removed',
    recipe: (d) => {
      d.weaponSystems.splice(0, 1);
    },
    issues: [
      'UNKNOWN_REFERENCE aid.0.system: Unknown weapon system "pzh-2000"',
      'UNKNOWN_REFERENCE aid.1.system: Unknown weapon system "pzh-2000"',
    ],
  },
  {
    name: 'two weapon systems without variants',
    recipe: all(push('weaponSystems', system({})), push('weaponSystems', system({ id: 'sys-2' }))),
    issues: [],
  },
  // reporting lines
  {
    name: 'a chain tie to a second superior',
    recipe: push('relationships', tie({ authority: 'reports-to', from: '2025' })),
    issues: [
      'MULTIPLE_SUPERIORS relationships.6.superior: "sag-u" has two reports-to superiors at once: "useucom" and "nsatu"',
    ],
  },
  {
    name: 'a chain tie closing a cycle',
    recipe: push(
      'relationships',
      tie({ subordinate: 'nac', superior: 'nsatu', authority: 'OPCON', from: '2025' }),
    ),
    issues: [
      'CYCLE relationships.0.superior: Cycle on the operational line (in force from 2025-01-01): military-committee → nac → nsatu → shape → military-committee',
    ],
  },
  {
    name: 'a chain tie to a first superior',
    recipe: push(
      'relationships',
      tie({ subordinate: 'useucom', superior: 'nac', authority: 'reports-to' }),
    ),
    issues: [],
  },
];
