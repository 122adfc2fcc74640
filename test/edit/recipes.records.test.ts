/*
 * The records the domain recipes write, whole: every option given lands in its field, an option
 * left out leaves no key behind (not even one set to `undefined`, which JSON and `diff` would
 * see), and the records a recipe changes are exactly the ones it names, also when an earlier
 * step of the same edit added, removed or moved records.
 */
import { describe, expect, test } from 'vitest';

import { type Dataset, type Relationship } from 'nsatu';
import {
  addRelationship,
  addWeaponAlias,
  advanceAidStage,
  assignPost,
  endRelationship,
  joinCoalition,
  leaveCoalition,
  recordAid,
  signAgreement,
  type Recipe,
} from 'nsatu/edit';
import { at, errorMessage, loadSmall } from '../fixtures/small.ts';
import { applied, dataset } from './support.ts';

const ds = dataset();

/** The last record of a table after the recipe ran. */
function added<K extends 'agreements' | 'aid' | 'relationships' | 'assignments'>(
  table: K,
  recipe: Recipe,
  base: Dataset = ds,
): Dataset[K][number] {
  const rows = applied(recipe, base)[table] as readonly Dataset[K][number][];
  return at(rows, rows.length - 1);
}

/** The small dataset with aid records that use every optional field, or none. */
const withAid = loadSmall((d) => {
  d.aid.push(
    {
      id: 'aid-full',
      donor: 'DEU',
      recipient: 'UKR',
      system: 'pzh-2000',
      variant: 'pzh-2000-nl',
      item: 'howitzers',
      quantity: 3,
      value: { amount: 100, currency: 'EUR' },
      stage: 'announced',
      date: '2023-02',
      channel: 'coalition',
      coalition: 'coalition-armour',
      note: 'kept on the old record only',
    },
    { id: 'aid-undated', donor: 'GBR', item: 'boots', stage: 'committed' },
  );
});

describe('signAgreement', () => {
  test('writes every option it is given', () => {
    const recipe = signAgreement(['UKR', 'DEU', 'eu'], {
      signed: '2024-06-13',
      title: 'Agreement on security cooperation',
      place: 'Apulia',
      durationYears: 10,
      until: '2034-06-13',
      framework: 'agreement-gbr',
      pledges: [{ value: { amount: 1, currency: 'EUR' } }],
      sources: ['s1'],
      confidence: 'medium',
      note: 'n',
    });
    expect(added('agreements', recipe)).toStrictEqual({
      id: 'agreement-deu-eu-2024-06-13',
      title: 'Agreement on security cooperation',
      parties: ['UKR', 'DEU', 'eu'],
      signed: '2024-06-13',
      place: 'Apulia',
      durationYears: 10,
      until: '2034-06-13',
      framework: 'agreement-gbr',
      pledges: [{ value: { amount: 1, currency: 'EUR' } }],
      sources: ['s1'],
      confidence: 'medium',
      note: 'n',
    });
  });

  test('writes only the keys given, under the id given', () => {
    const recipe = signAgreement(['DEU', 'UKR'], { signed: '2024', id: 'deu-ukr' });
    expect(added('agreements', recipe)).toStrictEqual({
      id: 'deu-ukr',
      parties: ['DEU', 'UKR'],
      signed: '2024',
    });
  });

  test("accepts an expiry that is 'unknown'", () => {
    const recipe = signAgreement(['UKR', 'DEU'], { signed: '2024', until: 'unknown' });
    expect(added('agreements', recipe)).toStrictEqual({
      id: 'agreement-deu-2024',
      parties: ['UKR', 'DEU'],
      signed: '2024',
      until: 'unknown',
    });
  });
});

describe('recordAid', () => {
  test('appends a copy of the record, not the object given', () => {
    const record = {
      id: 'aid-x',
      donor: 'DEU',
      item: 'x',
      stage: 'committed',
      date: '2024',
    } as const;
    const next = applied(recordAid(record));
    expect(at(next.aid, next.aid.length - 1)).toStrictEqual(record);
    expect(at(next.aid, next.aid.length - 1)).not.toBe(record);
  });
});

