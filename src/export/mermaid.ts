import type { Dataset } from '../dataset/schema.ts';
import { chart, type ChartOptions } from './chart.ts';

/** The arrow of each line kind (see `ChartEdge.line`). */
const ARROWS = ['==>', '-->', '-.->', '-.->'];

/** Text for a quoted Mermaid label: all but letters, digits, space and `.,'/_-` as entity codes. */
const safe = (text: string): string =>
  text.replace(/[^\p{L}\p{M}\p{N} .,'/_-]/gu, (c) => `#${String(c.codePointAt(0))};`);

/**
 * Writes the command chart as a Mermaid flowchart: one node per organisation active on `asOf`, one
 * arrow per tie in force, from the subordinate up to the superior (`flowchart BT` puts superiors
 * on top), labelled with its authority.
 *
 * Line styles: the NATO command authorities (`FULLCOM` … `TACON`) thick (`==>`); `reports-to`
 * and `political-control` solid (`-->`); `ADCON` and `LOGCON` dotted (`-.->`); lateral ties
 * (`coordinating-authority`, `supports`, `liaison`, `coordinates-with`) dashed (`-.->` with a
 * `linkStyle` dash pattern). An organisation whose post holder also holds a post in another
 * organisation on that date gets a line "dual-hatted: name" and the class `dual` (a thick border).
 *
 * Node ids are the organisation ids with `-` as `_` and an `n_` prefix, so no id is a Mermaid
 * keyword (an id that skipped validation and is not kebab-case is named `v` and its position).
 * Labels are quoted, with every character other than letters, digits, space and `.,'/_-` written
 * as a Mermaid entity code (`"` as `#34;`): no name can break the syntax, and as a label holds no
 * raw `<`, Mermaid's sanitiser keeps the codes, so `\n`, `fa:fa-x` or `$$` in a name stay text.
 * Line breaks in a name become Mermaid's `\n`, other control characters spaces. The text is
 * sorted by id, one statement a line. Mermaid refuses diagrams over 50,000 characters or 500
 * edges unless its `maxTextSize` and `maxEdges` are raised: chart a `root` to keep a chart small.
 *
 * @param ds - A dataset.
 * @param options - `root`, `asOf` (default the dataset's) and `via` (default the operational line).
 * @returns Mermaid source, ending with a line break.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` for an unknown `root`; with a `root`, what
 *   {@link nsatu!reportingChain} and {@link nsatu!subordinates} throw for it (`NOT_ACTIVE`, `AMBIGUOUS`,
 *   `CYCLE`).
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed `asOf` or `via`.
 *
 * @example
 * ```ts
 * import { loadDataset } from 'nsatu';
 * import { toMermaid } from 'nsatu/export';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = loadDataset({
 *   organisations: [
 *     { id: 'nsatu', name: 'NSATU', kind: 'command' },
 *     { id: 'shape', name: 'SHAPE "Mons"', kind: 'strategic-command' },
 *   ],
 *   relationships: [{ id: 'r1', subordinate: 'nsatu', superior: 'shape', authority: 'reports-to' }],
 * });
 * toMermaid(ds).split('\n')
 * // => ['flowchart BT', '  n_nsatu["NSATU"]', '  n_shape["SHAPE #34;Mons#34;"]', '  n_nsatu -->|reports-to| n_shape', '']
 * toMermaid(defaultDataset(), { asOf: '2025-03-01' }).includes('dual-hatted#58; Curtis A. Buzzard')
 * // => true
 * ```
 *
 * @category Export
 */
export function toMermaid(ds: Dataset, options: ChartOptions = {}): string {
  const { nodes, edges } = chart('toMermaid', ds, options);
  const ids = nodes.map((n, i) => (n.kebab ? `n_${n.id.replaceAll('-', '_')}` : `v${String(i)}`));
  const out = ['flowchart BT'];
  nodes.forEach((n, i) => out.push(`  ${ids[i] as string}["${n.lines.map(safe).join('\\n')}"]`));
  const dashed: number[] = [];
  edges.forEach((e, i) => {
    out.push(
      `  ${ids[e.from] as string} ${ARROWS[e.line] as string}|${safe(e.authority)}| ${ids[e.to] as string}`,
    );
    if (e.line === 3) dashed.push(i);
  });
  if (dashed.length > 0) out.push(`  linkStyle ${dashed.join(',')} stroke-dasharray:8 4`);
  const dual = ids.filter((_, i) => nodes[i]?.dual);
  if (dual.length > 0)
    out.push('  classDef dual stroke-width:4px', `  class ${dual.join(',')} dual`);
  return `${out.join('\n')}\n`;
}
