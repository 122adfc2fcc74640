/**
 * The embedded, curated and sourced NSATU dataset (`nsatu/data`).
 *
 * @packageDocumentation
 * @module nsatu/data
 */
import { loadDataset, type Dataset } from '../index.ts';
import raw from './dataset.json';

let cached: Dataset | undefined;

/**
 * Returns the embedded reference dataset: the NATO chain above NSATU, posts and who held them,
 * NATO members and UDCG participants, the capability coalitions, bilateral security agreements and
 * training programmes, each record sourced and dated. Validated and deeply frozen on the first
 * call (nothing happens at import time); later calls return the same object.
 *
 * @returns The embedded dataset.
 *
 * @example
 * ```ts
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * ds.organisations.some((o) => o.id === 'nsatu') // => true
 * defaultDataset() === ds // => true
 * ```
 *
 * @category Data
 */
export function defaultDataset(): Dataset {
  // One parse per process: the dataset is immutable, so sharing it is safe.
  cached ??= loadDataset(raw);
  return cached;
}
