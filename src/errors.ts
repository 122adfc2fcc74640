import type { DatasetIssue } from './dataset/issues.ts';

/**
 * Every error code nsatu throws, as a literal union.
 *
 * @example
 * ```ts
 * import { NsatuError, type NsatuErrorCode } from 'nsatu';
 *
 * const code: NsatuErrorCode = 'INVALID_DATASET';
 * new NsatuError(code, 'bad data').code // => 'INVALID_DATASET'
 * ```
 *
 * @category Errors
 */
export type NsatuErrorCode = 'INVALID_DATASET' | 'INVALID_ARGUMENT';

/**
 * The base class of every error nsatu throws; `code` tells the kind apart without `instanceof`.
 *
 * @example
 * ```ts
 * import { NsatuError } from 'nsatu';
 *
 * const error = new NsatuError('INVALID_ARGUMENT', 'asOf must be a date');
 * error.code // => 'INVALID_ARGUMENT'
 * error instanceof Error // => true
 * ```
 *
 * @category Errors
 */
export class NsatuError extends Error {
  /** The stable code of this error. */
  readonly code: NsatuErrorCode;

  /**
   * Creates an error with a stable code.
   *
   * @param code - The stable error code.
   * @param message - A human-readable explanation.
   */
  constructor(code: NsatuErrorCode, message: string) {
    super(message);
    this.name = 'NsatuError';
    this.code = code;
  }
}

/**
 * Thrown when a dataset is invalid; `issues` lists every problem found, each with a code and a path.
 *
 * @example
 * ```ts
 * import { loadDataset, DatasetError } from 'nsatu';
 *
 * try {
 *   loadDataset({ organisations: [{ id: 'Not Kebab', name: 'x', kind: 'command' }] });
 * } catch (error) {
 *   error instanceof DatasetError // => true
 *   (error as DatasetError).issues[0]?.code // => 'INVALID_FORMAT'
 * }
 * ```
 *
 * @category Errors
 */
export class DatasetError extends NsatuError {
  /** Every problem found, in document order. */
  readonly issues: readonly DatasetIssue[];

  /**
   * Creates a dataset error from a complete list of issues.
   *
   * @param issues - Every problem found.
   */
  constructor(issues: readonly DatasetIssue[]) {
    const first = issues[0];
    const more = issues.length > 1 ? ` (and ${String(issues.length - 1)} more)` : '';
    super('INVALID_DATASET', first ? `Invalid dataset: ${first.message}${more}` : 'Invalid dataset');
    this.name = 'DatasetError';
    this.issues = issues;
  }
}
