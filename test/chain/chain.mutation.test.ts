// Behaviour pinned by mutation testing (docs/quality.md): date boundaries of ties and
// organisations, the wording of every chain error, the order of what queries return, and the
// answers that repeated queries share.
import { describe, expect, test } from 'vitest';

import {
  ChainError,
  chainSummary,
  explainChain,
  findCycles,
  holderOf,
  holdersOf,
  loadDataset,
  postsHeld,
  reportingChain,
  subordinates,
  type ChainOptions,
  type Dataset,
} from 'nsatu';
import {
  at,
  caught,
  errorMessage,
  loadSmall,
  withTieFrom2025,
  type Fixture,
} from '../fixtures/small.ts';

const dataset = loadSmall;

/** The error a call throws, as a ChainError or NsatuError (a test failure otherwise). */
function chainError(run: () => unknown): ChainError {
  const error = caught(run);
  if (!(error instanceof ChainError))
    throw new Error(`expected a ChainError, got ${String(error)}`);
  return error;
}

const message = errorMessage;

const ds = dataset();
const OPERATIONAL = 'FULLCOM, OPCOM, OPCON, TACOM, TACON, reports-to, political-control';
const MIXED: ChainOptions['via'] = ['reports-to', 'political-control', 'ADCON'];

describe('reportingChain', () => {
  test('counts an organisation from the day it is established', () => {
    // UDCG has no superior on any chain line: before it exists it is not active, then it is a top.
    expect(chainError(() => reportingChain(ds, 'udcg', { asOf: '2022-04-25' })).code).toBe(
      'NOT_ACTIVE',
    );
    expect(reportingChain(ds, 'udcg', { asOf: '2022-04-26' })).toEqual([]);
  });

  test('stops counting an organisation on the day it is disestablished', () => {
    const closed = dataset((d) => {
      d.organisations.push({ id: 'old-hq', name: 'Old HQ', kind: 'command', until: '2023' });
    });
    expect(reportingChain(closed, 'old-hq', { asOf: '2022-12-31' })).toEqual([]);
    expect(chainError(() => reportingChain(closed, 'old-hq', { asOf: '2023-01-01' })).code).toBe(
      'NOT_ACTIVE',
    );
  });

  test('follows a tie only once it has started', () => {
    const two = withTieFrom2025('sag-u', 'nsatu', 'OPCON');
    expect(reportingChain(two, 'sag-u', { asOf: '2024-12-31' }).map((l) => l.superior)).toEqual([
      'useucom',
    ]);
    expect(chainError(() => reportingChain(two, 'sag-u', { asOf: '2025-01-01' })).code).toBe(
      'AMBIGUOUS',
    );
  });

  test('treats a tie that ended on an unknown date as not in force on any date', () => {
    const unknown = dataset((d) => {
      d.relationships[4] = { ...at(d.relationships, 4), until: 'unknown' };
    });
    expect(chainError(() => reportingChain(unknown, 'sag-u', { asOf: '2023-01-01' })).code).toBe(
      'NOT_ACTIVE',
    );
  });

  test('reports the widest authority whichever of two ties to one superior comes first', () => {
    const adconFirst = dataset((d) => {
      d.relationships.reverse();
    });
    const [link] = reportingChain(adconFirst, 'nsatu', { asOf: '2025-03-01', via: MIXED });
    expect(link?.authority).toBe('reports-to');
    expect(link?.relationship.id).toBe('nsatu-shape');
  });

  test('reports the first in dataset order of two ties on one line to one superior', () => {
    const twice = dataset((d) => {
      d.relationships.push({
        id: 'nsatu-shape-again',
        subordinate: 'nsatu',
        superior: 'shape',
        authority: 'reports-to',
        from: '2025',
      });
    });
    const [link] = reportingChain(twice, 'nsatu', { asOf: '2025-03-01' });
    expect(link?.relationship.id).toBe('nsatu-shape');
  });

  test('answers each query on its own lines when consecutive queries differ only in via', () => {
    const asOf = '2025-03-01';
    const lines = (via: ChainOptions['via']) =>
      reportingChain(ds, 'nsatu', { asOf, via }).map((l) => l.authority);
    expect(lines(['reports-to'])).toEqual(['reports-to', 'reports-to']);
    expect(lines(['ADCON'])).toEqual(['ADCON']);
    expect(lines(['reports-to'])).toEqual(['reports-to', 'reports-to']);
    expect(lines(['reports-to', 'political-control'])).toEqual([
      'reports-to',
      'reports-to',
      'political-control',
    ]);
    expect(lines(['reports-to'])).toEqual(['reports-to', 'reports-to']);
  });

  test('returns the same frozen link objects to repeated queries', () => {
    const first = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    const again = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    expect(again).not.toBe(first);
    expect(again.every((link, i) => link === first[i])).toBe(true);
  });

  test('names the organisation, the date and the lines when the start is not active', () => {
    const error = chainError(() => reportingChain(ds, 'nsatu', { asOf: '2024-06-01' }));
    expect(error.id).toBe('nsatu');
    expect(error.message).toBe(
      `"nsatu" is not active as of 2024-06-01, or none of its ties on the lines ${OPERATIONAL} is in force then`,
    );
  });

  test('names the chain it was resolving when a superior is not active', () => {
    const ended = dataset((d) => {
      d.relationships[1] = { ...at(d.relationships, 1), until: '2025' };
    });
    const error = chainError(() => reportingChain(ended, 'nsatu', { asOf: '2025-03-01' }));
    expect(error.code).toBe('NOT_ACTIVE');
    expect(error.id).toBe('shape');
    expect(error.message).toBe(
      `"shape" (in the chain of "nsatu") is not active as of 2025-03-01, or none of its ties on the lines ${OPERATIONAL} is in force then`,
    );
  });

  test('names only the superiors in force on the lines asked for when ambiguous', () => {
    const many = dataset((d) => {
      d.relationships.push(
        { id: 'x1', subordinate: 'sag-u', superior: 'nsatu', authority: 'OPCON', from: '2025' },
        {
          id: 'x2',
          subordinate: 'sag-u',
          superior: 'shape',
          authority: 'TACON',
          from: '2023',
          until: '2025-03-01',
        },
        {
          id: 'x3',
          subordinate: 'sag-u',
          superior: 'military-committee',
          authority: 'TACOM',
          from: '2025-03-02',
        },
        { id: 'x4', subordinate: 'sag-u', superior: 'nac', authority: 'ADCON', from: '2025' },
      );
    });
    const error = chainError(() => reportingChain(many, 'sag-u', { asOf: '2025-03-01' }));
    expect(error.code).toBe('AMBIGUOUS');
    expect(error.candidates).toEqual(['nsatu', 'useucom']);
    expect(error.message).toBe(
      `"sag-u" has 2 superiors as of 2025-03-01 on the lines ${OPERATIONAL}: nsatu, useucom; pass a narrower via to choose`,
    );
    // A tie that ends the day after asOf, and one that starts on asOf, are both in force.
    expect(
      chainError(() => reportingChain(many, 'sag-u', { asOf: '2025-02-28' })).candidates,
    ).toEqual(['nsatu', 'shape', 'useucom']);
    expect(
      chainError(() => reportingChain(many, 'sag-u', { asOf: '2025-03-02' })).candidates,
    ).toEqual(['military-committee', 'nsatu', 'useucom']);
  });

  test('names the competing superiors without a date when none is given', () => {
    const timeless = dataset((d) => {
      delete d.asOf;
      d.relationships[4] = { ...at(d.relationships, 4), until: '2025' };
      d.relationships.push({
        id: 'x',
        subordinate: 'sag-u',
        superior: 'nsatu',
        authority: 'reports-to',
        from: '2025',
      });
    });
    const error = chainError(() => reportingChain(timeless, 'sag-u'));
    expect(error.message).toBe(
      `"sag-u" has 2 superiors on the lines ${OPERATIONAL}: nsatu, useucom; pass a narrower via to choose`,
    );
  });

  test('lists a cycle from the organisation where the walk entered it', () => {
    const loop = withTieFrom2025('nac', 'nsatu', 'ADCON');
    const error = chainError(() =>
      reportingChain(loop, 'nsatu', { asOf: '2025-03-01', via: MIXED }),
    );
    expect(error.code).toBe('CYCLE');
    expect(error.id).toBe('nsatu');
    expect(error.candidates).toEqual(['nsatu', 'shape', 'military-committee', 'nac']);
    expect(error.message).toBe(
      'The chain of "nsatu" runs into a cycle: nsatu → shape → military-committee → nac',
    );
  });

  test('explains a malformed asOf and via by name', () => {
    expect(message(() => reportingChain(ds, 'nsatu', { asOf: '2025-02-30' }))).toBe(
      'INVALID_ARGUMENT: asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "2025-02-30"',
    );
    expect(message(() => reportingChain(ds, 'nsatu', { via: [] }))).toBe(
      'INVALID_ARGUMENT: via must be a non-empty array of chain authorities',
    );
    expect(message(() => reportingChain(ds, 'nsatu', { via: ['liaison' as never] }))).toBe(
      'INVALID_ARGUMENT: via: "liaison" is not a chain authority (lateral ties never enter a chain); use one of FULLCOM, OPCOM, OPCON, TACOM, TACON, reports-to, political-control, ADCON, LOGCON',
    );
  });
});

