import { describe, expect, test } from 'vitest';

import {
  ChainError,
  NsatuError,
  chainSummary,
  commonSuperior,
  explainChain,
  findCycles,
  holderOf,
  holdersOf,
  loadDataset,
  postsHeld,
  reportingChain,
  subordinates,
} from 'nsatu';
import {
  at,
  caught,
  loadSmall,
  withTieFrom2025,
  type Fixture,
  deepChain,
} from '../fixtures/small.ts';

const dataset = loadSmall;

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof NsatuError ? error.code : 'not an NsatuError';
  }
  return undefined;
}

const ds = dataset();

describe('reportingChain', () => {
  test('follows the operational line to the top', () => {
    expect(
      reportingChain(ds, 'nsatu', { asOf: '2025-03-01' }).map((l) => [
        l.subordinate,
        l.superior,
        l.authority,
      ]),
    ).toEqual([
      ['nsatu', 'shape', 'reports-to'],
      ['shape', 'military-committee', 'reports-to'],
      ['military-committee', 'nac', 'political-control'],
    ]);
  });
  test('defaults asOf to the dataset asOf', () => {
    expect(reportingChain(ds, 'nsatu')).toEqual(
      reportingChain(ds, 'nsatu', { asOf: '2025-08-01' }),
    );
  });
  test('returns an empty chain at the top', () => {
    expect(reportingChain(ds, 'nac', { asOf: '2025' })).toEqual([]);
  });
  test('gives parallel chains by line', () => {
    expect(
      reportingChain(ds, 'nsatu', { asOf: '2025-03-01', via: ['ADCON'] }).map((l) => l.superior),
    ).toEqual(['shape']);
  });
  test('never follows lateral ties', () => {
    const superiors = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' }).map((l) => l.superior);
    expect(superiors).not.toContain('udcg');
    expect(codeOf(() => reportingChain(ds, 'nsatu', { via: ['coordinates-with' as never] }))).toBe(
      'INVALID_ARGUMENT',
    );
  });
  test('carries the relationship with its interval and capacity', () => {
    const [link] = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    expect(link?.relationship.capacity).toBe('saceur');
    expect(link?.relationship.from).toBe('2024-12');
    expect(Object.isFrozen(link)).toBe(true);
  });
  test('is NOT_ACTIVE before the node existed, not an empty chain', () => {
    expect(codeOf(() => reportingChain(ds, 'nsatu', { asOf: '2024-06-01' }))).toBe('NOT_ACTIVE');
    expect(codeOf(() => reportingChain(ds, 'nsatu', { asOf: '2024-11-30' }))).toBe('NOT_ACTIVE');
    expect(reportingChain(ds, 'nsatu', { asOf: '2024-12-01' })).toHaveLength(3);
  });
  test('is NOT_ACTIVE when every tie is outside asOf', () => {
    const ended = dataset((d) => {
      d.relationships[4] = { ...at(d.relationships, 4), until: '2025-01' };
    });
    expect(codeOf(() => reportingChain(ended, 'sag-u', { asOf: '2025-01-01' }))).toBe('NOT_ACTIVE');
    expect(reportingChain(ended, 'sag-u', { asOf: '2024-12-31' })).toHaveLength(1);
  });
  test.each([
    ['day', '2025-01-15', '2025-01-14', '2025-01-15'],
    ['month', '2025-01', '2024-12-31', '2025-01-01'],
    ['year', '2025', '2024-12-31', '2025-01-01'],
  ])(
    'does not count a tie on the day it ends (%s precision)',
    (_precision, until, lastDay, firstDayAfter) => {
      const ended = dataset((d) => {
        d.relationships[4] = { ...at(d.relationships, 4), until };
      });
      expect(reportingChain(ended, 'sag-u', { asOf: lastDay })).toHaveLength(1);
      expect(codeOf(() => reportingChain(ended, 'sag-u', { asOf: firstDayAfter }))).toBe(
        'NOT_ACTIVE',
      );
    },
  );
  test('is AMBIGUOUS with the candidates named when two lines point to different superiors', () => {
    const two = withTieFrom2025('sag-u', 'nsatu', 'OPCON');
    const error = caught(() => reportingChain(two, 'sag-u', { asOf: '2025-03-01' }));
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).code).toBe('AMBIGUOUS');
    expect((error as ChainError).candidates).toEqual(['nsatu', 'useucom']);
    expect(
      reportingChain(two, 'sag-u', { asOf: '2025-03-01', via: ['OPCON'] }).map((l) => l.superior),
    ).toEqual(['nsatu']);
  });
  test('is AMBIGUOUS mid-chain too', () => {
    const two = dataset((d) => {
      d.relationships.push({
        id: 'x',
        subordinate: 'shape',
        superior: 'useucom',
        authority: 'OPCON',
      });
    });
    expect(codeOf(() => reportingChain(two, 'nsatu', { asOf: '2025-03-01' }))).toBe('AMBIGUOUS');
  });
  test('takes one superior tied on two lines as one link, with the widest authority', () => {
    const both = reportingChain(ds, 'nsatu', {
      asOf: '2025-03-01',
      via: ['reports-to', 'ADCON', 'political-control'],
    });
    expect(both[0]?.superior).toBe('shape');
    expect(both[0]?.authority).toBe('reports-to');
  });
  test('takes the tie with the smallest id when one superior is tied twice on one line', () => {
    // Found by test/chain/chain.prop.test.ts: the link named whichever record came first in the
    // table, so reordering the relationships changed the answer.
    const records = (order: (rels: Fixture['relationships']) => void) =>
      dataset((d) => {
        d.relationships.push({
          id: 'nsatu-reports-shape',
          subordinate: 'nsatu',
          superior: 'shape',
          authority: 'reports-to',
          from: '2025',
        });
        order(d.relationships);
      });
    for (const ordered of [records(() => undefined), records((rels) => rels.reverse())]) {
      const [link] = reportingChain(ordered, 'nsatu', { asOf: '2025-03-01' });
      expect(link?.relationship.id).toBe('nsatu-reports-shape');
      expect(subordinates(ordered, 'shape', { asOf: '2025-03-01' })[0]?.link).toBe(link);
    }
  });
  test('is CYCLE when mixed lines loop', () => {
    const loop = withTieFrom2025('nac', 'nsatu', 'ADCON');
    expect(
      codeOf(() =>
        reportingChain(loop, 'nsatu', {
          asOf: '2025-03-01',
          via: ['reports-to', 'political-control', 'ADCON'],
        }),
      ),
    ).toBe('CYCLE');
    const loop2 = dataset((d) => {
      d.relationships.push({
        id: 'x',
        subordinate: 'nac',
        superior: 'sag-u',
        authority: 'ADCON',
        from: '2025',
      });
      d.relationships.push({
        id: 'y',
        subordinate: 'useucom',
        superior: 'military-committee',
        authority: 'ADCON',
      });
    });
    expect(
      codeOf(() =>
        reportingChain(loop2, 'sag-u', {
          asOf: '2025-03-01',
          via: ['reports-to', 'political-control', 'ADCON'],
        }),
      ),
    ).toBe('CYCLE');
  });
  test('is UNKNOWN_ID for an unknown organisation', () => {
    expect(codeOf(() => reportingChain(ds, 'nowhere'))).toBe('UNKNOWN_ID');
  });
  test('refuses a malformed asOf', () => {
    expect(codeOf(() => reportingChain(ds, 'nsatu', { asOf: '2025-02-30' }))).toBe(
      'INVALID_ARGUMENT',
    );
    expect(codeOf(() => reportingChain(ds, 'nsatu', { via: [] }))).toBe('INVALID_ARGUMENT');
  });
  test('ignores dates when neither the options nor the dataset give one', () => {
    const timeless = dataset((d) => {
      delete d.asOf;
    });
    expect(reportingChain(timeless, 'nsatu').map((l) => l.superior)).toEqual([
      'shape',
      'military-committee',
      'nac',
    ]);
  });
  test('resolves a chain a million links deep on the default stack', () => {
    const n = 1_000_000;
    const { organisations, relationships } = deepChain(n);
    const deep = loadDataset({ organisations, relationships });
    const chain = reportingChain(deep, `o${String(n - 1)}`);
    expect(chain).toHaveLength(n - 1);
    expect(chain.at(-1)?.superior).toBe('o0');
    expect(chainSummary(deep).depth[n - 1]).toBe(n - 1);
  }, 60_000);
});

