import { describe, expect, test } from 'vitest';

import {
  AffiliationValues,
  COALITION_SYMBOL,
  EchelonValues,
  MilitarySymbolSchema,
  OrganisationSchema,
  SymbolEntityValues,
  SymbolSetValues,
  datasetJsonSchema,
  parseDataset,
} from 'nsatu';
import { SET_OF } from '../fixtures/symbols.ts';

/** The paths of the issues the schema reports for a value, or `[]` when it accepts it. */
function issuePaths(value: unknown): PropertyKey[][] {
  const result = MilitarySymbolSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path);
}

describe('MilitarySymbolSchema', () => {
  test('accepts a symbol when only its affiliation and symbol set are given', () => {
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit' })).toEqual([]);
  });

  test('accepts every entity with its own symbol set and refuses it with any other', () => {
    expect(Object.keys(SET_OF).sort()).toEqual([...SymbolEntityValues].sort());
    for (const entity of SymbolEntityValues) {
      for (const symbolSet of SymbolSetValues) {
        const paths = issuePaths({ affiliation: 'friend', symbolSet, entity });
        expect(paths, `${entity} in ${symbolSet}`).toEqual(
          SET_OF[entity] === symbolSet ? [] : [['entity']],
        );
      }
    }
  });

  test('names the entity and the symbol set when they do not match', () => {
    const result = MilitarySymbolSchema.safeParse({
      affiliation: 'friend',
      symbolSet: 'land-civilian',
      entity: 'liaison',
    });
    expect(result.error?.issues).toEqual([
      {
        code: 'custom',
        path: ['entity'],
        message: 'Entity "liaison" is not of symbol set "land-civilian"',
      },
    ]);
  });

  test('names what an installation cannot have', () => {
    const result = MilitarySymbolSchema.safeParse({
      affiliation: 'friend',
      symbolSet: 'land-installation',
      echelon: 'brigade',
      headquarters: true,
      taskForce: true,
    });
    expect(result.error?.issues).toEqual([
      { code: 'custom', path: ['echelon'], message: 'An installation has no echelon' },
      { code: 'custom', path: ['headquarters'], message: 'An installation has no headquarters' },
      { code: 'custom', path: ['taskForce'], message: 'An installation has no task force' },
    ]);
  });

  test('refuses an echelon, a headquarters or a task force when the symbol is an installation', () => {
    expect(
      issuePaths({
        affiliation: 'friend',
        symbolSet: 'land-installation',
        entity: 'installation',
        echelon: 'brigade',
        headquarters: true,
        taskForce: true,
      }),
    ).toEqual([['echelon'], ['headquarters'], ['taskForce']]);
    expect(
      issuePaths({
        affiliation: 'hostile',
        symbolSet: 'land-installation',
        dummy: true,
        headquarters: false,
        taskForce: false,
      }),
    ).toEqual([]);
  });

  test('accepts every field on a unit when all are valid', () => {
    for (const echelon of EchelonValues) {
      for (const affiliation of AffiliationValues) {
        expect(
          issuePaths({
            affiliation,
            context: 'exercise',
            symbolSet: 'land-unit',
            status: 'planned',
            headquarters: true,
            taskForce: true,
            dummy: true,
            echelon,
            entity: 'command-and-control',
            confidence: 'low',
            note: 'a test',
          }),
        ).toEqual([]);
      }
    }
  });

  test('refuses unknown values, missing keys and unknown keys, each with its path', () => {
    expect(issuePaths({ affiliation: 'ally', symbolSet: 'land-unit' })).toEqual([['affiliation']]);
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit', entity: '110000' })).toEqual(
      [['entity']],
    );
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'air' })).toEqual([['symbolSet']]);
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit', echelon: 'XX' })).toEqual([
      ['echelon'],
    ]);
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit', status: 'gone' })).toEqual([
      ['status'],
    ]);
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit', taskForce: 1 })).toEqual([
      ['taskForce'],
    ]);
    expect(issuePaths({ symbolSet: 'land-unit' })).toEqual([['affiliation']]);
    expect(issuePaths({ affiliation: 'friend', symbolSet: 'land-unit', sidc: '1003' })).toEqual([
      [],
    ]);
  });
});

describe('OrganisationSchema', () => {
  test('accepts an organisation without a symbol, as before', () => {
    const org = { id: 'nsatu', name: 'NSATU', kind: 'command' };
    expect(OrganisationSchema.parse(org)).toEqual(org);
  });

  test('keeps a symbol when one is given', () => {
    const symbol = { affiliation: 'friend', symbolSet: 'land-unit', headquarters: true } as const;
    expect(
      OrganisationSchema.parse({ id: 'a', name: 'A', kind: 'command', symbol }).symbol,
    ).toEqual(symbol);
  });
});

describe('parseDataset', () => {
  test('reports an invalid symbol with its full path when an organisation has one', () => {
    const result = parseDataset({
      organisations: [
        { id: 'a', name: 'A', kind: 'command' },
        {
          id: 'b',
          name: 'B',
          kind: 'forum',
          symbol: { affiliation: 'friend', symbolSet: 'land-installation', entity: 'liaison' },
        },
      ],
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path])).toEqual([
      ['INVALID_VALUE', ['organisations', 1, 'symbol', 'entity']],
    ]);
  });

  test('freezes the symbol of an organisation', () => {
    const result = parseDataset({
      organisations: [{ id: 'a', name: 'A', kind: 'forum', symbol: COALITION_SYMBOL }],
    });
    expect(result.ok && Object.isFrozen(result.dataset.organisations[0]?.symbol)).toBe(true);
  });
});

describe('datasetJsonSchema', () => {
  test('describes the symbol of an organisation with its lists of values', () => {
    const text = JSON.stringify(datasetJsonSchema());
    for (const value of ['assumed-friend', 'land-installation', 'army-group', 'multinational']) {
      expect(text).toContain(`"${value}"`);
    }
  });
});

describe('COALITION_SYMBOL', () => {
  test('is a valid, frozen, friendly task force without headquarters or echelon', () => {
    expect(issuePaths(COALITION_SYMBOL)).toEqual([]);
    expect(Object.isFrozen(COALITION_SYMBOL)).toBe(true);
    expect(COALITION_SYMBOL).toEqual({
      affiliation: 'friend',
      symbolSet: 'land-unit',
      entity: 'multinational',
      taskForce: true,
    });
  });
});
