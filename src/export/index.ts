/**
 * Formats other tools read (`nsatu/export`): the command chart as Mermaid or Graphviz DOT, a
 * Vega-Lite chart spec for aggregated rows, and a dataset as stable JSON. A separate entry so code
 * that only queries a dataset does not carry the renderers; CSV is in `nsatu/csv` and Apache Arrow
 * in `nsatu/arrow`.
 *
 * @packageDocumentation
 * @module nsatu/export
 */

export type { ChartOptions } from './chart.ts';
export { toMermaid } from './mermaid.ts';
export { toDot } from './dot.ts';
export { toVegaLite } from './vegaLite.ts';
export type { VegaLiteOptions, VegaLiteSpec } from './vegaLite.ts';
export { toJson } from './json.ts';
export type { ToJsonOptions } from './json.ts';
