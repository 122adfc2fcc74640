/*
 * The events `diff` derives from entity changes (src/edit/events.ts): who took over a post, which
 * body changed superior on which reporting line, which coalition changed leads or members, which
 * aid advanced. Pins what is not an event (a re-appointment, a later end date, a tie that ended
 * with no successor, a coalition that came as a whole, an aid record changed at the same stage)
 * and the order of events and of the names in them.
 */
import { describe, expect, test } from 'vitest';

import type { Dataset } from 'nsatu';
import type { DiffEvent } from 'nsatu/edit';
// What diff runs once both datasets are known valid: these cases need datasets no validation
// lets through (two holders at once, a null field, a dangling supersedes).
import { compareDatasets as diff } from '../../src/edit/diff.ts';
import { at } from '../fixtures/small.ts';
import { dataset, thaw } from './support.ts';

const ds = dataset();

/** The events of a change made to a copy of `base`. */
function eventsOf(change: (d: Dataset) => void, base: Dataset = ds): readonly DiffEvent[] {
  const next = thaw(base);
  change(next);
  return diff(base, next).events;
}

describe('diff: events', () => {
  test('names the holders who left and came, sorted, and no re-appointment', () => {
    expect(
      eventsOf((d) => {
        // SACEUR: Grynkewich re-appointed, Cavoli's past tenure ending a day later.
        at(d.assignments, 0).until = '2025-07-05';
        at(d.assignments, 1).until = '2026';
        d.assignments.push({ id: 'a9', post: 'saceur', person: 'alexus-grynkewich', from: '2026' });
        // UDCG chair: both leave, two others come.
        at(d.assignments, 3).until = '2026';
        at(d.assignments, 4).until = '2026';
        d.assignments.push(
          { id: 'a7', post: 'udcg-chair', person: 'christopher-cavoli', from: '2026' },
          { id: 'a8', post: 'udcg-chair', person: 'alexus-grynkewich', from: '2026' },
        );
      }),
    ).toEqual([
      {
        kind: 'holder-changed',
        post: 'udcg-chair',
        from: ['boris-pistorius', 'john-healey'],
        to: ['alexus-grynkewich', 'christopher-cavoli'],
      },
    ]);
  });

  test('counts a reopened tenure as a start and a move to another post as both', () => {
    expect(
      eventsOf((d) => {
        delete at(d.assignments, 0).until;
      }),
    ).toEqual([{ kind: 'holder-changed', post: 'saceur', from: [], to: ['christopher-cavoli'] }]);
    expect(
      eventsOf((d) => {
        at(d.assignments, 2).post = 'udcg-chair';
      }),
    ).toEqual([
      { kind: 'holder-changed', post: 'commander-nsatu', from: ['curtis-buzzard'], to: [] },
      { kind: 'holder-changed', post: 'udcg-chair', from: [], to: ['curtis-buzzard'] },
    ]);
  });

  test('reports re-subordinations by subordinate and line, LOGCON included', () => {
    // A hand-made base: `diff` compares, it does not validate.
    const withLogcon = thaw(ds);
    withLogcon.relationships.push({
      id: 'sagu-logcon',
      subordinate: 'sag-u',
      superior: 'useucom',
      authority: 'LOGCON',
    });
    expect(
      eventsOf((d) => {
        at(d.relationships, 2).superior = 'military-committee';
        at(d.relationships, 3).superior = 'military-committee';
        at(d.relationships, 6).superior = 'nsatu';
      }, withLogcon),
    ).toEqual([
      {
        kind: 'reparented',
        subordinate: 'nsatu',
        line: 'ADCON',
        from: ['shape'],
        to: ['military-committee'],
      },
      {
        kind: 'reparented',
        subordinate: 'nsatu',
        line: 'operational',
        from: ['shape'],
        to: ['military-committee'],
      },
      {
        kind: 'reparented',
        subordinate: 'sag-u',
        line: 'LOGCON',
        from: ['useucom'],
        to: ['nsatu'],
      },
    ]);
  });

  test('reports no re-subordination for ties off the reporting lines or ended alone', () => {
    expect(
      eventsOf((d) => {
        at(d.relationships, 5).superior = 'nac';
        at(d.relationships, 4).until = '2026';
        d.relationships.push({
          id: 'liaison',
          subordinate: 'udcg',
          superior: 'nac',
          authority: 'coordinates-with',
        });
      }),
    ).toEqual([]);
    expect(
      eventsOf((d) => {
        d.relationships.splice(5, 1);
      }),
    ).toEqual([]);
  });

  test('reports lead and membership changes by coalition, sorted', () => {
    const base = thaw(ds);
    base.coalitions.push({
      id: 'coalition-air',
      name: 'Air coalition',
      capability: 'air-force',
      members: [{ party: 'USA', role: 'lead' }],
    });
    expect(
      eventsOf((d) => {
        at(d.coalitions, 0).members.push({ party: 'USA', role: 'member', from: '2026' });
        at(at(d.coalitions, 1).members, 0).until = '2026';
        at(d.coalitions, 1).members.push({ party: 'GBR', role: 'lead', from: '2026' });
      }, base),
    ).toEqual([
      { kind: 'lead-changed', coalition: 'coalition-air', from: ['USA'], to: ['GBR'] },
      { kind: 'membership-changed', coalition: 'coalition-armour', joined: ['USA'], left: [] },
    ]);
  });

  test('reports no lead change for a lead who left and came back within the change', () => {
    expect(
      eventsOf((d) => {
        const { members } = at(d.coalitions, 0);
        at(members, 0).until = '2025';
        members.push({ party: 'DEU', role: 'lead', from: '2026', until: '2027' });
      }),
    ).toEqual([]);
  });

  test('reports nothing for a coalition that came as a whole', () => {
    expect(
      eventsOf((d) => {
        d.coalitions.push({
          id: 'coalition-air',
          name: 'Air coalition',
          capability: 'air-force',
          members: [{ party: 'USA', role: 'lead' }],
        });
      }),
    ).toEqual([]);
  });

  test('reports aid stage changes only when the stage changed', () => {
    expect(
      eventsOf((d) => {
        at(d.aid, 2).note = 'revised';
        d.aid.splice(3, 1);
        d.aid.push(
          { id: 'aid-5', donor: 'DEU', item: 'x', stage: 'delivered', supersedes: 'aid-2' },
          { id: 'aid-6', donor: 'GBR', item: 'y', stage: 'delivered', supersedes: 'aid-4' },
          { id: 'aid-7', donor: 'GBR', item: 'z', stage: 'delivered', supersedes: 'aid-1' },
        );
      }),
    ).toEqual([
      {
        kind: 'stage-changed',
        aid: 'aid-7',
        supersedes: 'aid-1',
        from: 'committed',
        to: 'delivered',
      },
    ]);
  });
});
