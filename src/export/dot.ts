import type { Dataset } from '../dataset/schema.ts';
import { chart, type ChartOptions } from './chart.ts';

/** The `style` of each line kind (see `ChartEdge.line`). */
const STYLES = ['bold', 'solid', 'dotted', 'dashed, constraint=false'];

/** Text for a quoted DOT label: `\` and `"` escaped, `&` as `&amp;` (Graphviz reads entities). */
const esc = (text: string): string =>
  text.replace(/["\\&]/g, (c) => (c === '&' ? '&amp;' : `\\${c}`));

/**
 * Writes the command chart as a Graphviz DOT digraph: one box per organisation active on `asOf`,
 * one edge per tie in force, from the subordinate up to the superior (`rankdir=BT` puts superiors
 * on top), labelled with its authority.
 *
 * Line styles: the NATO command authorities (`FULLCOM` … `TACON`) `bold`; `reports-to` and
 * `political-control` `solid`; `ADCON` and `LOGCON` `dotted`; lateral ties
 * (`coordinating-authority`, `supports`, `liaison`, `coordinates-with`) `dashed` and
 * `constraint=false` (they do not rank the chart). An organisation whose post holder also holds a
 * post in another organisation on that date gets a line "dual-hatted: name" and a double border
 * (`peripheries=2`).
 *
 * Ids are the organisation ids, quoted (an id that skipped validation and is not kebab-case is
 * named `_` and its position). Labels are quoted DOT strings with `\` and `"` escaped and `&`
 * written `&amp;` (Graphviz reads entities in labels), so no name can break the syntax or change
 * its text; line breaks in a name become `\n`, other control characters spaces. The text is
 * sorted by id, one statement a line. Render with `dot -Tsvg`.
 *
 * @param ds - A dataset.
 * @param options - `root`, `asOf` (default the dataset's) and `via` (default the operational line).
 * @returns DOT source, ending with a line break.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` for an unknown `root`; with a `root`, what
 *   {@link nsatu!reportingChain} and {@link nsatu!subordinates} throw for it (`NOT_ACTIVE`, `AMBIGUOUS`,
 *   `CYCLE`).
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed `asOf` or `via`.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { toDot } from 'nsatu/export';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = loadDataset({
 *   organisations: [
 *     { id: 'nsatu', name: 'NSATU', kind: 'command' },
 *     { id: 'shape', name: 'SHAPE "Mons"', kind: 'strategic-command' },
 *   ],
 *   relationships: [{ id: 'r1', subordinate: 'nsatu', superior: 'shape', authority: 'reports-to' }],
 * });
 * toDot(ds).split('\n')
 * // => ['digraph chart {', '  rankdir=BT', '  node [shape=box]', '  "nsatu" [label="NSATU"]', '  "shape" [label="SHAPE \\"Mons\\""]', '  "nsatu" -> "shape" [label="reports-to", style=solid]', '}', '']
 * toDot(defaultDataset(), { asOf: '2025-03-01' }).includes('"nsatu" [label="NSATU\\ndual-hatted: Curtis A. Buzzard", peripheries=2]')
 * // => true
 * ```
 *
 * @category Export
 */
export function toDot(ds: Dataset, options: ChartOptions = {}): string {
  const { nodes, edges } = chart('toDot', ds, options);
  const ids = nodes.map((n, i) => `"${n.kebab ? n.id : `_${String(i)}`}"`);
  const out = ['digraph chart {', '  rankdir=BT', '  node [shape=box]'];
  nodes.forEach((n, i) =>
    out.push(
      `  ${ids[i] as string} [label="${n.lines.map(esc).join('\\n')}"${n.dual ? ', peripheries=2' : ''}]`,
    ),
  );
  for (const e of edges) {
    out.push(
      `  ${ids[e.from] as string} -> ${ids[e.to] as string} [label="${e.authority}", style=${STYLES[e.line] as string}]`,
    );
  }
  return `${out.join('\n')}\n}\n`;
}
