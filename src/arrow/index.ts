/**
 * Apache Arrow out (`nsatu/arrow`): `toArrow` writes rows as Arrow IPC bytes, the hand-off to
 * DuckDB, Polars, pandas or Spark. A separate entry so the Arrow writer loads only when used.
 *
 * @packageDocumentation
 * @module nsatu/arrow
 */

export { toArrow } from '../export/arrow.ts';
export type { ToArrowOptions } from '../export/arrow.ts';
