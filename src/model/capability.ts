import * as z from 'zod';

/**
 * Capability areas, the same vocabulary for coalitions, weapon systems and training programmes so
 * that aid can be rolled up to the coalition that covers it: `air-force`, `iamd` (integrated air and
 * missile defence), `armour`, `artillery` (tube and rocket), `maritime`, `drones`, `demining`, `it`,
 * `infantry` (small arms, anti-tank weapons), `logistics`, `other`.
 *
 * @example
 * ```ts
 * import { CapabilityValues } from 'nsatu';
 *
 * CapabilityValues.includes('iamd') // => true
 * ```
 *
 * @category Entities
 */
export const CapabilityValues = [
  'air-force',
  'iamd',
  'armour',
  'artillery',
  'maritime',
  'drones',
  'demining',
  'it',
  'infantry',
  'logistics',
  'other',
] as const;

/**
 * A capability area (see {@link CapabilityValues}).
 *
 * @example
 * ```ts
 * import { CapabilitySchema } from 'nsatu';
 *
 * CapabilitySchema.parse('armour') // => 'armour'
 * ```
 *
 * @category Entities
 */
export const CapabilitySchema = z.enum(CapabilityValues);

/**
 * A capability area.
 *
 * @example
 * ```ts
 * import type { Capability } from 'nsatu';
 *
 * const c: Capability = 'artillery';
 * c // => 'artillery'
 * ```
 *
 * @category Entities
 */
export type Capability = z.infer<typeof CapabilitySchema>;
