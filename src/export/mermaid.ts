import type { Dataset } from '../dataset/schema.ts';
import type { ChartOptions } from './chart.ts';

/**
 * The command chart as a Mermaid flowchart. STUB: being written.
 *
 * @param ds - A dataset.
 * @param options - Root, date and authorities.
 * @returns Mermaid source.
 * @category Export
 */
export function toMermaid(ds: Dataset, options: ChartOptions = {}): string {
  void ds;
  void options;
  throw new Error('toMermaid: not implemented yet');
}
