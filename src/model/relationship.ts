import * as z from 'zod';

import { IdSchema, ProvenanceShape } from './common.ts';
import { ValidityShape } from './interval.ts';

/**
 * The NATO command authorities, widest to narrowest: full command, operational command,
 * operational control, tactical command, tactical control.
 *
 * @example
 * ```ts
 * import { CommandAuthorityValues } from 'nsatu';
 *
 * CommandAuthorityValues // => ['FULLCOM', 'OPCOM', 'OPCON', 'TACOM', 'TACON']
 * ```
 *
 * @category Entities
 */
export const CommandAuthorityValues = ['FULLCOM', 'OPCOM', 'OPCON', 'TACOM', 'TACON'] as const;

/**
 * The authorities a reporting chain follows by default: the command authorities plus `reports-to`
 * and `political-control` (the operational line).
 *
 * @example
 * ```ts
 * import { OperationalAuthorityValues } from 'nsatu';
 *
 * OperationalAuthorityValues.includes('political-control'); // => true
 * (OperationalAuthorityValues as readonly string[]).includes('ADCON') // => false
 * ```
 *
 * @category Entities
 */
export const OperationalAuthorityValues = [
  ...CommandAuthorityValues,
  'reports-to',
  'political-control',
] as const;

/**
 * Every authority that forms a reporting chain: the operational line plus administrative
 * (`ADCON`) and logistic (`LOGCON`) control, which give the same unit parallel chains.
 *
 * @example
 * ```ts
 * import { ChainAuthorityValues } from 'nsatu';
 *
 * ChainAuthorityValues.length // => 9
 * ```
 *
 * @category Entities
 */
export const ChainAuthorityValues = [...OperationalAuthorityValues, 'ADCON', 'LOGCON'] as const;

/**
 * Lateral ties: they relate two bodies but never enter a reporting chain.
 *
 * @example
 * ```ts
 * import { LateralAuthorityValues } from 'nsatu';
 *
 * LateralAuthorityValues // => ['coordinating-authority', 'supports', 'liaison', 'coordinates-with']
 * ```
 *
 * @category Entities
 */
export const LateralAuthorityValues = [
  'coordinating-authority',
  'supports',
  'liaison',
  'coordinates-with',
] as const;

/**
 * Every kind of tie between two organisations.
 *
 * @example
 * ```ts
 * import { AuthorityValues } from 'nsatu';
 *
 * AuthorityValues.length // => 13
 * ```
 *
 * @category Entities
 */
export const AuthorityValues = [...ChainAuthorityValues, ...LateralAuthorityValues] as const;

/**
 * The kind of a tie (see {@link AuthorityValues}).
 *
 * @example
 * ```ts
 * import { AuthoritySchema } from 'nsatu';
 *
 * AuthoritySchema.safeParse('OPCON').success // => true
 * AuthoritySchema.safeParse('opcon').success // => false
 * ```
 *
 * @category Entities
 */
export const AuthoritySchema = z.enum(AuthorityValues);

/**
 * The kind of a tie between two organisations.
 *
 * @example
 * ```ts
 * import type { Authority } from 'nsatu';
 *
 * const a: Authority = 'ADCON';
 * a // => 'ADCON'
 * ```
 *
 * @category Entities
 */
export type Authority = z.infer<typeof AuthoritySchema>;

/**
 * An authority that forms reporting chains (see {@link ChainAuthorityValues}).
 *
 * @example
 * ```ts
 * import type { ChainAuthority } from 'nsatu';
 *
 * const via: ChainAuthority[] = ['ADCON'];
 * via // => ['ADCON']
 * ```
 *
 * @category Entities
 */
export type ChainAuthority = (typeof ChainAuthorityValues)[number];

/**
 * Tells whether an authority is lateral (never part of a reporting chain).
 *
 * @param authority - Any authority.
 * @returns `true` for `coordinating-authority`, `supports`, `liaison` and `coordinates-with`.
 *
 * @example
 * ```ts
 * import { isLateralAuthority } from 'nsatu';
 *
 * isLateralAuthority('coordinates-with') // => true
 * isLateralAuthority('OPCON') // => false
 * ```
 *
 * @category Entities
 */
export function isLateralAuthority(
  authority: Authority,
): authority is (typeof LateralAuthorityValues)[number] {
  return (LateralAuthorityValues as readonly string[]).includes(authority);
}

/**
 * A directed tie from a subordinate organisation to a superior one, typed by authority and valid
 * over an interval. For lateral ties the direction is only the order the source states them in.
 *
 * @example
 * ```ts
 * import { RelationshipSchema } from 'nsatu';
 *
 * RelationshipSchema.parse({
 *   id: 'nsatu-shape',
 *   subordinate: 'nsatu',
 *   superior: 'shape',
 *   authority: 'reports-to',
 *   capacity: 'saceur',
 *   from: '2024-12',
 * }).capacity // => 'saceur'
 * ```
 *
 * @category Entities
 */
export const RelationshipSchema = z.strictObject({
  /** Kebab-case id. */
  id: IdSchema,
  /** Id of the subordinate organisation. */
  subordinate: IdSchema,
  /** Id of the superior organisation. */
  superior: IdSchema,
  /** The kind of tie. */
  authority: AuthoritySchema,
  /**
   * Id of the post in whose capacity the superior exercises the authority, where a holder wears two
   * hats: NSATU answers to SACEUR (`saceur`) in his NATO role, not as Commander US EUCOM.
   */
  capacity: IdSchema.optional(),
  ...ValidityShape,
  ...ProvenanceShape,
});

/**
 * A directed, typed, time-bound tie between two organisations (see {@link RelationshipSchema}).
 *
 * @example
 * ```ts
 * import type { Relationship } from 'nsatu';
 *
 * const tie: Relationship = { id: 'shape-mc', subordinate: 'shape', superior: 'military-committee', authority: 'reports-to' };
 * tie.authority // => 'reports-to'
 * ```
 *
 * @category Entities
 */
export type Relationship = z.infer<typeof RelationshipSchema>;
