import { toCsv } from '../csv/index.ts';
import { asOf as datasetAsOf } from '../edit/asOf.ts';
import {
  DatasetTableValues,
  datasetJsonSchema,
  fragmentation,
  summarizeAid,
  type AidStage,
  type ChainAuthority,
  type Dataset,
  type PartialDate,
} from '../index.ts';
import { toDot, toJson, toMermaid, toVegaLite } from '../export/index.ts';
import type { FragmentationKey } from './fragmentation.ts';
import { UsageError, writeFileOrFail, type CliIo } from './io.ts';
import { nameOf } from './report.ts';

/**
 * The formats of `nsatu export`.
 *
 * @internal
 */
export const EXPORT_FORMATS = [
  'mermaid',
  'dot',
  'json',
  'json-schema',
  'csv',
  'arrow',
  'vega-lite',
] as const;

/**
 * A format of `nsatu export`.
 *
 * @internal
 */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CHARTS = ['aid-by-donor', 'aid-by-month', 'fragmentation'] as const;

/**
 * The options each export format takes (besides `--out` and `--help`, which all take).
 *
 * @internal
 */
export const EXPORT_OPTIONS: Readonly<Record<ExportFormat, readonly string[]>> = {
  mermaid: ['data', 'as-of', 'root', 'via'],
  dot: ['data', 'as-of', 'root', 'via'],
  json: ['data', 'as-of'],
  'json-schema': [],
  csv: ['data', 'as-of', 'table', 'raw', 'no-spreadsheet-safe'],
  arrow: ['data', 'as-of', 'table'],
  'vega-lite': ['data', 'as-of', 'chart', 'stage', 'currency', 'by'],
};

/**
 * What `nsatu export` needs from the command line, already checked where it is shared.
 *
 * @internal
 */
export interface ExportContext {
  readonly io: CliIo;
  readonly dataset: () => Dataset;
  /** `--as-of` as given. */
  readonly asOf: PartialDate | undefined;
  /** `--as-of`, or the dataset's date, or today. */
  readonly dateOf: (ds: Dataset) => PartialDate;
  readonly via: readonly ChainAuthority[] | undefined;
  readonly stages: readonly AidStage[] | undefined;
  readonly by: FragmentationKey | undefined;
  readonly spreadsheetSafe: boolean;
  readonly out: string | undefined;
  readonly root: string | undefined;
  readonly table: string | undefined;
  readonly chart: string | undefined;
  readonly currency: string | undefined;
}

type Row = Readonly<Record<string, unknown>>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Nested objects flattened to `a.b` columns; arrays stay (toCsv writes them as JSON). */
function flatten(
  row: Row,
  prefix = '',
  out: Record<string, unknown> = {},
): Record<string, unknown> {
  for (const [key, value] of Object.entries(row)) {
    if (isPlainObject(value)) flatten(value, `${prefix}${key}.`, out);
    else out[`${prefix}${key}`] = value;
  }
  return out;
}

/**
 * The columns of rows in a stable order: a key first seen in a later row goes right after the key
 * it follows there, so rows written in schema order give the schema's order.
 */
function columnsOf(rows: readonly Row[]): string[] {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    let after = -1;
    for (const key of Object.keys(row)) {
      if (seen.has(key)) {
        after = columns.indexOf(key);
        continue;
      }
      seen.add(key);
      columns.splice(after + 1, 0, key);
      after += 1;
    }
  }
  return columns;
}

function tableRows(ctx: ExportContext): readonly Row[] {
  const name = ctx.table ?? 'aid';
  if (!(DatasetTableValues as readonly string[]).includes(name)) {
    throw new UsageError(`--table: no table "${name}"; use ${DatasetTableValues.join(', ')}`);
  }
  const ds = ctx.dataset();
  const view = ctx.asOf === undefined ? ds : datasetAsOf(ds, ctx.asOf);
  return view[name as (typeof DatasetTableValues)[number]];
}

function oneStage(ctx: ExportContext): AidStage {
  const stages = ctx.stages ?? ['allocated'];
  const [stage] = stages;
  if (stage === undefined || stages.length > 1) {
    throw new UsageError('--stage: an aid chart shows one stage; stages are never added together');
  }
  return stage;
}

function amount(value: unknown): number {
  return (value as { amount?: number }).amount ?? 0;
}