describe('commonSuperior', () => {
  test('finds the lowest organisation both report to', () => {
    expect(commonSuperior(ds, 'nsatu', 'military-committee', { asOf: '2025-03-01' })).toBe(
      'military-committee',
    );
    expect(commonSuperior(ds, 'military-committee', 'nsatu', { asOf: '2025-03-01' })).toBe(
      'military-committee',
    );
    expect(commonSuperior(ds, 'nsatu', 'nsatu', { asOf: '2025-03-01' })).toBe('nsatu');
  });
  test('is undefined when the chains never meet', () => {
    expect(commonSuperior(ds, 'nsatu', 'sag-u', { asOf: '2025-03-01' })).toBeUndefined();
  });
});

describe('subordinates', () => {
  test('lists everything below, breadth first, with depths', () => {
    expect(subordinates(ds, 'nac', { asOf: '2025-03-01' }).map((s) => [s.id, s.depth])).toEqual([
      ['military-committee', 1],
      ['shape', 2],
      ['nsatu', 3],
    ]);
  });
  test('stops at the depth asked for', () => {
    expect(subordinates(ds, 'nac', { asOf: '2025-03-01', depth: 1 }).map((s) => s.id)).toEqual([
      'military-committee',
    ]);
    expect(codeOf(() => subordinates(ds, 'nac', { depth: 0 }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => subordinates(ds, 'nac', { depth: 1.5 }))).toBe('INVALID_ARGUMENT');
  });
  test('is NOT_ACTIVE for an organisation that does not exist yet', () => {
    expect(codeOf(() => subordinates(ds, 'nsatu', { asOf: '2024-01-01' }))).toBe('NOT_ACTIVE');
  });
  test('leaves out nodes not yet tied', () => {
    expect(subordinates(ds, 'shape', { asOf: '2024-06-01' })).toEqual([]);
  });
  test('is CYCLE when the organisation lies on a cycle of the lines followed', () => {
    // Found by test/chain/chain.prop.test.ts: on a cycle, the walk down came back to the start and
    // went round forever (with a depth, it listed the start below itself).
    const loop = dataset((d) => {
      d.relationships.push({ id: 'x', subordinate: 'nac', superior: 'nsatu', authority: 'ADCON' });
    });
    const options = {
      asOf: '2025-03-01',
      via: ['reports-to', 'political-control', 'ADCON'],
    } as const;
    const error = caught(() => subordinates(loop, 'shape', { ...options, depth: 4 }));
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).code).toBe('CYCLE');
    expect((error as ChainError).candidates).toEqual([
      'shape',
      'military-committee',
      'nac',
      'nsatu',
    ]);
    expect((error as ChainError).message).toBe(
      '"shape" lies on a cycle: shape → military-committee → nac → nsatu',
    );
    expect(codeOf(() => subordinates(loop, 'nsatu', { ...options, depth: 1 }))).toBe('CYCLE');
    expect(codeOf(() => subordinates(loop, 'nac', options))).toBe('CYCLE');
    expect(subordinates(loop, 'useucom', options).map((s) => s.id)).toEqual(['sag-u']);
  });
});

