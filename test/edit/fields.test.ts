/*
 * The field-level changes `diff` lists for a changed record (src/edit/fields.ts): whole values
 * for fields that appear, go or change type, nested paths inside objects, and array elements
 * matched by what identifies them (a variant's id; a member's party, role and start; a trainee
 * report's date; repeated entries in order), so an insertion at the front is one added element,
 * not a change of every later one.
 */
import { describe, expect, test } from 'vitest';

import type { Dataset, DatasetTable } from 'nsatu';
import type { FieldChange } from 'nsatu/edit';
// What diff runs once both datasets are known valid: these cases need datasets no validation
// lets through (two holders at once, a null field, a dangling supersedes).
import { compareDatasets as diff } from '../../src/edit/diff.ts';
import { at } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

type Row = Record<string, unknown>;

/** `base` with one record of a table replaced (a hand-made dataset, as `diff` accepts). */
function withRecord(base: Dataset, table: DatasetTable, index: number, change: Row): Dataset {
  const rows = [...(base[table] as readonly Row[])];
  rows[index] = { ...at(rows, index), ...change };
  return { ...base, [table]: rows };
}

/** The changed fields of every changed record, by id. */
function fields(a: Dataset, b: Dataset): [string, FieldChange[]][] {
  return diff(a, b).changes.map((c) => [c.id, c.kind === 'changed' ? [...c.fields] : []]);
}

const armour = at(ds.coalitions, 0);
const lead = at(armour.members, 0);
const member = at(armour.members, 1);
const interflex = at(ds.trainingProgrammes, 0);
const report = at(interflex.trainees ?? [], 0);

describe('diff: the fields of a changed record', () => {
  test('gives an object field that appears or goes as a whole', () => {
    const next = withRecord(withRecord(ds, 'nations', 0, { udcg: undefined }), 'nations', 1, {
      udcg: { from: '2022-04-26' },
    });
    expect(fields(ds, next)).toEqual([
      ['UKR', [{ path: ['udcg'], before: { from: '2022-04-26' }, after: undefined }]],
      ['DEU', [{ path: ['udcg'], before: undefined, after: { from: '2022-04-26' } }]],
    ]);
  });

  test('gives a null that became an object as a whole', () => {
    const before = withRecord(ds, 'aid', 2, { value: null });
    expect(fields(before, ds)).toEqual([
      [
        'aid-3',
        [{ path: ['value'], before: null, after: { amount: 5_000_000_000, currency: 'EUR' } }],
      ],
    ]);
  });

  test('lists each field of an object that was emptied or filled', () => {
    const emptied = withRecord(ds, 'aid', 2, { value: {} });
    const gone: FieldChange[] = [
      { path: ['value', 'amount'], before: 5_000_000_000, after: undefined },
      { path: ['value', 'currency'], before: 'EUR', after: undefined },
    ];
    expect(fields(ds, emptied)).toEqual([['aid-3', gone]]);
    expect(fields(emptied, ds)).toEqual([
      ['aid-3', gone.map((f) => ({ path: f.path, before: f.after, after: f.before }))],
    ]);
  });

  test('lists a field that appeared beside one that holds undefined', () => {
    const before = withRecord(ds, 'aid', 2, { note: undefined });
    const after = withRecord(ds, 'aid', 2, { quantity: 5 });
    expect(fields(before, after)).toStrictEqual([
      ['aid-3', [{ path: ['quantity'], before: undefined, after: 5 }]],
    ]);
  });

  test('counts a field holding undefined as absent', () => {
    const next = withRecord(ds, 'aid', 2, { note: undefined, value: { ...ds.aid[2]?.value } });
    expect(diff(ds, next)).toEqual({ changes: [], metadata: [], events: [] });
  });
});

describe('diff: array elements matched by what identifies them', () => {
  const cases: [string, Dataset, [string, FieldChange[]][]][] = [
    [
      'a variant inserted at the front, by id',
      withRecord(ds, 'weaponSystems', 0, {
        variants: [{ id: 'pzh-2000-de', name: 'DE' }, ...(ds.weaponSystems[0]?.variants ?? [])],
      }),
      [
        [
          'pzh-2000',
          [{ path: ['variants', 0], before: undefined, after: { id: 'pzh-2000-de', name: 'DE' } }],
        ],
      ],
    ],
    [
      'a trainee report inserted at the front, by date',
      withRecord(ds, 'trainingProgrammes', 0, {
        trainees: [{ count: 60_000, asOf: '2025-09-01' }, report],
      }),
      [
        [
          'op-interflex',
          [
            {
              path: ['trainees', 0],
              before: undefined,
              after: { count: 60_000, asOf: '2025-09-01' },
            },
          ],
        ],
      ],
    ],
    [
      'a lead who joined again, by party, role and start',
      withRecord(ds, 'coalitions', 0, {
        members: [{ party: 'DEU', role: 'lead', from: '2026' }, lead, member],
      }),
      [
        [
          'coalition-armour',
          [
            {
              path: ['members', 0],
              before: undefined,
              after: { party: 'DEU', role: 'lead', from: '2026' },
            },
          ],
        ],
      ],
    ],
    [
      'a member that went, at its index before',
      withRecord(ds, 'coalitions', 0, { members: [lead] }),
      [['coalition-armour', [{ path: ['members', 1], before: member, after: undefined }]]],
    ],
  ];
  test.each(cases)('lists %s', (_name, next, expected) => {
    expect(fields(ds, next)).toEqual(expected);
  });

  test('pairs repeated entries in order', () => {
    const entries = (last: string, lastUsa: string): Row[] => [
      lead,
      { party: 'GBR', role: 'member', note: 'a' },
      { party: 'GBR', role: 'member', note: 'b' },
      { party: 'GBR', role: 'member', note: last },
      { party: 'USA', role: 'member', note: 'x' },
      { party: 'USA', role: 'member', note: lastUsa },
    ];
    const before = withRecord(ds, 'coalitions', 0, { members: entries('c', 'y') });
    const after = withRecord(ds, 'coalitions', 0, { members: entries('c2', 'y2') });
    expect(fields(before, after)).toEqual([
      [
        'coalition-armour',
        [
          { path: ['members', 3, 'note'], before: 'c', after: 'c2' },
          { path: ['members', 5, 'note'], before: 'y', after: 'y2' },
        ],
      ],
    ]);
  });
});