describe('subordinates', () => {
  test('lists every subordinate of a node with two, in dataset order', () => {
    const two = dataset((d) => {
      d.relationships.push({
        id: 'x',
        subordinate: 'useucom',
        superior: 'shape',
        authority: 'reports-to',
      });
    });
    expect(subordinates(two, 'shape', { asOf: '2025-03-01' }).map((s) => [s.id, s.depth])).toEqual([
      ['nsatu', 1],
      ['useucom', 1],
      ['sag-u', 2],
    ]);
  });

  test('is active from the first day of the organisation to the day before it ends', () => {
    expect(subordinates(ds, 'nsatu', { asOf: '2024-12-01' })).toEqual([]);
    const closed = dataset((d) => {
      d.organisations.push({ id: 'old-hq', name: 'Old HQ', kind: 'command', until: '2023' });
    });
    expect(subordinates(closed, 'old-hq', { asOf: '2022-12-31' })).toEqual([]);
    expect(message(() => subordinates(closed, 'old-hq', { asOf: '2023-01-01' }))).toBe(
      'NOT_ACTIVE: "old-hq" is not active as of 2023-01-01',
    );
  });

  test('walks down without dates when neither the options nor the dataset give one', () => {
    const timeless = dataset((d) => {
      delete d.asOf;
    });
    expect(subordinates(timeless, 'useucom').map((s) => s.id)).toEqual(['sag-u']);
  });

  test('explains a depth that is not a positive integer', () => {
    expect(message(() => subordinates(ds, 'nac', { depth: 0 }))).toBe(
      'INVALID_ARGUMENT: depth must be a positive integer, not 0',
    );
  });
});

