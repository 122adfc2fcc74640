import { NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import {
  AidChannelValues,
  AidStageValues,
  type AidChannel,
  type AidRecord,
  type AidStage,
} from '../model/aid.ts';
import { CurrencySchema, IdSchema } from '../model/common.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { createWeaponResolver } from '../weapons/resolver.ts';
import { CSV_FIELDS, type CsvColumns } from './columns.ts';
import { createDonorLookup, type CsvNation } from './donors.ts';
import type { CsvProblem } from './problems.ts';
import { readRow, type RowContext } from './row.ts';
import { readCsvTable } from './table.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link fromCsv}.
 *
 * @example
 * ```ts
 * import type { FromCsvOptions } from 'nsatu/csv';
 *
 * const options: FromCsvOptions = {
 *   columns: { donor: 'donor', value: 'eur_bn', currency: 'currency', date: 'month' },
 *   stage: 'allocated',
 *   valueScale: 1e9,
 *   idPrefix: 'kiel',
 *   donorAliases: { 'EU (Commission and Council)': 'eu' },
 * };
 * options.stage // => 'allocated'
 * ```
 *
 * @category Import
 */
export interface FromCsvOptions {
  /** Which column holds which field. */
  readonly columns: CsvColumns;
  /** The stage of every record (or of rows whose stage cell is empty). Required without a stage column. */
  readonly stage?: AidStage | undefined;
  /** The channel of every record whose channel cell is empty or unmapped. */
  readonly channel?: AidChannel | undefined;
  /** The currency of values whose currency cell is empty or unmapped. */
  readonly currency?: string | undefined;
  /** A dataset or its `weaponSystems`: item names are resolved with {@link nsatu!createWeaponResolver}. */
  readonly catalog?: Dataset | readonly WeaponSystem[] | undefined;
  /**
   * Nations donors may name, by alpha-3 code, name or alpha-2 code in any case (a dataset's
   * `nations` fit). When given, a three-letter code not among them is an unknown donor; when
   * absent, any three-letter code is taken as alpha-3.
   */
  readonly nations?: readonly CsvNation[] | undefined;
  /**
   * Donor names to map to a nation code or an organisation id, tried first
   * (`{ 'EU (Commission and Council)': 'eu' }`); keys match in any case and spacing.
   */
  readonly donorAliases?: Readonly<Record<string, string>> | undefined;
  /** Prefix of generated ids, `${idPrefix}-${line}`: stable for a given file. Default `'csv'`. */
  readonly idPrefix?: string | undefined;
  /** Source ids cited by every record. */
  readonly sources?: readonly string[] | undefined;
  /** Factor applied to every value (`1e9` when the file gives billions). Default 1. */
  readonly valueScale?: number | undefined;
}

/**
 * What {@link fromCsv} read: the records, and every problem met on the way.
 *
 * @example
 * ```ts
 * import type { FromCsvResult } from 'nsatu/csv';
 *
 * const empty: FromCsvResult = { records: [], problems: [], rows: 0 };
 * empty.rows // => 0
 * ```
 *
 * @category Import
 */
export interface FromCsvResult {
  /** One aid record per row that could be read, in file order; each passes `AidRecordSchema`. */
  readonly records: AidRecord[];
  /** Every problem, in file order: errors (the row gave no record) and warnings (it did). */
  readonly problems: CsvProblem[];
  /** The number of data rows (after the header; blank rows are not counted). */
  readonly rows: number;
}

function invalid(message: string): NsatuError {
  return new NsatuError('INVALID_ARGUMENT', message);
}

function checkColumns(columns: unknown): CsvColumns {
  if (typeof columns !== 'object' || columns === null) {
    throw invalid('fromCsv needs options.columns, mapping fields to column names');
  }
  for (const [field, name] of Object.entries(columns)) {
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      throw invalid(`columns.${field} is not a field; map one of ${CSV_FIELDS.join(', ')}`);
    }
    if (name !== undefined && (typeof name !== 'string' || name.trim() === '')) {
      throw invalid(`columns.${field} must be a column name, not ${JSON.stringify(name)}`);
    }
  }
  if ((columns as Partial<CsvColumns>).donor === undefined) {
    throw invalid('columns.donor is required: every aid record has a donor');
  }
  return columns as CsvColumns;
}

