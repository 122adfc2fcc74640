import { NsatuError } from '../errors.ts';
import { type PartialDate, checkDate } from '../model/date.ts';
import {
  ChainAuthorityValues,
  OperationalAuthorityValues,
  type ChainAuthority,
} from '../model/relationship.ts';
import type { Dataset } from '../dataset/schema.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of the reporting-chain queries.
 *
 * @example
 * ```ts
 * import type { ChainOptions } from 'nsatu';
 *
 * const options: ChainOptions = { asOf: '2025-03-01', via: ['ADCON'] };
 * options.via // => ['ADCON']
 * ```
 *
 * @category Chains
 */
export interface ChainOptions {
  /**
   * The date to resolve the chain as of, at any precision (a tie counts when it is in force
   * throughout that date). Default: the dataset's `asOf`; when the dataset has none, dates are
   * ignored and every tie counts.
   */
  readonly asOf?: PartialDate | undefined;
  /**
   * The authorities to follow. Default: the operational line (`FULLCOM` … `TACON`, `reports-to`,
   * `political-control`). `['ADCON']` gives the administrative chain. Lateral ties are refused.
   */
  readonly via?: readonly ChainAuthority[] | undefined;
}

/**
 * Options after validation: a date or `undefined` (timeless), and a canonical, sorted `via`.
 *
 * @internal
 */
export interface ResolvedChainOptions {
  readonly asOf: PartialDate | undefined;
  readonly via: readonly ChainAuthority[];
  readonly key: string;
}

const CHAIN = new Set<string>(ChainAuthorityValues);

/**
 * Validates chain options against a dataset; `fn`, the public function called, names it in an error.
 *
 * @internal
 */
export function resolveChainOptions(
  fn: string,
  ds: Dataset,
  raw: ChainOptions | undefined,
): ResolvedChainOptions {
  const options = optionsOf(fn, raw);
  const given = options.asOf ?? ds.asOf;
  const asOf = given === undefined ? undefined : checkDate('asOf', given);
  const requested = options.via ?? OperationalAuthorityValues;
  if (!Array.isArray(requested) || requested.length === 0) {
    throw new NsatuError('INVALID_ARGUMENT', 'via must be a non-empty array of chain authorities');
  }
  for (const authority of requested as readonly unknown[]) {
    if (typeof authority !== 'string' || !CHAIN.has(authority)) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `via: ${JSON.stringify(authority)} is not a chain authority (lateral ties never enter a chain); use one of ${ChainAuthorityValues.join(', ')}`,
      );
    }
  }
  const via = ChainAuthorityValues.filter((a) => requested.includes(a));
  return { asOf, via, key: `${asOf ?? '*'}|${via.join(',')}` };
}