describe('chainSummary', () => {
  test('gives depth, top and problem for every node', () => {
    const two = withTieFrom2025('sag-u', 'nsatu', 'OPCON');
    const s = chainSummary(two, { asOf: '2025-03-01' });
    const at = (id: string) => s.ids.indexOf(id);
    expect(s.depth[at('nsatu')]).toBe(3);
    expect(s.ids[s.top[at('nsatu')] ?? -1]).toBe('nac');
    expect(s.depth[at('nac')]).toBe(0);
    expect(s.problem[at('sag-u')]).toBe(2);
    expect(s.depth[at('sag-u')]).toBe(-1);
    const before = chainSummary(two, { asOf: '2024-01-01' });
    expect(before.problem[at('nsatu')]).toBe(1);
  });
  test('marks nodes on and below a cycle', () => {
    const loop = dataset((d) => {
      d.relationships.push({ id: 'x', subordinate: 'nac', superior: 'shape', authority: 'ADCON' });
    });
    const s = chainSummary(loop, {
      asOf: '2025-03-01',
      via: ['reports-to', 'political-control', 'ADCON'],
    });
    expect(s.problem[s.ids.indexOf('nac')]).toBe(3);
    expect(s.problem[s.ids.indexOf('shape')]).toBe(3);
  });
});

