import { dirname } from 'node:path';

import { formatIssue, parseDataset, type Dataset } from '../index.ts';
import { readCsvTable, type CsvTable } from '../import/table.ts';

/**
 * What the CLI touches of the outside world, injected so tests can run it in-process.
 *
 * @internal
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  /** Binary output (Arrow) to standard output. */
  readonly stdoutBytes: (bytes: Uint8Array) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  readonly today: () => Date;
  /** Whether each stream is a terminal: colour and binary output depend on it. */
  readonly isTTY: { readonly stdout: boolean; readonly stderr: boolean };
  /** The environment (`NO_COLOR`, `FORCE_COLOR`, `TERM`). */
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** @internal */
export const EXIT_OK = 0;
/** @internal */
export const EXIT_INVALID_DATA = 1;
/** @internal */
export const EXIT_USAGE = 2;
/**
 * A bug in nsatu, not in the input: reported in one line, never with a stack trace.
 *
 * @internal
 */
export const EXIT_INTERNAL = 70;

/**
 * Bad usage: a flag, an argument or a file that cannot be used. Exit code 2.
 *
 * @internal
 */
export class UsageError extends Error {}

/**
 * Input that was read but is not valid: every line is printed. Exit code 1.
 *
 * @internal
 */
export class DataError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines[0]);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'ERR_STRING_TOO_LONG':
      return 'too large to read';
    default:
      return code ?? (error instanceof Error ? error.message : 'cannot be read');
  }
}

/**
 * Reads a text file, without its byte order mark; a file that cannot be read is a usage error,
 * a binary file (one with NUL bytes) invalid data.
 *
 * @internal
 */
export function readText(io: CliIo, path: string): string {
  if (path === '') throw new UsageError('the file name is empty');
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${reason(error)}`);
  }
  if (text.includes('\u0000')) throw new DataError([`${path}: a binary file, not text`]);
  return text.replace(/^\uFEFF/, '');
}

/**
 * Reads and parses a JSON file.
 *
 * @internal
 */
export function readJson(io: CliIo, path: string): unknown {
  const text = readText(io, path);
  if (text.trim() === '') throw new DataError([`${path}: empty file, not JSON`]);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
}

/**
 * Reads a dataset file: every issue, each with its path, when it is not valid.
 *
 * @internal
 */
export function loadFrom(io: CliIo, path: string): Dataset {
  const result = parseDataset(readJson(io, path));
  if (!result.ok) {
    throw new DataError([
      `${path}: ${String(result.issues.length)} issue(s)`,
      ...result.issues.map(formatIssue),
    ]);
  }
  return result.dataset;
}

/**
 * Weapon names from a CSV column, or one name a line.
 *
 * @internal
 */
export function readNames(text: string, file: string, column: string | undefined): string[] {
  const looksCsv = column !== undefined || /\.csv$/i.test(file);
  if (!looksCsv) {
    return text
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  // The CSV reader of fromCsv: ragged rows and quotes inside unquoted cells (2S1 "Gvozdika") pass.
  let table: CsvTable;
  try {
    table = readCsvTable(text);
  } catch (error) {
    throw new DataError([`${file}: not a readable CSV file (${(error as Error).message})`]);
  }
  if (table.header === undefined) return [];
  const header = table.header.cells;
  const index = column === undefined ? (header.length === 1 ? 0 : -1) : header.indexOf(column);
  if (index === -1) {
    throw new UsageError(
      column === undefined
        ? `${file} has ${String(header.length)} columns: name one with --column (${header.join(', ')})`
        : `${file} has no column "${column}" (columns: ${header.join(', ')})`,
    );
  }
  return table.rows.map((row) => (row.cells[index] ?? '').trim()).filter((name) => name !== '');
}

/**
 * Writes output to a file, or to standard output for `-`; a file that cannot be written is a
 * usage error with a one-line reason.
 *
 * @internal
 */
export function writeOutput(io: CliIo, path: string, data: string): void {
  if (path === '-') {
    io.stdout(data);
    return;
  }
  writeFileOrFail(io, path, data);
}

/**
 * Writes a file; a file that cannot be written is a usage error with a one-line reason.
 *
 * @internal
 */
export function writeFileOrFail(io: CliIo, path: string, data: string | Uint8Array): void {
  if (path === '') throw new UsageError('the output file name is empty');
  try {
    io.writeFile(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    throw new UsageError(
      code === 'ENOENT'
        ? `cannot write ${path}: no directory ${dirname(path)}`
        : `cannot write ${path}: ${reason(error)}`,
    );
  }
  // A person at a terminal sees where the output went; scripts get silence.
  if (io.isTTY.stderr) io.stderr(`wrote ${path}\n`);
}
