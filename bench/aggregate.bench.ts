// aggregate: grouping a million aid rows by (donor, category), summing quantity and money per
// currency, against a hand-written nested-Map loop, arquero and lodash; with the period keys and
// the money summation (Neumaier vs integer cents vs naive) measured on the side.
import * as aq from 'arquero';
import _ from 'lodash';

import { aggregate, count, month, sum, sumMoney } from '../src/index.ts';
import { addTerm, compensated, valueOf } from '../src/aggregate/summation.ts';
import { CATEGORIES, chance, int, mulberry32, pick } from './generate.ts';
import type { Benchmark, Mode } from './harness.ts';

const SEED = 2024;

const SIZES: Record<Mode, number> = { full: 1_000_000, smoke: 2_000 };

// prettier-ignore
const DONORS = [
  'USA', 'GBR', 'DEU', 'FRA', 'ITA', 'ESP', 'POL', 'NLD', 'BEL', 'LUX', 'DNK', 'NOR', 'SWE',
  'FIN', 'EST', 'LVA', 'LTU', 'CZE', 'SVK', 'HUN', 'ROU', 'BGR', 'GRC', 'TUR', 'PRT', 'HRV',
  'SVN', 'ALB', 'MNE', 'MKD', 'CAN', 'ISL', 'AUS', 'NZL', 'JPN', 'KOR', 'IRL', 'AUT', 'eu',
] as const;
const CURRENCIES = ['EUR', 'USD', 'GBP', 'PLN', 'SEK', 'NOK', 'DKK', 'CAD'] as const;
const STAGES = ['announced', 'committed', 'allocated', 'delivered'] as const;

/** An aid record joined with the catalogue: what `summarizeAid` will feed `aggregate`. */
interface AidRow {
  readonly id: string;
  readonly donor: string;
  readonly stage: string;
  readonly date: string;
  /** The system's category; `undefined` for aid that names no catalogue system (money, items). */
  readonly category?: string;
  readonly quantity?: number;
  readonly value?: { readonly amount: number; readonly currency: string };
}