describe('chainSummary', () => {
  test('gives -1 as the depth and top of a node it cannot resolve', () => {
    const s = chainSummary(ds, { asOf: '2024-06-01' });
    const nsatu = s.ids.indexOf('nsatu');
    expect([s.problem[nsatu], s.depth[nsatu], s.top[nsatu]]).toEqual([1, -1, -1]);
  });

  test('gives the same answer to a repeated query', () => {
    const options = { asOf: '2025-03-01' } as const;
    const first = chainSummary(ds, options);
    const again = chainSummary(ds, { ...options });
    expect(again.ids).toEqual(first.ids);
    expect([...again.depth]).toEqual([...first.depth]);
    expect([...again.top]).toEqual([...first.top]);
    expect([...again.problem]).toEqual([...first.problem]);
    expect([...again.depth]).toEqual(ds.organisations.map((o) => depthOf(o.id)));
  });
});

/** Depth of each organisation of the fixture on 2025-03-01 (-1: not resolved). */
function depthOf(id: string): number {
  const depths: Record<string, number> = {
    nac: 0,
    'military-committee': 1,
    shape: 2,
    nsatu: 3,
    useucom: 0,
    'sag-u': 1,
    udcg: 0,
    eu: 0,
  };
  return depths[id] ?? -1;
}

describe('findCycles', () => {
  const loop = (extra: Partial<Fixture['relationships'][number]> = {}): Dataset =>
    dataset((d) => {
      d.relationships.push({
        id: 'x',
        subordinate: 'nac',
        superior: 'shape',
        authority: 'ADCON',
        ...extra,
      });
    });

  test('looks only at the lines asked for', () => {
    expect(findCycles(loop())).toEqual([]);
    expect(findCycles(loop(), { via: MIXED })).toHaveLength(1);
  });

  test('gives each tie of a cycle in order, from one organisation to the next', () => {
    const [cycle] = findCycles(loop(), { via: MIXED });
    expect(cycle?.ids).toEqual(['nac', 'shape', 'military-committee']);
    expect(cycle?.relationships.map((r) => r.id)).toEqual(['x', 'shape-mc', 'mc-nac']);
  });

  test('counts a tie from its first day to the day before it ends', () => {
    const dated = loop({ from: '2025-03-01', until: '2025-06' });
    const on = (asOf: string) => findCycles(dated, { asOf, via: MIXED }).length;
    expect([on('2025-02-28'), on('2025-03-01'), on('2025-05-31'), on('2025-06-01')]).toEqual([
      0, 1, 1, 0,
    ]);
  });

  test('counts every tie when neither the options nor the dataset give a date', () => {
    const timeless = dataset((d) => {
      delete d.asOf;
      d.relationships.push({
        id: 'x',
        subordinate: 'nac',
        superior: 'shape',
        authority: 'ADCON',
        from: '2030',
      });
    });
    expect(findCycles(timeless, { via: MIXED })).toHaveLength(1);
  });

  test('reports two separate cycles once each', () => {
    const two = dataset((d) => {
      d.relationships.push(
        { id: 'x', subordinate: 'nac', superior: 'shape', authority: 'ADCON' },
        { id: 'y', subordinate: 'useucom', superior: 'sag-u', authority: 'ADCON', from: '2023' },
      );
    });
    const cycles = findCycles(two, { asOf: '2025-03-01', via: MIXED });
    expect(cycles.map((c) => [...c.ids].sort())).toEqual(
      expect.arrayContaining([
        ['military-committee', 'nac', 'shape'],
        ['sag-u', 'useucom'],
      ]),
    );
    expect(cycles).toHaveLength(2);
  });

  test('starts a cycle at its first organisation in dataset order, whatever points into it', () => {
    const ab = loadDataset({
      organisations: [
        { id: 'x', name: 'X', kind: 'command' },
        { id: 'a', name: 'A', kind: 'command' },
        { id: 'b', name: 'B', kind: 'command' },
      ],
      relationships: [
        { id: 'xb', subordinate: 'x', superior: 'b', authority: 'OPCON' },
        { id: 'ab', subordinate: 'a', superior: 'b', authority: 'OPCON' },
        { id: 'ba', subordinate: 'b', superior: 'a', authority: 'ADCON' },
      ],
    });
    expect(findCycles(ab, { via: ['OPCON', 'ADCON'] }).map((c) => c.ids)).toEqual([['a', 'b']]);
  });
});

