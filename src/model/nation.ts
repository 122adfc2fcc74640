import * as z from 'zod';

import { NationCodeSchema, ProvenanceShape, ShortText } from './common.ts';
import { PartialDateSchema } from './date.ts';
import { ValiditySchema } from './interval.ts';

/**
 * A state, identified by its ISO 3166-1 alpha-3 code.
 *
 * @example
 * ```ts
 * import { NationSchema } from 'nsatu';
 *
 * const sweden = NationSchema.parse({ id: 'SWE', name: 'Sweden', iso2: 'SE', natoAccession: '2024-03-07' });
 * sweden.natoAccession // => '2024-03-07'
 * ```
 *
 * @category Entities
 */
export const NationSchema = z.strictObject({
  /** ISO 3166-1 alpha-3 code, the nation's id everywhere in a dataset. */
  id: NationCodeSchema,
  /** Common English name. */
  name: ShortText,
  /** ISO 3166-1 alpha-2 code. */
  iso2: z
    .string()
    .regex(/^[A-Z]{2}$/, { error: 'Expected an ISO 3166-1 alpha-2 code such as "DE"' })
    .optional(),
  /** Date the nation joined NATO; absent for non-members. */
  natoAccession: PartialDateSchema.optional(),
  /** Participation in the Ukraine Defense Contact Group (Ramstein group); `{}` when the dates are not sourced. */
  udcg: ValiditySchema.optional(),
  ...ProvenanceShape,
});

/**
 * A state (see {@link NationSchema}).
 *
 * @example
 * ```ts
 * import type { Nation } from 'nsatu';
 *
 * const ukraine: Nation = { id: 'UKR', name: 'Ukraine', udcg: { from: '2022-04-26' } };
 * ukraine.id // => 'UKR'
 * ```
 *
 * @category Entities
 */
export type Nation = z.infer<typeof NationSchema>;