describe('findCycles', () => {
  test('finds none on a valid dataset and one across mixed lines', () => {
    expect(findCycles(ds)).toEqual([]);
    const loop = dataset((d) => {
      d.relationships.push({ id: 'x', subordinate: 'nac', superior: 'shape', authority: 'ADCON' });
    });
    const cycles = findCycles(loop, { via: ['reports-to', 'political-control', 'ADCON'] });
    expect(cycles).toHaveLength(1);
    expect([...(cycles[0]?.ids ?? [])].sort()).toEqual(['military-committee', 'nac', 'shape']);
    expect(cycles[0]?.relationships).toHaveLength(3);
  });
});

describe('holderOf, holdersOf and postsHeld', () => {
  test('tracks a change of holder on the day it happens', () => {
    expect(holderOf(ds, 'saceur', { asOf: '2025-07-03' })?.person.id).toBe('christopher-cavoli');
    expect(holderOf(ds, 'saceur', { asOf: '2025-07-04' })?.person.id).toBe('alexus-grynkewich');
    expect(holderOf(ds, 'saceur', { asOf: '2025-07' })).toBeUndefined();
  });
  test('lists co-chairs', () => {
    expect(holdersOf(ds, 'udcg-chair', { asOf: '2025-03-01' }).map((h) => h.person.id)).toEqual([
      'john-healey',
      'boris-pistorius',
    ]);
  });
  test('puts the substantive holder before an acting one', () => {
    const acting = dataset((d) => {
      d.assignments.unshift({
        id: 'a0',
        post: 'saceur',
        person: 'curtis-buzzard',
        from: '2025-01',
        until: '2025-02',
        acting: true,
      });
    });
    expect(holdersOf(acting, 'saceur', { asOf: '2025-01-15' }).map((h) => h.person.id)).toEqual([
      'christopher-cavoli',
      'curtis-buzzard',
    ]);
  });
  test('lists the posts of one person', () => {
    expect(postsHeld(ds, 'curtis-buzzard', { asOf: '2025' }).map((h) => h.post.id)).toEqual([
      'commander-nsatu',
    ]);
    expect(postsHeld(ds, 'curtis-buzzard', { asOf: '2024-06' })).toEqual([]);
  });
  test('reports unknown ids and bad dates', () => {
    expect(codeOf(() => holderOf(ds, 'pope'))).toBe('UNKNOWN_ID');
    expect(codeOf(() => postsHeld(ds, 'nobody'))).toBe('UNKNOWN_ID');
    expect(codeOf(() => holderOf(ds, 'saceur', { asOf: 'yesterday' }))).toBe('INVALID_ARGUMENT');
    const timeless = dataset((d) => {
      delete d.asOf;
    });
    expect(codeOf(() => holderOf(timeless, 'saceur'))).toBe('INVALID_ARGUMENT');
  });
});

describe('explainChain', () => {
  test('states each link in words with its source', () => {
    const lines = explainChain(ds, 'nsatu', { asOf: '2025-03-01' });
    expect(lines[0]).toBe(
      'NSATU → SHAPE: reports-to (to SACEUR in that capacity) since 2024-12; no source cited',
    );
    expect(lines[2]).toContain('political-control');
    expect(explainChain(ds, 'nac')).toEqual([
      'North Atlantic Council reports to no one on these lines: it is at the top',
    ]);
    const adcon = explainChain(ds, 'nsatu', { asOf: '2025-03-01', via: ['ADCON'] });
    expect(adcon[0]).toContain('[confidence: low]');
  });
  test('names the sources', () => {
    const cited = dataset((d) => {
      delete d.asOf;
      d.relationships[2] = { ...at(d.relationships, 2), sources: ['s1'], until: 'unknown' };
    });
    const [line] = explainChain(cited, 'nsatu');
    expect(line).toContain('until an unknown date');
    expect(line).toContain('source: Source one');
  });
});
