import * as z from 'zod';

import { IdSchema, NationCodeSchema, PartyIdSchema, ProvenanceShape, ShortText } from './common.ts';
import { CapabilitySchema } from './capability.ts';
import { PartialDateSchema } from './date.ts';
import { ValidityShape } from './interval.ts';

/**
 * A number of trainees reported at a date. Programmes report cumulative totals over time; each
 * report is kept, never overwritten.
 *
 * @example
 * ```ts
 * import { TraineeReportSchema } from 'nsatu';
 *
 * TraineeReportSchema.parse({ count: 63_000, asOf: '2024-11-08', cumulative: true }).count // => 63000
 * ```
 *
 * @category Entities
 */
export const TraineeReportSchema = z.strictObject({
  /** Number of trainees. */
  count: z.number().int().nonnegative(),
  /** Whether the count is approximate ("about 40,000", "nearly 40,000"). */
  approximate: z.boolean().optional(),
  /** Date the count refers to. */
  asOf: PartialDateSchema,
  /** `true` for a running total since the programme began; `false` for a single period's intake. */
  cumulative: z.boolean(),
  ...ProvenanceShape,
});

/**
 * A number of trainees reported at a date (see {@link TraineeReportSchema}).
 *
 * @example
 * ```ts
 * import type { TraineeReport } from 'nsatu';
 *
 * const r: TraineeReport = { count: 56_000, asOf: '2025-06-26', cumulative: true };
 * r.asOf // => '2025-06-26'
 * ```
 *
 * @category Entities
 */
export type TraineeReport = z.infer<typeof TraineeReportSchema>;

/**
 * A programme training Ukrainian personnel in allied countries (EUMAM Ukraine, Operation Interflex,
 * Operation UNIFIER, JMTG-U, the F-16 training coalition).
 *
 * @example
 * ```ts
 * import { TrainingProgrammeSchema } from 'nsatu';
 *
 * const interflex = TrainingProgrammeSchema.parse({
 *   id: 'op-interflex',
 *   name: 'Operation INTERFLEX',
 *   lead: 'GBR',
 *   hosts: ['GBR'],
 *   from: '2022-06-26',
 *   trainees: [{ count: 56_000, asOf: '2025-06-26', cumulative: true }],
 * });
 * interflex.trainees?.[0]?.count // => 56000
 * ```
 *
 * @category Entities
 */
export const TrainingProgrammeSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Name as sources give it. */
  name: ShortText,
  /** Acronym or short name. */
  shortName: ShortText.optional(),
  /** The nation or organisation that leads it. */
  lead: PartyIdSchema,
  /** Id of the organisation that runs it, when the dataset models one. */
  organisation: IdSchema.optional(),
  /** Nations where training takes place. */
  hosts: z.array(NationCodeSchema).max(100).optional(),
  /** Nations or organisations that contribute trainers. */
  partners: z.array(PartyIdSchema).max(100).optional(),
  /** The capability area it trains for, when it has one. */
  capability: CapabilitySchema.optional(),
  /** Trainee counts as reported over time. */
  trainees: z.array(TraineeReportSchema).max(1_000).optional(),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A training programme (see {@link TrainingProgrammeSchema}).
 *
 * @example
 * ```ts
 * import type { TrainingProgramme } from 'nsatu';
 *
 * const unifier: TrainingProgramme = { id: 'op-unifier', name: 'Operation UNIFIER', lead: 'CAN', from: '2015-09' };
 * unifier.lead // => 'CAN'
 * ```
 *
 * @category Entities
 */
export type TrainingProgramme = z.infer<typeof TrainingProgrammeSchema>;
