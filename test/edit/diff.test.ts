import { describe, expect, test } from 'vitest';

import { DatasetError, loadDataset, parseDataset, type Dataset } from 'nsatu';
import {
  advanceAidStage,
  asOf,
  diff,
  diffAsOf,
  edit,
  endRelationship,
  joinCoalition,
  leaveCoalition,
  addRelationship,
  assignPost,
} from 'nsatu/edit';
import { defaultDataset } from 'nsatu/data';
import { at, caught } from '../fixtures/small.ts';
import { dataset, fixture } from './support.ts';

const ds = dataset();

describe('diff', () => {
  test('is empty for a dataset and itself, or an equal copy', () => {
    expect(diff(ds, ds)).toEqual({ changes: [], metadata: [], events: [] });
    expect(diff(ds, loadDataset(fixture()))).toEqual({ changes: [], metadata: [], events: [] });
  });

  test('lists entities added, removed and changed by id, with their fields', () => {
    const { dataset: next } = edit(ds, (d) => {
      d.nations.push({ id: 'SWE', name: 'Sweden' });
      d.agreements.splice(0, 1);
      at(d.aid, 2).value = { amount: 6_000_000_000, currency: 'EUR' };
      at(d.aid, 2).note = 'revised';
      d.version = '2';
    });
    const { changes, metadata } = diff(ds, next);
    expect(changes.map((c) => [c.kind, c.table, c.id])).toEqual([
      ['added', 'nations', 'SWE'],
      ['removed', 'agreements', 'agreement-gbr'],
      ['changed', 'aid', 'aid-3'],
    ]);
    const changed = changes[2];
    expect(changed?.kind === 'changed' ? changed.fields : undefined).toEqual([
      { path: ['value', 'amount'], before: 5_000_000_000, after: 6_000_000_000 },
      { path: ['note'], before: undefined, after: 'revised' },
    ]);
    expect(metadata).toEqual([{ path: ['version'], before: '1', after: '2' }]);
  });

  test('does not count a record that only moved', () => {
    const { dataset: moved } = edit(ds, (d) => {
      const [first] = d.persons.splice(0, 1);
      if (first !== undefined) d.persons.push(first);
    });
    expect(diff(ds, moved).changes).toEqual([]);
  });

  test('matches array elements by what identifies them', () => {
    const { dataset: next } = edit(ds, (d) => {
      const members = at(d.coalitions, 0).members;
      members.unshift({ party: 'USA', role: 'member', from: '2024-06' });
      at(members, 2).note = 'early member';
      at(d.weaponSystems, 0).variants?.push({ id: 'pzh-2000-de', name: 'PzH 2000 (DE)' });
      at(d.nations, 0).udcg = { from: '2022-04-26', until: '2030' };
      at(d.organisations, 4).nations = ['USA', 'GBR'];
    });
    const fields = diff(ds, next).changes.flatMap((c) =>
      c.kind === 'changed' ? c.fields.map((f) => [c.id, ...f.path]) : [],
    );
    expect(fields).toEqual([
      ['UKR', 'udcg', 'until'],
      ['useucom', 'nations'],
      ['coalition-armour', 'members', 2, 'note'],
      ['coalition-armour', 'members', 0],
      ['pzh-2000', 'variants', 1],
    ]);
  });

  test('says who took over a post', () => {
    const { dataset: next } = edit(
      ds,
      assignPost('commander-nsatu', 'john-healey', { from: '2026-01' }),
    );
    expect(diff(ds, next).events).toEqual([
      {
        kind: 'holder-changed',
        post: 'commander-nsatu',
        from: ['curtis-buzzard'],
        to: ['john-healey'],
      },
    ]);
    // A change of rank is not a change of holder.
    const promoted = edit(ds, (d) => {
      at(d.assignments, 2).rank = 'General';
    }).dataset;
    expect(diff(ds, promoted).events).toEqual([]);
  });

  test('states a re-subordination as such', () => {
    const { dataset: next } = edit(ds, (draft, base) => {
      endRelationship('sagu-eucom', { until: '2026' })(draft, base);
      addRelationship('sag-u', 'nsatu', 'OPCON', { from: '2026' })(draft, base);
    });
    expect(diff(ds, next).events).toEqual([
      {
        kind: 'reparented',
        subordinate: 'sag-u',
        line: 'operational',
        from: ['useucom'],
        to: ['nsatu'],
      },
    ]);
    const direct = edit(ds, (d) => {
      at(d.relationships, 3).superior = 'military-committee';
    }).dataset;
    expect(diff(ds, direct).events).toEqual([
      {
        kind: 'reparented',
        subordinate: 'nsatu',
        line: 'ADCON',
        from: ['shape'],
        to: ['military-committee'],
      },
    ]);
    // A new tie alone is not a re-subordination.
    const added = edit(ds, addRelationship('udcg', 'nac', 'ADCON', { from: '2026' })).dataset;
    expect(diff(ds, added).events).toEqual([]);
  });

  test('reports a coalition’s lead and membership changes', () => {
    const { dataset: next } = edit(ds, (draft, base) => {
      leaveCoalition('coalition-armour', 'DEU', { until: '2026' })(draft, base);
      leaveCoalition('coalition-armour', 'GBR', { until: '2026' })(draft, base);
      joinCoalition('coalition-armour', 'GBR', { from: '2026', role: 'lead' })(draft, base);
      joinCoalition('coalition-armour', 'USA', { from: '2026' })(draft, base);
    });
    expect(diff(ds, next).events).toEqual([
      { kind: 'lead-changed', coalition: 'coalition-armour', from: ['DEU'], to: ['GBR'] },
      { kind: 'membership-changed', coalition: 'coalition-armour', joined: ['USA'], left: ['GBR'] },
    ]);
  });

  test('reports aid stage changes, in place and through a superseding record', () => {
    const { dataset: next } = edit(ds, (draft, base) => {
      advanceAidStage('aid-3', { date: '2025', id: 'aid-3-delivered' })(draft, base);
      at(draft.aid, 3).stage = 'cancelled';
    });
    expect(diff(ds, next).events).toEqual([
      { kind: 'stage-changed', aid: 'aid-4', from: 'delivered', to: 'cancelled' },
      {
        kind: 'stage-changed',
        aid: 'aid-3-delivered',
        supersedes: 'aid-3',
        from: 'allocated',
        to: 'delivered',
      },
    ]);
  });

  test('validates a dataset it did not make, and compares it by meaning', () => {
    const handMade = fixture();
    handMade.title = 'Hand-made';
    expect(diff(ds, handMade)).toEqual({
      changes: [],
      metadata: [{ path: ['title'], before: ds.title, after: 'Hand-made' }],
      events: [],
    });
    expect(Object.isFrozen(handMade.nations)).toBe(false);
  });

  test.each([
    ['an invalid record', 'b', { ...fixture(), aid: [null] }, [['aid', 0]]],
    ['no dataset', 'a', null, [[]]],
  ])('throws DatasetError, with the paths, for %s as %s', (_, side, value, paths) => {
    const bad = value as unknown as Dataset;
    const error = caught(() => (side === 'a' ? diff(bad, ds) : diff(ds, bad)));
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as DatasetError).issues.map((i) => i.path)).toEqual(paths);
  });
});

