import type { Dataset } from '../dataset/schema.ts';

/**
 * Options of {@link toJson}. STUB: being written.
 *
 * @category Export
 */
export interface ToJsonOptions {
  /** Spaces to indent by; `0` for one line. Default `2`. */
  readonly indent?: number | undefined;
}

/**
 * A dataset as stable JSON text. STUB: being written.
 *
 * @param ds - A dataset.
 * @param options - Indentation.
 * @returns JSON text.
 * @category Export
 */
export function toJson(ds: Dataset, options: ToJsonOptions = {}): string {
  void ds;
  void options;
  throw new Error('toJson: not implemented yet');
}
