import * as z from 'zod';

import {
  FiniteNumber,
  IdSchema,
  PartyIdSchema,
  ProvenanceShape,
  ShortText,
  SignedMoneySchema,
} from './common.ts';
import { PartialDateSchema } from './date.ts';

/**
 * The stages of aid, in order: `announced`, `committed`, `allocated`, `delivered`; and
 * `cancelled`. The same equipment passes through several stages, so amounts are never summed
 * across stages.
 *
 * @example
 * ```ts
 * import { AidStageValues } from 'nsatu';
 *
 * AidStageValues // => ['announced', 'committed', 'allocated', 'delivered', 'cancelled']
 * ```
 *
 * @category Entities
 */
export const AidStageValues = [
  'announced',
  'committed',
  'allocated',
  'delivered',
  'cancelled',
] as const;

/**
 * The stage of an aid record (see {@link AidStageValues}).
 *
 * @example
 * ```ts
 * import type { AidStage } from 'nsatu';
 *
 * const s: AidStage = 'delivered';
 * s // => 'delivered'
 * ```
 *
 * @category Entities
 */
export type AidStage = (typeof AidStageValues)[number];

/**
 * The channels aid flows through: `bilateral`, `coalition`, `nsatu`, `purl` (Prioritized Ukraine
 * Requirements List), `epf` (European Peace Facility), `trust-fund` (NATO trust funds), `other`.
 *
 * @example
 * ```ts
 * import { AidChannelValues } from 'nsatu';
 *
 * AidChannelValues.includes('purl') // => true
 * ```
 *
 * @category Entities
 */
export const AidChannelValues = [
  'bilateral',
  'coalition',
  'nsatu',
  'purl',
  'epf',
  'trust-fund',
  'other',
] as const;

/**
 * The channel of an aid record (see {@link AidChannelValues}).
 *
 * @example
 * ```ts
 * import type { AidChannel } from 'nsatu';
 *
 * const c: AidChannel = 'bilateral';
 * c // => 'bilateral'
 * ```
 *
 * @category Entities
 */
export type AidChannel = (typeof AidChannelValues)[number];

/**
 * A pledge, allocation or delivery of military aid: equipment (a catalogue system, or free text the
 * catalogue could not resolve), a quantity, a value in money, or both, at one stage.
 *
 * Quantities and amounts are never negative except in a record marked `correction: true`, which
 * revises an earlier one. Keep the source's own wording in `item` even when `system` is resolved.
 *
 * @example
 * ```ts
 * import { AidRecordSchema } from 'nsatu';
 *
 * const record = AidRecordSchema.parse({
 *   id: 'pun-deu-gepard-2022-04',
 *   donor: 'DEU',
 *   system: 'gepard',
 *   item: 'Gepard',
 *   quantity: 50,
 *   stage: 'committed',
 *   date: '2022-04',
 *   channel: 'bilateral',
 * });
 * record.quantity // => 50
 * AidRecordSchema.safeParse({ ...record, quantity: -5 }).success // => false
 * AidRecordSchema.safeParse({ ...record, quantity: -5, correction: true }).success // => true
 * ```
 *
 * @category Entities
 */
export const AidRecordSchema = z
  .strictObject({
    /** Kebab-case id. */
    id: IdSchema,
    /** The donor: a nation code or an organisation id (`eu`). */
    donor: PartyIdSchema,
    /** The recipient; absent means Ukraine. */
    recipient: PartyIdSchema.optional(),
    /** Id of the catalogue weapon system, when the item is one. */
    system: IdSchema.optional(),
    /** Id of the variant of `system`, when known. */
    variant: IdSchema.optional(),
    /** The item as the source writes it. */
    item: ShortText.optional(),
    /** Number of items. */
    quantity: FiniteNumber.optional(),
    /** Value in money, in one currency. */
    value: SignedMoneySchema.optional(),
    /** The stage this record states. */
    stage: z.enum(AidStageValues),
    /** Date of this stage (announcement, commitment, allocation or delivery). */
    date: PartialDateSchema.optional(),
    /** The channel it flows through. */
    channel: z.enum(AidChannelValues).optional(),
    /** Id of the coalition it was given through, when it was. */
    coalition: IdSchema.optional(),
    /** Id of the earlier record this one advances (a delivery following its commitment). */
    supersedes: IdSchema.optional(),
    /** Marks a correction of an earlier record; only corrections may be negative. */
    correction: z.boolean().optional(),
    ...ProvenanceShape,
  })
  .superRefine((record, ctx) => {
    if (record.system === undefined && record.item === undefined && record.value === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['item'],
        message: 'An aid record names a system, an item or a value',
        params: { code: 'REQUIRED' },
      });
    }
    if (record.variant !== undefined && record.system === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['system'],
        message: 'A variant needs its system',
        params: { code: 'REQUIRED' },
      });
    }
    if (record.correction !== true) {
      if (record.quantity !== undefined && record.quantity < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['quantity'],
          message: 'A quantity is negative only in a correction (correction: true)',
          params: { code: 'NEGATIVE_AMOUNT' },
        });
      }
      if (record.value !== undefined && record.value.amount < 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['value', 'amount'],
          message: 'An amount is negative only in a correction (correction: true)',
          params: { code: 'NEGATIVE_AMOUNT' },
        });
      }
    }
  });

/**
 * A pledge, allocation or delivery of aid (see {@link AidRecordSchema}).
 *
 * @example
 * ```ts
 * import type { AidRecord } from 'nsatu';
 *
 * const allocation: AidRecord = {
 *   id: 'kiel-deu-2024-01',
 *   donor: 'DEU',
 *   value: { amount: 1_000_000, currency: 'EUR' },
 *   stage: 'allocated',
 *   date: '2024-01',
 * };
 * allocation.value?.currency // => 'EUR'
 * ```
 *
 * @category Entities
 */
export type AidRecord = z.infer<typeof AidRecordSchema>;