function vegaLite(ctx: ExportContext): string {
  const chart = ctx.chart ?? 'aid-by-donor';
  if (!(CHARTS as readonly string[]).includes(chart)) {
    throw new UsageError(`--chart must be ${CHARTS.join(', ')}, not "${chart}"`);
  }
  const ds = ctx.dataset();
  const asOf = ctx.dateOf(ds);
  if (chart === 'fragmentation') {
    if (ctx.currency !== undefined) throw new UsageError('--currency applies to the aid charts');
    const by = ctx.by ?? 'capability';
    const rows = fragmentation(ds, {
      by,
      asOf,
      ...(ctx.stages === undefined ? {} : { stages: ctx.stages }),
    })
      .filter((r) => r.effectiveTypes !== null)
      .map((r) => ({ [by]: r.key, 'effective types': r.effectiveTypes, systems: r.systems }));
    return JSON.stringify(
      toVegaLite(rows, {
        x: by,
        y: 'effective types',
        title: `Effective number of weapon types per ${by}, by ${asOf}`,
      }),
      null,
      2,
    );
  }
  if (ctx.by !== undefined) throw new UsageError('--by applies to the fragmentation chart');
  const currency = ctx.currency ?? 'EUR';
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw new UsageError(`--currency must be a three-letter code such as EUR, not "${currency}"`);
  }
  const stage = oneStage(ctx);
  const y = `value (${currency})`;
  const byDonor = chart === 'aid-by-donor';
  const rows = summarizeAid(ds, { by: [byDonor ? 'donor' : 'month'], stage, currency, asOf })
    .filter((r) => byDonor || r.month !== 'unspecified')
    .map((r) =>
      byDonor
        ? { donor: nameOf(ds, r.donor), [y]: amount(r.value) }
        : { month: r.month, [y]: amount(r.value) },
    );
  return JSON.stringify(
    toVegaLite(rows, {
      x: byDonor ? 'donor' : 'month',
      y,
      title: `Aid ${stage} ${byDonor ? 'by donor' : 'by month'}, ${currency}, by ${asOf}`,
    }),
    null,
    2,
  );
}

function chartOptions(ctx: ExportContext) {
  const ds = ctx.dataset();
  if (ctx.root !== undefined && !ds.organisations.some((o) => o.id === ctx.root)) {
    throw new UsageError(`--root: no organisation "${ctx.root}" in the dataset`);
  }
  return {
    ds,
    options: {
      ...(ctx.root === undefined ? {} : { root: ctx.root }),
      ...(ctx.asOf === undefined ? {} : { asOf: ctx.asOf }),
      ...(ctx.via === undefined ? {} : { via: ctx.via }),
    },
  };
}

function text(format: Exclude<ExportFormat, 'arrow'>, ctx: ExportContext): string {
  switch (format) {
    case 'mermaid': {
      const { ds, options } = chartOptions(ctx);
      return toMermaid(ds, options);
    }
    case 'dot': {
      const { ds, options } = chartOptions(ctx);
      return toDot(ds, options);
    }
    case 'json': {
      const ds = ctx.dataset();
      return toJson(ctx.asOf === undefined ? ds : datasetAsOf(ds, ctx.asOf));
    }
    case 'json-schema':
      return JSON.stringify(datasetJsonSchema(), null, 2);
    case 'csv': {
      const rows = tableRows(ctx).map((row) => flatten(row));
      return toCsv(rows, { columns: columnsOf(rows), spreadsheetSafe: ctx.spreadsheetSafe });
    }
    case 'vega-lite':
      return vegaLite(ctx);
  }
}

/**
 * Runs `nsatu export <format>`: writes the result to `--out`, or to standard output. Arrow is
 * binary: it goes to a file or a pipe, never to a terminal; a `.arrow` or `.feather` file gets the
 * random-access file format, anything else the stream format.
 *
 * @internal
 */
export async function runExport(format: ExportFormat, ctx: ExportContext): Promise<void> {
  const { io, out } = ctx;
  if (format === 'arrow') {
    if (out === undefined && io.isTTY.stdout) {
      throw new UsageError(
        'arrow is binary and standard output is a terminal: use --out FILE or a pipe',
      );
    }
    const rows = tableRows(ctx);
    const { toArrow } = await import('../arrow/index.ts');
    const bytes = toArrow(rows, {
      columns: columnsOf(rows),
      format: out !== undefined && /\.(arrow|feather)$/i.test(out) ? 'file' : 'stream',
    });
    if (out === undefined) io.stdoutBytes(bytes);
    else writeFileOrFail(io, out, bytes);
    return;
  }
  const result = text(format, ctx);
  const data = result === '' || result.endsWith('\n') ? result : `${result}\n`;
  if (out === undefined) io.stdout(data);
  else writeFileOrFail(io, out, data);
}

/**
 * Whether a string names an export format.
 *
 * @internal
 */
export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
