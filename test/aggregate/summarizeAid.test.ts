import { describe, expect, test } from 'vitest';

import { NO_COALITION, NsatuError, UNSPECIFIED, loadDataset, summarizeAid } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

const ds = loadDataset({
  nations: [
    { id: 'DEU', name: 'Germany' },
    { id: 'USA', name: 'United States' },
    { id: 'POL', name: 'Poland' },
  ],
  ammunitionFamilies: [
    { id: '155mm-nato', name: '155' },
    { id: '35mm', name: '35' },
    { id: 'iris-t', name: 'IRIS-T' },
  ],
  weaponSystems: [
    {
      id: 'pzh-2000',
      name: 'PzH 2000',
      category: 'sp-artillery',
      capability: 'artillery',
      ammunition: ['155mm-nato'],
    },
    { id: 'gepard', name: 'Gepard', category: 'spaag', capability: 'iamd', ammunition: ['35mm'] },
    {
      id: 'mixed',
      name: 'Mixed',
      category: 'sam',
      capability: 'iamd',
      ammunition: ['35mm', 'iris-t'],
    },
    { id: 'leopard-2', name: 'Leopard 2', category: 'tank', capability: 'armour' },
  ],
  coalitions: [
    {
      id: 'coalition-armour',
      name: 'Armour',
      capability: 'armour',
      members: [
        { party: 'DEU', role: 'lead', from: '2024-01-23' },
        { party: 'POL', role: 'lead', from: '2024-01-23' },
      ],
    },
    {
      id: 'coalition-iamd',
      name: 'IAMD',
      capability: 'iamd',
      members: [{ party: 'DEU', role: 'lead' }],
    },
  ],
  aid: [
    {
      id: 'a1',
      donor: 'DEU',
      system: 'pzh-2000',
      quantity: 14,
      stage: 'committed',
      date: '2022-05',
    },
    {
      id: 'a2',
      donor: 'DEU',
      system: 'pzh-2000',
      quantity: 14,
      stage: 'delivered',
      date: '2022-07',
      supersedes: 'a1',
    },
    { id: 'a3', donor: 'DEU', system: 'gepard', quantity: 30, stage: 'committed', date: '2022-04' },
    {
      id: 'a4',
      donor: 'DEU',
      system: 'leopard-2',
      quantity: 18,
      stage: 'committed',
      date: '2023-01',
    },
    {
      id: 'a5',
      donor: 'POL',
      system: 'leopard-2',
      quantity: 10,
      stage: 'committed',
      date: '2024-02',
    },
    { id: 'a6', donor: 'USA', system: 'mixed', quantity: 2, stage: 'committed', date: '2024' },
    {
      id: 'a7',
      donor: 'USA',
      value: { amount: 100, currency: 'USD' },
      stage: 'allocated',
      date: '2024-03-15',
    },
    {
      id: 'a8',
      donor: 'DEU',
      value: { amount: 50, currency: 'EUR' },
      stage: 'allocated',
      date: '2024-03',
      channel: 'epf',
    },
    {
      id: 'a9',
      donor: 'DEU',
      item: 'Gepard',
      quantity: 5,
      stage: 'committed',
      coalition: 'coalition-armour',
    },
  ],
});

