import { NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { AidRecord, AidStage } from '../model/aid.ts';
import type { Coalition } from '../model/coalition.ts';
import { dateSpan, type PartialDate, checkDate, datedBy } from '../model/date.ts';
import { intervalEnd, intervalStart } from '../model/interval.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { aggregate, type KeyField, type KeyFunction } from './aggregate.ts';
import { count, sum } from './measures.ts';
import { sumMoney, type ConvertedMoney, type ExchangeRates, type MoneyTotals } from './money.ts';
import { UNSPECIFIED_PERIOD, month, quarter, year } from './periods.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * The dimensions aid can be summarised by: the record's own fields (`donor`, `channel`, `stage`),
 * what the weapon catalogue says of its system (`system`, `capability`, `category`,
 * `ammunition`), the `coalition` it is attributed to, and periods of its date (`month`,
 * `quarter`, `year`).
 *
 * @example
 * ```ts
 * import {AidDimensionValues} from 'nsatu';
 *
 * AidDimensionValues.includes('coalition') // => true
 * ```
 *
 * @category Aggregation
 */
export const AidDimensionValues = [
  'donor',
  'capability',
  'category',
  'system',
  'ammunition',
  'coalition',
  'channel',
  'stage',
  'month',
  'quarter',
  'year',
] as const;

/**
 * A dimension of {@link summarizeAid} (see {@link AidDimensionValues}).
 *
 * @example
 * ```ts
 * import type { AidDimension } from 'nsatu';
 *
 * const by: AidDimension[] = ['donor', 'year'];
 * by.length // => 2
 * ```
 *
 * @category Aggregation
 */
export type AidDimension = (typeof AidDimensionValues)[number];

/**
 * The key that stands for "not known" in a dimension: a record with no catalogue system has
 * capability `unspecified`; a record attributed to no coalition has coalition `none`.
 *
 * @example
 * ```ts
 * import {NO_COALITION, UNSPECIFIED} from 'nsatu';
 *
 * [UNSPECIFIED, NO_COALITION] // => ['unspecified', 'none']
 * ```
 *
 * @category Aggregation
 */
export const UNSPECIFIED = UNSPECIFIED_PERIOD;

/**
 * The coalition key of aid attributed to no coalition (see {@link summarizeAid}).
 *
 * @example
 * ```ts
 * import {NO_COALITION} from 'nsatu';
 *
 * NO_COALITION // => 'none'
 * ```
 *
 * @category Aggregation
 */
export const NO_COALITION = 'none';

/**
 * Options of {@link summarizeAid}.
 *
 * @example
 * ```ts
 * import type { SummarizeAidOptions } from 'nsatu';
 *
 * const options: SummarizeAidOptions<'donor'> = { by: ['donor'], stage: 'allocated', currency: 'EUR' };
 * options.stage // => 'allocated'
 * ```
 *
 * @category Aggregation
 */
export interface SummarizeAidOptions<D extends AidDimension = AidDimension> {
  /** The dimensions to group by, in order; `[]` for one grand total. */
  readonly by: readonly D[];
  /**
   * The stage (or stages) to count. Required unless the records left after the other filters are
   * all at one stage, or `by` includes `stage`: a commitment and its delivery are one thing, so
   * stages are never added together.
   */
  readonly stage?: AidStage | readonly AidStage[] | undefined;
  /** Count only aid dated on or before this date; undated records are then left out. */
  readonly asOf?: PartialDate | undefined;
  /** Count only aid from these donors (nation codes or organisation ids). */
  readonly donors?: readonly string[] | undefined;
  /**
   * Total money in this currency. Without it, money is totalled per currency and never mixed;
   * with it, other currencies need `rates`, and the conversion is reported.
   */
  readonly currency?: string | undefined;
  /** Rates into `currency`: a flat record, or a function of the currency and the record. */
  readonly rates?: ExchangeRates<AidRecord> | undefined;
}

/**
 * One row of {@link summarizeAid}: the group's keys, the number of records, the total quantity
 * (records that state one) and the total value (per currency, or converted into `currency`).
 *
 * @example
 * ```ts
 * import type { AidSummaryRow } from 'nsatu';
 *
 * const row: AidSummaryRow<'donor'> = { donor: 'DEU', records: 2, quantity: 0, value: { EUR: 5_000_000 } };
 * row.value // => { EUR: 5000000 }
 * ```
 *
 * @category Aggregation
 */
export type AidSummaryRow<D extends AidDimension = AidDimension> = Readonly<Record<D, string>> & {
  /** Number of records in the group. */
  readonly records: number;
  /** Total quantity of the records that state one. */
  readonly quantity: number;
  /** Total value: per currency, or converted into the `currency` asked for. */
  readonly value: MoneyTotals | ConvertedMoney;
};

interface Joined {
  readonly systems: ReadonlyMap<string, WeaponSystem>;
  readonly coalitionsByCapability: ReadonlyMap<string, readonly Coalition[]>;
}

const joins = new WeakMap<Dataset, Joined>();

function joined(ds: Dataset): Joined {
  let j = joins.get(ds);
  if (!j) {
    const byCapability = new Map<string, Coalition[]>();
    for (const c of ds.coalitions) {
      const list = byCapability.get(c.capability);
      if (list) list.push(c);
      else byCapability.set(c.capability, [c]);
    }
    j = {
      systems: new Map(ds.weaponSystems.map((s) => [s.id, s])),
      coalitionsByCapability: byCapability,
    };
    joins.set(ds, j);
  }
  return j;
}

/**
 * The coalition a record counts towards: its own `coalition` when it names one; otherwise the
 * coalition of its system's capability that the donor was a lead or member of at any time during
 * the record's date (at any time at all for an undated record); otherwise none — also when two
 * coalitions of that capability would qualify. Exactly one key per record, so a donor in three
 * coalitions never has one euro counted three times, and coalition rows add up to the total.
 */
function coalitionOf(record: AidRecord, system: WeaponSystem | undefined, j: Joined): string {
  if (record.coalition !== undefined) return record.coalition;
  if (system === undefined) return NO_COALITION;
  const span =
    record.date === undefined ? { start: -Infinity, end: Infinity } : dateSpan(record.date);
  let found: string | undefined;
  for (const c of j.coalitionsByCapability.get(system.capability) ?? []) {
    const member = c.members.some(
      (m) => m.party === record.donor && intervalStart(m) < span.end && span.start < intervalEnd(m),
    );
    if (!member) continue;
    if (found !== undefined) return NO_COALITION;
    found = c.id;
  }
  return found ?? NO_COALITION;
}

/** A record with the keys of every dimension, as the aggregation engine reads it. */
interface AidRow {
  readonly donor: string;
  readonly capability: string;
  readonly category: string;
  readonly system: string;
  readonly ammunition: string;
  readonly coalition: string;
  readonly channel: string;
  readonly stage: string;
  readonly date: string | undefined;
  readonly quantity: number | undefined;
  readonly value: AidRecord['value'];
  readonly record: AidRecord;
}

function stagesOf(option: SummarizeAidOptions['stage']): ReadonlySet<string> | undefined {
  if (option === undefined) return undefined;
  return new Set(typeof option === 'string' ? [option] : option);
}

/**
 * Summarises aid by any of the dimensions in {@link AidDimensionValues}: the number of records,
 * the total quantity and the total value per group, joining each record with the weapon catalogue
 * (capability, category, ammunition of its system) and the coalitions.
 *
 * Rules, each chosen so that no total counts one thing twice:
 *
 * - **Stages are never added across.** Pass one `stage` (or group `by` stage) unless every record
 *   left is at one stage; otherwise the call throws `MIXED_STAGES` naming the stages found —
 *   a commitment and its later delivery are the same equipment.
 * - **Money is never mixed.** Without `currency`, `value` holds a total per currency; with it,
 *   other currencies need `rates` (else `MISSING_RATE`) and the conversion is reported.
 * - **Coalitions:** a record counts towards its own `coalition`, else the coalition of its
 *   system's capability that the donor belonged to at the record's date, else `none`
 *   ({@link NO_COALITION}); one key per record, so coalition rows add up to the total.
 * - **Ammunition** is the one dimension where a record can fall in several rows (a system firing
 *   two families counts in both): do not add ammunition rows together.
 * - Records without a catalogue system have capability, category, system and ammunition
 *   `unspecified` ({@link UNSPECIFIED}); undated records have period `unspecified`, and a
 *   year-precise date has month and quarter `unspecified`.
 *
 * @param ds - A dataset.
 * @param options - The dimensions, and filters by stage, date and donor; currency and rates.
 * @returns One row per group, sorted by the group keys.
 * @throws {@link NsatuError} `MIXED_STAGES` for a total over several stages;
 *   `MISSING_RATE` for money in a currency with no rate; `INVALID_ARGUMENT` for an unknown
 *   dimension or a malformed `asOf`.
 *
 * @example
 * ```ts
 * import {summarizeAid} from 'nsatu';
 * import {defaultDataset} from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const [total] = summarizeAid(ds, { by: [], stage: 'allocated', currency: 'EUR' });
 * Math.round((total?.value as { amount: number }).amount / 1e7) / 100 // => 172.99
 * summarizeAid(ds, { by: ['donor'] }) // => throws MIXED_STAGES
 * const byStage = summarizeAid(ds, { by: ['stage'] });
 * byStage.map((row) => [row.stage, row.records]) // => [['allocated', 591], ['committed', 231]]
 * ```
 *
 * @category Aggregation
 */
export function summarizeAid<const D extends AidDimension>(
  ds: Dataset,
  options: SummarizeAidOptions<D>,
): AidSummaryRow<D>[] {
  options = optionsOf('summarizeAid', options) as SummarizeAidOptions<D>;
  // Checked at run time too: JavaScript callers and notebooks pass untyped options.
  const given: unknown = options.by;
  if (!Array.isArray(given)) {
    throw new NsatuError('INVALID_ARGUMENT', 'by must be an array of dimensions');
  }
  const by = given as readonly string[];
  for (const d of by) {
    if (!(AidDimensionValues as readonly string[]).includes(d)) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `Unknown dimension ${JSON.stringify(d)}; use ${AidDimensionValues.join(', ')}`,
      );
    }
  }
  const asOf = options.asOf === undefined ? undefined : checkDate('asOf', options.asOf);
  const stages = stagesOf(options.stage);
  const donors = options.donors === undefined ? undefined : new Set(options.donors);
  const j = joined(ds);
  const records = ds.aid.filter(
    (r) =>
      (stages === undefined || stages.has(r.stage)) &&
      (donors === undefined || donors.has(r.donor)) &&
      (asOf === undefined || (r.date !== undefined && datedBy(r.date, asOf))),
  );
  // Stages passed are a filter, not a licence to add them: several left still need grouping.
  if (!by.includes('stage')) {
    const found = [...new Set(records.map((r) => r.stage))].sort();
    if (found.length > 1) {
      throw new NsatuError(
        'MIXED_STAGES',
        `These records are at ${String(found.length)} stages (${found.join(', ')}), which are never added together: a commitment and its delivery are one thing counted twice. Pass stage, or group by stage.`,
      );
    }
  }
  const expandAmmunition = by.includes('ammunition');
  function* rows(): Generator<AidRow> {
    for (const record of records) {
      const system = record.system === undefined ? undefined : j.systems.get(record.system);
      const base = {
        donor: record.donor,
        capability: system?.capability ?? UNSPECIFIED,
        category: system?.category ?? UNSPECIFIED,
        system: system?.id ?? UNSPECIFIED,
        coalition: by.includes('coalition') ? coalitionOf(record, system, j) : NO_COALITION,
        channel: record.channel ?? UNSPECIFIED,
        stage: record.stage,
        date: record.date,
        quantity: record.quantity,
        value: record.value,
        record,
      };
      const families =
        expandAmmunition && system?.ammunition?.length ? system.ammunition : [UNSPECIFIED];
      for (const ammunition of families) yield { ...base, ammunition };
    }
  }
  const keys: Record<string, KeyField<AidRow> | KeyFunction<AidRow>> = {};
  for (const d of by) {
    const period =
      d === 'month'
        ? month('date')
        : d === 'quarter'
          ? quarter('date')
          : d === 'year'
            ? year('date')
            : undefined;
    // An undated record falls in the same `unspecified` period as one too coarse for the period.
    keys[d] =
      period === undefined
        ? (d as KeyField<AidRow>)
        : (row: AidRow) => (row.date === undefined ? UNSPECIFIED : period(row));
  }
  const value =
    options.currency === undefined
      ? sumMoney('value')
      : sumMoney('value', {
          currency: options.currency,
          ...(options.rates === undefined
            ? {}
            : {
                rates:
                  typeof options.rates === 'function'
                    ? (currency: string, row: AidRow) =>
                        (options.rates as (c: string, r: AidRecord) => number | undefined)(
                          currency,
                          row.record,
                        )
                    : options.rates,
              }),
        });
  const result = aggregate(rows(), {
    by: keys,
    measures: { records: count(), quantity: sum('quantity'), value },
  });
  return result as unknown as AidSummaryRow<D>[];
}
