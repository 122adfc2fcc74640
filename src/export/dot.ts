import type { Dataset } from '../dataset/schema.ts';
import type { ChartOptions } from './chart.ts';

/**
 * The command chart as a Graphviz DOT digraph. STUB: being written.
 *
 * @param ds - A dataset.
 * @param options - Root, date and authorities.
 * @returns DOT source.
 * @category Export
 */
export function toDot(ds: Dataset, options: ChartOptions = {}): string {
  void ds;
  void options;
  throw new Error('toDot: not implemented yet');
}
