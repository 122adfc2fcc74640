/** Options of {@link toArrow}. */
export interface ToArrowOptions {
  /** Columns to write, in order; by default every key of the rows, in first-seen order. */
  readonly columns?: readonly string[];
}

/**
 * Writes rows as Apache Arrow IPC (stream format) bytes. STUB: being implemented.
 *
 * @param rows - Plain objects.
 * @param options - Columns.
 * @returns The IPC bytes.
 */
export function toArrow(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: ToArrowOptions = {},
): Uint8Array {
  void rows;
  void options;
  throw new Error('toArrow: not implemented yet');
}
