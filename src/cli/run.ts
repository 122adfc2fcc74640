import { parseArgs } from 'node:util';

import { parseDataset, formatIssue, isPartialDate, toPartialDate } from '../index.ts';
import type { Dataset, PartialDate } from '../index.ts';
import { defaultDataset } from '../data/index.ts';
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

/**
 * Exit codes: 0 ok, 1 invalid data, 2 bad usage.
 *
 * @internal
 */
export const EXIT_OK = 0;
/** @internal */
export const EXIT_INVALID_DATA = 1;
/** @internal */
export const EXIT_USAGE = 2;

const USAGE = `Usage: nsatu <command> [options]

Commands:
  report             Summarise the dataset as of a date (the default command)
  validate <file>    Check a dataset file; print every issue with its path

Options:
  --data <file>      Read this dataset file instead of the embedded dataset
  --as-of <date>     Date to report as of (YYYY, YYYY-MM or YYYY-MM-DD; default: the dataset's asOf)
  --format <fmt>     Output format: text (default), md or json
  -h, --help         Show this help
  -v, --version      Show the version
`;

class UsageError extends Error {}

function readJson(io: CliIo, path: string): unknown {
  let text: string;
  try {
    text = io.readFile(path);
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
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError([`${path}: not valid JSON (${(error as Error).message})`]);
  }
}

class DataError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines[0]);
  }
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

function version(): string {
  return typeof __NSATU_VERSION__ === 'string' ? __NSATU_VERSION__ : '0.0.0-dev';
}

declare const __NSATU_VERSION__: string | undefined;

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
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
    if (values.help === true) {
      io.stdout(USAGE);
      return EXIT_OK;
    }
    if (values.version === true) {
      io.stdout(`${version()}\n`);
      return EXIT_OK;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'md' && format !== 'json') {
      throw new UsageError(`--format must be text, md or json, not "${format}"`);
    }
    const asOfOption = values['as-of'];
    if (asOfOption !== undefined && !isPartialDate(asOfOption)) {
      throw new UsageError(
        `--as-of must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "${asOfOption}"`,
      );
    }
    const [command = 'report', ...rest] = positionals;
    switch (command) {
      case 'report': {
        if (rest.length > 0)
          throw new UsageError(`report takes no arguments, got "${rest.join(' ')}"`);
        const ds = values.data === undefined ? defaultDataset() : loadFrom(io, values.data);
        const asOf: PartialDate = asOfOption ?? ds.asOf ?? toPartialDate(io.today());
        io.stdout(renderReport(ds, { asOf, format }));
        return EXIT_OK;
      }
      case 'validate': {
        const [file, ...extra] = rest;
        if (file === undefined)
          throw new UsageError('validate needs a file: nsatu validate <file>');
        if (extra.length > 0)
          throw new UsageError(`validate takes one file, got "${rest.join(' ')}"`);
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
    if (error instanceof UsageError || isParseArgsError(error)) {
      io.stderr(`nsatu: ${(error as Error).message}\nTry 'nsatu --help'.\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
