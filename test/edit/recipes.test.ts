import { describe, expect, test } from 'vitest';

import {
  ChainError,
  DatasetError,
  NsatuError,
  holderOf,
  holdersOf,
  reportingChain,
  type AidRecord,
  type Dataset,
} from 'nsatu';
import {
  addRelationship,
  addWeaponAlias,
  advanceAidStage,
  assignPost,
  edit,
  endRelationship,
  joinCoalition,
  leaveCoalition,
  recordAid,
  signAgreement,
  type Recipe,
} from 'nsatu/edit';
import { at, caught } from '../fixtures/small.ts';
import { dataset } from './support.ts';

const ds = dataset();

/** The code of what running the thunk throws (`UNKNOWN_ID`, `INVALID_ARGUMENT`, `INVALID_DATASET`). */
function codeOf(run: () => unknown): string {
  const error = caught(run);
  return error instanceof NsatuError ? error.code : 'not an NsatuError';
}

function applied(recipe: Recipe, base: Dataset = ds): Dataset {
  return edit(base, recipe).dataset;
}

describe('joinCoalition', () => {
  test('adds a member from a date, with its provenance', () => {
    const next = applied(
      joinCoalition('coalition-armour', 'USA', { from: '2024-05', sources: ['s1'], note: 'n' }),
    );
    expect(at(next.coalitions, 0).members.at(-1)).toEqual({
      party: 'USA',
      role: 'member',
      from: '2024-05',
      sources: ['s1'],
      note: 'n',
    });
  });

  test('adds a lead, or an organisation', () => {
    const next = applied(
      joinCoalition('coalition-armour', 'eu', { from: '2025', role: 'lead', until: '2026' }),
    );
    expect(at(next.coalitions, 0).members.at(-1)).toEqual({
      party: 'eu',
      role: 'lead',
      from: '2025',
      until: '2026',
    });
  });

  test('refuses a party already in the coalition then', () => {
    expect(codeOf(() => applied(joinCoalition('coalition-armour', 'GBR', { from: '2025' })))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => applied(joinCoalition('coalition-armour', 'DEU', { from: '2020' })))).toBe(
      'INVALID_ARGUMENT',
    );
    // Before a membership that ends, no clash.
    const left = applied(leaveCoalition('coalition-armour', 'GBR', { until: '2025' }));
    expect(
      at(
        applied(joinCoalition('coalition-armour', 'GBR', { from: '2025', role: 'lead' }), left)
          .coalitions,
        0,
      ).members,
    ).toHaveLength(3);
  });

  test('throws UNKNOWN_ID for an unknown coalition or party', () => {
    const error = caught(() => applied(joinCoalition('coalition-x', 'USA', { from: '2025' })));
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).id).toBe('coalition-x');
    expect(codeOf(() => applied(joinCoalition('coalition-armour', 'FRA', { from: '2025' })))).toBe(
      'UNKNOWN_ID',
    );
  });

  test('checks its arguments at once', () => {
    expect(codeOf(() => joinCoalition('Coalition X', 'USA', { from: '2025' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => joinCoalition('coalition-armour', 'usa!', { from: '2025' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => joinCoalition('coalition-armour', 'USA', {} as unknown as { from: string })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        joinCoalition('coalition-armour', 'USA', { from: '2025', role: 'chair' as 'lead' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => joinCoalition('coalition-armour', 'USA', { from: '2025', until: 'later' })),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        joinCoalition('coalition-armour', 'USA', { from: '2025', confidence: 'sure' as 'high' }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() =>
        joinCoalition('coalition-armour', 'USA', { from: '2025', sources: 's1' as unknown as [] }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => joinCoalition('coalition-armour', 'USA', null as unknown as { from: string })),
    ).toBe('INVALID_ARGUMENT');
  });

  test('leaves its options as they were', () => {
    const sources = ['s1'];
    applied(joinCoalition('coalition-armour', 'USA', { from: '2024-05', sources }));
    expect(Object.isFrozen(sources)).toBe(false);
  });
});

describe('leaveCoalition', () => {
  test('sets until on the open membership', () => {
    const next = applied(leaveCoalition('coalition-armour', 'DEU', { until: '2026-01' }));
    expect(at(at(next.coalitions, 0).members, 0).until).toBe('2026-01');
  });

  test('refuses a party with no open membership', () => {
    expect(
      codeOf(() => applied(leaveCoalition('coalition-armour', 'USA', { until: '2026' }))),
    ).toBe('INVALID_ARGUMENT');
  });

  test('leaves the reversed interval to the validation', () => {
    expect(
      codeOf(() => applied(leaveCoalition('coalition-armour', 'DEU', { until: '2023' }))),
    ).toBe('INVALID_DATASET');
  });

  test('throws UNKNOWN_ID and INVALID_ARGUMENT', () => {
    expect(codeOf(() => applied(leaveCoalition('coalition-x', 'DEU', { until: '2026' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => leaveCoalition('coalition-armour', 'DEU', { until: '26' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('assignPost', () => {
  test('ends the current holder’s tenure the day the new one begins', () => {
    const next = applied(
      assignPost('commander-nsatu', 'john-healey', { from: '2026-03-01', rank: 'General' }),
    );
    expect(next.assignments.map((a) => [a.id, a.until])).toContainEqual(['a3', '2026-03-01']);
    expect(next.assignments.at(-1)).toEqual({
      id: 'commander-nsatu-john-healey-2026-03-01',
      post: 'commander-nsatu',
      person: 'john-healey',
      rank: 'General',
      from: '2026-03-01',
    });
    expect(holderOf(next, 'commander-nsatu', { asOf: '2026-04-01' })?.person.id).toBe(
      'john-healey',
    );
    expect(holderOf(next, 'commander-nsatu', { asOf: '2026-02-01' })?.person.id).toBe(
      'curtis-buzzard',
    );
  });

  test('leaves the current holder in post for an acting one', () => {
    const next = applied(
      assignPost('commander-nsatu', 'john-healey', {
        from: '2026-03',
        acting: true,
        id: 'acting-1',
      }),
    );
    expect(at(next.assignments, 2).until).toBeUndefined();
    expect(
      holdersOf(next, 'commander-nsatu', { asOf: '2026-04-01' }).map((h) => h.person.id),
    ).toEqual(['curtis-buzzard', 'john-healey']);
  });

  test('ends nobody’s tenure on a co-chaired post unless told whose', () => {
    const added = applied(assignPost('udcg-chair', 'curtis-buzzard', { from: '2026' }));
    expect(
      added.assignments.filter((a) => a.post === 'udcg-chair' && a.until === undefined),
    ).toHaveLength(3);
    // Three chairs of a two-chair post overlap only as three; the fixture's are two from 2025.
    const replaced = applied(
      assignPost('udcg-chair', 'curtis-buzzard', { from: '2026', replaces: 'john-healey' }),
    );
    expect(
      holdersOf(replaced, 'udcg-chair', { asOf: '2026-06-01' })
        .map((h) => h.person.id)
        .sort(),
    ).toEqual(['boris-pistorius', 'curtis-buzzard']);
    expect(
      codeOf(() =>
        applied(assignPost('udcg-chair', 'curtis-buzzard', { from: '2026', replaces: 'nobody' })),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  test('refuses a tenure that overlaps a later one', () => {
    // Grynkewich holds SACEUR from 2025-07-04; a substantive holder from 2025-01 would overlap.
    expect(codeOf(() => applied(assignPost('saceur', 'curtis-buzzard', { from: '2025-01' })))).toBe(
      'INVALID_DATASET',
    );
  });

  test('throws UNKNOWN_ID for an unknown post or person, INVALID_ARGUMENT for bad arguments', () => {
    expect(codeOf(() => applied(assignPost('nope', 'john-healey', { from: '2026' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => applied(assignPost('saceur', 'nobody', { from: '2026' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => assignPost('saceur', 'john-healey', { from: 'now' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => assignPost('saceur', 'john-healey', { from: '2026', id: 'X' }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('addRelationship', () => {
  test('adds a tie that the reporting chains follow', () => {
    const next = applied(
      addRelationship('udcg', 'nac', 'political-control', { from: '2026', capacity: 'saceur' }),
    );
    expect(next.relationships.at(-1)).toEqual({
      id: 'udcg-nac-political-control-2026',
      subordinate: 'udcg',
      superior: 'nac',
      authority: 'political-control',
      capacity: 'saceur',
      from: '2026',
    });
    expect(reportingChain(next, 'udcg', { asOf: '2026-06-01' }).map((l) => l.superior)).toEqual([
      'nac',
    ]);
  });

  test('re-subordinates a body with endRelationship in the same edit', () => {
    const moved = applied((draft, base) => {
      endRelationship('sagu-eucom', { until: '2026-01' })(draft, base);
      addRelationship('sag-u', 'nsatu', 'OPCON', { from: '2026-01', until: '2027' })(draft, base);
    });
    expect(reportingChain(moved, 'sag-u', { asOf: '2026-02-01' }).map((l) => l.superior)).toEqual([
      'nsatu',
      'shape',
      'military-committee',
      'nac',
    ]);
  });

  test('is refused when it makes a cycle or a second superior', () => {
    expect(
      codeOf(() =>
        applied(addRelationship('military-committee', 'nsatu', 'OPCON', { from: '2025' })),
      ),
    ).toBe('INVALID_DATASET');
    expect(
      codeOf(() => applied(addRelationship('sag-u', 'nsatu', 'reports-to', { from: '2025' }))),
    ).toBe('INVALID_DATASET');
  });

  test('throws UNKNOWN_ID and INVALID_ARGUMENT', () => {
    expect(codeOf(() => applied(addRelationship('nope', 'nac', 'OPCON', { from: '2025' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => applied(addRelationship('udcg', 'nope', 'OPCON', { from: '2025' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(
      codeOf(() =>
        applied(addRelationship('udcg', 'nac', 'OPCON', { from: '2025', capacity: 'nope' })),
      ),
    ).toBe('UNKNOWN_ID');
    expect(
      codeOf(() => addRelationship('udcg', 'nac', 'COMMAND' as 'OPCON', { from: '2025' })),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('endRelationship', () => {
  test('sets until, also on a tie that ended on an unknown date', () => {
    const unknown = applied((d) => {
      at(d.relationships, 4).until = 'unknown';
    });
    const next = applied(endRelationship('sagu-eucom', { until: '2026' }), unknown);
    expect(at(next.relationships, 4).until).toBe('2026');
  });

  test('refuses a tie that already ended', () => {
    const ended = applied(endRelationship('sagu-eucom', { until: '2026' }));
    expect(codeOf(() => applied(endRelationship('sagu-eucom', { until: '2027' }), ended))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  test('throws UNKNOWN_ID and INVALID_ARGUMENT', () => {
    expect(codeOf(() => applied(endRelationship('nope', { until: '2026' })))).toBe('UNKNOWN_ID');
    expect(codeOf(() => endRelationship('sagu-eucom', { until: 2026 as unknown as string }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('signAgreement', () => {
  test('records an agreement under a derived id', () => {
    const next = applied(
      signAgreement(['UKR', 'DEU'], {
        signed: '2024-02-16',
        place: 'Berlin',
        durationYears: 10,
        until: '2034-02-16',
        title: 'Agreement on security cooperation',
        framework: 'g7-joint-declaration',
        pledges: [{ value: { amount: 7_000_000_000, currency: 'EUR' }, atLeast: true }],
        confidence: 'high',
      }),
    );
    expect(next.agreements.at(-1)?.id).toBe('agreement-deu-2024-02-16');
    expect(next.agreements.at(-1)?.pledges?.[0]?.atLeast).toBe(true);
  });

  test('throws UNKNOWN_ID for an unknown party and INVALID_ARGUMENT for bad arguments', () => {
    expect(codeOf(() => applied(signAgreement(['UKR', 'FRA'], { signed: '2024' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => signAgreement(['UKR'], { signed: '2024' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => signAgreement(['UKR', 'gb r'], { signed: '2024' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => signAgreement(['UKR', 'GBR'], { signed: '' }))).toBe('INVALID_ARGUMENT');
  });

  test('leaves the pledges it was given as they were', () => {
    const pledges = [{ value: { amount: 1, currency: 'EUR' } }];
    applied(signAgreement(['UKR', 'GBR'], { signed: '2025', pledges }));
    expect(Object.isFrozen(pledges[0])).toBe(false);
  });
});

describe('recordAid', () => {
  const aid: AidRecord & { date: string } = {
    id: 'aid-9',
    donor: 'GBR',
    system: 'pzh-2000',
    quantity: 3,
    stage: 'committed',
    date: '2025-03',
  };

  test('appends a copy of the record', () => {
    const next = applied(recordAid(aid));
    expect(next.aid.at(-1)).toEqual(aid);
    expect(next.aid.at(-1)).not.toBe(aid);
    expect(Object.isFrozen(aid)).toBe(false);
  });

  test('is refused by the validation for a bad record', () => {
    expect(codeOf(() => applied(recordAid({ ...aid, donor: 'ZZZ' })))).toBe('INVALID_DATASET');
    expect(codeOf(() => applied(recordAid({ ...aid, id: 'aid-1' })))).toBe('INVALID_DATASET');
  });

  test('needs an explicit date', () => {
    expect(codeOf(() => recordAid({ ...aid, date: undefined } as unknown as typeof aid))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => recordAid(null as unknown as typeof aid))).toBe('INVALID_ARGUMENT');
  });
});

describe('advanceAidStage', () => {
  test('adds a delivery that supersedes the commitment, which stays', () => {
    const result = edit(ds, advanceAidStage('aid-1', { date: '2022-07', sources: ['s2'] }));
    expect(result.dataset.aid.at(-1)).toEqual({
      id: 'aid-1-delivered',
      donor: 'DEU',
      system: 'pzh-2000',
      variant: 'pzh-2000-nl',
      quantity: 14,
      stage: 'delivered',
      date: '2022-07',
      supersedes: 'aid-1',
      sources: ['s2'],
    });
    expect(result.dataset.aid[0]).toBe(ds.aid[0]);
    expect(result.label).toBe('advanceAidStage aid-1 (delivered 2022-07)');
  });

  test('records partial deliveries, each under its own id', () => {
    let next = applied(advanceAidStage('aid-1', { date: '2022-07', quantity: 4, id: 'part-1' }));
    next = applied(advanceAidStage('aid-1', { date: '2022-09', quantity: 10, id: 'part-2' }), next);
    expect(next.aid.filter((a) => a.supersedes === 'aid-1').map((a) => a.quantity)).toEqual([
      14, 4, 10,
    ]);
    // The default id is taken the second time.
    const once = applied(advanceAidStage('aid-3', { date: '2025', stage: 'delivered' }));
    expect(codeOf(() => applied(advanceAidStage('aid-3', { date: '2025' }), once))).toBe(
      'INVALID_DATASET',
    );
  });

  test('cancels, and carries a new value', () => {
    const next = applied(
      advanceAidStage('aid-3', {
        date: '2025-02',
        stage: 'cancelled',
        value: { amount: 1, currency: 'EUR' },
      }),
    );
    expect(next.aid.at(-1)).toMatchObject({ stage: 'cancelled', value: { amount: 1 } });
  });

  test('only moves forward in stages and in time', () => {
    expect(codeOf(() => applied(advanceAidStage('aid-2', { date: '2023' })))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(
      codeOf(() => applied(advanceAidStage('aid-2', { date: '2023', stage: 'cancelled' }))),
    ).toBe('INVALID_ARGUMENT');
    expect(
      codeOf(() => applied(advanceAidStage('aid-3', { date: '2025', stage: 'committed' }))),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => applied(advanceAidStage('aid-1', { date: '2022-04' })))).toBe(
      'INVALID_ARGUMENT',
    );
    const cancelled = applied(
      advanceAidStage('aid-3', { date: '2025', stage: 'cancelled', id: 'gone' }),
    );
    expect(
      codeOf(() =>
        applied(advanceAidStage('gone', { date: '2026', stage: 'cancelled' }), cancelled),
      ),
    ).toBe('INVALID_ARGUMENT');
  });

  test('throws UNKNOWN_ID and INVALID_ARGUMENT', () => {
    expect(codeOf(() => applied(advanceAidStage('aid-99', { date: '2025' })))).toBe('UNKNOWN_ID');
    expect(
      codeOf(() => advanceAidStage('aid-1', { date: '2025', stage: 'sent' as 'delivered' })),
    ).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => advanceAidStage('aid-1', {} as { date: string }))).toBe('INVALID_ARGUMENT');
  });

  test('finds a record in a large table, and one added earlier in the same edit', () => {
    const big = dataset(4_000);
    const next = applied((draft, base) => {
      recordAid({ id: 'fresh', donor: 'DEU', item: 'x', stage: 'announced', date: '2025-01' })(
        draft,
        base,
      );
      advanceAidStage('fresh', { date: '2025-02', stage: 'committed' })(draft, base);
      advanceAidStage('bulk-3000', { date: '2024' })(draft, base);
    }, big);
    expect(next.aid.slice(-3).map((a) => a.id)).toEqual([
      'fresh',
      'fresh-committed',
      'bulk-3000-delivered',
    ]);
  });
});

describe('addWeaponAlias', () => {
  test('adds an alias to a system or a variant', () => {
    const next = applied(addWeaponAlias('pzh-2000', 'Panzerhaubitze'));
    expect(at(next.weaponSystems, 0).aliases).toEqual(['Panzerhaubitze']);
    const twice = applied(addWeaponAlias('pzh-2000', 'Pz 2000'), next);
    expect(at(twice.weaponSystems, 0).aliases).toEqual(['Panzerhaubitze', 'Pz 2000']);
    const variant = applied(addWeaponAlias('pzh-2000', 'PzH NL', { variant: 'pzh-2000-nl' }));
    expect(at(at(variant.weaponSystems, 0).variants ?? [], 0).aliases).toEqual(['PzH NL']);
  });

  test('changes nothing for a name the entry already has', () => {
    expect(applied(addWeaponAlias('pzh-2000', 'PzH 2000'))).toBe(ds);
  });

  test('throws UNKNOWN_ID and INVALID_ARGUMENT', () => {
    expect(codeOf(() => applied(addWeaponAlias('nope', 'x')))).toBe('UNKNOWN_ID');
    expect(codeOf(() => applied(addWeaponAlias('pzh-2000', 'x', { variant: 'nope' })))).toBe(
      'UNKNOWN_ID',
    );
    expect(codeOf(() => addWeaponAlias('pzh-2000', ' '))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => addWeaponAlias('pzh-2000', 'x'.repeat(501)))).toBe('INVALID_ARGUMENT');
  });
});

test('recipes are frozen functions with a label, reusable on any dataset', () => {
  const recipe = joinCoalition('coalition-armour', 'USA', { from: '2024-05' });
  expect(Object.isFrozen(recipe)).toBe(true);
  expect(recipe.label).toBe('joinCoalition coalition-armour USA (member from 2024-05)');
  const first = applied(recipe);
  const second = applied(recipe, dataset(10));
  expect(at(first.coalitions, 0).members).toEqual(at(second.coalitions, 0).members);
  expect(caught(() => applied(recipe, first))).toBeInstanceOf(NsatuError);
  expect(caught(() => applied(recipe, first))).not.toBeInstanceOf(DatasetError);
});
