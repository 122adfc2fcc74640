import * as z from 'zod';

import { IdSchema, PartyIdSchema, ProvenanceShape, ShortText } from './common.ts';
import { CapabilitySchema } from './capability.ts';
import { ValidityShape } from './interval.ts';

/**
 * The role of a party in a coalition: `lead` or `member`.
 *
 * @example
 * ```ts
 * import { CoalitionRoleValues } from 'nsatu';
 *
 * CoalitionRoleValues // => ['lead', 'member']
 * ```
 *
 * @category Entities
 */
export const CoalitionRoleValues = ['lead', 'member'] as const;

/**
 * A party's place in a coalition over an interval. A change of role (member, then lead) is two
 * entries with consecutive intervals.
 *
 * @example
 * ```ts
 * import { CoalitionMemberSchema } from 'nsatu';
 *
 * CoalitionMemberSchema.parse({ party: 'DEU', role: 'lead', from: '2024-01-23' }).role // => 'lead'
 * ```
 *
 * @category Entities
 */
export const CoalitionMemberSchema = z.strictObject({
  /** The nation code or organisation id of the party. */
  party: PartyIdSchema,
  /** `lead` or `member`. */
  role: z.enum(CoalitionRoleValues),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A party's place in a coalition (see {@link CoalitionMemberSchema}).
 *
 * @example
 * ```ts
 * import type { CoalitionMember } from 'nsatu';
 *
 * const m: CoalitionMember = { party: 'SWE', role: 'member' };
 * m.party // => 'SWE'
 * ```
 *
 * @category Entities
 */
export type CoalitionMember = z.infer<typeof CoalitionMemberSchema>;

/**
 * A capability coalition of the Ukraine Defense Contact Group (air force, armour, artillery, IAMD,
 * demining, IT, maritime, drones): its capability area, its leads and members over time, and the
 * body that coordinates it.
 *
 * @example
 * ```ts
 * import { CoalitionSchema } from 'nsatu';
 *
 * const armour = CoalitionSchema.parse({
 *   id: 'coalition-armour',
 *   name: 'Armour Capability Coalition',
 *   capability: 'armour',
 *   members: [
 *     { party: 'DEU', role: 'lead' },
 *     { party: 'POL', role: 'lead' },
 *   ],
 * });
 * armour.members.length // => 2
 * ```
 *
 * @category Entities
 */
export const CoalitionSchema = z.strictObject({
  /** Kebab-case id (`coalition-armour`). */
  id: IdSchema,
  /** Name as sources give it. */
  name: ShortText,
  /** Other names sources use. */
  aliases: z.array(ShortText).max(100).optional(),
  /** The capability area the coalition covers. */
  capability: CapabilitySchema,
  /** Id of the organisation that coordinates it (the UDCG, NSATU). */
  coordinatingBody: IdSchema.optional(),
  /** Leads and members, each over an interval. */
  members: z.array(CoalitionMemberSchema).max(10_000),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A capability coalition (see {@link CoalitionSchema}).
 *
 * @example
 * ```ts
 * import type { Coalition } from 'nsatu';
 *
 * const drones: Coalition = { id: 'coalition-drone', name: 'Drone Coalition', capability: 'drones', members: [{ party: 'LVA', role: 'lead' }] };
 * drones.capability // => 'drones'
 * ```
 *
 * @category Entities
 */
export type Coalition = z.infer<typeof CoalitionSchema>;
