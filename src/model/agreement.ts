import * as z from 'zod';

import {
  IdSchema,
  LongText,
  MoneySchema,
  PartyIdSchema,
  ProvenanceShape,
  ShortText,
} from './common.ts';
import { PartialDateSchema } from './date.ts';
import { UntilSchema } from './interval.ts';

/**
 * An amount pledged under an agreement, for a period.
 *
 * @example
 * ```ts
 * import { PledgeSchema } from 'nsatu';
 *
 * PledgeSchema.parse({ value: { amount: 2_500_000_000, currency: 'GBP' }, period: 'FY2024/25' }).period
 * // => 'FY2024/25'
 * ```
 *
 * @category Entities
 */
export const PledgeSchema = z.strictObject({
  /** The amount, in one currency. */
  value: MoneySchema,
  /** Whether the amount is a floor (`at least`) rather than the amount itself. */
  atLeast: z.boolean().optional(),
  /** The period it covers as the source words it (`2024`, `FY2024/25`, `2024-2027`). */
  period: ShortText.optional(),
  /** What the pledge covers, in the source's words. */
  description: LongText.optional(),
});

/**
 * An amount pledged under an agreement (see {@link PledgeSchema}).
 *
 * @example
 * ```ts
 * import type { Pledge } from 'nsatu';
 *
 * const p: Pledge = { value: { amount: 3_000_000_000, currency: 'EUR' }, period: '2024' };
 * p.value.currency // => 'EUR'
 * ```
 *
 * @category Entities
 */
export type Pledge = z.infer<typeof PledgeSchema>;

/**
 * A bilateral security agreement with Ukraine, typically under the G7 Joint Declaration of Support
 * for Ukraine (Vilnius, 12 July 2023).
 *
 * @example
 * ```ts
 * import { AgreementSchema } from 'nsatu';
 *
 * const uk = AgreementSchema.parse({
 *   id: 'agreement-gbr-2024',
 *   parties: ['UKR', 'GBR'],
 *   signed: '2024-01-12',
 *   place: 'Kyiv',
 *   durationYears: 10,
 *   framework: 'g7-joint-declaration',
 *   pledges: [{ value: { amount: 2_500_000_000, currency: 'GBP' }, period: 'FY2024/25' }],
 * });
 * uk.parties // => ['UKR', 'GBR']
 * ```
 *
 * @category Entities
 */
export const AgreementSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Title as published. */
  title: ShortText.optional(),
  /** The signatories: nation codes or organisation ids (`eu`), Ukraine among them. */
  parties: z.array(PartyIdSchema).min(2).max(50),
  /** Date of signature. */
  signed: PartialDateSchema,
  /** Where it was signed. */
  place: ShortText.optional(),
  /** Term in years, when stated. */
  durationYears: z.number().int().positive().max(100).optional(),
  /** Expiry date, when stated; `'unknown'` when it lapsed on a date no source gives. */
  until: UntilSchema.optional(),
  /** The framework it implements (`g7-joint-declaration`). */
  framework: IdSchema.optional(),
  /** Amounts pledged, each in its own currency. */
  pledges: z.array(PledgeSchema).max(100).optional(),
  ...ProvenanceShape,
});

/**
 * A bilateral security agreement (see {@link AgreementSchema}).
 *
 * @example
 * ```ts
 * import type { Agreement } from 'nsatu';
 *
 * const fra: Agreement = { id: 'agreement-fra-2024', parties: ['UKR', 'FRA'], signed: '2024-02-16' };
 * fra.signed // => '2024-02-16'
 * ```
 *
 * @category Entities
 */
export type Agreement = z.infer<typeof AgreementSchema>;
