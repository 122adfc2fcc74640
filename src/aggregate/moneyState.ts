// The per-group state of `sumMoney`: totals per currency, or a total converted into one currency.
// Object literals with shared functions, for the reason given in numericState.ts.
import { NsatuError } from '../errors.ts';
import type { Money } from '../model/common.ts';
import { show } from './checks.ts';
import type { Accumulator, Measure } from './measures.ts';
import type { ConvertedMoney, MoneyTotals } from './money.ts';
import { addSum, addTerm, compensated, valueOf, type Compensated } from './summation.ts';

const CURRENCY = /^[A-Z]{3}$/;

/**
 * Throws unless `currency` looks like an ISO 4217 code.
 *
 * @internal
 */
export function checkCurrency(currency: string, label: string): void {
  if (!CURRENCY.test(currency)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `${label}: expected an ISO 4217 currency code such as "EUR", got ${JSON.stringify(currency)}`,
    );
  }
}

/**
 * A usable exchange rate: a positive finite number.
 *
 * @internal
 */
export function isRate(rate: unknown): rate is number {
  return typeof rate === 'number' && rate > 0 && rate !== Infinity;
}

function invalidMoney(label: string, field: string, value: unknown): NsatuError {
  return new NsatuError(
    'INVALID_ARGUMENT',
    `${label}: expected money ({ amount, currency }) with a finite amount in "${field}", got ${show(value)}`,
  );
}

function missingRate(label: string, currency: string, target: string, why: string): NsatuError {
  return new NsatuError(
    'MISSING_RATE',
    `${label}: no exchange rate from ${currency} to ${target}${why}`,
  );
}

/** The money in `field`, or `undefined` for a row to skip; throws for anything but money. */
function moneyAt(row: unknown, field: string, label: string): Partial<Money> | undefined {
  const money = (row as Readonly<Record<string, unknown>>)[field];
  if (money === undefined || money === null) return undefined;
  const { amount, currency } = money as Partial<Money>;
  if (typeof amount !== 'number' || amount - amount !== 0 || typeof currency !== 'string') {
    throw invalidMoney(label, field, money);
  }
  return money;
}

/**
 * `sumMoney(field)` without a target: the measure, which numbers the currencies it meets, once
 * for all its groups. Each group then keeps its totals in arrays indexed by those numbers: one
 * lookup per row in a small map that stays in cache, rather than in a map per group (measured:
 * the money part of a 1M-row aggregation took a third less time).
 *
 * @internal
 */
export interface TotalsMeasure extends Measure<unknown, unknown> {
  readonly field: string;
  /** The number of each currency met. */
  readonly index: Map<string, number>;
  /** The currency of each number. */
  readonly codes: string[];
}

/**
 * Makes the measure of `sumMoney(field)`.
 *
 * @internal
 */
export function totalsMeasure(field: string, label: string): TotalsMeasure {
  return { label, field, index: new Map(), codes: [], create: moneyTotals };
}

/** The number of a currency in a measure, given on first sight (after checking the code). */
function numberOf(measure: TotalsMeasure, currency: string): number {
  let i = measure.index.get(currency);
  if (i === undefined) {
    checkCurrency(currency, measure.label);
    i = measure.codes.length;
    measure.index.set(currency, i);
    measure.codes.push(currency);
  }
  return i;
}

interface TotalsState extends Accumulator<unknown, MoneyTotals> {
  readonly measure: TotalsMeasure;
  /** Compensated totals by currency number (`sum` and `compensation`); `NaN` for none met. */
  readonly sums: number[];
  readonly compensations: number[];
}

/** Adds `x` to the total of currency `i` of a group. */
function addAt(state: TotalsState, i: number, x: number, compensation: number): void {
  const { sums, compensations } = state;
  while (sums.length <= i) {
    sums.push(NaN);
    compensations.push(0);
  }
  let s = sums[i] as number;
  if (s !== s) s = 0;
  const t = s + x;
  compensations[i] =
    (compensations[i] as number) +
    (Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s) +
    compensation;
  sums[i] = t;
}

function totalsAdd(this: TotalsState, row: unknown): void {
  const { measure } = this;
  const money = moneyAt(row, measure.field, measure.label);
  if (money === undefined) return;
  addAt(this, numberOf(measure, money.currency as string), money.amount as number, 0);
}

function totalsMerge(this: TotalsState, other: TotalsState): void {
  const { sums, compensations, measure } = other;
  for (let j = 0; j < sums.length; j++) {
    const s = sums[j] as number;
    if (s !== s) continue;
    // Two specs built alike have measures of their own, numbering currencies apart.
    const i = measure === this.measure ? j : numberOf(this.measure, measure.codes[j] as string);
    addAt(this, i, s, compensations[j] as number);
  }
}

