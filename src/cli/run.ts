import { parseArgs } from 'node:util';

import {
  AidStageValues,
  ChainError,
  NsatuError,
  dedupeWeaponTypes,
  formatIssue,
  isPartialDate,
  parseDataset,
  toPartialDate,
  type AidStage,
  type Dataset,
  type PartialDate,
} from '../index.ts';
import { defaultDataset } from '../data/index.ts';
import { renderChain } from './chain.ts';
import { colorEnabled, painter, printable, type Paint } from './color.ts';
import { renderDedupe } from './dedupe.ts';
import { EXPORT_FORMATS, EXPORT_OPTIONS, isExportFormat, runExport } from './export.ts';
import { renderFragmentation, type FragmentationKey } from './fragmentation.ts';
import { HELP } from './help.ts';
import {
  DataError,
  EXIT_INTERNAL,
  EXIT_INVALID_DATA,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  loadFrom,
  readJson,
  readNames,
  readText,
  writeOutput,
  type CliIo,
} from './io.ts';
import {
  APPLIES,
  COMMANDS,
  FORMATS,
  OPTIONS,
  commandIn,
  isCommand,
  isParseArgsError,
  list,
  noArguments,
  oneArgument,
  oneOf,
  parseArgsMessage,
  parseList,
  parseVia,
  str,
  type Command,
  type Format,
  type Option,
  type Parsed,
} from './options.ts';
import { renderReport } from './report.ts';

export type { CliIo } from './io.ts';
export { EXIT_INTERNAL, EXIT_INVALID_DATA, EXIT_OK, EXIT_USAGE } from './io.ts';

declare const __NSATU_VERSION__: string | undefined;

function version(): string {
  return typeof __NSATU_VERSION__ === 'string' ? __NSATU_VERSION__ : '0.0.0-dev';
}

async function execute(argv: readonly string[], io: CliIo, out: Paint): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: OPTIONS,
  });
  if (values.version === true) {
    io.stdout(`${version()}\n`);
    return EXIT_OK;
  }
  const [name = 'report', ...rest] = positionals;
  if (name === 'help') {
    const [topic = 'main', ...extra] = rest;
    const help = HELP[topic];
    if (help === undefined || extra.length > 0) {
      throw new UsageError(`no help on "${rest.join(' ')}"; commands: ${COMMANDS.join(', ')}`);
    }
    io.stdout(help);
    return EXIT_OK;
  }
  if (!isCommand(name)) {
    throw new UsageError(`unknown command "${name}"; commands: ${COMMANDS.join(', ')}`);
  }
  if (values.help === true) {
    io.stdout(HELP[positionals.length === 0 ? 'main' : name] ?? '');
    return EXIT_OK;
  }
  const parsed: Parsed = { values, command: name, rest };
  for (const option of Object.keys(APPLIES) as Option[]) {
    if (values[option] !== undefined && !APPLIES[option].includes(name)) {
      throw new UsageError(`--${option} applies to ${list(APPLIES[option])} only`);
    }
  }
  return dispatch(parsed, io, out);
}

