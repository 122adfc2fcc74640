import * as z from 'zod';

import { IdSchema, NationCodeSchema, ProvenanceShape, ShortText } from './common.ts';
import { ValidityShape } from './interval.ts';

/**
 * A command post (Commander NSATU, SACEUR) in an organisation. Who held it when lives in
 * {@link AssignmentSchema | assignments}.
 *
 * @example
 * ```ts
 * import { PostSchema } from 'nsatu';
 *
 * PostSchema.parse({ id: 'saceur', name: 'Supreme Allied Commander Europe', shortName: 'SACEUR', organisation: 'shape' }).organisation
 * // => 'shape'
 * ```
 *
 * @category Entities
 */
export const PostSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Full title of the post. */
  name: ShortText,
  /** Short title (`SACEUR`). */
  shortName: ShortText.optional(),
  /** Id of the organisation the post heads or belongs to. */
  organisation: IdSchema,
  /**
   * How many people may hold the post at once: absent means one; more for co-chairs (the UDCG has
   * been chaired by the UK and Germany together). Two holders of a one-holder post at one time are
   * an integrity error unless one is marked `acting`.
   */
  maxHolders: z.number().int().positive().max(100).optional(),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A command post (see {@link PostSchema}).
 *
 * @example
 * ```ts
 * import type { Post } from 'nsatu';
 *
 * const post: Post = { id: 'commander-nsatu', name: 'Commander NSATU', organisation: 'nsatu' };
 * post.organisation // => 'nsatu'
 * ```
 *
 * @category Entities
 */
export type Post = z.infer<typeof PostSchema>;

/**
 * A person who holds or held a post.
 *
 * @example
 * ```ts
 * import { PersonSchema } from 'nsatu';
 *
 * PersonSchema.parse({ id: 'curtis-buzzard', name: 'Curtis A. Buzzard', nation: 'USA', service: 'US Army' }).service
 * // => 'US Army'
 * ```
 *
 * @category Entities
 */
export const PersonSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Name as sources give it. */
  name: ShortText,
  /** Nationality. */
  nation: NationCodeSchema.optional(),
  /** Armed service (`US Army`, `USAF`, `Bundeswehr`). */
  service: ShortText.optional(),
  ...ProvenanceShape,
});

/**
 * A person (see {@link PersonSchema}).
 *
 * @example
 * ```ts
 * import type { Person } from 'nsatu';
 *
 * const person: Person = { id: 'alexus-grynkewich', name: 'Alexus G. Grynkewich', service: 'US Air Force' };
 * person.id // => 'alexus-grynkewich'
 * ```
 *
 * @category Entities
 */
export type Person = z.infer<typeof PersonSchema>;

/**
 * A person holding a post over an interval, with the rank held then. One person may hold two posts
 * at once (dual-hatting: SACEUR and Commander US EUCOM); one post has at most one holder at a time
 * unless the holding is marked `acting`.
 *
 * @example
 * ```ts
 * import { AssignmentSchema } from 'nsatu';
 *
 * AssignmentSchema.parse({
 *   id: 'saceur-grynkewich',
 *   post: 'saceur',
 *   person: 'alexus-grynkewich',
 *   rank: 'General',
 *   from: '2025-07-04',
 * }).from // => '2025-07-04'
 * ```
 *
 * @category Entities
 */
export const AssignmentSchema = z.strictObject({
  /** Kebab-case id of this tenure. */
  id: IdSchema,
  /** Id of the post. */
  post: IdSchema,
  /** Id of the person. */
  person: IdSchema,
  /** Rank held during the tenure. */
  rank: ShortText.optional(),
  /** An acting or interim holder, who may overlap the substantive one. */
  acting: z.boolean().optional(),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A person holding a post over an interval (see {@link AssignmentSchema}).
 *
 * @example
 * ```ts
 * import type { Assignment } from 'nsatu';
 *
 * const tenure: Assignment = { id: 'saceur-cavoli', post: 'saceur', person: 'christopher-cavoli', from: '2022-07-04', until: '2025-07-04' };
 * tenure.person // => 'christopher-cavoli'
 * ```
 *
 * @category Entities
 */
export type Assignment = z.infer<typeof AssignmentSchema>;
