// Behaviour pinned by mutation testing (docs/quality.md): the edges of name normalisation and of
// the fuzzy match (short names, swaps, distances, confidence), which catalogue name wins a key,
// the wording of argument errors, and how fragmentation keys a system without ammunition.
import { describe, expect, test } from 'vitest';

import {
  createWeaponResolver,
  dedupeWeaponTypes,
  fragmentation,
  loadDataset,
  normalizeWeaponName,
  type WeaponSystem,
} from 'nsatu';
import { errorMessage, smallDataset } from '../fixtures/small.ts';
import { catalog } from './catalog.ts';

const message = errorMessage;

/** A catalogue entry with only the fields the resolver reads. */
const system = (id: string, name: string, more: Partial<WeaponSystem> = {}): WeaponSystem => ({
  id,
  name,
  category: 'other',
  capability: 'other',
  ...more,
});

const resolve = createWeaponResolver(catalog);

describe('normalizeWeaponName', () => {
  test('keeps a lone number, and an x that no name follows', () => {
    expect(normalizeWeaponName('155')).toBe('155');
    expect(normalizeWeaponName('4 x')).toBe('x');
  });

  test('drops the plural s of a word of five letters, but not an ss ending', () => {
    expect(normalizeWeaponName('Tanks')).toBe('tank');
    expect(normalizeWeaponName('Express')).toBe('express');
  });
});

describe('createWeaponResolver', () => {
  test('gives a fuzzy match the confidence 1 - distance / length, to two places', () => {
    expect(resolve('Geprad')).toMatchObject({ systemId: 'gepard', confidence: 0.83 });
    expect(resolve('Gepardz')).toMatchObject({ method: 'fuzzy', confidence: 0.86 });
  });

  test('counts a swap of two neighbours as one typo, and nothing else as a swap', () => {
    expect(resolve('Geprad')).toMatchObject({ systemId: 'gepard', method: 'fuzzy' });
    expect(resolve('Xgpard')).toBeUndefined();
    // Two edits at neighbouring places that are no swap: an x put in, the p taken out.
    expect(resolve('Gxeard')).toBeUndefined();
    expect(resolve('Geazrd')).toBeUndefined();
  });

  test('does not fuzzy-match a name shorter than five characters', () => {
    expect(resolve('LRV')).toBeUndefined();
  });

  test('allows one typo up to eight characters, a plural s counting as one', () => {
    expect(resolve('Zuzan 2s')).toBeUndefined();
  });

  test('never joins or splits numbers to match', () => {
    expect(resolve('M2 70')).toBeUndefined();
  });

  test('drops an unknown calibre before a fuzzy match', () => {
    expect(resolve('Geprad 35mm')).toMatchObject({ systemId: 'gepard', method: 'fuzzy' });
  });

  test('takes only a trailing s after a number for a plural', () => {
    const r = createWeaponResolver([system('k9', 'K9S')]);
    expect(r('K9SX')).toMatchObject({ systemId: 'k9', method: 'fuzzy', confidence: 0.8 });
  });

  test('keeps only the closest names when names at several distances match', () => {
    const r = createWeaponResolver([system('a', 'Alphabeta'), system('b', 'Alphabetxx')]);
    expect(r('Alphabetz')).toEqual({
      status: 'resolved',
      systemId: 'a',
      method: 'fuzzy',
      confidence: 0.89,
      matchedName: 'Alphabeta',
    });
  });

  test('matches a catalogue name written with a calibre without it', () => {
    const r = createWeaponResolver([system('dana', 'Dana 152mm')]);
    const dana = { systemId: 'dana', method: 'exact', confidence: 0.95, matchedName: 'Dana 152mm' };
    expect(r('Dana')).toMatchObject(dana);
    expect(r('Dana 122mm')).toMatchObject(dana);
  });

  test('prefers a system-level name to a variant name, and an exact name to an alias', () => {
    const r = createWeaponResolver([
      system('s', 'Alpha', {
        aliases: ['Beta'],
        variants: [
          { id: 'v1', name: 'Gamma one', aliases: ['Gamma'] },
          { id: 'v2', name: 'Gamma' },
          { id: 'v3', name: 'Beta' },
        ],
      }),
    ]);
    expect(r('Beta')).toEqual({
      status: 'resolved',
      systemId: 's',
      method: 'alias',
      confidence: 1,
      matchedName: 'Beta',
    });
    expect(r('Gamma')).toMatchObject({ variantId: 'v2', method: 'exact', matchedName: 'Gamma' });
  });

  test('names the first of two aliases written alike, and a variant alias as an alias', () => {
    const r = createWeaponResolver([
      system('s', 'Alpha', {
        aliases: ['Foo Bar', 'foo-bar'],
        variants: [
          { id: 'v1', name: 'Delta' },
          { id: 'v2', name: 'DELTA' },
        ],
      }),
    ]);
    expect(r('FOO BAR')).toMatchObject({ method: 'alias', matchedName: 'Foo Bar' });
    // Two variants written alike: the first in the catalogue, as for any other tie.
    expect(r('delta')).toMatchObject({ variantId: 'v1', matchedName: 'Delta' });
    // A resolver made here, not the file's: its index is built when it is made.
    expect(createWeaponResolver(catalog)('Stridsvagn 122')).toMatchObject({
      systemId: 'leopard-2',
      variantId: 'strv-122',
      method: 'alias',
    });
  });

  test('takes a maxDistance of 0 as no fuzzy match', () => {
    expect(createWeaponResolver(catalog, { maxDistance: 0 })('Geprad')).toBeUndefined();
  });

  test('explains a bad catalogue or options', () => {
    expect(message(() => createWeaponResolver({} as never))).toBe(
      'INVALID_ARGUMENT: createWeaponResolver expects a dataset or an array of weapon systems',
    );
    expect(message(() => createWeaponResolver(catalog, 5 as never))).toBe(
      'INVALID_ARGUMENT: createWeaponResolver: options must be an object, not number',
    );
    expect(message(() => createWeaponResolver(catalog, { maxDistance: -1 }))).toBe(
      'INVALID_ARGUMENT: maxDistance must be a non-negative integer, not -1',
    );
  });
});

