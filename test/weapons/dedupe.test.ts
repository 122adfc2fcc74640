import { describe, expect, test } from 'vitest';

import { NsatuError, dedupeWeaponTypes } from 'nsatu';
import { catalog } from './catalog.ts';

describe('dedupeWeaponTypes', () => {
  const names = [
    'PzH 2000 155mm',
    'Panzerhaubitze 2000',
    'PzH-2000',
    'PzH-2000',
    'Leopard 2A6',
    'Leopard 2A4',
    'Leopard 2',
    'IRIS-T SLX',
    'Death Star',
  ];

  test('groups spellings of one system with counts, most frequent first', () => {
    const { groups } = dedupeWeaponTypes(names, catalog);
    expect(groups.map((g) => [g.id, g.count])).toEqual([
      ['pzh-2000', 4],
      ['leopard-2', 3],
    ]);
    expect(groups[0]?.names).toEqual([
      { name: 'PzH-2000', count: 2 },
      { name: 'Panzerhaubitze 2000', count: 1 },
      { name: 'PzH 2000 155mm', count: 1 },
    ]);
  });

  test('splits by variant at variant level', () => {
    const { groups } = dedupeWeaponTypes(names, catalog, { level: 'variant' });
    expect(groups.map((g) => g.id)).toEqual([
      'pzh-2000',
      'leopard-2',
      'leopard-2a4',
      'leopard-2a6',
    ]);
    expect(groups.find((g) => g.id === 'leopard-2a6')).toMatchObject({
      systemId: 'leopard-2',
      variantId: 'leopard-2a6',
    });
  });

  test('keeps unknown and ambiguous names apart with the reason', () => {
    const { unresolved } = dedupeWeaponTypes(names, catalog);
    expect(unresolved).toEqual([
      { name: 'Death Star', count: 1, reason: 'unknown', candidates: [] },
      {
        name: 'IRIS-T SLX',
        count: 1,
        reason: 'ambiguous',
        candidates: ['iris-t-slm', 'iris-t-sls'],
      },
    ]);
  });

  test('reads any iterable once and never mutates its input', () => {
    function* generate() {
      yield 'Cheetah';
      yield 'Gepard';
    }
    expect(dedupeWeaponTypes(generate(), catalog).groups).toHaveLength(1);
    const input = Object.freeze([...names]);
    dedupeWeaponTypes(input, catalog);
    expect(input).toEqual(names);
  });

  test('refuses an unknown level', () => {
    expect(() => dedupeWeaponTypes([], catalog, { level: 'model' as never })).toThrow(NsatuError);
  });

  test('reports non-string names as unknown', () => {
    expect(dedupeWeaponTypes([7 as never], catalog).unresolved[0]).toMatchObject({
      name: '7',
      reason: 'unknown',
    });
  });
});
