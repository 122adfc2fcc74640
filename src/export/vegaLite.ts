/**
 * Options of {@link toVegaLite}. STUB: being written.
 *
 * @category Export
 */
export interface VegaLiteOptions {
  /** The field on the x axis. */
  readonly x: string;
  /** The field on the y axis. */
  readonly y: string;
  /** The field that colours (and stacks) the marks. */
  readonly color?: string | undefined;
  /** The mark. Default `bar`. */
  readonly mark?: 'bar' | 'line' | 'area' | 'point' | undefined;
}

/**
 * A Vega-Lite v5 specification: a plain JSON object. STUB: being written.
 *
 * @category Export
 */
export type VegaLiteSpec = Readonly<Record<string, unknown>>;

/**
 * A Vega-Lite v5 chart spec for aggregated rows. STUB: being written.
 *
 * @param rows - Rows.
 * @param options - Encoding.
 * @returns The spec.
 * @category Export
 */
export function toVegaLite(
  rows: readonly Readonly<Record<string, unknown>>[],
  options: VegaLiteOptions,
): VegaLiteSpec {
  void rows;
  void options;
  throw new Error('toVegaLite: not implemented yet');
}
