import type { DedupeResult } from '../index.ts';
import { tableToMarkdown, tableToText, type Table } from './table.ts';

/**
 * Renders the result of `nsatu dedupe`: the groups and the unresolved names.
 *
 * @param result - What {@link dedupeWeaponTypes} returned.
 * @param format - Text, Markdown or JSON.
 * @returns The text to print.
 *
 * @internal
 */
export function renderDedupe(result: DedupeResult, format: 'text' | 'md' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(result, null, 2)}\n`;
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
  return format === 'md'
    ? [tableToMarkdown(groups), tableToMarkdown(unresolved)].join('\n')
    : [tableToText(groups), tableToText(unresolved)].join('\n');
}