describe('dedupeWeaponTypes', () => {
  test('gives a system-level group no variantId at all', () => {
    const [group] = dedupeWeaponTypes(['Cheetah'], catalog).groups;
    expect(group).toStrictEqual({
      id: 'gepard',
      systemId: 'gepard',
      names: [{ name: 'Cheetah', count: 1 }],
      count: 1,
    });
  });

  test('explains a bad level or options', () => {
    expect(message(() => dedupeWeaponTypes([], catalog, { level: 'type' as never }))).toBe(
      `INVALID_ARGUMENT: level must be 'system' or 'variant', not "type"`,
    );
    expect(message(() => dedupeWeaponTypes([], catalog, 5 as never))).toBe(
      'INVALID_ARGUMENT: dedupeWeaponTypes: options must be an object, not number',
    );
  });
});

describe('fragmentation', () => {
  test('keys a system with an empty ammunition list as unspecified', () => {
    const d = smallDataset();
    d.weaponSystems.push({
      id: 'bridge',
      name: 'Bridge layer',
      category: 'other',
      capability: 'other',
      ammunition: [],
    });
    d.aid.push({ id: 'aid-9', donor: 'DEU', system: 'bridge', quantity: 2, stage: 'delivered' });
    const rows = fragmentation(loadDataset(d), { by: 'ammunition', stages: ['delivered'] });
    expect(rows.map((r) => [r.key, r.systemIds])).toEqual([
      ['155mm-nato', ['pzh-2000']],
      ['unspecified', ['bridge']],
    ]);
  });

  test('explains a bad grouping or date', () => {
    const ds = loadDataset(smallDataset());
    expect(message(() => fragmentation(ds, { by: 'donor' as never }))).toBe(
      `INVALID_ARGUMENT: by must be 'capability', 'ammunition' or 'category', not "donor"`,
    );
    expect(message(() => fragmentation(ds, { by: 'capability', asOf: 'x' }))).toBe(
      'INVALID_ARGUMENT: asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "x"',
    );
  });
});
