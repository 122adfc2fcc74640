// Issue 12: no output depends on the key order of the input's objects. The embedded dataset, its
// objects' keys shuffled by a seeded permutation, must give the same answers byte for byte.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  chainSummary,
  fragmentation,
  loadDataset,
  reportingChain,
  summarizeAid,
  type Dataset,
} from 'nsatu';
import { toJson } from 'nsatu/export';
import raw from '../../src/data/dataset.json';

/** A deep copy with every object's keys in an order drawn from `random`. */
function shuffleKeys(value: unknown, random: () => number): unknown {
  if (Array.isArray(value)) return value.map((item) => shuffleKeys(item, random));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value);
  for (let i = entries.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, shuffleKeys(v, random)]));
}

function answers(ds: Dataset): string {
  return JSON.stringify([
    toJson(ds),
    chainSummary(ds, { asOf: '2025-03-01' }),
    ds.organisations.map((o) => {
      try {
        return reportingChain(ds, o.id, { asOf: '2025-08-01' }).map((l) => l.relationship.id);
      } catch (error) {
        return (error as Error).message;
      }
    }),
    summarizeAid(ds, { by: ['donor', 'month'], stage: 'allocated', currency: 'EUR' }),
    fragmentation(ds, { by: 'capability' }),
  ]);
}

describe('key order of the input', () => {
  const reference = answers(loadDataset(raw));

  test('does not change any answer', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        let state = seed >>> 0;
        const next = (): number => {
          state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
          return state / 2 ** 32;
        };
        expect(answers(loadDataset(shuffleKeys(raw, next)))).toBe(reference);
      }),
      { numRuns: 8 },
    );
  });
});
