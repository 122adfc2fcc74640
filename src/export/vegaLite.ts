import { UNSPECIFIED_PERIOD } from '../aggregate/periods.ts';
import { NsatuError } from '../errors.ts';
import { describe, writeJson } from './json.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link toVegaLite}: the fields on each channel, the mark, and overrides of what is
 * inferred.
 *
 * @example
 * ```ts
 * import type { VegaLiteOptions } from 'nsatu/export';
 *
 * const options: VegaLiteOptions = { x: 'month', y: 'eur', color: 'donor', title: 'Aid by month' };
 * options.mark // => undefined
 * ```
 *
 * @category Export
 */
export interface VegaLiteOptions {
  /** The field on the x axis. */
  readonly x: string;
  /** The field on the y axis. */
  readonly y: string;
  /** The field that colours the marks; bars and areas are stacked by it. */
  readonly color?: string | undefined;
  /** The mark. Default `bar`. */
  readonly mark?: VegaLiteSpec['mark']['type'] | undefined;
  /** The measurement type of `x`, instead of the one inferred from its values. */
  readonly xType?: VegaLiteSpec['encoding']['x']['type'] | undefined;
  /** The measurement type of `y`, instead of the one inferred from its values. */
  readonly yType?: VegaLiteSpec['encoding']['x']['type'] | undefined;
  /** The measurement type of `color`, instead of the one inferred from its values. */
  readonly colorType?: VegaLiteSpec['encoding']['x']['type'] | undefined;
  /** The chart's title. */
  readonly title?: string | undefined;
  /** Width of the plot in pixels. Default: Vega-Lite's. */
  readonly width?: number | undefined;
  /** Height of the plot in pixels. Default: Vega-Lite's. */
  readonly height?: number | undefined;
}

/**
 * A Vega-Lite v5 specification, as {@link toVegaLite} writes it: a plain JSON object (our own
 * minimal type, so the core needs no Vega-Lite dependency) that `vega-lite`'s `compile`, `vega-embed`
 * or a Jupyter/Observable cell renders.
 *
 * @example
 * ```ts
 * import { toVegaLite, type VegaLiteSpec } from 'nsatu/export';
 *
 * const spec: VegaLiteSpec = toVegaLite([{ donor: 'DEU', n: 3 }], { x: 'donor', y: 'n' });
 * spec.encoding.y // => { field: 'n', type: 'quantitative', title: 'n' }
 * JSON.parse(JSON.stringify(spec)) // => spec
 * ```
 *
 * @category Export
 */
export interface VegaLiteSpec {
  /** `https://vega.github.io/schema/vega-lite/v5.json`. */
  readonly $schema: string;
  /** The chart's title. */
  readonly title?: string;
  /** Width of the plot in pixels. */
  readonly width?: number;
  /** Height of the plot in pixels. */
  readonly height?: number;
  /** The data. */
  readonly data: {
    /** The rows, deep-copied, keys sorted. */
    readonly values: readonly Readonly<Record<string, unknown>>[];
  };
  /** The mark. */
  readonly mark: {
    /** Bars, lines, areas or points. */
    readonly type: 'bar' | 'line' | 'area' | 'point';
    /** Tooltips on, showing the encoded fields. */
    readonly tooltip: true;
  };
  /** Which field each channel shows, and how. */
  readonly encoding: {
    /** The x channel. */
    readonly x: {
      /** The field name, with `.`, `[`, `]` and quotes escaped by a backslash. */
      readonly field: string;
      /** The measurement type. */
      readonly type: 'quantitative' | 'temporal' | 'ordinal' | 'nominal';
      /** The axis or legend title: the field name as given. */
      readonly title: string;
      /** The order: `'-y'` (by the other axis, descending) or the values in time order. */
      readonly sort?: string | readonly string[];
      /** How temporal values are read: `utcyear`, `utcyearmonth` or `utcyearmonthdate`. */
      readonly timeUnit?: string;
      /** Stacking of bars and areas by colour. */
      readonly stack?: 'zero';
      /** On `color`: a legend that lists every value. */
      readonly legend?: {
        /** No limit (Vega's default drops the values past 30, with a warning). */
        readonly symbolLimit: 0;
      };
    };
    /** The y channel. */
    readonly y: VegaLiteSpec['encoding']['x'];
    /** The colour channel. */
    readonly color?: VegaLiteSpec['encoding']['x'];
  };
}

type Channel = VegaLiteSpec['encoding']['x'];
type Measurement = Channel['type'];
type Row = Readonly<Record<string, unknown>>;

/** Period labels as `aggregate`'s period keys write them: year, month, day, quarter. */
const PERIOD = /^\d{4}(?:-\d\d(?:-\d\d)?|-Q[1-4])?$/;
const TYPES: readonly unknown[] = ['quantitative', 'temporal', 'ordinal', 'nominal'];
const MARKS: readonly unknown[] = ['bar', 'line', 'area', 'point'];