function totalsValue(this: TotalsState): MoneyTotals {
  const { sums, compensations, measure } = this;
  const met: [string, number][] = [];
  for (let i = 0; i < sums.length; i++) {
    const s = sums[i] as number;
    if (s === s) met.push([measure.codes[i] as string, s + (compensations[i] as number)]);
  }
  met.sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const out: MoneyTotals = {};
  for (const [currency, total] of met) out[currency] = total;
  return out;
}

/** The state of `sumMoney(field)` for one group; the `create` of its measure. */
function moneyTotals(this: TotalsMeasure): Accumulator<unknown, MoneyTotals> {
  const state: TotalsState = {
    measure: this,
    sums: [],
    compensations: [],
    add: totalsAdd,
    merge: totalsMerge,
    value: totalsValue,
  };
  return state;
}

/**
 * How one `sumMoney(field, { currency, rates })` converts, shared by all its groups: the measure
 * itself.
 *
 * @internal
 */
export interface Conversion extends Measure<unknown, unknown> {
  readonly field: string;
  readonly label: string;
  readonly currency: string;
  /** Flat rates (copied, so later edits to the caller's object change nothing). */
  readonly table: ReadonlyMap<string, number> | undefined;
  /** Rates by row. */
  readonly byRow: ((currency: string, row: unknown) => number | undefined) | undefined;
}

/** The amounts of one group in one currency other than the target. */
interface Source {
  /** In the source currency. */
  readonly source: Compensated;
  /** In the target currency, for rates by row; flat rates convert `source` once, at the end. */
  readonly target: Compensated;
  /** The flat rate; `NaN` for rates by row. */
  readonly rate: number;
}

interface ConvertedState extends Accumulator<unknown, ConvertedMoney> {
  readonly conversion: Conversion;
  /** Amounts already in the target currency. */
  readonly native: Compensated;
  readonly others: Map<string, Source>;
}

function open(state: ConvertedState, currency: string): Source {
  const { label, currency: target, table, byRow } = state.conversion;
  checkCurrency(currency, label);
  let rate = NaN;
  if (byRow === undefined) {
    const flat = table?.get(currency);
    if (flat === undefined) {
      const why = table === undefined ? ` (no rates given: only ${target} is accepted)` : '';
      throw missingRate(label, currency, target, why);
    }
    rate = flat;
  }
  const entry: Source = { source: compensated(), target: compensated(), rate };
  state.others.set(currency, entry);
  return entry;
}

function convertedAdd(this: ConvertedState, row: unknown): void {
  const { field, label, currency: target, byRow } = this.conversion;
  const money = moneyAt(row, field, label);
  if (money === undefined) return;
  const amount = money.amount as number;
  const currency = money.currency as string;
  if (currency === target) {
    addTerm(this.native, amount);
    return;
  }
  const entry = this.others.get(currency) ?? open(this, currency);
  addTerm(entry.source, amount);
  if (byRow !== undefined) {
    const rate = byRow(currency, row);
    if (rate === undefined) throw missingRate(label, currency, target, ' for this row');
    if (!isRate(rate)) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `${label}: the rate from ${currency} to ${target} must be a positive finite number, got ${show(rate)}`,
      );
    }
    addTerm(entry.target, amount * rate);
  }
}

function convertedMerge(this: ConvertedState, other: ConvertedState): void {
  addSum(this.native, other.native);
  for (const [currency, theirs] of other.others) {
    const entry = this.others.get(currency) ?? open(this, currency);
    addSum(entry.source, theirs.source);
    addSum(entry.target, theirs.target);
  }
}

function convertedValue(this: ConvertedState): ConvertedMoney {
  const total = compensated();
  addSum(total, this.native);
  const sources: Record<string, number> = {};
  for (const currency of [...this.others.keys()].sort()) {
    const entry = this.others.get(currency) as Source;
    const source = valueOf(entry.source);
    sources[currency] = source;
    addTerm(total, Number.isNaN(entry.rate) ? valueOf(entry.target) : source * entry.rate);
  }
  return { currency: this.conversion.currency, amount: valueOf(total), converted: sources };
}

/**
 * The state of `sumMoney(field, { currency, rates })` for one group. Called as the `create` of
 * the measure, which is `this`.
 *
 * @internal
 */
export function converted(this: Conversion): Accumulator<unknown, ConvertedMoney> {
  const state: ConvertedState = {
    conversion: this,
    native: compensated(),
    others: new Map(),
    add: convertedAdd,
    merge: convertedMerge,
    value: convertedValue,
  };
  return state;
}
