/**
 * Which column of the file holds each field of an aid record: our field name → the file's
 * column name, matched exactly (after trimming the header). Only `donor` is required; a field not
 * mapped is left out of every record.
 *
 * @example
 * ```ts
 * import type { CsvColumns } from 'nsatu/csv';
 *
 * const kiel: CsvColumns = { donor: 'donor', item: 'item_raw', value: 'value', currency: 'currency', date: 'date' };
 * kiel.item // => 'item_raw'
 * ```
 *
 * @category Import
 */
export interface CsvColumns {
  /** The donor: a nation's name, alpha-2 or alpha-3 code, or a name in `donorAliases`. */
  readonly donor: string;
  /** The item as the source writes it; resolved into `system` / `variant` through `catalog`. */
  readonly item?: string | undefined;
  /** A whole number of items. */
  readonly quantity?: string | undefined;
  /** An amount of money, in the currency of `currency`, times `valueScale`. */
  readonly value?: string | undefined;
  /** The ISO 4217 code of `value`, in any case. */
  readonly currency?: string | undefined;
  /** The date, at any precision. */
  readonly date?: string | undefined;
  /** A kebab-case record id; an empty cell gets a generated one. */
  readonly id?: string | undefined;
  /** The stage (`committed`, `delivered`…), in any case; an empty cell takes the `stage` option. */
  readonly stage?: string | undefined;
  /** The channel (`bilateral`, `purl`…), in any case; an empty cell takes the `channel` option. */
  readonly channel?: string | undefined;
  /** Source ids to cite, separated by `;`, `,` or spaces, added to the `sources` option. */
  readonly sources?: string | undefined;
}

/**
 * The fields a CSV column can be mapped to, in the order rows are read.
 *
 * @internal
 */
export const CSV_FIELDS = [
  'donor',
  'item',
  'quantity',
  'value',
  'currency',
  'date',
  'id',
  'stage',
  'channel',
  'sources',
] as const;