describe('diffAsOf', () => {
  const embedded = defaultDataset();

  test('reports the change of SACEUR and of Commander US EUCOM in July 2025', () => {
    const { changes, events, metadata } = diffAsOf(embedded, '2025-06-01', '2025-08-01');
    expect(events.filter((e) => e.kind === 'holder-changed')).toEqual([
      {
        kind: 'holder-changed',
        post: 'commander-useucom',
        from: ['christopher-cavoli'],
        to: ['alexus-grynkewich'],
      },
      {
        kind: 'holder-changed',
        post: 'saceur',
        from: ['christopher-cavoli'],
        to: ['alexus-grynkewich'],
      },
    ]);
    expect(changes.filter((c) => c.table === 'assignments').map((c) => [c.kind, c.id])).toEqual([
      ['added', 'saceur-grynkewich'],
      ['added', 'commander-useucom-grynkewich'],
      ['removed', 'saceur-cavoli'],
      ['removed', 'commander-useucom-cavoli'],
    ]);
    expect(metadata).toEqual([{ path: ['asOf'], before: '2025-06-01', after: '2025-08-01' }]);
  });

  test('reports the UDCG chair moving from Austin to Healey in February 2025', () => {
    const { events } = diffAsOf(embedded, '2025-01-15', '2025-03-01');
    expect(events).toContainEqual({
      kind: 'holder-changed',
      post: 'udcg-chair',
      from: ['lloyd-austin'],
      to: ['john-healey'],
    });
  });

  test('shows what began between the dates as added', () => {
    const { changes } = diffAsOf(embedded, '2024-06-01', '2025-01-01');
    expect(changes.filter((c) => c.table === 'organisations').map((c) => [c.kind, c.id])).toEqual([
      ['added', 'nsatu'],
      ['added', 'jatec'],
    ]);
  });

  test('throws INVALID_ARGUMENT for a malformed date', () => {
    expect(caught(() => diffAsOf(embedded, '2025-13', '2026'))).toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('asOf', () => {
  const embedded = defaultDataset();

  test('keeps what was in force that day, each post with its holders then', () => {
    const view = asOf(ds, '2025-03-01');
    expect(view.assignments.map((a) => a.id)).toEqual(['a1', 'a3', 'a4', 'a5']);
    expect(view.asOf).toBe('2025-03-01');
    const before = asOf(ds, '2024-06-01');
    expect(before.organisations.map((o) => o.id)).not.toContain('nsatu');
    expect(before.posts.map((p) => p.id)).not.toContain('commander-nsatu');
    expect(before.relationships.map((r) => r.id)).toEqual(['mc-nac', 'shape-mc', 'sagu-eucom']);
    expect(before.aid.map((a) => a.id)).toEqual(['aid-1', 'aid-2', 'aid-3', 'aid-4']);
    expect(asOf(ds, '2023-06-01').aid.map((a) => a.id)).toEqual(['aid-1', 'aid-2', 'aid-4']);
  });

  test('filters coalition memberships, keeping the records untouched elsewhere', () => {
    const early = asOf(ds, '2024-01-01');
    expect(early.coalitions).toEqual([]);
    const view = asOf(ds, '2024-02-01');
    expect(at(view.coalitions, 0).members.map((m) => m.party)).toEqual(['DEU', 'GBR']);
    const left = edit(ds, leaveCoalition('coalition-armour', 'GBR', { until: '2025' })).dataset;
    expect(at(asOf(left, '2025-06-01').coalitions, 0).members.map((m) => m.party)).toEqual(['DEU']);
    expect(view.nations).toBe(ds.nations);
    expect(view.weaponSystems).toBe(ds.weaponSystems);
  });

  test('counts a fact only when it holds throughout a partial date', () => {
    expect(asOf(ds, '2025-07').assignments.map((a) => a.id)).toEqual(['a3', 'a4', 'a5']);
    expect(asOf(ds, '2025-07-04').assignments.map((a) => a.id)).toEqual(['a2', 'a3', 'a4', 'a5']);
    expect(asOf(ds, '2024').organisations.map((o) => o.id)).not.toContain('nsatu');
    expect(asOf(ds, '2022-05').aid.map((a) => a.id)).toEqual(['aid-1', 'aid-4']);
  });

  test('keeps what kept aid refers to, in force or not', () => {
    const withAid = edit(ds, (d) => {
      d.organisations.push({ id: 'old-fund', name: 'Old fund', kind: 'other', until: '2023' });
      d.aid.push({ id: 'aid-5', donor: 'old-fund', item: 'x', stage: 'delivered', date: '2022' });
      d.aid.push({
        id: 'aid-6',
        donor: 'DEU',
        item: 'y',
        stage: 'delivered',
        date: '2023',
        coalition: 'coalition-armour',
        supersedes: 'aid-7',
      });
      d.aid.push({ id: 'aid-7', donor: 'DEU', item: 'y', stage: 'committed', date: '2030' });
    }).dataset;
    const view = asOf(withAid, '2023-06-01');
    expect(view.organisations.map((o) => o.id)).toContain('old-fund');
    expect(view.coalitions.map((c) => c.id)).toEqual(['coalition-armour']);
    // Out of force itself, the coalition keeps the undated membership only.
    expect(at(view.coalitions, 0).members.map((m) => m.party)).toEqual(['GBR']);
    expect(view.aid.map((a) => a.id)).toContain('aid-7');
    expect(parseDataset(view).ok).toBe(true);
  });

  test('gives a valid, frozen dataset on any day', () => {
    for (const date of ['1950', '2014-02', '2022-02-24', '2024-12', '2025-07-04', '2026', '2040']) {
      const view = asOf(embedded, date);
      expect(parseDataset(view).ok, date).toBe(true);
      expect(Object.isFrozen(view)).toBe(true);
      expect(Object.isFrozen(view.assignments)).toBe(true);
    }
  });

  test('returns the same dataset when nothing changes, and the same view twice', () => {
    const settled: Dataset = asOf(ds, '2030');
    expect(asOf(settled, '2030')).toBe(settled);
    expect(asOf(ds, '2030')).toBe(settled);
    expect(settled.aid).toBe(ds.aid);
  });

  test('throws INVALID_ARGUMENT for a malformed date', () => {
    expect(caught(() => asOf(ds, 'today'))).toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  test('validates and copies a dataset it did not make', () => {
    const handMade = fixture();
    expect(asOf(handMade, '2025-03-01').assignments.map((a) => a.id)).toEqual([
      'a1',
      'a3',
      'a4',
      'a5',
    ]);
    expect(Object.isFrozen(handMade.assignments)).toBe(false);
  });
});
