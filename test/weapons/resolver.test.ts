import { describe, expect, test } from 'vitest';

import { NsatuError, createWeaponResolver, loadDataset, type WeaponMatch } from 'nsatu';
import { catalog } from './catalog.ts';

const resolve = createWeaponResolver(catalog);

function systemOf(match: WeaponMatch | undefined): string | undefined {
  return match?.status === 'resolved' ? match.systemId : undefined;
}

describe('createWeaponResolver', () => {
  test.each([
    ['PzH 2000', 'pzh-2000', 'exact'],
    ['PzH-2000', 'pzh-2000', 'exact'],
    ['Panzerhaubitze 2000', 'pzh-2000', 'alias'],
    ['Cheetah', 'gepard', 'alias'],
    ['50 Cheetah systems', 'gepard', 'alias'],
    ['Flakpanzer Gepard', 'gepard', 'alias'],
    ['MIM-104', 'patriot', 'alias'],
    ['M142', 'm142-himars', 'alias'],
    ['Stridsvagn 122', 'leopard-2', 'alias'],
    ['Strv 122', 'leopard-2', 'exact'],
    ['96К6', 's-300', 'alias'],
    ['Zuzana 155mm', 'zuzana-2', 'alias'],
    ['Zuzana', 'zuzana', 'exact'],
  ])('resolves %j to %s by %s', (raw, systemId, method) => {
    const match = resolve(raw);
    expect(match).toMatchObject({ status: 'resolved', systemId, method });
  });

  test('names the variant when the name names one', () => {
    expect(resolve('Leopard 2A6')).toMatchObject({
      systemId: 'leopard-2',
      variantId: 'leopard-2a6',
      confidence: 1,
    });
    expect(resolve('MARS II')).toMatchObject({ systemId: 'm270', variantId: 'mars-ii' });
    expect(resolve('Stridsvagn 122')).toMatchObject({ variantId: 'strv-122' });
    expect(resolve('Leopard 2')).not.toHaveProperty('variantId');
  });

  test('drops quantities and plurals written around designations', () => {
    expect(resolve('12 PzH 2000')).toMatchObject({ systemId: 'pzh-2000' });
    expect(resolve('4 x Patriot')).toMatchObject({ systemId: 'patriot' });
    expect(resolve('Leopard 2A6s')).toMatchObject({ variantId: 'leopard-2a6' });
    expect(resolve('PAC-3s')).toMatchObject({ variantId: 'pac-3' });
  });

  test('drops a calibre the catalogue does not name, at lower confidence', () => {
    expect(resolve('PzH 2000 155mm')).toMatchObject({ systemId: 'pzh-2000', confidence: 0.95 });
    expect(resolve('Zuzana 2 155 mm')).toMatchObject({ systemId: 'zuzana-2' });
  });

  // Found by test/weapons/resolver.prop.test.ts: a plural before a calibre ('M1s 155mm') kept its
  // "s", and a name too short for a fuzzy match then resolved to nothing.
  test('drops a plural written before a calibre', () => {
    const r = createWeaponResolver([
      { id: 'm1-abrams', name: 'M1', category: 'tank', capability: 'armour' },
      { id: 't-72', name: 'T-72', aliases: ['T-72S'], category: 'tank', capability: 'armour' },
    ]);
    expect(r('M1s 155mm')).toMatchObject({
      systemId: 'm1-abrams',
      method: 'exact',
      confidence: 0.95,
    });
    expect(r('M1s')).toMatchObject({ systemId: 'm1-abrams', confidence: 1 });
    expect(r('T-72S 125mm')).toMatchObject({ systemId: 't-72', matchedName: 'T-72S' });
  });

  test('corrects typos by a bounded fuzzy match', () => {
    expect(resolve('Zusanna 2')).toMatchObject({ systemId: 'zuzana-2', method: 'fuzzy' });
    expect(resolve('Stringers')).toMatchObject({ systemId: 'stinger', method: 'fuzzy' });
    expect(resolve('Geprad')).toMatchObject({ systemId: 'gepard', method: 'fuzzy' });
    expect(resolve('Panzerhaubitse 2000')).toMatchObject({ systemId: 'pzh-2000', method: 'fuzzy' });
  });

  test('never changes a number to match', () => {
    expect(resolve('Leopard 3')).toBeUndefined();
    expect(resolve('M207')).toBeUndefined();
    expect(systemOf(resolve('Leopard 1'))).toBe('leopard-1');
    expect(systemOf(resolve('Leopard 2'))).toBe('leopard-2');
    expect(systemOf(resolve('M270'))).toBe('m270');
  });

  test('reports equally close systems as ambiguous, never guesses', () => {
    expect(resolve('IRIS-T SLX')).toEqual({
      status: 'ambiguous',
      candidates: ['iris-t-slm', 'iris-t-sls'],
      method: 'fuzzy',
      confidence: expect.any(Number) as number,
    });
  });

  test('keeps unknown systems unresolved instead of snapping to the nearest', () => {
    for (const name of [
      'Death Star',
      'Bayraktar TB2',
      'T-90',
      'Tiger',
      'Leopardo',
      'Gepardz 2',
      'x',
      '',
    ]) {
      expect(resolve(name), name).toBeUndefined();
    }
  });

  test('does not fuzzy-match when fuzzy is off', () => {
    expect(createWeaponResolver(catalog, { fuzzy: false })('Geprad')).toBeUndefined();
  });

  test('memoises per raw string', () => {
    const r = createWeaponResolver(catalog);
    expect(r('Cheetah')).toBe(r('Cheetah'));
  });

  test('accepts a dataset as the catalogue', () => {
    const ds = loadDataset({
      ammunitionFamilies: [
        { id: '155mm-nato', name: '155' },
        { id: '35mm', name: '35' },
        { id: '152mm-soviet', name: '152' },
      ],
      weaponSystems: catalog,
    });
    expect(systemOf(createWeaponResolver(ds)('Cheetah'))).toBe('gepard');
  });

  test('reports a system reached by two names in one catalogue entry as one', () => {
    const r = createWeaponResolver([
      { id: 'x', name: 'Alpha', aliases: ['Alpha'], category: 'other', capability: 'other' },
    ]);
    expect(r('Alpha')).toMatchObject({ status: 'resolved', method: 'exact' });
  });

  test('reports an exact name shared by two systems as ambiguous', () => {
    const r = createWeaponResolver([
      { id: 'a', name: 'Falcon', category: 'other', capability: 'other' },
      { id: 'b', name: 'Hawk', aliases: ['Falcon'], category: 'other', capability: 'other' },
    ]);
    expect(r('Falcon')).toMatchObject({
      status: 'ambiguous',
      candidates: ['a', 'b'],
      method: 'exact',
    });
  });

  test('refuses a bad catalogue or options', () => {
    expect(() => createWeaponResolver({} as never)).toThrow(NsatuError);
    expect(() => createWeaponResolver(catalog, { maxDistance: -1 })).toThrow(NsatuError);
    expect(resolve(42 as never)).toBeUndefined();
  });
});
