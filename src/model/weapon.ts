import * as z from 'zod';

import { IdSchema, LongText, NationCodeSchema, ProvenanceShape, ShortText } from './common.ts';
import { CapabilitySchema } from './capability.ts';

/**
 * An ammunition family: rounds that are interchangeable across the systems that fire them
 * (`155mm-nato`, `152mm-soviet`, `120mm-smoothbore`, `120mm-rifled`). Each family Ukraine has to
 * stock is one more supply line.
 *
 * @example
 * ```ts
 * import { AmmunitionFamilySchema } from 'nsatu';
 *
 * AmmunitionFamilySchema.parse({ id: '155mm-nato', name: '155 mm NATO', calibreMm: 155 }).calibreMm // => 155
 * ```
 *
 * @category Entities
 */
export const AmmunitionFamilySchema = z.strictObject({
  /** Kebab-case id (`155mm-nato`). */
  id: IdSchema,
  /** Name. */
  name: ShortText,
  /** Calibre in millimetres, where one calibre defines the family. */
  calibreMm: z.number().positive().max(2_000).optional(),
  /** What sets it apart (`rifled, not compatible with NATO smoothbore rounds`). */
  description: LongText.optional(),
  ...ProvenanceShape,
});

/**
 * An ammunition family (see {@link AmmunitionFamilySchema}).
 *
 * @example
 * ```ts
 * import type { AmmunitionFamily } from 'nsatu';
 *
 * const soviet: AmmunitionFamily = { id: '152mm-soviet', name: '152 mm Soviet' };
 * soviet.id // => '152mm-soviet'
 * ```
 *
 * @category Entities
 */
export type AmmunitionFamily = z.infer<typeof AmmunitionFamilySchema>;

/**
 * Weapon categories: what kind of equipment a system is.
 *
 * @example
 * ```ts
 * import { WeaponCategoryValues } from 'nsatu';
 *
 * WeaponCategoryValues.includes('sp-artillery') // => true
 * ```
 *
 * @category Entities
 */
export const WeaponCategoryValues = [
  'tank',
  'ifv',
  'apc',
  'armoured-vehicle',
  'sp-artillery',
  'towed-artillery',
  'mortar',
  'mlrs',
  'sam',
  'spaag',
  'manpads',
  'combat-aircraft',
  'helicopter',
  'cruise-missile',
  'ballistic-missile',
  'anti-tank-weapon',
  'anti-ship-missile',
  'drone',
  'vessel',
  'other',
] as const;

/**
 * A weapon category (see {@link WeaponCategoryValues}).
 *
 * @example
 * ```ts
 * import { WeaponCategorySchema } from 'nsatu';
 *
 * WeaponCategorySchema.safeParse('mlrs').success // => true
 * ```
 *
 * @category Entities
 */
export const WeaponCategorySchema = z.enum(WeaponCategoryValues);

/**
 * A weapon category.
 *
 * @example
 * ```ts
 * import type { WeaponCategory } from 'nsatu';
 *
 * const c: WeaponCategory = 'tank';
 * c // => 'tank'
 * ```
 *
 * @category Entities
 */
export type WeaponCategory = z.infer<typeof WeaponCategorySchema>;

/** Names a system or variant is written under. */
const NamesShape = {
  /** Other spellings, nicknames and translations (`Cheetah` for Gepard). */
  aliases: z.array(ShortText).max(200).optional(),
  /** Official designations (`MIM-104`). */
  designations: z.array(ShortText).max(50).optional(),
  /** Names in the maker's language (`Panzerhaubitze 2000`, `Stridsvagn 122`). */
  nativeNames: z.array(ShortText).max(50).optional(),
};

/**
 * A variant of a weapon system (Leopard 2A6, Strv 122; PAC-2, PAC-3). Variant ids are unique across
 * the whole catalogue.
 *
 * @example
 * ```ts
 * import { WeaponVariantSchema } from 'nsatu';
 *
 * WeaponVariantSchema.parse({ id: 'strv-122', name: 'Stridsvagn 122', nativeNames: ['Stridsvagn 122'], origin: ['SWE'] }).id
 * // => 'strv-122'
 * ```
 *
 * @category Entities
 */
export const WeaponVariantSchema = z.strictObject({
  /** Kebab-case id, unique across the catalogue. */
  id: IdSchema,
  /** Canonical name. */
  name: ShortText,
  ...NamesShape,
  /** Ammunition families, where they differ from the system's. */
  ammunition: z.array(IdSchema).max(50).optional(),
  /** Nations that produce the variant, where they differ from the system's. */
  origin: z.array(NationCodeSchema).max(20).optional(),
  ...ProvenanceShape,
});

/**
 * A variant of a weapon system (see {@link WeaponVariantSchema}).
 *
 * @example
 * ```ts
 * import type { WeaponVariant } from 'nsatu';
 *
 * const v: WeaponVariant = { id: 'leopard-2a6', name: 'Leopard 2A6' };
 * v.name // => 'Leopard 2A6'
 * ```
 *
 * @category Entities
 */
export type WeaponVariant = z.infer<typeof WeaponVariantSchema>;

/**
 * A catalogue entry at system level: a design family that shares main armament, ammunition and
 * most logistics (Leopard 2, M109, M270 with MARS II and LRU, Patriot), with its variants and the
 * names it is written under.
 *
 * @example
 * ```ts
 * import { WeaponSystemSchema } from 'nsatu';
 *
 * const pzh = WeaponSystemSchema.parse({
 *   id: 'pzh-2000',
 *   name: 'PzH 2000',
 *   category: 'sp-artillery',
 *   capability: 'artillery',
 *   ammunition: ['155mm-nato'],
 *   origin: ['DEU'],
 *   nativeNames: ['Panzerhaubitze 2000'],
 * });
 * pzh.ammunition // => ['155mm-nato']
 * ```
 *
 * @category Entities
 */
export const WeaponSystemSchema = z.strictObject({
  /** Kebab-case canonical id. */
  id: IdSchema,
  /** Canonical name. */
  name: ShortText,
  ...NamesShape,
  /** What kind of equipment it is. */
  category: WeaponCategorySchema,
  /** The capability area it serves. */
  capability: CapabilitySchema,
  /** Ids of the ammunition families its main armament fires. */
  ammunition: z.array(IdSchema).max(50).optional(),
  /** Nations that designed or produce it (ISO alpha-3; `SUN` for the Soviet Union). */
  origin: z.array(NationCodeSchema).max(20).optional(),
  /** Its variants. */
  variants: z.array(WeaponVariantSchema).max(500).optional(),
  ...ProvenanceShape,
});

/**
 * A weapon system with its variants (see {@link WeaponSystemSchema}).
 *
 * @example
 * ```ts
 * import type { WeaponSystem } from 'nsatu';
 *
 * const dana: WeaponSystem = { id: 'dana', name: 'ShKH vz. 77 DANA', category: 'sp-artillery', capability: 'artillery', ammunition: ['152mm-soviet'] };
 * dana.ammunition // => ['152mm-soviet']
 * ```
 *
 * @category Entities
 */
export type WeaponSystem = z.infer<typeof WeaponSystemSchema>;
