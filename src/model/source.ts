import * as z from 'zod';

import { IdSchema, LongText, ShortText } from './common.ts';
import { PartialDateSchema } from './date.ts';

/**
 * A source of facts: a document, a page, a dataset. Records cite sources by id.
 *
 * @example
 * ```ts
 * import { SourceSchema } from 'nsatu';
 *
 * const source = SourceSchema.parse({
 *   id: 'shape-2024-07-11',
 *   title: 'NATO Security Assistance and Training for Ukraine (NSATU) is assisting Ukraine',
 *   publisher: 'SHAPE',
 *   url: 'https://shape.nato.int/news-archive/2024/nato-security-assistance-and-training-ukraine-nsatu-is-assisting-ukraine',
 *   date: '2024-07-11',
 * });
 * source.publisher // => 'SHAPE'
 * ```
 *
 * @category Entities
 */
export const SourceSchema = z.strictObject({
  /** Kebab-case id that records cite in their `sources`. */
  id: IdSchema,
  /** Title of the document or page. */
  title: ShortText,
  /** Who published it. */
  publisher: ShortText.optional(),
  /** Where it can be read (an absolute http(s) URL), or a repository path. */
  url: z.string().min(1).max(2048).optional(),
  /** When it was published, at the precision known. */
  date: PartialDateSchema.optional(),
  /** When it was last read. */
  accessed: PartialDateSchema.optional(),
  /** The licence its content is available under, when stated. */
  licence: ShortText.optional(),
  /** How to cite it, when the publisher asks for a form. */
  citation: LongText.optional(),
  /** Free text. */
  note: LongText.optional(),
});

/**
 * A source of facts (see {@link SourceSchema}).
 *
 * @example
 * ```ts
 * import type { Source } from 'nsatu';
 *
 * const kiel: Source = { id: 'kiel-ust-r29', title: 'Ukraine Support Tracker, Release 29', publisher: 'Kiel Institute for the World Economy' };
 * kiel.id // => 'kiel-ust-r29'
 * ```
 *
 * @category Entities
 */
export type Source = z.infer<typeof SourceSchema>;
