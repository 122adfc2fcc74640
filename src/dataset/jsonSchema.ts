import * as z from 'zod';

import { DatasetSchema } from './schema.ts';

/**
 * Returns the JSON Schema (draft 2020-12) of the dataset interchange format, generated from the zod
 * schemas, so that tools in any language can validate a dataset file's shape. Integrity rules
 * (unique ids, known references, no cycles) are beyond JSON Schema: run {@link parseDataset} for
 * those. A fresh object on every call.
 *
 * @returns A JSON Schema document describing what {@link parseDataset} accepts.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from 'nsatu';
 *
 * const schema = datasetJsonSchema();
 * schema.$schema // => 'https://json-schema.org/draft/2020-12/schema'
 * Object.keys(schema.properties ?? {}).includes('relationships') // => true
 * ```
 *
 * @category Dataset
 */
export function datasetJsonSchema(): z.core.JSONSchema.BaseSchema {
  // `io: 'input'`: what parseDataset accepts, so tables with a default of [] are optional. No
  // `unrepresentable` fallback: a type JSON Schema cannot express throws here (and in the tests)
  // instead of silently becoming `{}`, which would accept anything.
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    ...schema,
    $id: 'https://github.com/nsatu/nsatu/dataset.schema.json',
    title: 'nsatu dataset',
    description:
      'A dataset of the nsatu library: the NSATU command structure and the aid around it. Shape only; integrity rules are checked by parseDataset.',
  };
}
