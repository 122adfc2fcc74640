/**
 * CSV in and out (`nsatu/csv`): `fromCsv` reads aid records from a spreadsheet export with a
 * column mapping, `toCsv` writes any rows. A separate entry so the core stays small: the CSV
 * parser and writer (csv-parse, csv-stringify) load only for code that imports this entry.
 *
 * @packageDocumentation
 * @module nsatu/csv
 */

// Import
export { fromCsv } from '../import/csv.ts';
export type { FromCsvOptions, FromCsvResult } from '../import/csv.ts';
export type { CsvColumns } from '../import/columns.ts';
export type { CsvNation } from '../import/donors.ts';
export { CsvProblemCodeValues } from '../import/problems.ts';
export type { CsvProblem, CsvProblemCode } from '../import/problems.ts';

// Export
export { toCsv } from '../export/csv.ts';
export type { ToCsvOptions } from '../export/csv.ts';
