import * as z from 'zod';

import { AgreementSchema } from '../model/agreement.ts';
import { AidRecordSchema } from '../model/aid.ts';
import { CoalitionSchema } from '../model/coalition.ts';
import { LongText, ShortText } from '../model/common.ts';
import { PartialDateSchema } from '../model/date.ts';
import { NationSchema } from '../model/nation.ts';
import { OrganisationSchema } from '../model/organisation.ts';
import { AssignmentSchema, PersonSchema, PostSchema } from '../model/post.ts';
import { RelationshipSchema } from '../model/relationship.ts';
import { SourceSchema } from '../model/source.ts';
import { TrainingProgrammeSchema } from '../model/training.ts';
import { AmmunitionFamilySchema, WeaponSystemSchema } from '../model/weapon.ts';

/**
 * The largest table a dataset may hold: far above any real table, low enough to refuse junk early.
 *
 * @internal
 */
export const MAX_ROWS = 10_000_000;

function table<T extends z.ZodType>(schema: T) {
  // A missing table reads as empty, so a file with only organisations and relationships is a
  // dataset; the parsed result always has every table.
  return z
    .array(schema)
    .max(MAX_ROWS)
    .default(() => []);
}

/**
 * The names of a dataset's tables, in the order they are checked and serialised.
 *
 * @example
 * ```ts
 * import { DatasetTableValues } from 'nsatu';
 *
 * DatasetTableValues.includes('relationships') // => true
 * ```
 *
 * @category Dataset
 */
export const DatasetTableValues = [
  'sources',
  'nations',
  'organisations',
  'posts',
  'persons',
  'assignments',
  'relationships',
  'coalitions',
  'agreements',
  'trainingProgrammes',
  'ammunitionFamilies',
  'weaponSystems',
  'aid',
] as const;

/**
 * The name of a dataset table (see {@link DatasetTableValues}).
 *
 * @example
 * ```ts
 * import type { DatasetTable } from 'nsatu';
 *
 * const t: DatasetTable = 'aid';
 * t // => 'aid'
 * ```
 *
 * @category Dataset
 */
export type DatasetTable = (typeof DatasetTableValues)[number];

/**
 * The shape of a dataset: metadata plus one array per entity. Every table is optional on input
 * (a missing table reads as empty) and present on output.
 *
 * This schema checks shape only. {@link parseDataset} adds the integrity checks (duplicate ids,
 * unknown references, reversed intervals, cycles, two superiors at once) and freezes the result:
 * use it, not this schema, to read a dataset.
 *
 * @example
 * ```ts
 * import { DatasetSchema } from 'nsatu';
 *
 * const shape = DatasetSchema.parse({ organisations: [{ id: 'nac', name: 'North Atlantic Council', kind: 'political-body' }] });
 * shape.relationships // => []
 * ```
 *
 * @category Dataset
 */
export const DatasetSchema = z.strictObject({
  /** Title of the dataset. */
  title: ShortText.optional(),
  /** Version of the dataset (semver or a date). */
  version: ShortText.optional(),
  /** The date the dataset describes the world as of. */
  asOf: PartialDateSchema.optional(),
  /** Licence of the dataset as a whole. */
  licence: ShortText.optional(),
  /** What the dataset is. */
  description: LongText.optional(),
  /** Provenance: documents, pages and datasets that records cite. */
  sources: table(SourceSchema),
  /** States, by ISO alpha-3 code. */
  nations: table(NationSchema),
  /** Nodes of the command structure. */
  organisations: table(OrganisationSchema),
  /** Command posts. */
  posts: table(PostSchema),
  /** People who hold posts. */
  persons: table(PersonSchema),
  /** Who held which post when. */
  assignments: table(AssignmentSchema),
  /** Typed, time-bound ties between organisations. */
  relationships: table(RelationshipSchema),
  /** Capability coalitions. */
  coalitions: table(CoalitionSchema),
  /** Bilateral security agreements. */
  agreements: table(AgreementSchema),
  /** Training programmes. */
  trainingProgrammes: table(TrainingProgrammeSchema),
  /** Ammunition families. */
  ammunitionFamilies: table(AmmunitionFamilySchema),
  /** The weapon catalogue. */
  weaponSystems: table(WeaponSystemSchema),
  /** Pledges, allocations and deliveries. */
  aid: table(AidRecordSchema),
});

/**
 * A validated, deeply frozen dataset: metadata plus one array per entity. Obtain one from
 * {@link parseDataset} or {@link loadDataset}; never mutate it (it is frozen), derive a new one.
 *
 * @example
 * ```ts
 * import { loadDataset, type Dataset } from 'nsatu';
 *
 * const ds: Dataset = loadDataset({ nations: [{ id: 'UKR', name: 'Ukraine' }] });
 * ds.nations.length // => 1
 * Object.isFrozen(ds.nations[0]) // => true
 * ```
 *
 * @category Dataset
 */
export type Dataset = z.output<typeof DatasetSchema>;

/**
 * What {@link parseDataset} accepts before validation: like {@link Dataset}, but every table may be
 * omitted.
 *
 * @example
 * ```ts
 * import type { DatasetInput } from 'nsatu';
 *
 * const input: DatasetInput = { organisations: [{ id: 'nsatu', name: 'NSATU', kind: 'command' }] };
 * input.nations // => undefined
 * ```
 *
 * @category Dataset
 */
export type DatasetInput = z.input<typeof DatasetSchema>;
