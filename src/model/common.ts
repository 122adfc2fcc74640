import * as z from 'zod';

/** A kebab-case identifier: lowercase letters and digits in groups joined by single hyphens. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A stable kebab-case id (`nsatu`, `commander-nsatu`, `coalition-armour`), at most 128 characters.
 *
 * @example
 * ```ts
 * import { IdSchema } from 'nsatu';
 *
 * IdSchema.safeParse('sag-u').success // => true
 * IdSchema.safeParse('SAG_U').success // => false
 * ```
 *
 * @category Entities
 */
export const IdSchema = z
  .string()
  .max(128)
  .regex(ID_PATTERN, { error: 'Expected a kebab-case id such as "sag-u"' });

/**
 * A kebab-case id string.
 *
 * @example
 * ```ts
 * import type { Id } from 'nsatu';
 *
 * const id: Id = 'commander-nsatu';
 * id // => 'commander-nsatu'
 * ```
 *
 * @category Entities
 */
export type Id = z.infer<typeof IdSchema>;

/**
 * An ISO 3166-1 alpha-3 code in upper case (`UKR`, `DEU`); user-assigned codes such as `XKX`
 * (Kosovo) and withdrawn ones such as `SUN` (Soviet Union) have the same form.
 *
 * @example
 * ```ts
 * import { NationCodeSchema } from 'nsatu';
 *
 * NationCodeSchema.safeParse('SWE').success // => true
 * NationCodeSchema.safeParse('se').success // => false
 * ```
 *
 * @category Entities
 */
export const NationCodeSchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Expected an ISO 3166-1 alpha-3 code such as "DEU"' });

/**
 * An ISO 3166-1 alpha-3 nation code.
 *
 * @example
 * ```ts
 * import type { NationCode } from 'nsatu';
 *
 * const sweden: NationCode = 'SWE';
 * sweden // => 'SWE'
 * ```
 *
 * @category Entities
 */
export type NationCode = z.infer<typeof NationCodeSchema>;

/**
 * A reference to a party that can act (donate, sign, lead, host): a nation's alpha-3 code or an
 * organisation's kebab-case id (such as `eu`).
 *
 * @example
 * ```ts
 * import { PartyIdSchema } from 'nsatu';
 *
 * PartyIdSchema.safeParse('GBR').success // => true
 * PartyIdSchema.safeParse('eu').success // => true
 * PartyIdSchema.safeParse('Gbr').success // => false
 * ```
 *
 * @category Entities
 */
export const PartyIdSchema = z
  .string()
  .max(128)
  .regex(/^(?:[A-Z]{3}|[a-z0-9]+(?:-[a-z0-9]+)*)$/, {
    error:
      'Expected an ISO 3166-1 alpha-3 nation code ("DEU") or a kebab-case organisation id ("eu")',
  });

/**
 * A nation code or an organisation id.
 *
 * @example
 * ```ts
 * import type { PartyId } from 'nsatu';
 *
 * const donors: PartyId[] = ['DEU', 'eu'];
 * donors.length // => 2
 * ```
 *
 * @category Entities
 */
export type PartyId = z.infer<typeof PartyIdSchema>;

/**
 * How far a fact can be trusted: `high` (several or official sources), `medium` (one secondary
 * source, or sources that disagree), `low` (a weak source; to be verified).
 *
 * @example
 * ```ts
 * import { ConfidenceValues } from 'nsatu';
 *
 * ConfidenceValues // => ['high', 'medium', 'low']
 * ```
 *
 * @category Entities
 */
export const ConfidenceValues = ['high', 'medium', 'low'] as const;

/**
 * The confidence of a fact (see {@link ConfidenceValues}).
 *
 * @example
 * ```ts
 * import { ConfidenceSchema } from 'nsatu';
 *
 * ConfidenceSchema.parse('medium') // => 'medium'
 * ```
 *
 * @category Entities
 */
export const ConfidenceSchema = z.enum(ConfidenceValues);

/**
 * The confidence of a fact: `'high' | 'medium' | 'low'`.
 *
 * @example
 * ```ts
 * import type { Confidence } from 'nsatu';
 *
 * const c: Confidence = 'low';
 * c // => 'low'
 * ```
 *
 * @category Entities
 */
export type Confidence = z.infer<typeof ConfidenceSchema>;

/**
 * A short human text: a name, a title, a place.
 *
 * @internal
 */
export const ShortText = z.string().min(1).max(500);