/** Partial dates at every precision, 2022-02 to 2025-06, as in bench/generate.ts. */
function date(random: () => number): string {
  const m = int(random, 2022 * 12 + 1, 2025 * 12 + 5);
  const year = Math.floor(m / 12);
  const mm = String((m % 12) + 1).padStart(2, '0');
  const r = random();
  if (r < 0.05) return String(year);
  if (r < 0.4) return `${year}-${mm}`;
  return `${year}-${mm}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

/** Rows shaped like bench/generate.ts's aid: 60% name a system, amounts with cents. */
function generateRows(seed: number, n: number): AidRow[] {
  const random = mulberry32(seed);
  const rows: AidRow[] = [];
  for (let i = 0; i < n; i++) {
    const kind = random();
    const row: {
      -readonly [K in keyof AidRow]: AidRow[K];
    } = {
      id: `aid-${String(i).padStart(7, '0')}`,
      donor: pick(random, DONORS),
      stage: pick(random, STAGES),
      date: date(random),
    };
    if (kind < 0.6) {
      row.category = pick(random, CATEGORIES);
      row.quantity = int(random, 1, 200);
    } else if (kind < 0.8) row.quantity = int(random, 1, 10_000);
    if (kind >= 0.6 || chance(random, 0.3)) {
      row.value = {
        amount: int(random, 1_000_000, 50_000_000_000) / 100,
        currency: pick(random, CURRENCIES),
      };
    }
    rows.push(row);
  }
  return rows;
}

interface Group {
  quantity: number;
  readonly money: Map<string, number>;
}

interface ResultRow {
  readonly donor: string;
  readonly category: string | undefined;
  readonly quantity: number;
  readonly value: Record<string, number>;
}

/** What a user would write by hand: a Map per level, a Map per currency, then sorted rows. */
function nestedMapLoop(rows: readonly AidRow[]): ResultRow[] {
  const groups = new Map<string, Map<string | undefined, Group>>();
  for (const row of rows) {
    let byCategory = groups.get(row.donor);
    if (byCategory === undefined) {
      byCategory = new Map();
      groups.set(row.donor, byCategory);
    }
    let group = byCategory.get(row.category);
    if (group === undefined) {
      group = { quantity: 0, money: new Map() };
      byCategory.set(row.category, group);
    }
    if (row.quantity !== undefined) group.quantity += row.quantity;
    const value = row.value;
    if (value !== undefined) {
      group.money.set(value.currency, (group.money.get(value.currency) ?? 0) + value.amount);
    }
  }
  const out: ResultRow[] = [];
  for (const donor of [...groups.keys()].sort()) {
    const byCategory = groups.get(donor)!;
    for (const category of [...byCategory.keys()].sort()) {
      const group = byCategory.get(category)!;
      const value: Record<string, number> = {};
      for (const currency of [...group.money.keys()].sort()) {
        value[currency] = group.money.get(currency)!;
      }
      out.push({ donor, category, quantity: group.quantity, value });
    }
  }
  return out;
}

function lodashGroupBy(rows: readonly AidRow[]): ResultRow[] {
  const out: ResultRow[] = [];
  for (const [donor, ofDonor] of Object.entries(_.groupBy(rows, 'donor'))) {
    for (const [category, group] of Object.entries(_.groupBy(ofDonor, 'category'))) {
      const withValue = group.filter((row) => row.value !== undefined);
      out.push({
        donor,
        category,
        quantity: _.sumBy(group, 'quantity'),
        value: _.mapValues(
          _.groupBy(withValue, (row) => row.value!.currency),
          (ofCurrency) => _.sumBy(ofCurrency, (row) => row.value!.amount),
        ),
      });
    }
  }
  return _.sortBy(out, ['donor', 'category']);
}

type Table = ReturnType<typeof aq.from>;

/** arquero takes its columns from the first object unless told: name them all. */
const COLUMNS = ['id', 'donor', 'stage', 'date', 'category', 'quantity', 'value'];

function arqueroRollup(table: Table): [object[], object[]] {
  const quantity = table.groupby('donor', 'category').rollup({ quantity: aq.op.sum('quantity') });
  // Expressions as strings: arquero parses a function's source, which tsx has rewritten.
  const money = table
    .filter('d.value != null')
    .derive({ currency: 'd.value.currency', amount: 'd.value.amount' })
    .groupby('donor', 'category', 'currency')
    .rollup({ amount: aq.op.sum('amount') });
  return [quantity.objects(), money.objects()];
}

function cents(x: number): number {
  return Math.round(x * 100);
}

/** Throws unless nsatu and the hand-written loop agree: same groups, quantities, cents. */
function check(ours: readonly ResultRow[], theirs: readonly ResultRow[]): void {
  const fail = (why: string): never => {
    throw new Error(`aggregate bench: nsatu and the nested-Map loop disagree: ${why}`);
  };
  if (ours.length !== theirs.length) fail(`${ours.length} vs ${theirs.length} groups`);
  ours.forEach((a, i) => {
    const b = theirs[i]!;
    const where = `${a.donor}/${String(a.category)}`;
    if (a.donor !== b.donor || a.category !== b.category) fail(`group ${i}: ${where}`);
    if (a.quantity !== b.quantity) fail(`quantity of ${where}`);
    const currencies = Object.keys(a.value);
    if (currencies.join() !== Object.keys(b.value).join()) fail(`currencies of ${where}`);
    for (const c of currencies) {
      if (cents(a.value[c]!) !== cents(b.value[c]!)) fail(`${c} of ${where}`);
    }
  });
}

export const aggregateBench: Benchmark = {
  name: 'aggregate',
  description:
    'Grouping aid rows by (donor, category), summing quantity and money per currency: `aggregate` against a hand-written nested-Map loop, arquero (`from` + `groupby` + `rollup`) and lodash (`groupBy` + `sumBy`); with period keys and the money summation (Neumaier vs integer cents) on the side.',
  target: { baseline: 'nestedMap', max: 1.2 },
  setup(mode) {
    const rows = generateRows(SEED, SIZES[mode]);
    const spec = {
      by: ['donor', 'category'],
      measures: { quantity: sum('quantity'), value: sumMoney('value') },
    } as const;
    check(aggregate(rows, spec), nestedMapLoop(rows));
    const table = aq.from(rows, COLUMNS);
    const amounts = Float64Array.from(rows, (row) => row.value?.amount ?? 0);
    const groups = new Set(rows.map((row) => `${row.donor}/${String(row.category)}`)).size;

    return {
      data: `${rows.length.toLocaleString('en-GB')} aid rows joined with the catalogue (${DONORS.length} donors × ${CATEGORIES.length} categories or none: ${groups} groups; 80% with a quantity, 52% with money in one of ${CURRENCIES.length} currencies, amounts with cents; dates at year, month and day precision); seed ${SEED}`,
      tasks: {
        nsatu: {
          label:
            "aggregate(rows, { by: ['donor', 'category'], measures: { quantity: sum('quantity'), value: sumMoney('value') } })",
          run: () => aggregate(rows, spec),
        },
        baselines: {
          nestedMap: {
            label: 'hand-written nested Map loop (Map per currency), sorted rows',
            run: () => nestedMapLoop(rows),
          },
          arquero: {
            label: 'arquero from(rows) + groupby + rollup(op.sum), quantity and money per currency',
            run: () => arqueroRollup(aq.from(rows, COLUMNS)),
          },
          lodash: {
            label: 'lodash groupBy (donor, then category) + sumBy, money per currency',
            run: () => lodashGroupBy(rows),
          },
        },
        extras: {
          arqueroPrebuilt: {
            label: 'arquero groupby + rollup on a table built beforehand',
            run: () => arqueroRollup(table),
            versus: 'nsatu',
          },
          byMonth: {
            label: "aggregate(rows, { by: { month: month('date') }, measures: { n: count() } })",
            run: () => aggregate(rows, { by: { month: month('date') }, measures: { n: count() } }),
          },
          bySlice: {
            label: 'hand-written Map keyed by date.slice(0, 7) (no precision check)',
            run: () => {
              const counts = new Map<string, number>();
              for (const row of rows) {
                const key = row.date.slice(0, 7);
                counts.set(key, (counts.get(key) ?? 0) + 1);
              }
              return counts;
            },
            versus: 'byMonth',
          },
          neumaier: {
            label: `Neumaier sum of ${amounts.length.toLocaleString('en-GB')} amounts (sumMoney's choice)`,
            run: () => {
              const total = compensated();
              // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed, as in the engine
              for (let i = 0; i < amounts.length; i++) addTerm(total, amounts[i]!);
              return valueOf(total);
            },
          },
          integerCents: {
            label: 'integer cents: sum of Math.round(amount * 100), / 100',
            run: () => {
              let total = 0;
              // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed, as in the engine
              for (let i = 0; i < amounts.length; i++) total += Math.round(amounts[i]! * 100);
              return total / 100;
            },
            versus: 'neumaier',
          },
          naive: {
            label: 'naive: total += amount',
            run: () => {
              let total = 0;
              // eslint-disable-next-line @typescript-eslint/prefer-for-of -- indexed, as in the engine
              for (let i = 0; i < amounts.length; i++) total += amounts[i]!;
              return total;
            },
            versus: 'neumaier',
          },
        },
      },
    };
  },
};
