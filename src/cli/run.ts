import { parseArgs } from 'node:util';

import { parse as parseCsv } from 'csv-parse/sync';

import {
  ChainAuthorityValues,
  ChainError,
  NsatuError,
  dedupeWeaponTypes,
  explainChain,
  formatIssue,
  isPartialDate,
  parseDataset,
  reportingChain,
  toPartialDate,
  type ChainAuthority,
  type Dataset,
  type PartialDate,
} from '../index.ts';
import { defaultDataset } from '../data/index.ts';
import { renderDedupe } from './dedupe.ts';
import { renderReport } from './report.ts';

/**
 * What the CLI touches of the outside world, injected so tests can run it in-process.
 *
 * @internal
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly today: () => Date;
}

/** @internal */
export const EXIT_OK = 0;
/** @internal */
export const EXIT_INVALID_DATA = 1;
/** @internal */
export const EXIT_USAGE = 2;

const COMMON = `Options:
  --data <file>      Read this dataset file instead of the embedded dataset
  --as-of <date>     Date to answer as of (YYYY, YYYY-MM or YYYY-MM-DD; default: the dataset's asOf)
  --format <fmt>     Output format: text (default), md or json
  -h, --help         Show help
  -v, --version      Show the version`;

const HELP: Readonly<Record<string, string>> = {
  main: `Usage: nsatu <command> [options]

Commands:
  report             Summarise the dataset as of a date (the default command)
  chain <id>         Who an organisation reports to, link by link, and why
  validate <file>    Check a dataset file; print every issue with its path
  dedupe <file>      Group weapon names (a CSV column or one name a line) by catalogue system

Run 'nsatu <command> --help' for a command's own options.

${COMMON}

Exit codes: 0 ok, 1 invalid data or no answer, 2 bad usage.
`,
  report: `Usage: nsatu report [--as-of DATE] [--format text|md|json] [--data FILE]

The structure (NSATU's chain, who holds each post), the coalitions and their leads, the
agreements signed, training totals and the weapon types sent, as of a date.

${COMMON}
`,
  chain: `Usage: nsatu chain <id> [--as-of DATE] [--via AUTHORITIES] [--format text|md|json]

Resolves who <id> reports to, up to the top, stating why each link holds.

  --via <list>       Comma-separated authorities to follow (default: the operational line,
                     ${ChainAuthorityValues.slice(0, 7).join(', ')});
                     e.g. --via ADCON for the administrative chain

${COMMON}
`,
  dedupe: `Usage: nsatu dedupe <file> [--column NAME] [--level system|variant] [--format text|md|json]

Reads weapon names, one a line, or from a column of a CSV file (--column; a CSV file with a
single column needs none), resolves them through the weapon catalogue and prints the groups
(the spellings that denote one system) and the names left unresolved, with the reason.

  --column <name>    The CSV column holding the names
  --level <level>    Group by system (default) or by variant

${COMMON}
`,
  validate: `Usage: nsatu validate <file> [--format text|json]

Checks a dataset file: shape and integrity. Prints every issue with its JSON path.

${COMMON}
`,
};

class UsageError extends Error {}

class DataError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines[0]);
  }
}

