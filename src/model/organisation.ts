import * as z from 'zod';

import { IdSchema, NationCodeSchema, ProvenanceShape, ShortText } from './common.ts';
import { ValidityShape } from './interval.ts';
import { MilitarySymbolSchema } from './symbol.ts';

/**
 * The kinds of organisation a dataset distinguishes.
 *
 * - `political-body` (North Atlantic Council), `military-body` (Military Committee),
 *   `strategic-command` (SHAPE / ACO, ACT), `command` (NSATU, US EUCOM, SAG-U),
 *   `headquarters` (JATEC), `forum` (UDCG), `coalition-body` (a capability coalition's
 *   secretariat), `training-mission`, `logistics-hub`, `representation` (NATO Representation to
 *   Ukraine), `government` (a ministry or a head of government's office),
 *   `international-organisation` (EU), `other`.
 *
 * @example
 * ```ts
 * import { OrganisationKindValues } from 'nsatu';
 *
 * OrganisationKindValues.includes('strategic-command') // => true
 * ```
 *
 * @category Entities
 */
export const OrganisationKindValues = [
  'political-body',
  'military-body',
  'strategic-command',
  'command',
  'headquarters',
  'forum',
  'coalition-body',
  'training-mission',
  'logistics-hub',
  'representation',
  'government',
  'international-organisation',
  'other',
] as const;

/**
 * The kind of an organisation (see {@link OrganisationKindValues}).
 *
 * @example
 * ```ts
 * import { OrganisationKindSchema } from 'nsatu';
 *
 * OrganisationKindSchema.safeParse('command').success // => true
 * ```
 *
 * @category Entities
 */
export const OrganisationKindSchema = z.enum(OrganisationKindValues);

/**
 * The kind of an organisation.
 *
 * @example
 * ```ts
 * import type { OrganisationKind } from 'nsatu';
 *
 * const kind: OrganisationKind = 'forum';
 * kind // => 'forum'
 * ```
 *
 * @category Entities
 */
export type OrganisationKind = z.infer<typeof OrganisationKindSchema>;

/**
 * A place: a name, optionally its country and coordinates.
 *
 * @example
 * ```ts
 * import { LocationSchema } from 'nsatu';
 *
 * LocationSchema.parse({ name: 'Lucius D. Clay Kaserne, Wiesbaden', country: 'DEU' }).country // => 'DEU'
 * ```
 *
 * @category Entities
 */
export const LocationSchema = z.strictObject({
  /** The place as sources name it. */
  name: ShortText,
  /** The country it lies in. */
  country: NationCodeSchema.optional(),
  /** Latitude in decimal degrees (WGS 84). */
  lat: z.number().min(-90).max(90).optional(),
  /** Longitude in decimal degrees (WGS 84). */
  lon: z.number().min(-180).max(180).optional(),
});

/**
 * A place (see {@link LocationSchema}).
 *
 * @example
 * ```ts
 * import type { Location } from 'nsatu';
 *
 * const mons: Location = { name: 'Mons', country: 'BEL' };
 * mons.name // => 'Mons'
 * ```
 *
 * @category Entities
 */
export type Location = z.infer<typeof LocationSchema>;

/**
 * Any node of the command structure: the NAC, the Military Committee, SHAPE, NSATU, US EUCOM,
 * SAG-U, the UDCG, JATEC, a coalition body, a training mission, a logistics hub. `from` and `until`
 * are the dates it was established and disestablished; `symbol` is how a military chart draws it.
 *
 * @example
 * ```ts
 * import { OrganisationSchema } from 'nsatu';
 *
 * const nsatu = OrganisationSchema.parse({
 *   id: 'nsatu',
 *   name: 'NATO Security Assistance and Training for Ukraine',
 *   shortName: 'NSATU',
 *   kind: 'command',
 *   location: { name: 'Lucius D. Clay Kaserne, Wiesbaden', country: 'DEU' },
 *   from: '2024-12',
 * });
 * nsatu.shortName // => 'NSATU'
 * ```
 *
 * @category Entities
 */
export const OrganisationSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Full name. */
  name: ShortText,
  /** Acronym or short name (`NSATU`, `SHAPE`). */
  shortName: ShortText.optional(),
  /** Other names sources use. */
  aliases: z.array(ShortText).max(100).optional(),
  /** What kind of body it is. */
  kind: OrganisationKindSchema,
  /** The nation(s) it belongs to; absent for multinational bodies such as NATO's. */
  nations: z.array(NationCodeSchema).max(100).optional(),
  /** Where it sits. */
  location: LocationSchema.optional(),
  /**
   * How APP-6 / MIL-STD-2525 draws it (see {@link MilitarySymbolSchema}; {@link nsatu!toSidc} gives its
   * code). A modelling statement, not a sourced fact: its own `confidence` and `note` say what it
   * rests on. Absent when not modelled.
   */
  symbol: MilitarySymbolSchema.optional(),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A node of the command structure (see {@link OrganisationSchema}).
 *
 * @example
 * ```ts
 * import type { Organisation } from 'nsatu';
 *
 * const udcg: Organisation = { id: 'udcg', name: 'Ukraine Defense Contact Group', kind: 'forum', from: '2022-04-26' };
 * udcg.kind // => 'forum'
 * ```
 *
 * @category Entities
 */
export type Organisation = z.infer<typeof OrganisationSchema>;