/**
 * A longer human text: a note, a definition.
 *
 * @internal
 */
export const LongText = z.string().max(10_000);

/**
 * The provenance keys every record carries, as a zod shape to spread into an object schema:
 * `sources` (ids into the dataset's `sources` table), optional `confidence` and a free `note`.
 *
 * @example
 * ```ts
 * import * as z from 'zod';
 * import { ProvenanceShape } from 'nsatu';
 *
 * const Claim = z.strictObject({ text: z.string(), ...ProvenanceShape });
 * Claim.parse({ text: 'NSATU is up and running', sources: ['reuters-2024-12-18'] }).sources
 * // => ['reuters-2024-12-18']
 * ```
 *
 * @category Entities
 */
export const ProvenanceShape = {
  /** Ids of the records in the dataset's `sources` table that state this fact. */
  sources: z.array(IdSchema).max(1_000).optional(),
  /** How far the fact can be trusted; absent means not assessed. */
  confidence: ConfidenceSchema.optional(),
  /** Free text: caveats, disagreements between sources, context. */
  note: LongText.optional(),
};

/** Tells whether a currency code is one the runtime's ICU data knows, when it can tell. */
function isKnownCurrency(code: string): boolean {
  const list = knownCurrencies();
  return list === undefined || list.has(code);
}

let currencyList: Set<string> | undefined | null = null;
function knownCurrencies(): Set<string> | undefined {
  // Computed on first use, never at import time; `undefined` where the runtime cannot list them.
  if (currencyList === null) {
    currencyList =
      typeof Intl.supportedValuesOf === 'function'
        ? new Set(Intl.supportedValuesOf('currency'))
        : undefined;
  }
  return currencyList;
}

/**
 * An ISO 4217 currency code in upper case (`EUR`, `USD`, `GBP`).
 *
 * @example
 * ```ts
 * import { CurrencySchema } from 'nsatu';
 *
 * CurrencySchema.safeParse('EUR').success // => true
 * CurrencySchema.safeParse('EUR/USD').success // => false
 * ```
 *
 * @category Entities
 */
export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: 'Expected an ISO 4217 currency code such as "EUR"' })
  .refine(isKnownCurrency, { error: 'Unknown ISO 4217 currency code', abort: true });

/**
 * An ISO 4217 currency code.
 *
 * @example
 * ```ts
 * import type { Currency } from 'nsatu';
 *
 * const eur: Currency = 'EUR';
 * eur // => 'EUR'
 * ```
 *
 * @category Entities
 */
export type Currency = z.infer<typeof CurrencySchema>;

/**
 * A finite number that is not negative zero; `-0` is refused because it survives arithmetic
 * silently and prints as `0`.
 *
 * @internal
 */
export const FiniteNumber = z.number().refine((n) => !Object.is(n, -0), {
  error: 'Negative zero is not allowed',
  params: { code: 'INVALID_NUMBER' },
  abort: true,
});

/**
 * An amount of money in one currency. The amount is a finite number (no NaN, no Infinity, no -0);
 * it is never negative except where a schema says so (aid corrections).
 *
 * @example
 * ```ts
 * import { MoneySchema } from 'nsatu';
 *
 * MoneySchema.parse({ amount: 2_500_000_000, currency: 'GBP' }).currency // => 'GBP'
 * MoneySchema.safeParse({ amount: -1, currency: 'EUR' }).success // => false
 * MoneySchema.safeParse({ amount: Number.NaN, currency: 'EUR' }).success // => false
 * ```
 *
 * @category Entities
 */
export const MoneySchema = z.strictObject({
  /** The amount, in whole units of the currency (euros, not cents). */
  amount: FiniteNumber.check(z.nonnegative()),
  /** ISO 4217 currency code. */
  currency: CurrencySchema,
});

/**
 * An amount of money in one ISO 4217 currency.
 *
 * @example
 * ```ts
 * import type { Money } from 'nsatu';
 *
 * const pledge: Money = { amount: 7_000_000_000, currency: 'EUR' };
 * pledge.amount // => 7000000000
 * ```
 *
 * @category Entities
 */
export type Money = z.infer<typeof MoneySchema>;

/**
 * An amount of money that may be negative: used only for corrections.
 *
 * @internal
 */
export const SignedMoneySchema = z.strictObject({
  /** The amount, in whole units of the currency; negative for a correction. */
  amount: FiniteNumber,
  /** ISO 4217 currency code. */
  currency: CurrencySchema,
});
