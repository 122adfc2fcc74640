// csv-parse (adaltas, maintained since 2010) rather than papaparse or a hand-written splitter: it
// ships ESM and CJS builds with their own types, has a synchronous API (`csv-parse/sync`) that
// suits a pure function, and follows RFC 4180 (quoted cells with `""`, CRLF, line breaks inside
// quotes) with switches for the real-world deviations we accept. papaparse is CJS-only.
import { parse } from 'csv-parse/sync';

import { NsatuError } from '../errors.ts';

/**
 * One record of a CSV file: its cells and the physical line it starts on.
 *
 * @internal
 */
export interface CsvRow {
  /** 1-based physical line of the record's first character. */
  readonly line: number;
  /** The cells, as written (quotes removed, `""` unescaped). */
  readonly cells: readonly string[];
}

/**
 * A CSV file read into its header and data rows; rows whose cells are all blank are left out.
 *
 * @internal
 */
export interface CsvTable {
  /** The first non-blank record, or `undefined` for a file with none. */
  readonly header: CsvRow | undefined;
  /** The records after the header. */
  readonly rows: readonly CsvRow[];
}

const CR = 13;
const LF = 10;

/** Byte offsets at which each physical line starts (CRLF, LF and a lone CR each end a line). */
function lineStarts(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    if (byte === CR) {
      if (bytes[i + 1] === LF) i++;
      starts.push(i + 1);
    } else if (byte === LF) starts.push(i + 1);
  }
  return starts;
}

const BREAK = /\r\n|\r|\n/g;

/** Line breaks inside the quoted cells of a record: the only ones a record can hold. */
function breaksIn(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(BREAK)?.length ?? 0;
  }
  return count;
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads CSV text into a header and rows, each with the physical line it starts on.
 *
 * Lines are counted here, not taken from csv-parse's `info.lines`, which counts a CRLF inside a
 * quoted cell twice: from the byte offset csv-parse reports at the end of each record (`bytes`),
 * minus the line breaks inside its cells. Accepted beyond RFC 4180: a BOM, any mix of CRLF, LF and CR, rows
 * of another length than the header (reported by the caller), and a stray quote inside a cell,
 * which is kept as text.
 *
 * @param text - The CSV text.
 * @returns The header and the data rows.
 * @throws {@link nsatu!NsatuError} `INVALID_CSV` when the text is not CSV at all (a quoted cell that
 *   never closes), naming the line the unreadable record starts on.
 *
 * @internal
 */
export function readCsvTable(text: string): CsvTable {
  const bytes = new TextEncoder().encode(text);
  const starts = lineStarts(bytes);
  // The physical line holding byte `offset`, by binary search over the line starts.
  const lineOf = (offset: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  // Byte offset just past each record's line end, in record order; the last one also tells where
  // an unreadable record starts.
  const ends: number[] = [];
  let parsed: string[][];
  try {
    parsed = parse(bytes, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record, context) => {
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    // The unreadable record starts on the first non-empty line after the last one read.
    let offset = ends.at(-1) ?? 0;
    while (bytes[offset] === CR || bytes[offset] === LF) offset++;
    const line = lineOf(Math.min(offset, Math.max(bytes.length - 1, 0)));
    // csv-parse's own message names the line where it gave up (the end of the file), not this one.
    const reason =
      (error as { code?: unknown }).code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quoted cell opens here and never closes'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new NsatuError('INVALID_CSV', `Cannot read the CSV from line ${line}: ${reason}`);
  }
  const records: CsvRow[] = [];
  for (const [i, record] of parsed.entries()) {
    if (isBlank(record)) continue;
    const line = lineOf(Math.max((ends[i] as number) - 1, 0)) - breaksIn(record);
    records.push({ line, cells: record });
  }
  return { header: records[0], rows: records.slice(1) };
}