function fail(message: string): never {
  throw new NsatuError('INVALID_ARGUMENT', message);
}

/** Escapes what Vega reads as nested access (`a.b`, `a[0]`) or quoting, so the name is one field. */
function escapeField(name: string): string {
  return name.replace(/[.[\]'"]/g, '\\$&');
}

/** The kind of a field's values (`number`, `string`, `boolean`), checking they are one kind. */
function kindOf(rows: readonly Row[], field: string): string | undefined {
  let kind: string | undefined;
  let first = -1;
  let present = false;
  for (const [i, row] of rows.entries()) {
    if (!Object.hasOwn(row, field)) continue;
    present = true;
    const value = row[field];
    if (value === null) continue;
    const k = typeof value;
    const at = `Row ${i}, field ${JSON.stringify(field)}`;
    // The rows are copies by now, so numbers are finite and the only other values are objects.
    if (k === 'object') {
      fail(`${at}: ${describe(value)} cannot be plotted; map it to a number or a string`);
    }
    // Vega groups values in plain objects, so `constructor` breaks its stack transform (see
    // vega/vega#3695, fixed for one transform only).
    if (k === 'string' && (value as string) in Object.prototype) {
      fail(`${at}: Vega cannot chart the value ${JSON.stringify(value)}; rename it`);
    }
    if (kind !== undefined && k !== kind) {
      fail(`${at} holds a ${k}, but row ${first} holds a ${kind}`);
    }
    kind = k;
    if (first < 0) first = i;
  }
  if (!present && rows.length > 0) fail(`No row has the field ${JSON.stringify(field)}`);
  return kind;
}

/** The distinct values of a string field when every one is a period label, in time order. */
function periods(rows: readonly Row[], field: string): string[] | undefined {
  const values = new Set<string>();
  for (const row of rows) {
    const value = Object.hasOwn(row, field) ? row[field] : undefined;
    if (typeof value !== 'string') continue;
    if (!PERIOD.test(value) && value !== UNSPECIFIED_PERIOD) return undefined;
    values.add(value);
  }
  // `unspecified` sorts after the digits already.
  return [...values].sort();
}

/** The encoding of one channel: type given or inferred, sort, time unit. */
function channel(
  rows: readonly Row[],
  field: unknown,
  name: string,
  given: unknown,
  line: boolean,
): Channel {
  if (typeof field !== 'string' || field === '') fail(`${name} must be a non-empty field name`);
  // No escape of a backslash survives Vega-Lite's field handling (vega/vega-lite#7066), and Vega
  // keys caches by field name in plain objects, so `constructor` fails (vega/vega-lite#8125).
  if (field.includes('\\') || field in Object.prototype) {
    fail(`${name}: Vega-Lite cannot chart a field named ${JSON.stringify(field)}; rename it`);
  }
  if (given !== undefined && !TYPES.includes(given)) {
    fail(`${name}Type must be one of ${TYPES.join(', ')}, not ${JSON.stringify(given)}`);
  }
  const kind = kindOf(rows, field);
  const labels = kind === 'string' ? periods(rows, field) : undefined;
  // Dates at one precision read as time on a line; bars, quarters and mixed labels stay ordinal.
  const length = labels?.[0]?.length ?? 0;
  // By length: `2024` a year, `2024-07` a month, `2024-07-15` a day; quarters are no dates.
  const unit = labels?.every((l) => l.length === length && !l.includes('Q'))
    ? ['utcyear', 'utcyearmonth', 'utcyearmonthdate'][(length - 4) / 3]
    : undefined;
  // A field with no value at all is taken as what such a field most often is: y a measure.
  const type = (given ??
    (kind === 'number' || (kind === undefined && name === 'y')
      ? 'quantitative'
      : labels
        ? line && unit
          ? 'temporal'
          : 'ordinal'
        : 'nominal')) as Measurement;
  return {
    field: escapeField(field),
    type,
    title: field,
    ...(type === 'ordinal' && labels ? { sort: labels } : {}),
    ...(type === 'temporal' && unit ? { timeUnit: unit } : {}),
  };
}

/**
 * Writes a Vega-Lite v5 chart spec for aggregated rows (aid by donor, by month stacked by donor,
 * fragmentation per capability), so notebooks and apps can plot without a rendering dependency in
 * nsatu.
 *
 * The measurement type of each field is inferred from its values, unless given: numbers are
 * `quantitative`; period labels (`2024`, `2024-07`, `2024-07-15`, `2024-Q3`, and `unspecified`)
 * are `ordinal`, sorted in time order, except that dates of one precision on a line, area or
 * point chart are `temporal` (read in UTC); other strings and booleans are `nominal`. Bars with a
 * nominal axis are sorted by the other, quantitative, axis, largest first. With `color`, bars and
 * areas are stacked, and the legend lists every value. Axis and legend titles are the field names;
 * names with `.`, `[`, `]` or quotes are escaped, so Vega-Lite reads them as one field, not a
 * nested path. Vega-Lite cannot read an encoded field whose name has a backslash, or is (or whose
 * string values are) a name every JavaScript object has, such as `constructor`: those are refused
 * rather than drawn as a broken chart.
 *
 * The rows are deep-copied into `data.values`, keys sorted, so later changes to them do not
 * change the spec and the spec does not depend on key order. A missing or `null` value is not
 * plotted (Vega-Lite leaves it out).
 *
 * @param rows - Plain objects, such as the rows of {@link nsatu!summarizeAid} or {@link nsatu!fragmentation}.
 * @param options - The fields on `x`, `y` and `color`, the mark, types, title and size.
 * @returns The spec, a plain JSON object.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for an empty or missing field name, a field that
 *   no row has, an encoded value that is not a number, string or boolean (naming the row and
 *   field), a field mixing kinds, a value JSON cannot hold (`NaN`, `Infinity`, a function, a
 *   `Date`, a cycle: naming its path), a name or value Vega-Lite cannot chart, an unknown mark or
 *   type, or a size that is not a positive number.
 *
 * @example
 * ```ts
 * import { toVegaLite } from 'nsatu/export';
 *
 * const rows = [
 *   { month: '2024-08', donor: 'DEU', eur: 5 },
 *   { month: '2024-07', donor: 'GBR', eur: 2 },
 *   { month: '2024-07', donor: 'DEU', eur: 3 },
 * ];
 * const spec = toVegaLite(rows, { x: 'month', y: 'eur', color: 'donor', title: 'Aid by month' });
 * spec.mark // => { type: 'bar', tooltip: true }
 * spec.encoding.x // => { field: 'month', type: 'ordinal', title: 'month', sort: ['2024-07', '2024-08'] }
 * spec.encoding.y.stack // => 'zero'
 * spec.encoding.color?.type // => 'nominal'
 * toVegaLite([{ capability: 'iamd', n: 17 }], { x: 'capability', y: 'n' }).encoding.x.sort // => '-y'
 * toVegaLite(rows, { x: 'month', y: 'eur', mark: 'line' }).encoding.x.timeUnit // => 'utcyearmonth'
 * toVegaLite([{ 'a.b': 'x', n: 1 }], { x: 'a.b', y: 'n' }).encoding.x.field // => 'a\\.b'
 * toVegaLite([{ donor: 'DEU', value: { EUR: 5 } }], { x: 'donor', y: 'value' }) // => throws INVALID_ARGUMENT
 * toVegaLite([{ donor: 'DEU', n: Number.NaN }], { x: 'donor', y: 'n' }) // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Export
 */
export function toVegaLite(rows: readonly object[], options: VegaLiteOptions): VegaLiteSpec {
  options = optionsOf('toVegaLite', options) as VegaLiteOptions;
  if (!Array.isArray(rows)) fail('toVegaLite charts an array of rows');
  const values = (rows as readonly unknown[]).map((row, i) => {
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      fail(`Row ${i} is not an object`);
    }
    // A deep copy through JSON text: keys sorted, so the spec depends on no key order, and
    // everything JSON cannot hold refused, naming its path.
    return JSON.parse(writeJson(row, undefined, [i], '')) as Row;
  });
  const { mark = 'bar', title, width, height } = options;
  if (!MARKS.includes(mark)) fail(`mark must be one of ${MARKS.join(', ')}, not ${describe(mark)}`);
  if (title !== undefined && typeof title !== 'string') fail('title must be a string');
  for (const [name, size] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (size !== undefined && !(typeof size === 'number' && size > 0 && size < Infinity)) {
      fail(`${name} must be a positive number of pixels, not ${String(size)}`);
    }
  }
  const line = mark !== 'bar';
  const x = channel(values, options.x, 'x', options.xType, line);
  const y = channel(values, options.y, 'y', options.yType, line);
  const color =
    options.color === undefined
      ? undefined
      : channel(values, options.color, 'color', options.colorType, line);
  // The measure is the one quantitative axis; bars sort the other axis by it, and colour stacks
  // bars and areas along it.
  const xq = x.type === 'quantitative';
  const measure = xq === (y.type === 'quantitative') ? undefined : xq ? 'x' : 'y';
  const encoding = { x, y } as { x: Channel; y: Channel; color?: Channel };
  if (measure) {
    const other = measure === 'y' ? 'x' : 'y';
    if (mark === 'bar' && encoding[other].type === 'nominal') {
      encoding[other] = { ...encoding[other], sort: `-${measure}` };
    }
    if (color && (mark === 'bar' || mark === 'area')) {
      encoding[measure] = { ...encoding[measure], stack: 'zero' };
    }
  }
  if (color) {
    encoding.color =
      color.type === 'quantitative' ? color : { ...color, legend: { symbolLimit: 0 } };
  }
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    ...(title === undefined ? {} : { title }),
    ...(width === undefined ? {} : { width }),
    ...(height === undefined ? {} : { height }),
    data: { values },
    mark: { type: mark, tooltip: true },
    encoding,
  };
}
