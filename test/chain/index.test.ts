// The chain index reuses what validation resolved (ids to positions, every tie's endpoints) and
// remembers the options of the last query. These tests pin that neither shortcut changes an answer.
import { describe, expect, test } from 'vitest';

import {
  chainSummary,
  loadDataset,
  reportingChain,
  subordinates,
  type ChainAuthority,
  type Dataset,
} from 'nsatu';
import { smallDataset } from '../fixtures/small.ts';

const ds = loadDataset(smallDataset());

/** The same records in new frozen tables (ties in another order), as an edited dataset has them. */
function rebuilt(from: Dataset): Dataset {
  const organisations = [...from.organisations];
  const relationships = [...from.relationships].reverse();
  Object.freeze(organisations);
  Object.freeze(relationships);
  return Object.freeze({ ...from, organisations, relationships });
}

function answers(d: Dataset): unknown {
  const asOf = '2025-03-01';
  return d.organisations
    .map((o) => o.id)
    .sort()
    .map((id) => {
      try {
        return [id, reportingChain(d, id, { asOf }).map((l) => [l.superior, l.relationship.id])];
      } catch (error) {
        return [id, (error as Error).message];
      }
    });
}

describe('reportingChain index', () => {
  test('answers the same when validation did not resolve the references (tables rebuilt)', () => {
    expect(answers(rebuilt(ds))).toEqual(answers(ds));
    expect(chainSummary(rebuilt(ds), { asOf: '2025-03-01' })).toEqual(
      chainSummary(ds, { asOf: '2025-03-01' }),
    );
  });

  test('answers the same when only the ties were rebuilt (an edit keeps the organisations)', () => {
    const relationships = [...ds.relationships].reverse();
    Object.freeze(relationships);
    expect(answers(Object.freeze({ ...ds, relationships }))).toEqual(answers(ds));
  });

  test('answers the same for a copy of the dataset object that shares its tables', () => {
    const copy = Object.freeze({ ...ds });
    expect(answers(copy)).toEqual(answers(ds));
  });

  test('does not reuse references of tables that were not frozen by validation', () => {
    const loose = { ...ds, organisations: [...ds.organisations] };
    expect(answers(loose)).toEqual(answers(ds));
  });

  test('does not keep the id index of a table that was not frozen, which may still change', () => {
    const organisations = [...ds.organisations];
    const first = { ...ds, organisations };
    expect(answers(first)).toEqual(answers(ds));
    // The same array, grown in place, in a new dataset with a tie to the new body.
    organisations.push({ id: 'new-cell', name: 'New cell', kind: 'command' });
    const tie = { id: 'new-tie', subordinate: 'new-cell', superior: 'nsatu', authority: 'OPCON' };
    const second = { ...first, relationships: [...ds.relationships, tie] } as Dataset;
    const chain = reportingChain(second, 'new-cell', { asOf: '2025-03-01' });
    expect(chain.map((l) => l.superior)).toEqual(['nsatu', 'shape', 'military-committee', 'nac']);
  });
});

describe('reportingChain options', () => {
  test('a second query with another via gets its own line', () => {
    const operational = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    const administrative = (): unknown =>
      reportingChain(ds, 'nsatu', { asOf: '2025-03-01', via: ['ADCON'] });
    expect(operational.map((l) => l.superior)).toEqual(['shape', 'military-committee', 'nac']);
    expect(administrative).not.toThrow();
    expect(reportingChain(ds, 'nsatu', { asOf: '2025-03-01' })).toEqual(operational);
  });

  test('a via array changed in place between two queries is read again', () => {
    const via: ChainAuthority[] = ['OPCON', 'reports-to', 'political-control'];
    const first = reportingChain(ds, 'nsatu', { asOf: '2025-03-01', via });
    via.splice(0, via.length, 'ADCON');
    const second = reportingChain(ds, 'nsatu', { asOf: '2025-03-01', via });
    expect(second).toEqual(reportingChain(ds, 'nsatu', { asOf: '2025-03-01', via: ['ADCON'] }));
    expect(second).not.toEqual(first);
  });

  test('options that are not an object are refused, also after a cached query', () => {
    reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    for (const options of [null, 'x', 5]) {
      expect(() => reportingChain(ds, 'nsatu', options as never)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
      );
    }
  });

  test('another date after a query is resolved for that date', () => {
    reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
    expect(() => reportingChain(ds, 'nsatu', { asOf: '2024-06-01' })).toThrow(/not active/);
    expect(subordinates(ds, 'shape', { asOf: '2025-03-01', depth: 1 }).length).toBeGreaterThan(0);
  });
});