describe('holdersOf', () => {
  test('lists substantive holders before acting ones, each group in dataset order', () => {
    const acting = dataset((d) => {
      d.posts.push({ id: 'chair', name: 'Chair', organisation: 'udcg', maxHolders: 3 });
      d.assignments.push(
        { id: 'c1', post: 'chair', person: 'curtis-buzzard', from: '2025', acting: true },
        { id: 'c2', post: 'chair', person: 'john-healey', from: '2025', acting: true },
        { id: 'c3', post: 'chair', person: 'boris-pistorius', from: '2025' },
      );
    });
    expect(holdersOf(acting, 'chair', { asOf: '2025-03-01' }).map((h) => h.person.id)).toEqual([
      'boris-pistorius',
      'curtis-buzzard',
      'john-healey',
    ]);
  });

  test('is empty for a post nobody ever held', () => {
    const empty = dataset((d) => {
      d.posts.push({ id: 'vacant', name: 'Vacant post', organisation: 'nsatu' });
    });
    expect(holdersOf(empty, 'vacant')).toEqual([]);
    expect(holderOf(empty, 'vacant')).toBeUndefined();
  });

  test('explains unknown posts and a missing asOf', () => {
    expect(message(() => holdersOf(ds, 'pope'))).toBe('UNKNOWN_ID: No post with id "pope"');
    const timeless = dataset((d) => {
      delete d.asOf;
    });
    expect(message(() => holdersOf(timeless, 'saceur'))).toBe(
      'INVALID_ARGUMENT: asOf is required: the dataset has no asOf of its own',
    );
    expect(message(() => holdersOf(ds, 'saceur', { asOf: 'yesterday' }))).toBe(
      'INVALID_ARGUMENT: asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "yesterday"',
    );
  });
});

describe('postsHeld', () => {
  test('is empty for a person who never held a post', () => {
    const idle = dataset((d) => {
      d.persons.push({ id: 'nobody-yet', name: 'Nobody Yet' });
    });
    expect(postsHeld(idle, 'nobody-yet')).toEqual([]);
  });

  test('explains an unknown person', () => {
    expect(message(() => postsHeld(ds, 'nobody'))).toBe('UNKNOWN_ID: No person with id "nobody"');
  });
});

describe('explainChain', () => {
  test('writes only the parts a tie has', () => {
    expect(explainChain(ds, 'shape', { asOf: '2025-03-01' })).toEqual([
      'SHAPE → Military Committee: reports-to; no source cited',
      'Military Committee → North Atlantic Council: political-control; no source cited',
    ]);
    expect(explainChain(ds, 'nsatu', { asOf: '2025-03-01', via: ['ADCON'] })).toEqual([
      'NSATU → SHAPE: ADCON since 2024-12 [confidence: low]; no source cited',
    ]);
  });

  test('gives the end date, leaves out high confidence and names every source', () => {
    const sourced = dataset((d) => {
      d.sources.push({ id: 's3', title: 'Fact sheet', publisher: 'NATO' });
      d.relationships[1] = {
        ...at(d.relationships, 1),
        until: '2026',
        confidence: 'high',
        sources: ['s1', 's3'],
      };
    });
    expect(explainChain(sourced, 'shape', { asOf: '2025-03-01' })[0]).toBe(
      'SHAPE → Military Committee: reports-to until 2026; source: Source one; NATO: Fact sheet',
    );
  });
});
