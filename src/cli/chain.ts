import { toCsv } from '../csv/index.ts';
import {
  explainChain,
  reportingChain,
  type ChainAuthority,
  type Dataset,
  type PartialDate,
} from '../index.ts';
import { printable } from './color.ts';

/**
 * Options of {@link renderChain}.
 *
 * @internal
 */
export interface RenderChainOptions {
  readonly asOf: PartialDate;
  readonly via?: readonly ChainAuthority[] | undefined;
  readonly format: 'text' | 'md' | 'json' | 'csv';
  readonly spreadsheetSafe: boolean;
  readonly heading: (line: string) => string;
}

/**
 * Renders `nsatu chain <id>`: the links up to the top, each with the reason it holds. As CSV, one
 * row a link: step, subordinate, superior, authority, capacity, from, until, relationship id and
 * the explanation.
 *
 * @internal
 */
export function renderChain(ds: Dataset, id: string, options: RenderChainOptions): string {
  const { asOf, via, format } = options;
  const chainOptions = { asOf, ...(via === undefined ? {} : { via }) };
  if (format === 'json') {
    const links = reportingChain(ds, id, chainOptions);
    return `${JSON.stringify({ id, asOf, links }, null, 2)}\n`;
  }
  const lines = explainChain(ds, id, chainOptions);
  if (format === 'csv') {
    const rows = reportingChain(ds, id, chainOptions).map((link, i) => ({
      step: i + 1,
      subordinate: link.subordinate,
      superior: link.superior,
      authority: link.authority,
      capacity: link.relationship.capacity,
      from: link.relationship.from,
      until: link.relationship.until,
      relationship: link.relationship.id,
      explanation: lines[i],
    }));
    return toCsv(rows, {
      columns: [
        'step',
        'subordinate',
        'superior',
        'authority',
        'capacity',
        'from',
        'until',
        'relationship',
        'explanation',
      ],
      spreadsheetSafe: options.spreadsheetSafe,
    });
  }
  const head = `Chain of ${id} as of ${asOf}`;
  return format === 'md'
    ? `## ${printable(head)}\n\n${lines.map((l) => `1. ${l}`).join('\n')}\n`
    : `${options.heading(printable(head))}\n${lines.map((l, i) => `${String(i + 1)}. ${l}`).join('\n')}\n`;
}
