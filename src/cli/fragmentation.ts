import { toCsv } from '../csv/index.ts';
import { fragmentation, type AidStage, type Dataset, type PartialDate } from '../index.ts';
import { tableToMarkdown, tableToText, type Table } from './table.ts';

/**
 * What `nsatu fragmentation` groups by.
 *
 * @internal
 */
export type FragmentationKey = 'capability' | 'ammunition' | 'category';

/**
 * Options of {@link fragmentationTable} and {@link renderFragmentation}.
 *
 * @internal
 */
export interface FragmentationTableOptions {
  readonly by: FragmentationKey;
  readonly asOf: PartialDate;
  readonly stages?: readonly AidStage[] | undefined;
}

const PER: Readonly<Record<FragmentationKey, string>> = {
  capability: 'capability',
  ammunition: 'ammunition family',
  category: 'category',
};

function rowsOf(ds: Dataset, options: FragmentationTableOptions) {
  const { by, asOf, stages } = options;
  return fragmentation(ds, { by, asOf, ...(stages === undefined ? {} : { stages }) });
}

/**
 * The fragmentation table, per capability by default: the one the report shows and
 * `nsatu fragmentation` prints.
 *
 * @internal
 */
export function fragmentationTable(ds: Dataset, options: FragmentationTableOptions): Table {
  const { by, asOf, stages } = options;
  const rows = rowsOf(ds, options).map((r) => [
    r.key,
    String(r.systems),
    String(r.ammunitionFamilies),
    String(r.donors),
    r.quantity.toLocaleString('en-GB'),
    r.effectiveTypes === null ? '-' : r.effectiveTypes.toFixed(2),
  ]);
  const only = stages === undefined ? '' : `, ${stages.join(' or ')} only`;
  return {
    title: `Weapon types sent, per ${PER[by]}, by ${asOf}${only} (effective types = 1 / HHI of quantities)`,
    columns: [by, 'systems', 'ammo families', 'donors', 'quantity', 'effective types'],
    rows,
  };
}

/**
 * Renders `nsatu fragmentation` as text, Markdown, JSON or CSV (numbers unformatted, system ids
 * separated by `; `).
 *
 * @internal
 */
export function renderFragmentation(
  ds: Dataset,
  options: FragmentationTableOptions & {
    readonly format: 'text' | 'md' | 'json' | 'csv';
    readonly spreadsheetSafe: boolean;
    readonly heading: (line: string) => string;
  },
): string {
  const { by, asOf, stages, format } = options;
  if (format === 'json') {
    const rows = rowsOf(ds, options);
    return `${JSON.stringify({ by, asOf, ...(stages === undefined ? {} : { stages }), rows }, null, 2)}\n`;
  }
  if (format === 'csv') {
    const rows = rowsOf(ds, options).map((r) => ({
      [by]: r.key,
      systems: r.systems,
      variants: r.variants,
      donors: r.donors,
      ammunitionFamilies: r.ammunitionFamilies,
      quantity: r.quantity,
      effectiveTypes: r.effectiveTypes,
      systemIds: r.systemIds.join('; '),
    }));
    return toCsv(rows, {
      columns: [
        by,
        'systems',
        'variants',
        'donors',
        'ammunitionFamilies',
        'quantity',
        'effectiveTypes',
        'systemIds',
      ],
      spreadsheetSafe: options.spreadsheetSafe,
    });
  }
  const table = fragmentationTable(ds, options);
  return format === 'md' ? tableToMarkdown(table) : tableToText(table, 80, options.heading);
}
