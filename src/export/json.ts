import { DatasetSchema, DatasetTableValues, type Dataset } from '../dataset/schema.ts';
import { formatPath } from '../dataset/issues.ts';
import { NsatuError } from '../errors.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link toJson}.
 *
 * @example
 * ```ts
 * import type { ToJsonOptions } from 'nsatu/export';
 *
 * const oneLine: ToJsonOptions = { indent: 0 };
 * oneLine.indent // => 0
 * ```
 *
 * @category Export
 */
export interface ToJsonOptions {
  /** Spaces to indent by, an integer from 0 to 10; `0` writes one line. Default `2`. */
  readonly indent?: number | undefined;
}

/** What `toJson` reads of a zod schema: its key order, and the schemas of its keys and items. */
interface SchemaNode {
  readonly _zod: {
    readonly def: {
      readonly shape?: Readonly<Record<string, SchemaNode>>;
      readonly element?: SchemaNode;
      readonly innerType?: SchemaNode;
    };
  };
}

/** Deeper than any dataset: past it, input is a cycle or junk, refused before the stack overflows. */
const MAX_DEPTH = 100;

/**
 * Names a value in an error message: `NaN`, `a function`, `a Date`.
 *
 * @internal
 */
export function describe(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'bigint') return `${String(value)}n`;
  if (typeof value !== 'object' || value === null) return String(value);
  if (Array.isArray(value)) return 'an array';
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
  const name = proto?.constructor?.name;
  return proto === Object.prototype || typeof name !== 'string' || !name
    ? 'an object'
    : `a ${name}`;
}

/** Runs `run` with `key` on the end of `path`: one path array for the whole walk. */
function at<T>(path: (string | number)[], key: string | number, run: () => T): T {
  path.push(key);
  const result = run();
  path.pop();
  return result;
}

/**
 * The JSON text of a value, keys in the order of `schema`'s shape, then any others sorted (all of
 * them without a schema); throws for what JSON cannot write exactly.
 *
 * @internal
 */
export function writeJson(
  value: unknown,
  schema: SchemaNode | undefined,
  path: (string | number)[],
  step: string,
): string {
  let def = schema?._zod.def;
  // Optional, default, nullable and readonly wrappers hold the schema that has the shape.
  while (def?.innerType) def = def.innerType._zod.def;
  if (value === null || typeof value === 'boolean') return String(value);
  // JSON writes -0 as 0, but reads `-0` back as -0: write it so.
  if (Object.is(value, -0)) return '-0';
  if (typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value))) {
    return JSON.stringify(value);
  }
  if (typeof value === 'object' && path.length < MAX_DEPTH) {
    const pad = `\n${step.repeat(path.length)}`;
    const inner = step ? pad + step : '';
    const end = step ? pad : '';
    if (Array.isArray(value)) {
      const items = Array.from(value, (item, i) =>
        at(path, i, () => writeJson(item, def?.element, path, step)),
      );
      return items.length ? `[${inner}${items.join(`,${inner}`)}${end}]` : '[]';
    }
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const object = value as Readonly<Record<string, unknown>>;
      const shape = def?.shape ?? {};
      const keys = Object.keys(object).filter((key) => object[key] !== undefined);
      const known = Object.keys(shape).filter((key) => keys.includes(key));
      const order = [...known, ...keys.filter((key) => !Object.hasOwn(shape, key)).sort()];
      const members = order.map(
        (key) =>
          `${JSON.stringify(key)}:${step ? ' ' : ''}${at(path, key, () => writeJson(object[key], Object.hasOwn(shape, key) ? shape[key] : undefined, path, step))}`,
      );
      return members.length ? `{${inner}${members.join(`,${inner}`)}${end}}` : '{}';
    }
  }
  throw new NsatuError(
    'INVALID_ARGUMENT',
    path.length < MAX_DEPTH
      ? `${formatPath(path)} holds ${describe(value)}, which JSON cannot hold`
      : `${formatPath(path.slice(0, 3))} is nested over ${MAX_DEPTH} levels deep (a cycle?)`,
  );
}

/**
 * Writes a dataset as stable, pretty-printed JSON text: the interchange format that
 * {@link nsatu!parseDataset} reads and {@link nsatu!datasetJsonSchema} describes.
 *
 * The same dataset always gives the same bytes, whatever the key order of its objects, so the
 * file diffs well under version control:
 *
 * - keys are in the order the schema declares them (`id` first, then the fields as documented),
 *   which reads better than an alphabetical order; any key the schema does not know follows,
 *   sorted by code unit (a parsed dataset has none);
 * - the metadata comes first, then every table in {@link nsatu!DatasetTableValues} order, a missing
 *   table written as `[]`;
 * - records stay in their dataset order, which is meaningful;
 * - `undefined` properties are left out, as JSON does; `-0` is written `-0`, which JSON reads
 *   back as -0 (`JSON.stringify` writes `0`); the text ends with a newline.
 *
 * @param ds - A dataset.
 * @param options - The indentation.
 * @returns The JSON text, ending with `\n`.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for an `indent` that is not an integer from 0 to
 *   10, a `ds` that is not an object, or a value JSON cannot write exactly (a non-finite number, a
 *   function, a `Date`, an `undefined` array item, a cycle), naming its path.
 *
 * @example
 * ```ts
 * import { loadDataset, parseDataset } from 'nsatu';
 * import { toJson } from 'nsatu/export';
 *
 * const ds = loadDataset({ nations: [{ name: 'Ukraine', id: 'UKR' }] });
 * const text = toJson(ds);
 * text.split('\n').slice(0, 8)
 * // => ['{', '  "sources": [],', '  "nations": [', '    {', '      "id": "UKR",', '      "name": "Ukraine"', '    }', '  ],']
 * toJson(ds, { indent: 0 }).startsWith('{"sources":[],"nations":[{"id":"UKR","name":"Ukraine"}]') // => true
 * const back = parseDataset(JSON.parse(text));
 * back.ok && back.dataset.nations // => ds.nations
 * toJson(ds, { indent: -1 }) // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Export
 */
export function toJson(ds: Dataset, options: ToJsonOptions = {}): string {
  options = optionsOf('toJson', options);
  const indent: unknown = options.indent ?? 2;
  if (!Number.isInteger(indent) || (indent as number) < 0 || (indent as number) > 10) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `indent must be an integer from 0 to 10, not ${String(indent)}`,
    );
  }
  if (typeof ds !== 'object' || (ds as unknown) === null || Array.isArray(ds)) {
    throw new NsatuError('INVALID_ARGUMENT', 'toJson writes a dataset object');
  }
  const root: Record<string, unknown> = { ...ds };
  for (const table of DatasetTableValues) if (root[table] === undefined) root[table] = [];
  return `${writeJson(root, DatasetSchema as unknown as SchemaNode, [], ' '.repeat(indent as number))}\n`;
}
