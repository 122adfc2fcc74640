import { printable } from './color.ts';

/**
 * A plain table: a header row and data rows of strings.
 *
 * @internal
 */
export interface Table {
  readonly title: string;
  readonly columns: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * Wraps text at spaces into lines of at most `width` characters (a longer word stays whole).
 *
 * @internal
 */
export function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return [...lines, line];
}

/**
 * Renders a table as fixed-width text that fits `maxWidth` columns: the title is wrapped, the last
 * column is truncated first, so ids and dates on the left stay whole. Control characters in cells
 * are replaced, so a cell read from a file cannot drive the terminal.
 *
 * @internal
 */
export function tableToText(
  table: Table,
  maxWidth = 80,
  heading: (line: string) => string = (line) => line,
): string {
  const rows = table.rows.map((r) => r.map(printable));
  const widths = table.columns.map((c, i) =>
    Math.max(c.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const total = () => widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
  for (let i = widths.length - 1; i >= 0 && total() > maxWidth; i--) {
    const excess = total() - maxWidth;
    widths[i] = Math.max((table.columns[i] ?? '').length, (widths[i] ?? 0) - excess, 4);
  }
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => truncate(c, widths[i] ?? 0).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const body = rows.length === 0 ? ['(none)'] : rows.map(line);
  const title = wrap(printable(table.title), maxWidth).map(heading);
  return [...title, '', line(table.columns), rule, ...body, ''].join('\n');
}

function escapeMd(text: string): string {
  return printable(text).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * Renders a table as a GitHub-flavoured Markdown section.
 *
 * @internal
 */
export function tableToMarkdown(table: Table): string {
  const head = `| ${table.columns.map(escapeMd).join(' | ')} |`;
  const rule = `| ${table.columns.map(() => '---').join(' | ')} |`;
  const rows = table.rows.map((r) => `| ${r.map(escapeMd).join(' | ')} |`);
  return [`## ${table.title}`, '', head, rule, ...(rows.length ? rows : ['| (none) |']), ''].join(
    '\n',
  );
}