describe('advanceAidStage', () => {
  test('carries every field of the old record over to the new one', () => {
    expect(added('aid', advanceAidStage('aid-full', { date: '2023-05' }), withAid)).toStrictEqual({
      id: 'aid-full-delivered',
      donor: 'DEU',
      recipient: 'UKR',
      system: 'pzh-2000',
      variant: 'pzh-2000-nl',
      item: 'howitzers',
      quantity: 3,
      value: { amount: 100, currency: 'EUR' },
      stage: 'delivered',
      date: '2023-05',
      channel: 'coalition',
      coalition: 'coalition-armour',
      supersedes: 'aid-full',
    });
  });

  test('writes no key the old record lacks', () => {
    expect(added('aid', advanceAidStage('aid-3', { date: '2025' }))).toStrictEqual({
      id: 'aid-3-delivered',
      donor: 'eu',
      value: { amount: 5_000_000_000, currency: 'EUR' },
      stage: 'delivered',
      date: '2025',
      channel: 'epf',
      supersedes: 'aid-3',
    });
  });

  test('advances a record without a date, at any date', () => {
    const recipe = advanceAidStage('aid-undated', { date: '2020', stage: 'cancelled', id: 'c' });
    expect(added('aid', recipe, withAid)).toStrictEqual({
      id: 'c',
      donor: 'GBR',
      item: 'boots',
      stage: 'cancelled',
      date: '2020',
      supersedes: 'aid-undated',
    });
  });
});

describe('addRelationship', () => {
  test('writes every option it is given', () => {
    const recipe = addRelationship('sag-u', 'shape', 'OPCON', {
      from: '2024',
      until: '2025',
      capacity: 'saceur',
      sources: ['s1'],
      confidence: 'low',
      note: 'n',
    });
    expect(added('relationships', recipe)).toStrictEqual({
      id: 'sag-u-shape-opcon-2024',
      subordinate: 'sag-u',
      superior: 'shape',
      authority: 'OPCON',
      capacity: 'saceur',
      from: '2024',
      until: '2025',
      sources: ['s1'],
      confidence: 'low',
      note: 'n',
    });
  });

  test('writes only the keys given, under the id given', () => {
    const recipe = addRelationship('sag-u', 'shape', 'liaison', { from: '2024', id: 'tie' });
    expect(added('relationships', recipe)).toStrictEqual({
      id: 'tie',
      subordinate: 'sag-u',
      superior: 'shape',
      authority: 'liaison',
      from: '2024',
    });
  });
});

describe('assignPost', () => {
  test('writes only the keys given', () => {
    expect(
      added('assignments', assignPost('saceur', 'john-healey', { from: '2026' })),
    ).toStrictEqual({
      id: 'saceur-john-healey-2026',
      post: 'saceur',
      person: 'john-healey',
      from: '2026',
    });
  });

  test('ends only the open, substantive tenures begun before the new one', () => {
    const base = loadSmall((d) => {
      d.assignments.push({
        id: 'a6',
        post: 'saceur',
        person: 'john-healey',
        from: '2025-08',
        acting: true,
      });
    });
    const next = applied(assignPost('saceur', 'boris-pistorius', { from: '2026' }), base);
    expect(next.assignments.filter((a) => a.post === 'saceur')).toStrictEqual([
      {
        id: 'a1',
        post: 'saceur',
        person: 'christopher-cavoli',
        from: '2022-07-04',
        until: '2025-07-04',
      },
      {
        id: 'a2',
        post: 'saceur',
        person: 'alexus-grynkewich',
        from: '2025-07-04',
        until: '2026',
      },
      { id: 'a6', post: 'saceur', person: 'john-healey', from: '2025-08', acting: true },
      {
        id: 'saceur-boris-pistorius-2026',
        post: 'saceur',
        person: 'boris-pistorius',
        from: '2026',
      },
    ]);
  });

  test('does not replace a tenure begun the same day', () => {
    const recipe = assignPost('saceur', 'john-healey', {
      from: '2025-07-04',
      replaces: 'alexus-grynkewich',
    });
    expect(errorMessage(() => applied(recipe))).toBe(
      'INVALID_ARGUMENT: alexus-grynkewich holds no open tenure of saceur begun before 2025-07-04',
    );
  });
});

