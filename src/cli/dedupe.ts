import { toCsv } from '../csv/index.ts';
import type { DedupeResult } from '../index.ts';
import { tableToMarkdown, tableToText, type Table } from './table.ts';

/**
 * Options of {@link renderDedupe}.
 *
 * @internal
 */
export interface RenderDedupeOptions {
  /** Neutralise CSV cells a spreadsheet would run as a formula. Default `true`. */
  readonly spreadsheetSafe?: boolean | undefined;
  /** Styles headings in text output; the second argument marks a warning. */
  readonly heading?: ((line: string, warn: boolean) => string) | undefined;
}

/**
 * Renders the result of `nsatu dedupe`: the groups and the unresolved names. As CSV, one row per
 * distinct name: the name, its count, the type it belongs to, or why it has none.
 *
 * @param result - What {@link dedupeWeaponTypes} returned.
 * @param format - Text, Markdown, JSON or CSV.
 * @param options - Spreadsheet safety of CSV, heading style of text.
 * @returns The text to print.
 *
 * @internal
 */
export function renderDedupe(
  result: DedupeResult,
  format: 'text' | 'md' | 'json' | 'csv',
  options: RenderDedupeOptions = {},
): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
  if (format === 'csv') {
    const rows = [
      ...result.groups.flatMap((g) =>
        g.names.map((n) => ({ name: n.name, count: n.count, type: g.id, status: 'resolved' })),
      ),
      ...result.unresolved.map((u) => ({
        name: u.name,
        count: u.count,
        type: '',
        status: u.reason,
        candidates: u.candidates.join('; '),
      })),
    ];
    return toCsv(rows, {
      columns: ['name', 'count', 'type', 'status', 'candidates'],
      spreadsheetSafe: options.spreadsheetSafe ?? true,
    });
  }
  const total = (list: readonly { count: number }[]) => list.reduce((n, x) => n + x.count, 0);
  const groups: Table = {
    title: `${String(result.groups.length)} weapon types from ${String(total(result.groups))} names`,
    columns: ['type', 'names', 'spellings'],
    rows: result.groups.map((g) => [
      g.id,
      String(g.count),
      g.names.map((n) => (n.count > 1 ? `${n.name} (${String(n.count)})` : n.name)).join('; '),
    ]),
  };
  const unresolved: Table = {
    title: `${String(result.unresolved.length)} names left unresolved (${String(total(result.unresolved))} occurrences)`,
    columns: ['name', 'count', 'reason'],
    rows: result.unresolved.map((u) => [
      u.name,
      String(u.count),
      u.reason === 'ambiguous' ? `ambiguous: ${u.candidates.join(', ')}` : 'unknown',
    ]),
  };
  if (format === 'md') return [tableToMarkdown(groups), tableToMarkdown(unresolved)].join('\n');
  const heading = options.heading ?? ((line: string) => line);
  return [
    tableToText(groups, 80, (line) => heading(line, false)),
    tableToText(unresolved, 80, (line) => heading(line, unresolved.rows.length > 0)),
  ].join('\n');
}