function readJson(io: CliIo, path: string): unknown {
  const text = readText(io, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
}

function readText(io: CliIo, path: string): string {
  try {
    return io.readFile(path).replace(/^\uFEFF/, '');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (code ?? 'cannot be read');
    throw new UsageError(`cannot read ${path}: ${reason}`);
  }
}

/** Names from a CSV column, or one name a line. */
function readNames(text: string, file: string, column: string | undefined): string[] {
  const looksCsv = column !== undefined || /\.csv$/i.test(file);
  if (!looksCsv) {
    return text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }
  let rows: string[][];
  try {
    rows = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new DataError([`${file}: not a readable CSV file (${(error as Error).message})`]);
  }
  const [header = [], ...data] = rows;
  const index = column === undefined ? (header.length === 1 ? 0 : -1) : header.indexOf(column);
  if (index === -1) {
    throw new UsageError(
      column === undefined
        ? `${file} has ${String(header.length)} columns: name one with --column (${header.join(', ')})`
        : `${file} has no column "${column}" (columns: ${header.join(', ')})`,
    );
  }
  return data.map((row) => (row[index] ?? '').trim()).filter((name) => name !== '');
}

function loadFrom(io: CliIo, path: string): Dataset {
  const result = parseDataset(readJson(io, path));
  if (!result.ok) {
    throw new DataError([
      `${path}: ${String(result.issues.length)} issue(s)`,
      ...result.issues.map(formatIssue),
    ]);
  }
  return result.dataset;
}

declare const __NSATU_VERSION__: string | undefined;

function version(): string {
  return typeof __NSATU_VERSION__ === 'string' ? __NSATU_VERSION__ : '0.0.0-dev';
}

function parseVia(value: string | undefined): ChainAuthority[] | undefined {
  if (value === undefined) return undefined;
  const names = value.split(',').map((v) => v.trim());
  for (const name of names) {
    if (!(ChainAuthorityValues as readonly string[]).includes(name)) {
      throw new UsageError(
        `--via: "${name}" is not a chain authority; use ${ChainAuthorityValues.join(', ')}`,
      );
    }
  }
  return names as ChainAuthority[];
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs the `nsatu` command with the given arguments and returns its exit code.
 *
 * @param argv - The arguments after the program name.
 * @param io - Output streams, file reading and the clock.
 * @returns 0 when all went well, 1 for invalid data, 2 for bad usage.
 *
 * @internal
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        'as-of': { type: 'string' },
        format: { type: 'string' },
        via: { type: 'string' },
        column: { type: 'string' },
        level: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    const [command = 'report', ...rest] = positionals;
    if (values.version === true) {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    if (values.help === true) {
      io.stdout(HELP[positionals.length === 0 ? 'main' : command] ?? HELP.main ?? '');
      return EXIT_OK;
    }
    if (command === 'help') {
      io.stdout(HELP[rest[0] ?? 'main'] ?? HELP.main ?? '');
      return EXIT_OK;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'md' && format !== 'json') {
      throw new UsageError(`--format must be text, md or json, not "${format}"`);
    }
    const asOfOption = values['as-of'];
    if (asOfOption !== undefined && !isPartialDate(asOfOption)) {
      throw new UsageError(
        `--as-of must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not "${asOfOption}"`,
      );
    }
    const via = parseVia(values.via);
    if (via !== undefined && command !== 'chain') {
      throw new UsageError('--via applies to the chain command only');
    }
    if (values.column !== undefined && command !== 'dedupe') {
      throw new UsageError('--column applies to the dedupe command only');
    }
    const level = values.level ?? 'system';
    if (level !== 'system' && level !== 'variant') {
      throw new UsageError(`--level must be system or variant, not "${level}"`);
    }
    const dataset = (): Dataset =>
      values.data === undefined ? defaultDataset() : loadFrom(io, values.data);
    const dateOf = (ds: Dataset): PartialDate => asOfOption ?? ds.asOf ?? toPartialDate(io.today());
    switch (command) {
      case 'report': {
        if (rest.length > 0) {
          throw new UsageError(`report takes no arguments, got "${rest.join(' ')}"`);
        }
        const ds = dataset();
        io.stdout(renderReport(ds, { asOf: dateOf(ds), format }));
        return EXIT_OK;
      }
      case 'chain': {
        const [id, ...extra] = rest;
        if (id === undefined) throw new UsageError('chain needs an id: nsatu chain <id>');
        if (extra.length > 0) throw new UsageError(`chain takes one id, got "${rest.join(' ')}"`);
        const ds = dataset();
        const options = { asOf: dateOf(ds), ...(via === undefined ? {} : { via }) };
        if (format === 'json') {
          const links = reportingChain(ds, id, options);
          io.stdout(`${JSON.stringify({ id, asOf: options.asOf, links }, null, 2)}\n`);
          return EXIT_OK;
        }
        const lines = explainChain(ds, id, options);
        const head = `Chain of ${id} as of ${options.asOf}`;
        io.stdout(
          format === 'md'
            ? `## ${head}\n\n${lines.map((l) => `1. ${l}`).join('\n')}\n`
            : `${head}\n${lines.map((l, i) => `${String(i + 1)}. ${l}`).join('\n')}\n`,
        );
        return EXIT_OK;
      }
      case 'dedupe': {
        const [file, ...extra] = rest;
        if (file === undefined) throw new UsageError('dedupe needs a file: nsatu dedupe <file>');
        if (extra.length > 0)
          throw new UsageError(`dedupe takes one file, got "${rest.join(' ')}"`);
        const names = readNames(readText(io, file), file, values.column);
        const result = dedupeWeaponTypes(names, dataset(), { level });
        io.stdout(renderDedupe(result, format));
        return EXIT_OK;
      }
      case 'validate': {
        const [file, ...extra] = rest;
        if (file === undefined) {
          throw new UsageError('validate needs a file: nsatu validate <file>');
        }
        if (extra.length > 0) {
          throw new UsageError(`validate takes one file, got "${rest.join(' ')}"`);
        }
        const ds = loadFrom(io, file);
        const rows = Object.values(ds)
          .filter(Array.isArray)
          .reduce((n, t) => n + t.length, 0);
        io.stdout(
          format === 'json'
            ? `${JSON.stringify({ ok: true, file, records: rows })}\n`
            : `${file}: valid (${String(rows)} records)\n`,
        );
        return EXIT_OK;
      }
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof DataError) {
      io.stderr(`${error.lines.join('\n')}\n`);
      return EXIT_INVALID_DATA;
    }
    if (error instanceof ChainError && error.code === 'UNKNOWN_ID') {
      io.stderr(`nsatu: ${error.message}\nTry 'nsatu chain --help'.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof NsatuError) {
      io.stderr(`nsatu: ${error.message}\n`);
      return EXIT_INVALID_DATA;
    }
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`nsatu: ${(error as Error).message}\nTry 'nsatu --help'.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
