import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

import {
  DatasetTableValues,
  createWeaponResolver,
  holderOf,
  holdersOf,
  loadDataset,
  parseDataset,
  postsHeld,
  reportingChain,
} from 'nsatu';
import { defaultDataset } from 'nsatu/data';

const ds = defaultDataset();

interface Row {
  id: string;
  sources?: readonly string[];
  confidence?: string;
  note?: string;
}

describe('defaultDataset', () => {
  test('is valid, frozen and built once', () => {
    expect(defaultDataset()).toBe(ds);
    expect(Object.isFrozen(ds.organisations[0])).toBe(true);
    const raw: unknown = JSON.parse(
      readFileSync(new URL('../../src/data/dataset.json', import.meta.url), 'utf8'),
    );
    const result = parseDataset(raw);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  test('has the ids that code and users rely on', () => {
    const ids = (table: readonly { id: string }[]) => new Set(table.map((r) => r.id));
    for (const id of [
      'nac',
      'military-committee',
      'shape',
      'act',
      'nsatu',
      'jatec',
      'useucom',
      'sag-u',
      'udcg',
      'nato-representation-ukraine',
    ]) {
      expect(ids(ds.organisations), id).toContain(id);
    }
    for (const id of ['saceur', 'commander-useucom', 'commander-nsatu', 'commander-sag-u'])
      expect(ids(ds.posts), id).toContain(id);
    for (const id of ['christopher-cavoli', 'alexus-grynkewich', 'curtis-buzzard', 'antonio-aguto'])
      expect(ids(ds.persons), id).toContain(id);
    for (const id of [
      'coalition-air-force',
      'coalition-it',
      'coalition-demining',
      'coalition-maritime',
      'coalition-iamd',
      'coalition-artillery',
      'coalition-armour',
      'coalition-drone',
    ]) {
      expect(ids(ds.coalitions), id).toContain(id);
    }
  });

  test('has the counts the data docs state', () => {
    expect(ds.nations.filter((n) => n.natoAccession !== undefined)).toHaveLength(32);
    expect(ds.coalitions).toHaveLength(8);
    expect(ds.weaponSystems.length).toBeGreaterThanOrEqual(80);
    expect(ds.aid.filter((a) => a.sources?.includes('kiel-ust-r29'))).toHaveLength(591);
    expect(ds.aid.filter((a) => a.sources?.includes('pun-commits'))).toHaveLength(231);
    expect(ds.version).toMatch(/^\d{4}\.\d+\.\d+$/);
    expect(ds.asOf).toBeDefined();
  });

  test('cites a source for every record, or flags it as general knowledge', () => {
    let unsourced = 0;
    for (const table of DatasetTableValues) {
      if (table === 'sources') continue;
      for (const record of ds[table] as readonly Row[]) {
        if ((record.sources?.length ?? 0) > 0) continue;
        unsourced++;
        expect(record.confidence, `${table} ${record.id}`).toMatch(/^(medium|low)$/);
        expect(record.note, `${table} ${record.id}`).toMatch(/general knowledge/i);
      }
    }
    expect(unsourced).toBeLessThan(50);
  });
});

describe('spot facts', () => {
  test('Sweden joined NATO on 2024-03-07', () => {
    expect(ds.nations.find((n) => n.id === 'SWE')?.natoAccession).toBe('2024-03-07');
  });
  test('the UK agreement of 2024-01-12 was the first bilateral security agreement', () => {
    const first = [...ds.agreements].sort((a, b) => (a.signed < b.signed ? -1 : 1))[0];
    expect(first?.signed).toBe('2024-01-12');
    expect(first?.parties).toContain('GBR');
  });
  test('SACEUR is Cavoli on 2025-03-01 and Grynkewich on 2025-08-01', () => {
    expect(holderOf(ds, 'saceur', { asOf: '2025-03-01' })?.person.id).toBe('christopher-cavoli');
    expect(holderOf(ds, 'saceur', { asOf: '2025-08-01' })?.person.id).toBe('alexus-grynkewich');
    expect(holderOf(ds, 'commander-useucom', { asOf: '2025-08-01' })?.person.id).toBe(
      'alexus-grynkewich',
    );
  });
  test('Buzzard holds both NSATU and SAG-U in 2025', () => {
    expect(
      postsHeld(ds, 'curtis-buzzard', { asOf: '2025' })
        .map((h) => h.post.id)
        .sort(),
    ).toEqual(['commander-nsatu', 'commander-sag-u']);
  });
  test("NSATU's chain runs through NATO bodies, SAG-U's through the US line", () => {
    expect(reportingChain(ds, 'nsatu', { asOf: '2025-03-01' }).map((l) => l.superior)).toEqual([
      'shape',
      'military-committee',
      'nac',
    ]);
    expect(reportingChain(ds, 'nsatu', { asOf: '2025-03-01' })[0]?.relationship.capacity).toBe(
      'saceur',
    );
    expect(reportingChain(ds, 'sag-u', { asOf: '2025-03-01' }).map((l) => l.superior)).toContain(
      'useucom',
    );
    expect(reportingChain(ds, 'jatec', { asOf: '2025-03-01' }).map((l) => l.superior)).toEqual([
      'act',
      'military-committee',
      'nac',
    ]);
  });
  test('the UDCG chair moved from the US to the UK and Germany', () => {
    expect(holdersOf(ds, 'udcg-chair', { asOf: '2024-06-01' }).map((h) => h.person.id)).toEqual([
      'lloyd-austin',
    ]);
    expect(holdersOf(ds, 'udcg-chair', { asOf: '2025-03-01' }).map((h) => h.person.id)).toEqual([
      'john-healey',
    ]);
    expect(
      holdersOf(ds, 'udcg-chair', { asOf: '2025-06-01' })
        .map((h) => h.person.id)
        .sort(),
    ).toEqual(['boris-pistorius', 'john-healey']);
  });
  test('the Kiel monthly allocations sum to the tracker total for Release 29, EUR 172.99 bn', () => {
    const kiel = ds.aid.filter((a) => a.sources?.includes('kiel-ust-r29'));
    let cents = 0;
    for (const a of kiel) {
      expect(a.stage).toBe('allocated');
      expect(a.value?.currency).toBe('EUR');
      cents += Math.round((a.value?.amount ?? 0) * 100);
    }
    expect(Math.round(cents / 1e9) / 100).toBe(172.99); // EUR bn, to two decimals
  });
  test('every Protect Ukraine Now name resolves, except the two documented as unresolved', () => {
    const pun = ds.aid.filter((a) => a.sources?.includes('pun-commits'));
    const unresolved = new Set(pun.filter((a) => a.system === undefined).map((a) => a.item));
    expect([...unresolved].sort()).toEqual(['Diehl Kinetic Defence Vehicle', 'Wolfram']);
    const docs = readFileSync(new URL('../../docs/data.md', import.meta.url), 'utf8');
    for (const name of unresolved) expect(docs).toContain(name as string);
    const resolve = createWeaponResolver(ds);
    for (const a of pun.filter((r) => r.system !== undefined)) {
      const match = resolve(a.item ?? '');
      expect(match?.status === 'resolved' ? match.systemId : undefined, a.item).toBe(a.system);
    }
  });
  test('keeps Challenger 2 on rifled and DANA on Soviet ammunition', () => {
    const ammo = (id: string) => ds.weaponSystems.find((w) => w.id === id)?.ammunition;
    expect(ammo('challenger-2')).toContain('120mm-rifled');
    expect(ammo('dana')).toContain('152mm-soviet');
    expect(ammo('pzh-2000')).toContain('155mm-nato');
  });
});

describe('the data files', () => {
  test('rebuild to the committed dataset', () => {
    const raw = readFileSync(new URL('../../src/data/dataset.json', import.meta.url), 'utf8');
    expect(loadDataset(JSON.parse(raw))).toEqual(ds);
  });
});
