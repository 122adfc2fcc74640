import type * as z from 'zod';

/**
 * Every code a dataset issue can carry. Shape problems: `INVALID_TYPE`, `REQUIRED`, `UNKNOWN_KEY`,
 * `INVALID_VALUE`, `INVALID_FORMAT`, `INVALID_DATE`, `INVALID_NUMBER`, `NEGATIVE_AMOUNT`,
 * `TOO_BIG`, `TOO_SMALL`. Integrity problems: `DUPLICATE_ID`, `UNKNOWN_REFERENCE`,
 * `INTERVAL_ORDER`, `OUTSIDE_LIFETIME`, `CYCLE`, `MULTIPLE_SUPERIORS`, `MULTIPLE_HOLDERS`.
 *
 * @example
 * ```ts
 * import { DatasetIssueCodeValues } from 'nsatu';
 *
 * DatasetIssueCodeValues.includes('DUPLICATE_ID') // => true
 * ```
 *
 * @category Dataset
 */
export const DatasetIssueCodeValues = [
  'INVALID_TYPE',
  'REQUIRED',
  'UNKNOWN_KEY',
  'INVALID_VALUE',
  'INVALID_FORMAT',
  'INVALID_DATE',
  'INVALID_NUMBER',
  'NEGATIVE_AMOUNT',
  'TOO_BIG',
  'TOO_SMALL',
  'DUPLICATE_ID',
  'UNKNOWN_REFERENCE',
  'INTERVAL_ORDER',
  'OUTSIDE_LIFETIME',
  'CYCLE',
  'MULTIPLE_SUPERIORS',
  'MULTIPLE_HOLDERS',
] as const;

/**
 * The stable code of a dataset issue (see {@link DatasetIssueCodeValues}).
 *
 * @example
 * ```ts
 * import type { DatasetIssueCode } from 'nsatu';
 *
 * const code: DatasetIssueCode = 'CYCLE';
 * code // => 'CYCLE'
 * ```
 *
 * @category Dataset
 */
export type DatasetIssueCode = (typeof DatasetIssueCodeValues)[number];

/**
 * A path into a JSON document: object keys and array indexes from the root.
 *
 * @example
 * ```ts
 * import type { JsonPath } from 'nsatu';
 *
 * const path: JsonPath = ['relationships', 3, 'superior'];
 * path.length // => 3
 * ```
 *
 * @category Dataset
 */
export type JsonPath = readonly (string | number)[];

/**
 * One problem found in a dataset: a stable `code`, the `path` of the offending value, a human
 * `message`, and for problems that involve several places (a duplicate id, a cycle) the `related`
 * paths.
 *
 * @example
 * ```ts
 * import { parseDataset, type DatasetIssue } from 'nsatu';
 *
 * const result = parseDataset({ nations: [{ id: 'UKR', name: 'Ukraine' }, { id: 'UKR', name: 'Ukraine' }] });
 * const issue: DatasetIssue | undefined = result.ok ? undefined : result.issues[0];
 * issue?.code // => 'DUPLICATE_ID'
 * issue?.path // => ['nations', 1, 'id']
 * issue?.related // => [['nations', 0, 'id']]
 * ```
 *
 * @category Dataset
 */
export interface DatasetIssue {
  /** The stable code. */
  readonly code: DatasetIssueCode;
  /** Where the problem is. */
  readonly path: JsonPath;
  /** What is wrong, in words. */
  readonly message: string;
  /** Other places involved (the first occurrence of a duplicate id, the other ties of a cycle). */
  readonly related?: readonly JsonPath[];
}

const SIMPLE_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path as a JSONPath expression: `$.relationships[3].superior`.
 *
 * @param path - Keys and indexes from the root.
 * @returns The JSONPath string; keys that are not identifiers are quoted (`$["a b"]`).
 *
 * @example
 * ```ts
 * import { formatPath } from 'nsatu';
 *
 * formatPath(['relationships', 3, 'superior']) // => '$.relationships[3].superior'
 * formatPath(['organisations', 0, '__proto__']) // => '$.organisations[0].__proto__'
 * formatPath(['a b']) // => '$["a b"]'
 * ```
 *
 * @category Dataset
 */
export function formatPath(path: JsonPath): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${String(key)}]`;
    else if (SIMPLE_KEY.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/**
 * Formats an issue as one line: `$.path: message [CODE]`.
 *
 * @param issue - A dataset issue.
 * @returns A single line of text.
 *
 * @example
 * ```ts
 * import { formatIssue } from 'nsatu';
 *
 * formatIssue({ code: 'REQUIRED', path: ['nations', 0, 'name'], message: 'Required' })
 * // => '$.nations[0].name: Required [REQUIRED]'
 * ```
 *
 * @category Dataset
 */
export function formatIssue(issue: DatasetIssue): string {
  return `${formatPath(issue.path)}: ${issue.message} [${issue.code}]`;
}

/** Reads the value at a path of an untrusted input without invoking getters or prototypes. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(node, key);
    if (!descriptor || !('value' in descriptor)) return undefined;
    node = descriptor.value;
  }
  return node;
}

function toJsonPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return String(value);
  }
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const NUMBER_LIKE = new Set(['number', 'int']);

/**
 * Turns zod's issues into dataset issues with our stable codes; one issue per unknown key.
 *
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], input: unknown): DatasetIssue[] {
  const out: DatasetIssue[] = [];
  for (const issue of issues) {
    const path = toJsonPath(issue.path);
    switch (issue.code) {
      case 'invalid_type': {
        const value = valueAt(input, issue.path);
        if (value === undefined) {
          out.push({ code: 'REQUIRED', path, message: `Required ${issue.expected} is missing` });
        } else if (typeof value === 'number' && NUMBER_LIKE.has(issue.expected)) {
          // A finite number fails a number schema only when an integer was expected.
          out.push({
            code: 'INVALID_NUMBER',
            path,
            message: Number.isFinite(value)
              ? `Expected an integer, got ${String(value)}`
              : `Expected a finite number, got ${describe(value)}`,
          });
        } else {
          out.push({
            code: 'INVALID_TYPE',
            path,
            message: `Expected ${issue.expected}, got ${describe(value)}`,
          });
        }
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          out.push({ code: 'UNKNOWN_KEY', path: [...path, key], message: `Unknown key "${key}"` });
        }
        break;
      case 'invalid_format':
        out.push({ code: 'INVALID_FORMAT', path, message: issue.message });
        break;
      case 'too_big':
        out.push({ code: 'TOO_BIG', path, message: issue.message });
        break;
      case 'too_small':
        out.push({ code: 'TOO_SMALL', path, message: issue.message });
        break;
      case 'not_multiple_of':
        out.push({ code: 'INVALID_NUMBER', path, message: issue.message });
        break;
      case 'custom': {
        const code = (issue.params as { code?: DatasetIssueCode } | undefined)?.code;
        out.push({ code: code ?? 'INVALID_VALUE', path, message: issue.message });
        break;
      }
      default:
        out.push({ code: 'INVALID_VALUE', path, message: issue.message });
    }
  }
  return out;
}
