import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  ChainAuthorityValues,
  OrganisationKindValues,
  parseDataset,
  type DatasetInput,
} from 'nsatu';

const dayDate = fc
  .date({
    min: new Date(Date.UTC(1949, 0, 1)),
    max: new Date(Date.UTC(2030, 11, 31)),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
const partialDate = fc.oneof(
  dayDate,
  dayDate.map((d) => d.slice(0, 7)),
  dayDate.map((d) => d.slice(0, 4)),
);
const text = fc.string({ minLength: 1, maxLength: 40 });

/** Valid datasets: organisations in a forest (each tie points to an earlier node), so no cycles. */
const validDataset: fc.Arbitrary<DatasetInput> = fc
  .record({
    orgCount: fc.integer({ min: 1, max: 30 }),
    names: fc.array(text, { minLength: 30, maxLength: 30 }),
    kinds: fc.array(fc.constantFrom(...OrganisationKindValues), { minLength: 30, maxLength: 30 }),
    froms: fc.array(fc.option(partialDate, { nil: undefined }), { minLength: 30, maxLength: 30 }),
    parents: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
    authorities: fc.array(fc.constantFrom(...ChainAuthorityValues), {
      minLength: 30,
      maxLength: 30,
    }),
    amounts: fc.array(fc.double({ min: 0, max: 1e12, noNaN: true, noDefaultInfinity: true }), {
      maxLength: 10,
    }),
  })
  .map(({ orgCount, names, kinds, parents, authorities, amounts }) => ({
    nations: [
      { id: 'UKR', name: 'Ukraine' },
      { id: 'DEU', name: 'Germany' },
    ],
    organisations: Array.from({ length: orgCount }, (_, i) => ({
      id: `org-${String(i)}`,
      name: names[i] ?? 'x',
      kind: kinds[i] ?? 'command',
    })),
    relationships: Array.from({ length: orgCount - 1 }, (_, k) => {
      const i = k + 1;
      return {
        id: `rel-${String(i)}`,
        subordinate: `org-${String(i)}`,
        superior: `org-${String((parents[i] ?? 0) % i)}`,
        authority: authorities[i] ?? 'OPCON',
      };
    }),
    aid: amounts.map((amount, i) => ({
      id: `aid-${String(i)}`,
      donor: 'DEU',
      value: { amount: Object.is(amount, -0) ? 0 : amount, currency: 'EUR' },
      stage: 'allocated' as const,
    })),
  }));

describe('parseDataset properties', () => {
  test('parse(JSON round trip) deep-equals the parsed dataset', () => {
    fc.assert(
      fc.property(validDataset, (input) => {
        const first = parseDataset(input);
        expect(first.ok).toBe(true);
        if (!first.ok) return;
        const second = parseDataset(JSON.parse(JSON.stringify(first.dataset)));
        expect(second).toEqual(first);
      }),
    );
  });

  test('never mutates its input', () => {
    fc.assert(
      fc.property(validDataset, (input) => {
        const before = JSON.stringify(input);
        parseDataset(input);
        expect(JSON.stringify(input)).toBe(before);
      }),
    );
  });

  test('refuses every generated corruption with the expected code', () => {
    const corruption = fc.constantFrom(
      'duplicate' as const,
      'dangling' as const,
      'cycle' as const,
      'reversed' as const,
      'self-loop' as const,
    );
    fc.assert(
      fc.property(validDataset, corruption, fc.nat(), (input, kind, pick) => {
        const orgs = input.organisations ?? [];
        const rels = [...(input.relationships ?? [])];
        const copy = { ...input, organisations: [...orgs], relationships: rels };
        const target = orgs[pick % orgs.length];
        if (target === undefined) return;
        let expected: string;
        switch (kind) {
          case 'duplicate':
            copy.organisations.push({ ...target });
            expected = 'DUPLICATE_ID';
            break;
          case 'dangling':
            rels.push({
              id: 'bad',
              subordinate: target.id,
              superior: 'no-such-org',
              authority: 'liaison',
            });
            expected = 'UNKNOWN_REFERENCE';
            break;
          case 'self-loop':
            rels.push({
              id: 'bad',
              subordinate: target.id,
              superior: target.id,
              authority: 'OPCON',
            });
            expected = 'CYCLE';
            break;
          case 'reversed':
            rels.push({
              id: 'bad',
              subordinate: target.id,
              superior: 'org-0',
              authority: 'liaison',
              from: '2025-01',
              until: '2024-12',
            });
            expected = 'INTERVAL_ORDER';
            break;
          case 'cycle': {
            // Close a loop: the root reports to the target on a line the target's chain uses.
            const tie = rels.find((r) => r.subordinate === target.id);
            if (tie === undefined) return;
            rels.push({
              id: 'bad',
              subordinate: tie.superior,
              superior: target.id,
              authority: tie.authority,
            });
            expected = 'CYCLE';
            break;
          }
        }
        const result = parseDataset(copy);
        expect(result.ok ? [] : result.issues.map((i) => i.code)).toContain(expected);
      }),
    );
  });
});