async function dispatch(parsed: Parsed, io: CliIo, out: Paint): Promise<number> {
  const { command, values } = parsed;
  const formatOption = str(parsed, 'format');
  let format: Format = 'text';
  if (formatOption !== undefined && command !== 'export') {
    if (command === 'report' && formatOption === 'csv') {
      throw new UsageError(
        "report has many tables: for one as CSV, use 'nsatu fragmentation --format csv' or 'nsatu export csv'",
      );
    }
    format = oneOf('format', formatOption, FORMATS[command]);
  }
  const asOfOption = str(parsed, 'as-of');
  if (asOfOption !== undefined && !isPartialDate(asOfOption)) {
    throw new UsageError(
      `--as-of must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not "${asOfOption}"`,
    );
  }
  const via = parseVia(str(parsed, 'via'));
  const level = oneOf('level', str(parsed, 'level') ?? 'system', ['system', 'variant'] as const);
  const byOption = str(parsed, 'by');
  const by =
    byOption === undefined
      ? undefined
      : oneOf<FragmentationKey>('by', byOption, ['capability', 'ammunition', 'category']);
  const stageOption = str(parsed, 'stage');
  const stages =
    stageOption === undefined
      ? undefined
      : parseList<AidStage>('stage', stageOption, AidStageValues);
  const raw = values.raw === true || values['no-spreadsheet-safe'] === true;
  if (raw && command !== 'export' && format !== 'csv') {
    throw new UsageError('--raw applies to CSV output (--format csv) only');
  }
  let loaded: Dataset | undefined;
  const dataFile = str(parsed, 'data');
  const dataset = (): Dataset =>
    (loaded ??= dataFile === undefined ? defaultDataset() : loadFrom(io, dataFile));
  const dateOf = (ds: Dataset): PartialDate => asOfOption ?? ds.asOf ?? toPartialDate(io.today());
  const heading = (line: string) => out('bold', line);

  switch (command) {
    case 'report': {
      noArguments(parsed);
      const ds = dataset();
      const html = str(parsed, 'html');
      if (html === undefined) {
        // Checked against FORMATS.report above: never csv here.
        const reportFormat = format as Exclude<Format, 'csv'>;
        io.stdout(renderReport(ds, { asOf: dateOf(ds), format: reportFormat, heading }));
        return EXIT_OK;
      }
      if (formatOption !== undefined) throw new UsageError('--format does not apply with --html');
      if (html === '') throw new UsageError('the output file name is empty');
      const { renderHtmlReport } = await import('./html.ts');
      let page: string;
      try {
        page = await renderHtmlReport(ds, { asOf: dateOf(ds) });
      } catch (error) {
        // Missing rendering libraries: the message says what to install.
        if (error instanceof NsatuError) throw new UsageError(error.message);
        throw error;
      }
      writeOutput(io, html, page);
      return EXIT_OK;
    }
    case 'chain': {
      const id = oneArgument(parsed, 'id');
      const ds = dataset();
      io.stdout(
        renderChain(ds, id, { asOf: dateOf(ds), via, format, spreadsheetSafe: !raw, heading }),
      );
      return EXIT_OK;
    }
    case 'dedupe': {
      const file = oneArgument(parsed, 'file');
      const names = readNames(readText(io, file), file, str(parsed, 'column'));
      const result = dedupeWeaponTypes(names, dataset(), { level });
      io.stdout(
        renderDedupe(result, format, {
          spreadsheetSafe: !raw,
          heading: (line, warn) => out(warn ? 'yellow' : 'bold', line),
        }),
      );
      return EXIT_OK;
    }
    case 'fragmentation': {
      noArguments(parsed);
      const ds = dataset();
      io.stdout(
        renderFragmentation(ds, {
          by: by ?? 'capability',
          asOf: dateOf(ds),
          stages,
          format,
          spreadsheetSafe: !raw,
          heading,
        }),
      );
      return EXIT_OK;
    }
    case 'validate': {
      const file = oneArgument(parsed, 'file');
      const result = parseDataset(readJson(io, file));
      if (!result.ok) {
        const head = `${file}: ${String(result.issues.length)} issue(s)`;
        if (format !== 'json') throw new DataError([head, ...result.issues.map(formatIssue)]);
        io.stdout(`${JSON.stringify({ ok: false, file, issues: result.issues }, null, 2)}\n`);
        throw new DataError([head]);
      }
      const records = Object.values(result.dataset)
        .filter(Array.isArray)
        .reduce((n, t) => n + t.length, 0);
      io.stdout(
        format === 'json'
          ? `${JSON.stringify({ ok: true, file, records })}\n`
          : `${file}: valid (${String(records)} records)\n`,
      );
      return EXIT_OK;
    }
    case 'export': {
      const format = oneArgument(parsed, 'format');
      if (!isExportFormat(format)) {
        throw new UsageError(`unknown export format "${format}"; use ${EXPORT_FORMATS.join(', ')}`);
      }
      const allowed = EXPORT_OPTIONS[format];
      for (const option of Object.keys(APPLIES) as Option[]) {
        if (values[option] !== undefined && option !== 'out' && !allowed.includes(option)) {
          throw new UsageError(`--${option} does not apply to export ${format}`);
        }
      }
      await runExport(format, {
        io,
        dataset,
        asOf: asOfOption,
        dateOf,
        via,
        stages,
        by,
        spreadsheetSafe: !raw,
        out: str(parsed, 'out'),
        root: str(parsed, 'root'),
        table: str(parsed, 'table'),
        chart: str(parsed, 'chart'),
        currency: str(parsed, 'currency'),
      });
      return EXIT_OK;
    }
  }
}

function hint(command: Command | undefined): string {
  return `Try 'nsatu ${command === undefined ? '' : `${command} `}--help'.`;
}

/** Prints what went wrong, in words, never a stack trace, and returns the exit code. */
function fail(error: unknown, io: CliIo, paint: Paint, command: Command | undefined): number {
  const say = (text: string, more = ''): void => {
    io.stderr(`${paint('red', 'nsatu:')} ${printable(text)}\n${more}`);
  };
  if (error instanceof DataError) {
    const [head = '', ...lines] = error.lines.map(printable);
    io.stderr(`${paint('red', head)}\n${lines.map((line) => `  ${line}\n`).join('')}`);
    return EXIT_INVALID_DATA;
  }
  if (error instanceof ChainError && error.code === 'UNKNOWN_ID') {
    say(error.message, `${paint('dim', hint(command))}\n`);
    return EXIT_USAGE;
  }
  if (error instanceof NsatuError) {
    say(error.message);
    return EXIT_INVALID_DATA;
  }
  if (error instanceof UsageError || isParseArgsError(error)) {
    const message = error instanceof UsageError ? error.message : parseArgsMessage(error);
    say(message, `${paint('dim', hint(command))}\n`);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  say(
    `internal error: ${message}`,
    io.env.NSATU_DEBUG !== undefined && error instanceof Error && error.stack !== undefined
      ? `${error.stack}\n`
      : 'This is a bug in nsatu; please report it with the command that caused it.\n',
  );
  return EXIT_INTERNAL;
}

/**
 * Runs the `nsatu` command with the given arguments and resolves to its exit code. It never
 * rejects: every error is printed in one or a few lines on `io.stderr`.
 *
 * @param argv - The arguments after the program name.
 * @param io - Output streams, file access, the clock, terminal and environment.
 * @returns 0 when all went well, 1 for invalid data, 2 for bad usage, 70 for a bug.
 *
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const out = painter(colorEnabled(io.isTTY.stdout, io.env));
  const err = painter(colorEnabled(io.isTTY.stderr, io.env));
  try {
    return await execute(argv, io, out);
  } catch (error) {
    return fail(error, io, err, commandIn(argv));
  }
}
