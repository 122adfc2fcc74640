// Issue 12: what each integrity check tells a user, word for word. One corruption at a time of a
// small valid dataset — a dangling reference in every referencing field, a taken id in every
// table, a reversed interval wherever there is one, and the cases of each rule on time (lifetimes,
// two holders, two superiors, cycles) — and the issues it gets, with their paths, messages and
// related paths, in integrity.messages.txt. The properties of integrity.prop.test.ts check where
// issues are reported on random data; this file pins every message and path deterministically, so
// a changed word or a wrong path fails here even in a mutation run, where properties run 30 times.
import { describe, expect, test } from 'vitest';

import { DatasetTableValues, type DatasetIssue, type JsonPath } from 'nsatu';
import { smallDataset } from '../fixtures/small.ts';
import {
  INTERVALS,
  REFERENCES,
  getAt,
  issuesOf,
  placesOf,
  setAt,
  type Row,
} from './corruptions.ts';

type Input = ReturnType<typeof smallDataset>;
type Change = (d: Input) => void;

/**
 * The small dataset with every referencing field and every interval filled in at least once, so
 * that each corruption below has a place to happen: a citation in every table and in a variant,
 * a variant's ammunition, a programme's organisation, aid to a recipient through a coalition.
 */
function base(): Input {
  const d = smallDataset();
  for (const table of DatasetTableValues) {
    const first = (d[table] as unknown as Row[])[0] as Row;
    if (table !== 'sources' && first.sources === undefined) first.sources = ['s2'];
  }
  const [system] = d.weaponSystems;
  const [variant] = system?.variants ?? [];
  Object.assign(variant ?? {}, { ammunition: ['155mm-nato'], sources: ['s1'] });
  Object.assign(d.trainingProgrammes[0] ?? {}, { organisation: 'nsatu' });
  Object.assign(d.aid[0] ?? {}, { recipient: 'UKR', coalition: 'coalition-armour' });
  return d;
}

/** The first place a pattern reaches in the base dataset. */
function firstPlace(table: (typeof REFERENCES)[number][0], pattern: readonly string[]): JsonPath {
  const [place] = placesOf(base(), table, pattern);
  if (place === undefined) throw new Error(`no ${table}.${pattern.join('.')} in the base`);
  return place;
}

const at = (path: JsonPath): string => JSON.stringify(path);

/** Finds a record of the base by id, to change it in place. */
function row(d: Input, table: keyof Input, id: string): Row {
  const found = (d[table] as unknown as Row[]).find((r) => r.id === id);
  if (found === undefined) throw new Error(`no ${table} "${id}"`);
  return found;
}

/** A new organisation and a tie, for the cases about superiors and cycles. */
function tie(d: Input, id: string, subordinate: string, superior: string, more: Row = {}): void {
  for (const body of [subordinate, superior]) {
    if (!d.organisations.some((o) => o.id === body)) {
      (d.organisations as Row[]).push({ id: body, name: body.toUpperCase(), kind: 'command' });
    }
  }
  (d.relationships as Row[]).push({ id, subordinate, superior, authority: 'OPCON', ...more });
}

