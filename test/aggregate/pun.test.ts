import { describe, expect, test } from 'vitest';

import { summarizeAid, UNSPECIFIED } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

// Counted by hand from ../shared/external/pun-heavy-weapon-commitments.csv (its `category` and
// `quantity` columns): tanks 801 + IFVs 1,292 = armour 2,093; SP artillery 476 + towed 413 +
// MLRS 134 = 1,023, less Wolfram's 24 (unresolved) = 999; air defence 270, less the 12 Diehl
// Kinetic Defence Vehicles (unresolved) = 258; helicopters 93 + warplanes 88 = 181. Systems:
// Leopard 2 71 + Stridsvagn 122 10 = 81; T-72 414 + PT-91 41 = 455; Mi-17 29 + Mi-8 30 = 59.
describe('summarizeAid on the Protect Ukraine Now commitments', () => {
  const ds = defaultDataset();

  test('gives the quantities per capability an analyst counts by hand', () => {
    const rows = summarizeAid(ds, { by: ['capability'], stage: 'committed' });
    expect(Object.fromEntries(rows.map((r) => [r.capability, r.quantity]))).toEqual({
      armour: 2093,
      artillery: 999,
      iamd: 258,
      'air-force': 181,
      [UNSPECIFIED]: 36,
    });
    expect(rows.reduce((n, r) => n + r.quantity, 0)).toBe(3567);
  });

  test('gives the quantities per system, spellings and variants merged', () => {
    const rows = summarizeAid(ds, { by: ['system'], stage: 'committed' });
    const quantity = (system: string) => rows.find((r) => r.system === system)?.quantity;
    expect(quantity('leopard-2')).toBe(81);
    expect(quantity('t-72')).toBe(455);
    expect(quantity('mi-8')).toBe(59);
    expect(quantity('pzh-2000')).toBe(39);
    expect(quantity('m777')).toBe(193);
    expect(quantity('gepard')).toBe(60);
  });
});