describe('summarizeAid', () => {
  test('refuses to add stages together and says why', () => {
    expect(() => summarizeAid(ds, { by: ['donor'] })).toThrow(
      expect.objectContaining({ code: 'MIXED_STAGES' }),
    );
    expect(() => summarizeAid(ds, { by: [] })).toThrow(/commitment and its delivery/);
  });
  test('groups by stage, or by anything within one stage', () => {
    expect(summarizeAid(ds, { by: ['stage'] }).map((r) => [r.stage, r.records])).toEqual([
      ['allocated', 2],
      ['committed', 6],
      ['delivered', 1],
    ]);
    expect(
      summarizeAid(ds, { by: ['donor'], stage: 'committed' }).map((r) => [
        r.donor,
        r.records,
        r.quantity,
      ]),
    ).toEqual([
      ['DEU', 4, 67],
      ['POL', 1, 10],
      ['USA', 1, 2],
    ]);
  });
  test('accepts several stages when grouped by stage', () => {
    expect(summarizeAid(ds, { by: ['stage'], stage: ['committed', 'delivered'] })).toHaveLength(2);
  });
  test('refuses several stages when not grouped by stage: they would be added together', () => {
    // A commitment and its delivery counted as two (summed across the stages passed) before.
    expect(() => summarizeAid(ds, { by: ['donor'], stage: ['committed', 'delivered'] })).toThrow(
      expect.objectContaining({
        code: 'MIXED_STAGES',
        message: expect.stringContaining('2 stages (committed, delivered)') as string,
      }),
    );
    // Listing stages of which only one is left after the other filters is fine.
    expect(
      summarizeAid(ds, { by: [], stage: ['committed', 'allocated'], donors: ['POL'] }),
    ).toHaveLength(1);
  });
  test('joins the catalogue: capability, category and system, unspecified without a system', () => {
    expect(
      summarizeAid(ds, { by: ['capability'], stage: 'committed' }).map((r) => [
        r.capability,
        r.quantity,
      ]),
    ).toEqual([
      ['armour', 28],
      ['artillery', 14],
      ['iamd', 32],
      [UNSPECIFIED, 5],
    ]);
    expect(
      summarizeAid(ds, { by: ['category', 'system'], stage: 'committed' }).map(
        (r) => `${r.category}/${r.system}`,
      ),
    ).toContain('sam/mixed');
  });
  test('counts a system in each of its ammunition families', () => {
    expect(
      summarizeAid(ds, { by: ['ammunition'], stage: 'committed' }).map((r) => [
        r.ammunition,
        r.quantity,
      ]),
    ).toEqual([
      ['155mm-nato', 14],
      ['35mm', 32],
      ['iris-t', 2],
      [UNSPECIFIED, 33],
    ]);
  });
  test('attributes each record to at most one coalition, by capability and membership at its date', () => {
    const rows = summarizeAid(ds, { by: ['coalition'], stage: 'committed' });
    expect(rows.map((r) => [r.coalition, r.records, r.quantity])).toEqual([
      ['coalition-armour', 2, 15],
      ['coalition-iamd', 1, 30],
      [NO_COALITION, 3, 34],
    ]);
    const total = summarizeAid(ds, { by: [], stage: 'committed' })[0];
    expect(rows.reduce((n, r) => n + r.quantity, 0)).toBe(total?.quantity);
  });
  test('groups by periods, with unspecified for coarser dates', () => {
    expect(summarizeAid(ds, { by: ['month'], stage: 'committed' }).map((r) => r.month)).toEqual([
      '2022-04',
      '2022-05',
      '2023-01',
      '2024-02',
      UNSPECIFIED,
    ]);
    expect(summarizeAid(ds, { by: ['quarter'], stage: 'allocated' }).map((r) => r.quarter)).toEqual(
      ['2024-Q1'],
    );
    expect(
      summarizeAid(ds, { by: ['year', 'channel'], stage: 'allocated' }).map((r) => [
        r.year,
        r.channel,
      ]),
    ).toEqual([
      ['2024', 'epf'],
      ['2024', UNSPECIFIED],
    ]);
  });
  test('keeps currencies apart unless rates are given', () => {
    expect(summarizeAid(ds, { by: [], stage: 'allocated' })[0]?.value).toEqual({
      EUR: 50,
      USD: 100,
    });
    expect(() => summarizeAid(ds, { by: [], stage: 'allocated', currency: 'EUR' })).toThrow(
      expect.objectContaining({ code: 'MISSING_RATE' }),
    );
    expect(
      summarizeAid(ds, { by: [], stage: 'allocated', currency: 'EUR', rates: { USD: 0.9 } })[0]
        ?.value,
    ).toEqual({
      currency: 'EUR',
      amount: 140,
      converted: { USD: 100 },
    });
    const byDate = summarizeAid(ds, {
      by: [],
      stage: 'allocated',
      currency: 'EUR',
      rates: (currency, record) =>
        currency === 'USD' && record.date?.startsWith('2024') === true ? 0.5 : undefined,
    });
    expect(byDate[0]?.value).toMatchObject({ amount: 100 });
  });
  test('filters by date and donor', () => {
    expect(
      summarizeAid(ds, { by: ['donor'], stage: 'committed', asOf: '2022-12-31' }).map(
        (r) => r.quantity,
      ),
    ).toEqual([44]);
    expect(summarizeAid(ds, { by: [], stage: 'committed', donors: ['POL'] })[0]?.quantity).toBe(10);
  });
  test('refuses unknown dimensions and bad dates', () => {
    expect(() => summarizeAid(ds, { by: ['planet' as never], stage: 'committed' })).toThrow(
      NsatuError,
    );
    expect(() => summarizeAid(ds, { by: [], stage: 'committed', asOf: 'soon' })).toThrow(
      NsatuError,
    );
    expect(() => summarizeAid(ds, { by: 'donor' as never, stage: 'committed' })).toThrow(
      NsatuError,
    );
  });
  test('reproduces the Kiel per-donor totals and monthly totals of the embedded data', () => {
    const embedded = defaultDataset();
    const kiel = embedded.aid.filter((a) => a.sources?.includes('kiel-ust-r29'));
    const byDonor = new Map<string, number>();
    const byMonth = new Map<string, number>();
    for (const a of kiel) {
      const cents = Math.round((a.value?.amount ?? 0) * 100);
      byDonor.set(a.donor, (byDonor.get(a.donor) ?? 0) + cents);
      byMonth.set(a.date ?? '', (byMonth.get(a.date ?? '') ?? 0) + cents);
    }
    for (const row of summarizeAid(embedded, {
      by: ['donor'],
      stage: 'allocated',
      currency: 'EUR',
    })) {
      expect(Math.round((row.value as { amount: number }).amount * 100), row.donor).toBe(
        byDonor.get(row.donor),
      );
    }
    const months = summarizeAid(embedded, { by: ['month'], stage: 'allocated', currency: 'EUR' });
    expect(months).toHaveLength(byMonth.size);
    for (const row of months) {
      expect(Math.round((row.value as { amount: number }).amount * 100), row.month).toBe(
        byMonth.get(row.month),
      );
    }
  });
});
