/*
 * `asOf` in detail: which records a view drops and which it keeps because a kept record names
 * them, when it gives back the dataset itself, the malformed date's message, and the cache of
 * recent views (a timeline scrubbed back and forth gets the same objects back).
 */
import { describe, expect, test } from 'vitest';

import { type Dataset } from 'nsatu';
import { asOf } from 'nsatu/edit';
import { at, errorMessage, loadSmall } from '../fixtures/small.ts';

const ds = loadSmall((d) => {
  // A member that is an organisation not yet in force, in a coalition kept for its aid.
  at(d.coalitions, 0).members.push({ party: 'sag-u', role: 'member', from: '2022' });
  d.aid.push({
    id: 'aid-coalition',
    donor: 'GBR',
    item: 'x',
    stage: 'delivered',
    date: '2022-01',
    coalition: 'coalition-armour',
  });
  // A programme run by an organisation not yet in force.
  at(d.trainingProgrammes, 0).organisation = 'sag-u';
  // A tie whose capacity is a post not yet in force, and one that ended.
  d.relationships.push(
    {
      id: 'sagu-shape-tacon',
      subordinate: 'sag-u',
      superior: 'shape',
      authority: 'TACON',
      capacity: 'commander-nsatu',
      from: '2023',
    },
    { id: 'ended', subordinate: 'shape', superior: 'nac', authority: 'liaison', until: '2020' },
  );
});

const ids = (rows: readonly { readonly id: string }[]): string[] => rows.map((r) => r.id);

describe('asOf', () => {
  test('drops a member not in force, and the organisations, ties and agreements not yet in force', () => {
    const view = asOf(ds, '2022-08');
    expect(at(view.coalitions, 0).members).toStrictEqual([
      { party: 'GBR', role: 'member', sources: ['s2'] },
    ]);
    expect(ids(view.relationships)).toEqual(['mc-nac', 'shape-mc']);
    expect(view.agreements).toEqual([]);
    expect(ids(view.trainingProgrammes)).toEqual(['op-interflex']);
    // sag-u is not in force but the programme names it; nsatu is neither.
    expect(ids(view.organisations)).toEqual([
      'nac',
      'military-committee',
      'shape',
      'useucom',
      'sag-u',
      'udcg',
      'eu',
    ]);
  });

  test('drops a tie whose capacity is a post not in force', () => {
    expect(ids(asOf(ds, '2024-06').relationships)).toEqual(['mc-nac', 'shape-mc', 'sagu-eucom']);
    expect(ids(asOf(ds, '2025-06').relationships)).toEqual([
      'mc-nac',
      'shape-mc',
      'nsatu-shape',
      'nsatu-shape-adcon',
      'sagu-eucom',
      'udcg-nsatu',
      'sagu-shape-tacon',
    ]);
  });

  test('keeps agreements and programmes in force', () => {
    const view = asOf(ds, '2025-06');
    expect([ids(view.agreements), ids(view.trainingProgrammes)]).toEqual([
      ['agreement-gbr'],
      ['op-interflex'],
    ]);
  });

  test('keeps aid records that supersede each other in a loop, each once', () => {
    // Loaded in the test: a view is cached per dataset. Nothing forbids the loop, so the walk
    // through `supersedes` must stop at a record it has kept.
    const looped = loadSmall((d) => {
      d.aid.push(
        {
          id: 'aid-a',
          donor: 'DEU',
          item: 'x',
          stage: 'delivered',
          date: '2025',
          supersedes: 'aid-b',
        },
        {
          id: 'aid-b',
          donor: 'DEU',
          item: 'x',
          stage: 'committed',
          date: '2023',
          supersedes: 'aid-a',
        },
      );
    });
    // aid-a is dated after the day, but aid-b, kept, names it.
    expect(ids(asOf(looped, '2024').aid)).toEqual([
      'aid-1',
      'aid-2',
      'aid-3',
      'aid-4',
      'aid-a',
      'aid-b',
    ]);
  });

  test('gives back the dataset itself only when nothing changes, asOf included', () => {
    const current = loadSmall((d) => {
      d.assignments = d.assignments.filter((a) => a.id !== 'a1');
    });
    expect(asOf(current, '2025-08-01')).toBe(current);
    const later = asOf(current, '2025-09-01');
    expect(later).not.toBe(current);
    expect(later).toStrictEqual({ ...current, asOf: '2025-09-01' });
    // The same asOf, but a table loses a record.
    const earlier = loadSmall((d) => {
      d.asOf = '2024-06-01';
    });
    expect(asOf(earlier, '2024-06-01')).not.toBe(earlier);
    expect(ids(asOf(earlier, '2024-06-01').posts)).toEqual(['saceur', 'udcg-chair']);
  });

  test('names the malformed date', () => {
    expect(errorMessage(() => asOf(ds, 'June'))).toBe(
      'INVALID_ARGUMENT: date must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "June"',
    );
  });

  test('gives back the same view for a date asked for again, among the last 16 asked for', () => {
    const fresh: Dataset = loadSmall();
    const first = asOf(fresh, '2023');
    for (let year = 2000; year < 2015; year++) asOf(fresh, String(year));
    // 2023 is one of the last 16 dates asked for: kept.
    expect(asOf(fresh, '2023')).toBe(first);
    asOf(fresh, '1990');
    // Now 16 other dates were asked for since: computed again, equal.
    const recomputed = asOf(fresh, '2023');
    expect(recomputed).not.toBe(first);
    expect(recomputed).toStrictEqual(first);
  });
});
