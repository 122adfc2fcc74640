import type { DatasetIssue } from './dataset/issues.ts';

/**
 * Every error code nsatu throws, as a literal union: `INVALID_DATASET` (see {@link DatasetError}),
 * `INVALID_ARGUMENT` (an option or argument out of its domain), `MISSING_RATE` (money in a
 * currency with no conversion rate given), `MIXED_STAGES` (a total over aid stages that must not
 * be added), `INVALID_CSV` (a CSV file that cannot be read at all), and the codes of
 * {@link ChainError}.
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
export type NsatuErrorCode =
  | 'INVALID_DATASET'
  | 'INVALID_ARGUMENT'
  | 'MISSING_RATE'
  | 'MIXED_STAGES'
  | 'INVALID_CSV'
  | ChainErrorCode;

/**
 * Why a reporting chain cannot be resolved: `UNKNOWN_ID` (no such organisation or post),
 * `NOT_ACTIVE` (the node, or every tie it has on the lines asked for, is outside `asOf`),
 * `AMBIGUOUS` (two superiors at one step; the error names them), `CYCLE` (the chain comes back on
 * itself).
 *
 * @example
 * ```ts
 * import type { ChainErrorCode } from 'nsatu';
 *
 * const code: ChainErrorCode = 'AMBIGUOUS';
 * code // => 'AMBIGUOUS'
 * ```
 *
 * @category Errors
 */
export type ChainErrorCode = 'UNKNOWN_ID' | 'NOT_ACTIVE' | 'AMBIGUOUS' | 'CYCLE';

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
 *   error instanceof DatasetError; // => true
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
    super(
      'INVALID_DATASET',
      first ? `Invalid dataset: ${first.message}${more}` : 'Invalid dataset',
    );
    this.name = 'DatasetError';
    this.issues = issues;
  }
}

/**
 * Thrown when a reporting-chain query cannot be answered exactly: an unknown id, a node not active
 * on the date, two superiors at one step (never picked silently), or a cycle.
 *
 * @example
 * ```ts
 * import { ChainError, loadDataset, reportingChain } from 'nsatu';
 *
 * const ds = loadDataset({ organisations: [{ id: 'nsatu', name: 'NSATU', kind: 'command', from: '2024-12' }] });
 * try {
 *   reportingChain(ds, 'nsatu', { asOf: '2024-06-01' });
 * } catch (error) {
 *   error instanceof ChainError; // => true
 *   (error as ChainError).code; // => 'NOT_ACTIVE'
 *   (error as ChainError).id // => 'nsatu'
 * }
 * ```
 *
 * @category Errors
 */
export class ChainError extends NsatuError {
  declare readonly code: ChainErrorCode;
  /** The id the failing step is about. */
  readonly id: string;
  /** For `AMBIGUOUS`, the competing superiors; for `CYCLE`, the ids on the cycle. */
  readonly candidates: readonly string[];

  /**
   * Creates a chain error.
   *
   * @param code - Why the chain cannot be resolved.
   * @param id - The id the failing step is about.
   * @param message - A human-readable explanation.
   * @param candidates - Competing superiors, or the ids on a cycle.
   */
  constructor(
    code: ChainErrorCode,
    id: string,
    message: string,
    candidates: readonly string[] = [],
  ) {
    super(code, message);
    this.name = 'ChainError';
    this.id = id;
    this.candidates = candidates;
  }
}