/** Checks the options once, before any row is read, and builds the lookups rows share. */
function prepare(raw: FromCsvOptions): Omit<RowContext, 'index' | 'width' | 'seen'> {
  if ((raw as FromCsvOptions | undefined) === undefined) {
    throw invalid('fromCsv needs an options object');
  }
  const options = optionsOf('fromCsv', raw) as FromCsvOptions;
  const columns = checkColumns(options.columns);
  const { stage, channel, currency, sources = [], idPrefix = 'csv', valueScale = 1 } = options;
  if (stage !== undefined && !AidStageValues.includes(stage)) {
    throw invalid(
      `stage must be one of ${AidStageValues.join(', ')}, not ${JSON.stringify(stage)}`,
    );
  }
  if (stage === undefined && columns.stage === undefined) {
    throw invalid('Give a stage: options.stage, or a stage column in options.columns');
  }
  if (channel !== undefined && !AidChannelValues.includes(channel)) {
    throw invalid(
      `channel must be one of ${AidChannelValues.join(', ')}, not ${JSON.stringify(channel)}`,
    );
  }
  if (currency !== undefined && !CurrencySchema.safeParse(currency).success) {
    throw invalid(
      `currency must be an ISO 4217 code such as "EUR", not ${JSON.stringify(currency)}`,
    );
  }
  if (columns.value !== undefined && columns.currency === undefined && currency === undefined) {
    throw invalid('Values need a currency: map columns.currency or give options.currency');
  }
  if (!IdSchema.safeParse(idPrefix).success || idPrefix.length > 100) {
    throw invalid(`idPrefix must be a short kebab-case id, not ${JSON.stringify(idPrefix)}`);
  }
  for (const source of sources) {
    if (!IdSchema.safeParse(source).success) {
      throw invalid(`sources must be kebab-case ids, not ${JSON.stringify(source)}`);
    }
  }
  if (typeof valueScale !== 'number' || !Number.isFinite(valueScale) || valueScale <= 0) {
    throw invalid(`valueScale must be a positive number, not ${String(valueScale)}`);
  }
  return {
    columns,
    stage,
    channel,
    currency,
    sources,
    idPrefix,
    valueScale,
    donor: createDonorLookup(options),
    weapon: options.catalog === undefined ? undefined : createWeaponResolver(options.catalog),
  };
}

