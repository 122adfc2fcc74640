import { describe, expect, test } from 'vitest';

import { ChainError, NsatuError, loadDataset, type Dataset } from 'nsatu';
import { toDot, toMermaid, type ChartOptions } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';
import { caught, smallDataset, type Fixture } from '../fixtures/small.ts';

function dataset(change?: (d: Fixture) => void): Dataset {
  const d = smallDataset();
  change?.(d);
  return loadDataset(d);
}

const EDGE = /^ {2}"(.*)" -> "(.*)" \[label="(.*)", style=(\w+)/;
const NODE = /^ {2}"(.*)" \[label="(.*)"(, peripheries=2)?\]$/;

/** The chart's ties as `sub -> sup authority style`, read back from the DOT text. */
function edges(ds: Dataset, options?: ChartOptions): string[] {
  return toDot(ds, options)
    .split('\n')
    .flatMap((line) => {
      const m = EDGE.exec(line);
      return m ? [`${m[1] ?? ''} -> ${m[2] ?? ''} ${m[3] ?? ''} ${m[4] ?? ''}`] : [];
    });
}

/** The chart's organisations (ids), read back from the DOT text. */
function nodes(ds: Dataset, options?: ChartOptions): string[] {
  return toDot(ds, options)
    .split('\n')
    .flatMap((line) => {
      const m = NODE.exec(line);
      return m ? [m[1] ?? ''] : [];
    });
}

/** The organisations marked dual-hatted, with their labels. */
function dualHats(ds: Dataset, options?: ChartOptions): string[] {
  return toDot(ds, options)
    .split('\n')
    .flatMap((line) => {
      const m = NODE.exec(line);
      return m?.[3] ? [`${m[1] ?? ''}: ${m[2] ?? ''}`] : [];
    });
}

const embedded = defaultDataset();
const march2025 = { asOf: '2025-03-01' } as const;

describe('ChartOptions', () => {
  test('draws the NSATU chain to the NAC with its authorities on the embedded dataset', () => {
    const ties = edges(embedded, march2025);
    expect(ties).toEqual(
      expect.arrayContaining([
        'nsatu -> shape reports-to solid',
        'shape -> military-committee reports-to solid',
        'military-committee -> nac political-control solid',
        'sag-u -> useucom reports-to solid',
        'nsatu -> udcg supports dashed',
        'eumam-ukraine -> nsatu coordinates-with dashed',
      ]),
    );
    // ADCON is not on the operational line drawn by default.
    expect(ties.filter((t) => t.includes('ADCON'))).toEqual([]);
  });

  test('marks both organisations of a dual-hatted person', () => {
    expect(dualHats(embedded, march2025)).toEqual([
      'nsatu: NSATU\\ndual-hatted: Curtis A. Buzzard',
      'sag-u: SAG-U\\ndual-hatted: Curtis A. Buzzard',
      'shape: SHAPE\\ndual-hatted: Christopher G. Cavoli',
      'useucom: USEUCOM\\ndual-hatted: Christopher G. Cavoli',
    ]);
    expect(dualHats(embedded, { asOf: '2025-08-01' })).toContain(
      'shape: SHAPE\\ndual-hatted: Alexus G. Grynkewich',
    );
    expect(toMermaid(embedded, march2025)).toContain(
      '  class n_nsatu,n_sag_u,n_shape,n_useucom dual\n',
    );
  });

  test('defaults asOf to the dataset asOf', () => {
    const asOf = embedded.asOf ?? '';
    expect(toDot(embedded)).toBe(toDot(embedded, { asOf }));
    expect(toMermaid(embedded)).toBe(toMermaid(embedded, { asOf }));
  });

  test('leaves out organisations and ties not yet in force', () => {
    const before = nodes(embedded, { asOf: '2024-06-01' });
    expect(before).toContain('shape');
    expect(before).not.toContain('nsatu');
    expect(before).not.toContain('jatec');
    expect(edges(embedded, { asOf: '2024-06-01' }).filter((t) => t.includes('nsatu'))).toEqual([]);
    // NSATU exists from December 2024: the whole month, not any day of November.
    expect(nodes(embedded, { asOf: '2024-12' })).toContain('nsatu');
    expect(nodes(embedded, { asOf: '2024-11-30' })).not.toContain('nsatu');
  });

  test('leaves out a tie that ended, and keeps it the day before', () => {
    const ds = dataset((d) => {
      const tie = d.relationships.find((r) => r.id === 'udcg-nsatu');
      if (tie) tie.until = '2025-05-01';
    });
    expect(edges(ds, { asOf: '2025-04-30' })).toContain('nsatu -> udcg coordinates-with dashed');
    expect(edges(ds, { asOf: '2025-05-01' })).not.toContain(
      'nsatu -> udcg coordinates-with dashed',
    );
    // A year covers days after the end: not in force throughout 2025.
    expect(edges(ds, { asOf: '2025' })).not.toContain('nsatu -> udcg coordinates-with dashed');
  });

  test('leaves out a tie that ended on a date no source gives', () => {
    const ds = dataset((d) => {
      const tie = d.relationships.find((r) => r.id === 'udcg-nsatu');
      if (tie) tie.until = 'unknown';
    });
    expect(edges(ds).filter((t) => t.includes('udcg'))).toEqual([]);
  });

  test('draws the chain above root and everything below it when root is given', () => {
    expect(nodes(embedded, { ...march2025, root: 'nsatu' })).toEqual([
      'military-committee',
      'nac',
      'nsatu',
      'shape',
    ]);
    expect(nodes(embedded, { ...march2025, root: 'military-committee' })).toEqual([
      'act',
      'jatec',
      'military-committee',
      'nac',
      'nsatu',
      'shape',
    ]);
    expect(edges(embedded, { ...march2025, root: 'sag-u' })).toEqual([
      'sag-u -> useucom reports-to solid',
      'useucom -> us-dod reports-to solid',
    ]);
  });

  test('draws lateral ties only between organisations on a rooted chart', () => {
    const ds = dataset((d) => {
      d.relationships.push({
        id: 'shape-liaison',
        subordinate: 'shape',
        superior: 'nac',
        authority: 'liaison',
      });
    });
    const ties = edges(ds, { root: 'nsatu' });
    expect(ties).toContain('shape -> nac liaison dashed');
    expect(ties.filter((t) => t.includes('udcg'))).toEqual([]);
  });

  test('draws the lines in via instead of the operational line', () => {
    expect(edges(embedded, { ...march2025, via: ['ADCON'] })).toEqual([
      'eumam-ukraine -> nsatu coordinates-with dashed',
      'hub-rzeszow-jasionka -> nsatu supports dashed',
      'nsatu -> shape ADCON dotted',
      'nsatu -> udcg supports dashed',
    ]);
    expect(edges(embedded, { ...march2025, via: ['reports-to', 'ADCON'] })).toEqual(
      expect.arrayContaining(['nsatu -> shape ADCON dotted', 'nsatu -> shape reports-to solid']),
    );
    expect(nodes(embedded, { ...march2025, root: 'nsatu', via: ['ADCON'] })).toEqual([
      'nsatu',
      'shape',
    ]);
  });

  test('gives each kind of authority its line style', () => {
    const ds = dataset((d) => {
      d.relationships = [
        { id: 'a', subordinate: 'nsatu', superior: 'shape', authority: 'OPCON' },
        { id: 'b', subordinate: 'sag-u', superior: 'useucom', authority: 'TACON' },
        { id: 'c', subordinate: 'sag-u', superior: 'useucom', authority: 'LOGCON' },
        { id: 'd', subordinate: 'nsatu', superior: 'shape', authority: 'ADCON' },
        { id: 'e', subordinate: 'shape', superior: 'military-committee', authority: 'FULLCOM' },
        { id: 'f', subordinate: 'military-committee', superior: 'nac', authority: 'reports-to' },
        { id: 'g', subordinate: 'udcg', superior: 'nsatu', authority: 'liaison' },
        { id: 'h', subordinate: 'udcg', superior: 'eu', authority: 'coordinating-authority' },
      ];
    });
    expect(
      edges(ds, { via: ['FULLCOM', 'OPCON', 'TACON', 'ADCON', 'LOGCON', 'reports-to'] }),
    ).toEqual([
      'military-committee -> nac reports-to solid',
      'nsatu -> shape ADCON dotted',
      'nsatu -> shape OPCON bold',
      'sag-u -> useucom LOGCON dotted',
      'sag-u -> useucom TACON bold',
      'shape -> military-committee FULLCOM bold',
      'udcg -> eu coordinating-authority dashed',
      'udcg -> nsatu liaison dashed',
    ]);
    const mermaid = toMermaid(ds, { via: ['OPCON', 'ADCON', 'reports-to'] });
    expect(mermaid).toContain('  n_nsatu ==>|OPCON| n_shape\n');
    expect(mermaid).toContain('  n_nsatu -.->|ADCON| n_shape\n');
    expect(mermaid).toContain('  n_military_committee -->|reports-to| n_nac\n');
    expect(mermaid).toContain('  linkStyle 3,4 stroke-dasharray:8 4\n');
  });

  test('marks no dual hat for two posts in one organisation', () => {
    const ds = dataset((d) => {
      d.posts.push({ id: 'deputy-saceur', name: 'DSACEUR', organisation: 'shape' });
      d.assignments.push({ id: 'a9', post: 'deputy-saceur', person: 'alexus-grynkewich' });
    });
    expect(dualHats(ds)).toEqual([]);
  });

  test('marks a dual hat only while both posts are held', () => {
    const ds = dataset((d) => {
      d.assignments.push({
        id: 'a9',
        post: 'commander-nsatu',
        person: 'alexus-grynkewich',
        from: '2024-12',
        until: '2025-07-10',
        acting: true,
      });
    });
    expect(dualHats(ds, { asOf: '2025-07-05' })).toEqual([
      'nsatu: NSATU\\ndual-hatted: Alexus G. Grynkewich',
      'shape: SHAPE\\ndual-hatted: Alexus G. Grynkewich',
    ]);
    expect(dualHats(ds, { asOf: '2025-07-03' })).toEqual([]);
    expect(dualHats(ds, { asOf: '2025-07-10' })).toEqual([]);
  });

  test('lists every dual-hatted person of an organisation, sorted', () => {
    const ds = dataset((d) => {
      d.posts.push({ id: 'nsatu-chair', name: 'Chair', organisation: 'nsatu', maxHolders: 2 });
      // Healey's hats come first in the input, yet his name is listed after Buzzard's.
      d.assignments.unshift({
        id: 'a8',
        post: 'nsatu-chair',
        person: 'john-healey',
        from: '2025-02-12',
      });
      d.assignments.push({
        id: 'a9',
        post: 'saceur',
        person: 'curtis-buzzard',
        from: '2025-07-04',
        acting: true,
      });
    });
    expect(dualHats(ds)).toEqual([
      'nsatu: NSATU\\ndual-hatted: Curtis A. Buzzard, John Healey',
      'shape: SHAPE\\ndual-hatted: Curtis A. Buzzard',
      'udcg: UDCG\\ndual-hatted: John Healey',
    ]);
  });

  test('ignores dates when neither the dataset nor the options give one', () => {
    const ds = dataset((d) => {
      delete d.asOf;
      d.organisations.push({ id: 'gone', name: 'Gone', kind: 'other', until: '2020' });
      d.posts.push({ id: 'deputy-nsatu', name: 'Deputy', organisation: 'nsatu' });
      d.assignments.push({
        id: 'a9',
        post: 'deputy-nsatu',
        person: 'christopher-cavoli',
        from: '2025-08',
      });
    });
    expect(nodes(ds)).toContain('gone');
    expect(nodes(ds)).toContain('nsatu');
    // Cavoli left SACEUR before he could have commanded NSATU: never two hats at once.
    expect(dualHats(ds)).toEqual([]);
    expect(nodes(ds, { root: 'nsatu' })).toEqual(['military-committee', 'nac', 'nsatu', 'shape']);
  });

  test('gives the same text whatever the order of the input', () => {
    const ds = dataset();
    const reversed = dataset((d) => {
      d.organisations.reverse();
      d.relationships.reverse();
      d.assignments.reverse();
      d.posts.reverse();
      d.persons.reverse();
    });
    expect(toDot(reversed)).toBe(toDot(ds));
    expect(toMermaid(reversed)).toBe(toMermaid(ds));
  });

  test('leaves a tie out when one of its ends is not active, on data that skipped validation', () => {
    const valid = dataset((d) => {
      d.organisations.push({ id: 'old', name: 'Old', kind: 'other', until: '2024' });
    });
    // Integrity checks refuse a tie that outlives its organisation; a hand-built dataset may not.
    const ds: Dataset = {
      ...valid,
      relationships: [
        ...valid.relationships,
        { id: 'old-nac', subordinate: 'old', superior: 'nac', authority: 'supports' },
      ],
    };
    expect(edges(ds).filter((t) => t.startsWith('old'))).toEqual([]);
    expect(edges(ds, { asOf: '2023' })).toContain('old -> nac supports dashed');
  });

  test('throws UNKNOWN_ID for an unknown root', () => {
    for (const render of [toDot, toMermaid]) {
      const error = caught(() => render(embedded, { root: 'nowhere' }));
      expect(error).toBeInstanceOf(ChainError);
      expect((error as ChainError).code).toBe('UNKNOWN_ID');
      expect((error as ChainError).id).toBe('nowhere');
    }
  });

  test('throws NOT_ACTIVE for a root that does not exist on asOf', () => {
    const error = caught(() => toDot(embedded, { root: 'nsatu', asOf: '2024-06-01' }));
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).code).toBe('NOT_ACTIVE');
  });

  test('throws AMBIGUOUS for a root with two superiors on the lines drawn', () => {
    const ds = dataset((d) => {
      d.relationships.push({
        id: 'nsatu-eucom',
        subordinate: 'nsatu',
        superior: 'useucom',
        authority: 'ADCON',
      });
      d.relationships = d.relationships.filter((r) => r.id !== 'nsatu-shape-adcon');
    });
    const error = caught(() => toMermaid(ds, { root: 'nsatu', via: ['reports-to', 'ADCON'] }));
    expect((error as ChainError).code).toBe('AMBIGUOUS');
    expect((error as ChainError).candidates).toEqual(['shape', 'useucom']);
  });

  test('throws INVALID_ARGUMENT for a malformed asOf or via', () => {
    const bad: unknown[] = [
      { asOf: '2025-13-01' },
      { asOf: 'yesterday' },
      { asOf: 20250301 },
      { via: [] },
      { via: ['supports'] },
      { via: 'OPCON' },
    ];
    for (const options of bad) {
      for (const render of [toDot, toMermaid]) {
        const error = caught(() => render(embedded, options as ChartOptions));
        expect(error, JSON.stringify(options)).toBeInstanceOf(NsatuError);
        expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
      }
    }
    expect((caught(() => toDot(embedded, { asOf: 'soon' })) as Error).message).toContain('asOf');
  });

  test('leaves the dataset unchanged', () => {
    const input = smallDataset();
    const before = structuredClone(input);
    const ds = loadDataset(input);
    toDot(ds, { root: 'nsatu' });
    toMermaid(ds);
    expect(input).toEqual(before);
    expect(Object.isFrozen(ds.organisations)).toBe(true);
  });
});
