// Behaviour pinned by mutation testing (docs/quality.md): the wording of every argument error,
// the order of groups and of converted currencies, what tells two specs apart for merge, the date
// checks of period keys, and how summarizeAid assigns a record to a coalition.
import { describe, expect, test } from 'vitest';

import {
  NO_COALITION,
  aggregate,
  count,
  createAggregator,
  loadDataset,
  month,
  quarter,
  sumMoney,
  summarizeAid,
  type Dataset,
} from 'nsatu';
import { errorMessage, smallDataset, type Fixture } from '../fixtures/small.ts';

const message = errorMessage;

const n = { n: count() };

describe('aggregate', () => {
  test('explains every malformed spec', () => {
    const spec = (s: unknown) => message(() => aggregate([], s as never));
    expect(spec(undefined)).toBe(
      'INVALID_ARGUMENT: aggregate: spec must be an object { by, measures }',
    );
    expect(spec(new Map())).toBe(
      'INVALID_ARGUMENT: aggregate: spec must be an object { by, measures }',
    );
    expect(spec({ by: ['__proto__'], measures: n })).toBe(
      'INVALID_ARGUMENT: aggregate: "__proto__" cannot name a column (empty, reserved or used twice)',
    );
    expect(spec({ by: [5], measures: n })).toBe(
      'INVALID_ARGUMENT: aggregate: by lists field names, not 5',
    );
    expect(spec({ by: [{ toJSON: () => undefined }], measures: n })).toBe(
      'INVALID_ARGUMENT: aggregate: by lists field names, not an object',
    );
    for (const key of [null, undefined, 5]) {
      expect(spec({ by: { a: key }, measures: n })).toBe(
        'INVALID_ARGUMENT: aggregate: by.a must be a field name or a key function',
      );
    }
    expect(spec({ by: [], measures: [] })).toBe(
      'INVALID_ARGUMENT: aggregate: measures must be an object of named measures',
    );
    expect(spec({ by: [], measures: { n: { create: () => ({}) } } })).toBe(
      'INVALID_ARGUMENT: aggregate: measures.n must be made by count(), sum(), min(), max(), mean() or sumMoney()',
    );
  });

  test('takes a spec and a by object without a prototype', () => {
    const bare = <T extends object>(o: T): T => Object.assign(Object.create(null) as T, o);
    expect(aggregate([{ a: 1 }], bare({ by: bare({ a: 'a' }), measures: n }))).toEqual([
      { a: 1, n: 1 },
    ]);
  });

  test('refuses a row that is not an object, at any number of columns', () => {
    for (const by of [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']]) {
      expect(message(() => aggregate([{}, 1], { by, measures: n } as never))).toBe(
        'INVALID_ARGUMENT: aggregate: rows must be objects, got 1',
      );
    }
  });

  test('sorts numbers first, then strings by code unit, then undefined, in any input order', () => {
    const keys = [2, '1', 'a', undefined, 10, 'B'];
    const expected = [2, 10, '1', 'B', 'a', undefined];
    for (let shift = 0; shift < keys.length; shift++) {
      for (const order of [keys, [...keys].reverse()]) {
        const rows = [...order.slice(shift), ...order.slice(0, shift)].map((k) => ({ k }));
        expect(aggregate(rows, { by: ['k'], measures: n }).map((r) => r.k)).toEqual(expected);
      }
    }
  });
});

describe('createAggregator', () => {
  test('merges only an aggregator of the same columns, keys and measures', () => {
    const refused = (a: unknown, b: unknown): string =>
      message(() => createAggregator(a as never).merge(createAggregator(b as never)));
    const same = 'INVALID_ARGUMENT: aggregate: merge takes an aggregator of the same spec';
    const byX = (row: { x?: string }) => row.x;
    expect(
      refused({ by: { m: month('d') }, measures: n }, { by: { m: quarter('d') }, measures: n }),
    ).toBe(same);
    expect(refused({ by: { m: month('d') }, measures: n }, { by: { m: byX }, measures: n })).toBe(
      same,
    );
    expect(refused({ by: { a: 'x' }, measures: n }, { by: { a: 'y' }, measures: n })).toBe(same);
    expect(refused({ by: { a: byX }, measures: n }, { by: { b: byX }, measures: n })).toBe(same);
    expect(refused({ by: [], measures: n }, { by: [], measures: { m: count() } })).toBe(same);
    const months = createAggregator({ by: { m: month('d') }, measures: n }).add({ d: '2024-05' });
    months.merge(createAggregator({ by: { m: month('d') }, measures: n }).add({ d: '2024-05-02' }));
    expect(months.result()).toEqual([{ m: '2024-05', n: 2 }]);
  });
});

describe('month and quarter', () => {
  test('refuse a date with anything but a digit where a digit belongs', () => {
    for (const date of ['x024', '2x24', '20x4', '202x', '2024-1x', '2024-x1']) {
      expect(message(() => aggregate([{ d: date }], { by: { m: month('d') }, measures: n }))).toBe(
        `INVALID_ARGUMENT: month(d): expected a date as YYYY, YYYY-MM or YYYY-MM-DD in "d", got "${date}"`,
      );
    }
  });

  test('put a row without a date in its own group, last', () => {
    expect(
      aggregate([{}, { d: '2024-05' }, { d: null }], { by: { q: quarter('d') }, measures: n }),
    ).toEqual([
      { q: '2024-Q2', n: 1 },
      { q: undefined, n: 2 },
    ]);
  });
});

describe('sumMoney', () => {
  test('explains a bad field, currency or rates', () => {
    expect(message(() => sumMoney(''))).toBe(
      'INVALID_ARGUMENT: sumMoney() needs a field name, not ""',
    );
    expect(message(() => sumMoney('v', { currency: 5 } as never))).toBe(
      'INVALID_ARGUMENT: sumMoney(): currency must be an ISO 4217 code, not 5',
    );
    expect(message(() => sumMoney('v', { currency: 'EUR', rates: null } as never))).toBe(
      'INVALID_ARGUMENT: sumMoney(v, EUR): rates must be a record of rates or a function, not null',
    );
  });

  test('says why a rate is missing: none given, or none for that currency', () => {
    const gbp = [{ v: { amount: 1, currency: 'GBP' } }];
    const total = (measure: ReturnType<typeof sumMoney>) => () =>
      aggregate(gbp, { by: [], measures: { v: measure } });
    expect(message(total(sumMoney('v', { currency: 'EUR' })))).toBe(
      'MISSING_RATE: sumMoney(v, EUR): no exchange rate from GBP to EUR (no rates given: only EUR is accepted)',
    );
    expect(message(total(sumMoney('v', { currency: 'EUR', rates: { USD: 0.9 } })))).toBe(
      'MISSING_RATE: sumMoney(v, EUR): no exchange rate from GBP to EUR',
    );
  });

  test('lists the converted currencies in code order', () => {
    const rows = [
      { v: { amount: 1, currency: 'USD' } },
      { v: { amount: 2, currency: 'GBP' } },
      { v: { amount: 3, currency: 'CHF' } },
    ];
    const [total] = aggregate(rows, {
      by: [],
      measures: { v: sumMoney('v', { currency: 'EUR', rates: { USD: 1, GBP: 1, CHF: 1 } }) },
    });
    expect(Object.keys(total?.v.converted ?? {})).toEqual(['CHF', 'GBP', 'USD']);
  });
});

/** The fixture with an artillery coalition (the capability of its PzH 2000) and more aid. */
function withArtillery(change: (d: Fixture) => void): Dataset {
  const d = smallDataset();
  d.coalitions.push({
    id: 'coalition-artillery',
    name: 'Artillery coalition',
    capability: 'artillery',
    from: '2022',
    members: [{ party: 'DEU', role: 'lead', from: '2022-06' }],
  });
  change(d);
  return loadDataset(d);
}

const coalitions = (ds: Dataset) =>
  summarizeAid(ds, { by: ['stage', 'coalition'] }).map((r) => [r.stage, r.coalition, r.records]);

describe('summarizeAid', () => {
  test('counts a record towards a coalition from the month its donor joined', () => {
    expect(coalitions(withArtillery(() => undefined))).toEqual([
      ['allocated', NO_COALITION, 1],
      ['committed', NO_COALITION, 1],
      ['delivered', 'coalition-artillery', 1],
      ['delivered', NO_COALITION, 1],
    ]);
  });

  test('stops counting a record towards a coalition from the month its donor left', () => {
    const left = withArtillery((d) => {
      const [coalition] = d.coalitions.slice(-1);
      if (coalition) coalition.members = [{ party: 'DEU', role: 'lead', until: '2022-06' }];
    });
    expect(coalitions(left)).toEqual([
      ['allocated', NO_COALITION, 1],
      ['committed', 'coalition-artillery', 1],
      ['delivered', NO_COALITION, 2],
    ]);
  });

  test('counts an undated record towards a coalition its donor was ever in', () => {
    const undated = withArtillery((d) => {
      d.aid.push({
        id: 'aid-9',
        donor: 'DEU',
        system: 'pzh-2000',
        quantity: 1,
        stage: 'allocated',
      });
    });
    expect(summarizeAid(undated, { by: ['coalition'], stage: 'allocated' })).toEqual([
      expect.objectContaining({ coalition: 'coalition-artillery', records: 1 }),
      expect.objectContaining({ coalition: NO_COALITION, records: 1 }),
    ]);
  });

  test('picks the one coalition of a capability the donor is in, and none for two', () => {
    const second = {
      id: 'coalition-guns',
      name: 'Guns coalition',
      capability: 'artillery',
      from: '2022',
      members: [{ party: 'GBR', role: 'lead' }],
    } as const;
    const one = withArtillery((d) => {
      d.coalitions.push({ ...second, members: [...second.members] });
    });
    expect(coalitions(one)[2]).toEqual(['delivered', 'coalition-artillery', 1]);
    const both = withArtillery((d) => {
      d.coalitions.push({ ...second, members: [{ party: 'DEU', role: 'member', from: '2022' }] });
    });
    expect(coalitions(both)[2]).toEqual(['delivered', NO_COALITION, 2]);
  });

  test('hands a rates function the aid record itself', () => {
    const ds = loadDataset(smallDataset());
    const [total] = summarizeAid(ds, {
      by: [],
      stage: 'allocated',
      currency: 'USD',
      rates: (currency, record) => (currency === 'EUR' && record.id === 'aid-3' ? 1.1 : undefined),
    });
    expect(total?.value).toEqual({
      currency: 'USD',
      amount: 5_500_000_000,
      converted: { EUR: 5_000_000_000 },
    });
  });

  test('needs no stage when every record left is at one stage', () => {
    const ds = loadDataset(smallDataset());
    expect(summarizeAid(ds, { by: ['donor'], donors: ['GBR'] })).toEqual([
      expect.objectContaining({ donor: 'GBR', records: 1 }),
    ]);
  });

  test('explains bad options, and names mixed stages in order', () => {
    const ds = loadDataset(smallDataset());
    expect(message(() => summarizeAid(ds, { by: 'donor' } as never))).toBe(
      'INVALID_ARGUMENT: by must be an array of dimensions',
    );
    expect(message(() => summarizeAid(ds, { by: ['nope'] } as never))).toBe(
      'INVALID_ARGUMENT: Unknown dimension "nope"; use donor, capability, category, system, ammunition, coalition, channel, stage, month, quarter, year',
    );
    expect(message(() => summarizeAid(ds, { by: ['donor'], asOf: 'x' }))).toBe(
      'INVALID_ARGUMENT: asOf must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "x"',
    );
    expect(message(() => summarizeAid(ds, { by: ['donor'] }))).toBe(
      'MIXED_STAGES: These records are at 3 stages (allocated, committed, delivered), which are never added together: a commitment and its delivery are one thing counted twice. Pass stage, or group by stage.',
    );
  });
});