const CASES: readonly (readonly [string, Change])[] = [
  // Each referencing field names something that does not exist.
  ...REFERENCES.map(([table, pattern, value]): [string, Change] => {
    const path = firstPlace(table, pattern);
    return [
      `${at(path)} = "${value}"`,
      (d) => {
        setAt(d, path, value);
      },
    ];
  }),
  [
    'ties to and from organisations that do not exist, beside ties that would clash with them',
    (d) => {
      (d.relationships as Row[]).push(
        { id: 'to-nothing', subordinate: 'nsatu', superior: 'nowhere', authority: 'reports-to' },
        { id: 'from-nothing', subordinate: 'nowhere', superior: 'shape', authority: 'OPCON' },
        { id: 'nac-eucom', subordinate: 'nac', superior: 'useucom', authority: 'OPCON' },
      );
    },
  ],
  [
    'an aid record names a variant of another system',
    (d) => {
      (d.weaponSystems as Row[]).push({
        id: 'm777',
        name: 'M777',
        category: 'towed-artillery',
        capability: 'artillery',
      });
      Object.assign(row(d, 'aid', 'aid-1'), { system: 'm777' });
    },
  ],
  // Each table holds a second record with the id of its first.
  ...DatasetTableValues.map((table): [string, Change] => [
    `a second record in ${table} with the id of the first`,
    (d) => {
      const rows = d[table] as unknown as Row[];
      const twin = structuredClone(rows[0]) as Row;
      delete twin.variants;
      rows.push(twin);
    },
  ]),
  // Each table holds a record that fails its shape check: it keeps its id, and its place.
  ...DatasetTableValues.map((table): [string, Change] => [
    `a record in ${table} with a key no ${table} record has`,
    (d) => {
      const rows = d[table] as unknown as Row[];
      rows.unshift({ ...structuredClone(rows[0]), notAField: true });
    },
  ]),
  [
    'two posts without ids',
    (d) => {
      (d.posts as Row[]).push(
        { name: 'One', organisation: 'nac' },
        { name: 'Two', organisation: 'nac' },
      );
    },
  ],
  [
    'a second variant with the id of another',
    (d) => {
      const system = d.weaponSystems[0] as { variants: Row[] };
      system.variants.push({ id: 'pzh-2000-nl', name: 'PzH 2000NL again' });
    },
  ],
  // Each interval ends when it starts.
  ...INTERVALS.map(([table, pattern, from, until]): [string, Change] => {
    const start = firstPlace(table, [...pattern, from]);
    const end = [...start.slice(0, -1), until];
    return [
      `${at(end)} = ${at(start)}`,
      (d) => {
        setAt(d, end, getAt(d, start));
      },
    ];
  }),
  [
    'a source accessed the year before it was published',
    (d) => {
      Object.assign(row(d, 'sources', 's1'), { accessed: '2023' });
    },
  ],
  [
    'a source accessed on the day it was published (no issue)',
    (d) => {
      Object.assign(row(d, 'sources', 's1'), { accessed: '2024-07-11' });
    },
  ],
  // Lifetimes: what refers to an organisation or a post lies within its explicit bounds.
  [
    'a post starts before its organisation',
    (d) => {
      Object.assign(row(d, 'posts', 'commander-nsatu'), { from: '2024-11' });
    },
  ],
  [
    'a post starts within the month its organisation starts (no issue)',
    (d) => {
      Object.assign(row(d, 'posts', 'commander-nsatu'), { from: '2024-12-06' });
      Object.assign(row(d, 'assignments', 'a3'), { from: '2024-12-06' });
    },
  ],
  [
    'an organisation ends: what is ongoing within it, or ends later, is outside it',
    (d) => {
      Object.assign(row(d, 'organisations', 'nsatu'), { until: '2026-01' });
      Object.assign(row(d, 'posts', 'commander-nsatu'), { until: '2026-02' });
      Object.assign(row(d, 'relationships', 'nsatu-shape'), { until: '2026-01' });
      Object.assign(row(d, 'relationships', 'udcg-nsatu'), { until: 'unknown' });
    },
  ],
  [
    'an organisation ends on a date nobody knows (no issue)',
    (d) => {
      Object.assign(row(d, 'organisations', 'nsatu'), { until: 'unknown' });
    },
  ],
  [
    'an organisation with only an end: what starts any time, and ends by then, is within it',
    (d) => {
      Object.assign(row(d, 'organisations', 'sag-u'), { from: undefined, until: '2025' });
      Object.assign(row(d, 'relationships', 'sagu-eucom'), { from: '1990', until: '2025' });
    },
  ],
  [
    'an organisation with only an end: an ongoing tie to it is outside it',
    (d) => {
      Object.assign(row(d, 'organisations', 'sag-u'), { from: undefined, until: '2025' });
    },
  ],
  [
    'a tie starts before its superior exists',
    (d) => {
      Object.assign(row(d, 'organisations', 'useucom'), { from: '2023' });
    },
  ],
  [
    'an assignment outside its post, and the first of two posts with one id decides',
    (d) => {
      Object.assign(row(d, 'assignments', 'a3'), { from: '2024-11', until: '2030' });
      Object.assign(row(d, 'posts', 'commander-nsatu'), { until: '2029' });
      (d.posts as Row[]).push({ id: 'commander-nsatu', name: 'Again', organisation: 'nsatu' });
    },
  ],
  // Two holders of one post at one time.
  [
    'a new holder starts before the last one leaves',
    (d) => {
      Object.assign(row(d, 'assignments', 'a2'), { from: '2025-07-01' });
    },
  ],
  [
    'a new holder starts the day the last one leaves (no issue)',
    (d) => {
      Object.assign(row(d, 'assignments', 'a2'), { from: '2025-07-04' });
    },
  ],
  [
    'an acting holder overlaps (no issue)',
    (d) => {
      Object.assign(row(d, 'assignments', 'a2'), { from: '2025-07-01', acting: true });
    },
  ],
  [
    'a holder who left on a date nobody knows, and the next (an unknown end counts as none)',
    (d) => {
      Object.assign(row(d, 'assignments', 'a1'), { until: 'unknown' });
    },
  ],
  [
    'a post for at most one holder has two',
    (d) => {
      Object.assign(row(d, 'posts', 'udcg-chair'), { maxHolders: 1 });
    },
  ],
  [
    'a third holder overlaps the second, who overlapped the first',
    (d) => {
      (d.assignments as Row[]).push(
        { id: 'b1', post: 'saceur', person: 'john-healey', from: '2025-07', until: '2026' },
        { id: 'b2', post: 'saceur', person: 'christopher-cavoli', from: '2025-09' },
      );
    },
  ],
  // Two superiors on one line at one time.
  [
    'a second superior with the same authority at the same time',
    (d) => {
      tie(d, 'second', 'nsatu', 'useucom', { from: '2025', authority: 'reports-to' });
    },
  ],
  [
    'a second superior with another authority of the operational line (no issue)',
    (d) => {
      tie(d, 'second', 'nsatu', 'useucom', { from: '2025', authority: 'TACON' });
    },
  ],
  [
    'a second superior on another line (no issue)',
    (d) => {
      tie(d, 'second', 'nsatu', 'useucom', { from: '2025', authority: 'LOGCON' });
    },
  ],
  [
    'a second ADCON superior, after the first ended (no issue)',
    (d) => {
      Object.assign(row(d, 'relationships', 'nsatu-shape-adcon'), { until: '2025' });
      tie(d, 'second', 'nsatu', 'useucom', { from: '2025', authority: 'ADCON' });
    },
  ],
  [
    'three superiors, each overlapping the one before',
    (d) => {
      tie(d, 'p', 'unit', 'hq-p', { from: '2020', until: '2030' });
      tie(d, 'q', 'unit', 'hq-q', { from: '2021', until: '2022' });
      tie(d, 'r', 'unit', 'hq-p', { from: '2021-06', until: '2023' });
      tie(d, 's', 'unit', 'hq-s', { from: '2029' });
    },
  ],
  // Cycles on one line, in force at one time.
  [
    'a body is its own superior',
    (d) => {
      tie(d, 'self', 'loop', 'loop');
    },
  ],
  [
    'two bodies above each other from the start',
    (d) => {
      tie(d, 'up', 'left', 'right');
      tie(d, 'down', 'right', 'left', { authority: 'TACON' });
    },
  ],
  [
    'three bodies in a loop once the last tie starts',
    (d) => {
      tie(d, 'one', 'x', 'y', { from: '2020' });
      tie(d, 'two', 'y', 'z');
      tie(d, 'three', 'z', 'x', { from: '2023-05-01', authority: 'ADCON' });
      tie(d, 'four', 'z', 'x', { from: '2024', until: '2025' });
    },
  ],
  [
    'a loop on the ADCON line and the same loop on LOGCON',
    (d) => {
      for (const authority of ['ADCON', 'LOGCON']) {
        const id = authority.toLowerCase();
        tie(d, `${id}-1`, 'x', 'y', { authority });
        tie(d, `${id}-2`, 'y', 'x', { authority, from: '2021' });
      }
    },
  ],
  [
    'ties of a loop that are never in force together (no issue)',
    (d) => {
      tie(d, 'one', 'x', 'y', { until: '2020' });
      tie(d, 'two', 'y', 'x', { from: '2020' });
    },
  ],
  [
    'a loop across lines (no issue)',
    (d) => {
      tie(d, 'one', 'x', 'y');
      tie(d, 'two', 'y', 'x', { authority: 'ADCON' });
    },
  ],
  [
    'two loops of one component at different times: the first is reported (a known limit)',
    (d) => {
      tie(d, 'one', 'x', 'y', { from: '2020', until: '2021' });
      tie(d, 'two', 'y', 'x', { until: '2021' });
      tie(d, 'three', 'y', 'z', { from: '2022' });
      tie(d, 'four', 'z', 'y', { from: '2023' });
    },
  ],
  [
    'a loop that forms while another is in force: the first is reported (a known limit)',
    (d) => {
      tie(d, 'one', 'x', 'y');
      tie(d, 'two', 'y', 'x', { until: '2030' });
      tie(d, 'three', 'y', 'z', { from: '2022', authority: 'TACON' });
      tie(d, 'four', 'z', 'x', { from: '2023' });
    },
  ],
];

/** One case as text: its name, then each issue with its path, message and related paths. */
function describeCase(name: string, issues: readonly DatasetIssue[]): string {
  const lines = [`# ${name}`];
  if (issues.length === 0) lines.push('(no issue)');
  for (const issue of issues) {
    lines.push(`${issue.code} ${at(issue.path)}`, `  ${issue.message}`);
    if (issue.related !== undefined) lines.push(`  related: ${issue.related.map(at).join(' ')}`);
  }
  return lines.join('\n');
}

describe('parseDataset integrity messages', () => {
  test('the base dataset is valid', () => {
    expect(issuesOf(base())).toEqual([]);
  });

  test('case names are distinct', () => {
    expect(new Set(CASES.map(([name]) => name)).size).toBe(CASES.length);
  });

  test('every corruption gets the issues, paths and messages of integrity.messages.txt', async () => {
    const text = CASES.map(([name, change]) => {
      const d = base();
      change(d);
      return describeCase(name, issuesOf(d));
    });
    await expect(`${text.join('\n\n')}\n`).toMatchFileSnapshot('./integrity.messages.txt');
  });
});