describe('coalition memberships', () => {
  test('joinCoalition writes only the keys given', () => {
    const next = applied(joinCoalition('coalition-armour', 'USA', { from: '2024' }));
    expect(at(next.coalitions, 0).members.at(-1)).toStrictEqual({
      party: 'USA',
      role: 'member',
      from: '2024',
    });
  });

  test('leaveCoalition ends the open membership, not one that ended before', () => {
    const left = applied(leaveCoalition('coalition-armour', 'DEU', { until: '2025' }));
    const back = applied(joinCoalition('coalition-armour', 'DEU', { from: '2026' }), left);
    const next = applied(leaveCoalition('coalition-armour', 'DEU', { until: '2027' }), back);
    expect(at(next.coalitions, 0).members.filter((m) => m.party === 'DEU')).toStrictEqual([
      { party: 'DEU', role: 'lead', from: '2024-01-23', until: '2025' },
      { party: 'DEU', role: 'member', from: '2026', until: '2027' },
    ]);
  });
});

describe('addWeaponAlias', () => {
  test('adding an alias the system already has changes nothing', () => {
    const once = applied(addWeaponAlias('pzh-2000', 'Panzerhaubitze'));
    expect(applied(addWeaponAlias('pzh-2000', 'Panzerhaubitze'), once)).toBe(once);
    expect(at(once.weaponSystems, 0).aliases).toEqual(['Panzerhaubitze']);
  });
});

describe('recipes run after other changes in the same edit', () => {
  const ids = (d: Dataset): [string, string | undefined][] =>
    d.relationships.map((r) => [r.id, r.until]);

  test.each<[string, number, string]>([
    ['a tie moved down by one removal', 1, 'shape-mc'],
    ['a tie moved down by two removals', 2, 'nsatu-shape-adcon'],
    ['a tie moved down to the first place', 2, 'nsatu-shape'],
  ])('finds %s', (_name, removed, id) => {
    const next = applied((d, b) => {
      d.relationships.splice(0, removed);
      endRelationship(id, { until: '2026' })(d, b);
    });
    expect(ids(next)).toEqual(
      ds.relationships
        .slice(removed)
        .map((r) => [r.id, r.id === id ? '2026' : r.until] as [string, string | undefined]),
    );
  });

  test.each<[string, string]>([
    ['a tie moved up by an insertion before it', 'shape-mc'],
    ['a tie inserted earlier in the edit, before the end', 'tie'],
  ])('finds %s', (_name, id) => {
    const tie: Relationship = {
      id: 'tie',
      subordinate: 'sag-u',
      superior: 'shape',
      authority: 'liaison',
    };
    const next = applied((d, b) => {
      d.relationships.unshift({ ...tie });
      endRelationship(id, { until: '2026' })(d, b);
    });
    expect(ids(next)).toEqual(
      [tie, ...ds.relationships].map(
        (r) => [r.id, r.id === id ? '2026' : r.until] as [string, string | undefined],
      ),
    );
  });

  test('finds a tie added earlier in the edit', () => {
    const next = applied((d, b) => {
      d.relationships.push({
        id: 'tie',
        subordinate: 'sag-u',
        superior: 'shape',
        authority: 'liaison',
      });
      endRelationship('tie', { until: '2026' })(d, b);
    });
    expect(next.relationships.at(-1)).toStrictEqual({
      id: 'tie',
      subordinate: 'sag-u',
      superior: 'shape',
      authority: 'liaison',
      until: '2026',
    });
  });

  test.each<[string, Recipe]>([
    [
      'an unknown tie, after one was added',
      (d, b) => {
        d.relationships.push({
          id: 'tie',
          subordinate: 'sag-u',
          superior: 'shape',
          authority: 'liaison',
        });
        endRelationship('nope', { until: '2026' })(d, b);
      },
    ],
    [
      'a tie removed earlier in the edit',
      (d, b) => {
        d.relationships.splice(0, 1);
        endRelationship('mc-nac', { until: '2026' })(d, b);
      },
    ],
  ])('refuses %s', (_name, recipe) => {
    expect(errorMessage(() => applied(recipe))).toMatch(/^UNKNOWN_ID: No relationship with id "/);
  });
});