/**
 * Reads aid records from CSV text, mapping the file's columns to record fields, and reports every
 * row it could not read with its line number.
 *
 * Each row becomes one {@link nsatu!AidRecord} that passes {@link nsatu!AidRecordSchema}, or none:
 *
 * - **Donors** are matched in any case and without diacritics against `donorAliases`, then the
 *   `nations` (alpha-3 codes, names, alpha-2 codes: `CZE`, `Czechia`, `cz`), then a small built-in
 *   table of names ISO short names do not cover: `UK`, `Great Britain`, `Britain`, `United
 *   Kingdom` (GBR); `US`, `USA`, `United States (of America)` (USA); `Czech Republic`; `Turkey`,
 *   `Türkiye`; `Netherlands`, `Holland`; `South Korea`, `Republic of Korea`; `(North) Macedonia`;
 *   `Moldova`; `Kosovo` (XKX); `EU`, `European Union` (the organisation id `eu`).
 * - **Items** are kept as written in `item`; with a `catalog`, a resolved name adds `system` (and
 *   `variant`); an unknown or ambiguous name keeps the record and adds a warning.
 * - **Dates** at any precision: `2024`, `2024-07`, `2024-07-10`; also `2024/07/10` and
 *   `10.07.2024`; never `10/07/2024`, whose day and month order is ambiguous.
 * - **Numbers** use `.` as the decimal point. Quantities are whole; thousands may be grouped by
 *   `,`, a space, `'` or `_` in groups of exactly three digits (`1,000`); `1,5`, `1.000,5` and a
 *   decimal point in a quantity are refused, never guessed. Values are multiplied by
 *   `valueScale` and rounded to 15 significant digits, which removes the binary noise of the
 *   multiplication (`0.002645 × 1e9` is 2645000, not 2645000.0000000005).
 * - **Ids** come from the `id` column or are `${idPrefix}-${line}`, so re-importing the same file
 *   gives the same ids.
 *
 * The text may start with a BOM and mix CRLF, LF and CR line ends; quoted cells may hold commas,
 * `""` and line breaks; a stray quote inside a cell is kept as text; cells such as `=cmd|…` are
 * plain text (nothing is evaluated). Blank rows are skipped. A row with fewer cells than the header
 * is an error (its cells may have shifted); one with more, all empty, a warning.
 *
 * @param text - The CSV text, header first.
 * @param options - The column mapping, the stage, and the lookups for donors and items.
 * @returns The records read and the problems met, each with its 1-based line; a mapped column
 *   missing from the header is one `MISSING_COLUMN` problem naming it, and then no row is read.
 * @throws {@link nsatu!NsatuError} `INVALID_CSV` when the text is not CSV at all (a quoted cell that
 *   never closes), naming the line; `INVALID_ARGUMENT` for options out of their domain.
 *
 * @example
 * ```ts
 * import { fromCsv } from 'nsatu/csv';
 *
 * const csv = [
 *   'donor,item,qty,date',
 *   'Czech Republic,PzH 2000,"1,000",2024-07',
 *   'UK,Wolfram,3,2024',
 *   'Atlantis,PzH 2000,5,10/07/2024',
 * ].join('\n');
 * const { records, problems } = fromCsv(csv, {
 *   columns: { donor: 'donor', item: 'item', quantity: 'qty', date: 'date' },
 *   stage: 'committed',
 *   catalog: [{ id: 'pzh-2000', name: 'PzH 2000', category: 'sp-artillery', capability: 'artillery' }],
 *   idPrefix: 'demo',
 * });
 * records[0]
 * // => { id: 'demo-2', donor: 'CZE', system: 'pzh-2000', item: 'PzH 2000', quantity: 1000, stage: 'committed', date: '2024-07' }
 * records[1]?.system // => undefined
 * problems.map((p) => `${p.line} ${p.code} ${p.severity}`)
 * // => ['3 UNRESOLVED_WEAPON warning', '4 UNKNOWN_DONOR error', '4 INVALID_DATE error']
 * ```
 *
 * @category Import
 */
export function fromCsv(text: string, options: FromCsvOptions): FromCsvResult {
  if (typeof text !== 'string') throw invalid('fromCsv reads a string of CSV text');
  const context = prepare(options);
  const table = readCsvTable(text);
  const problems: CsvProblem[] = [];
  const records: AidRecord[] = [];
  const { header, rows } = table;
  if (header === undefined) {
    problems.push({
      line: 1,
      code: 'EMPTY_FILE',
      severity: 'error',
      message: 'The file has no header row',
    });
    return { records, problems, rows: 0 };
  }
  const names = header.cells.map((cell) => cell.trim());
  const index = new Map<keyof CsvColumns, number>();
  for (const field of CSV_FIELDS) {
    const column = context.columns[field];
    if (column === undefined) continue;
    const at = names.indexOf(column);
    if (at === -1) {
      problems.push({
        line: header.line,
        column,
        code: 'MISSING_COLUMN',
        severity: 'error',
        message: `The header has no column "${column}" (mapped to ${field})`,
      });
    } else if (names.includes(column, at + 1)) {
      problems.push({
        line: header.line,
        column,
        code: 'DUPLICATE_COLUMN',
        severity: 'error',
        message: `The header has two columns "${column}" (mapped to ${field})`,
      });
    } else index.set(field, at);
  }
  if (problems.length > 0) return { records, problems, rows: rows.length };
  const row = { ...context, index, width: names.length, seen: new Set<string>() };
  for (const each of rows) {
    const record = readRow(each, row, problems);
    if (record !== undefined) records.push(record);
  }
  return { records, problems, rows: rows.length };
}
