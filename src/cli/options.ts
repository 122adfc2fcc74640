import { ChainAuthorityValues, type ChainAuthority } from '../index.ts';
import { UsageError } from './io.ts';

/**
 * The options `nsatu` knows, for `node:util` parseArgs.
 *
 * @internal
 */
export const OPTIONS = {
  data: { type: 'string' },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  via: { type: 'string' },
  column: { type: 'string' },
  level: { type: 'string' },
  by: { type: 'string' },
  stage: { type: 'string' },
  html: { type: 'string' },
  out: { type: 'string', short: 'o' },
  root: { type: 'string' },
  table: { type: 'string' },
  chart: { type: 'string' },
  currency: { type: 'string' },
  raw: { type: 'boolean' },
  // Spelled out rather than `allowNegative`, which Node 20 before 20.16 does not know.
  'no-spreadsheet-safe': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

/**
 * The commands of `nsatu`.
 *
 * @internal
 */
export const COMMANDS = [
  'report',
  'chain',
  'validate',
  'dedupe',
  'fragmentation',
  'export',
] as const;

/**
 * A command of `nsatu`.
 *
 * @internal
 */
export type Command = (typeof COMMANDS)[number];

/**
 * An option that takes part in a command (not `--help` or `--version`).
 *
 * @internal
 */
export type Option = Exclude<keyof typeof OPTIONS, 'help' | 'version'>;

const CSV_COMMANDS: readonly Command[] = ['chain', 'dedupe', 'fragmentation', 'export'];

/**
 * The commands each option applies to: any other use is a usage error, never ignored.
 *
 * @internal
 */
export const APPLIES: Readonly<Record<Option, readonly Command[]>> = {
  data: ['report', 'chain', 'dedupe', 'fragmentation', 'export'],
  'as-of': ['report', 'chain', 'fragmentation', 'export'],
  format: ['report', 'chain', 'validate', 'dedupe', 'fragmentation'],
  via: ['chain', 'export'],
  column: ['dedupe'],
  level: ['dedupe'],
  by: ['fragmentation', 'export'],
  stage: ['fragmentation', 'export'],
  html: ['report'],
  out: ['export'],
  root: ['export'],
  table: ['export'],
  chart: ['export'],
  currency: ['export'],
  raw: CSV_COMMANDS,
  'no-spreadsheet-safe': CSV_COMMANDS,
};

/**
 * An output format of the table-shaped commands.
 *
 * @internal
 */
export type Format = 'text' | 'md' | 'json' | 'csv';

/**
 * The output formats each command offers.
 *
 * @internal
 */
export const FORMATS: Readonly<Record<Exclude<Command, 'export'>, readonly Format[]>> = {
  report: ['text', 'md', 'json'],
  chain: ['text', 'md', 'json', 'csv'],
  validate: ['text', 'md', 'json'],
  dedupe: ['text', 'md', 'json', 'csv'],
  fragmentation: ['text', 'md', 'json', 'csv'],
};

/**
 * Whether a string names a command.
 *
 * @internal
 */
export function isCommand(value: string): value is Command {
  return (COMMANDS as readonly string[]).includes(value);
}

/**
 * `a, b and c`.
 *
 * @internal
 */
export function list(items: readonly string[]): string {
  return items.length < 2
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/**
 * A flag value that must be one of a few words; a usage error otherwise.
 *
 * @internal
 */
export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be ${allowed.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/**
 * A comma-separated flag value of words from a list; a usage error otherwise.
 *
 * @internal
 */
export function parseList<T extends string>(
  name: string,
  value: string,
  allowed: readonly T[],
): T[] {
  const items = value.split(',').map((v) => v.trim());
  for (const item of items) {
    if (!(allowed as readonly string[]).includes(item)) {
      throw new UsageError(`--${name}: "${item}" is not one of ${allowed.join(', ')}`);
    }
  }
  return items as T[];
}

/**
 * The `--via` authorities; a usage error for one that is not a chain authority.
 *
 * @internal
 */
export function parseVia(value: string | undefined): ChainAuthority[] | undefined {
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

/**
 * The command named in `argv`, for the hint after an error found before it was parsed.
 *
 * @internal
 */
export function commandIn(argv: readonly string[]): Command | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') return undefined;
    if (arg.startsWith('-')) {
      const name = arg.replace(/^--?/, '');
      const spec = (OPTIONS as Readonly<Record<string, { type: string } | undefined>>)[name];
      if (spec?.type === 'string') i++;
      continue;
    }
    return isCommand(arg) ? arg : undefined;
  }
  return undefined;
}

/**
 * Whether an error comes from `node:util` parseArgs.
 *
 * @internal
 */
export function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * `node:util`'s parseArgs messages, in one line and our words.
 *
 * @internal
 */
export function parseArgsMessage(error: Error & { code: string }): string {
  const message = error.message;
  const option = /'(?:-\w, )?(--?[\w-]+)/.exec(message)?.[1] ?? 'an option';
  if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${option}`;
  if (message.includes('argument missing')) return `${option} needs a value`;
  if (message.includes('ambiguous')) {
    return `${option} needs a value (for one that starts with '-', write ${option}=-…)`;
  }
  if (message.includes('does not take an argument')) return `${option} takes no value`;
  return message.split('\n')[0] ?? message;
}

/**
 * The command line, parsed.
 *
 * @internal
 */
export interface Parsed {
  readonly values: Readonly<Partial<Record<Option | 'help' | 'version', string | boolean>>>;
  readonly command: Command;
  readonly rest: readonly string[];
}

/**
 * A string option, or `undefined`.
 *
 * @internal
 */
export function str(parsed: Parsed, name: Option): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Refuses arguments after a command that takes none.
 *
 * @internal
 */
export function noArguments(parsed: Parsed): void {
  if (parsed.rest.length > 0) {
    throw new UsageError(`${parsed.command} takes no arguments, got "${parsed.rest.join(' ')}"`);
  }
}

/**
 * The one argument a command takes; a usage error for none or more.
 *
 * @internal
 */
export function oneArgument(parsed: Parsed, what: string): string {
  const [arg, ...extra] = parsed.rest;
  if (arg === undefined) {
    throw new UsageError(`${parsed.command} needs ${what}: nsatu ${parsed.command} <${what}>`);
  }
  if (extra.length > 0) {
    throw new UsageError(`${parsed.command} takes one ${what}, got "${parsed.rest.join(' ')}"`);
  }
  return arg;
}
