import type { Table } from './table.ts';

/**
 * Escapes text for HTML content and double- or single-quoted attribute values.
 *
 * @internal
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// A column is numeric when every cell is a number as the report writes them (`~56,000`, `2.50`)
// or a dash: those cells are right-aligned so that digits line up.
const NUMBER = /^(?:~?-?[\d,.]+|-)$/;

/**
 * Renders a report table as an HTML table with its title as the caption; every cell escaped.
 *
 * @internal
 */
export function tableToHtml(table: Table): string {
  const numeric = table.columns.map(
    (_, i) =>
      table.rows.length > 0 &&
      table.rows.every((r) => r[i] === undefined || r[i] === '' || NUMBER.test(r[i])),
  );
  const cell = (text: string, i: number) =>
    numeric[i] ? `<td class="num">${escapeHtml(text)}</td>` : `<td>${escapeHtml(text)}</td>`;
  const body =
    table.rows.length === 0
      ? `<tr><td colspan="${String(table.columns.length)}">(none)</td></tr>`
      : table.rows
          .map((r) => `<tr>${table.columns.map((_, i) => cell(r[i] ?? '', i)).join('')}</tr>`)
          .join('\n');
  const head = table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('');
  return `<div class="scroll"><table>\n<caption>${escapeHtml(table.title)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></div>`;
}

/**
 * Makes a rendered SVG document fit for inlining in HTML: drops the XML declaration, doctype and
 * comments (Graphviz writes its version there), and prefixes every id and reference to one so that
 * several SVGs on one page never share an id.
 *
 * @internal
 */
export function inlineSvg(svg: string, prefix: string): string {
  // No pattern here may scan past the next tag from every start: on a document of unclosed
  // declarations that is quadratic (test/internal/regexp.test.ts checks every pattern of src/).
  // So a doctype is taken without an internal subset, which neither Graphviz nor Vega writes.
  return withoutComments(svg)
    .replace(/<\?xml[^<>]*\?>/g, '')
    .replace(/<!DOCTYPE[^<>]*>/gi, '')
    .replace(/\sid="([^"]*)"/g, ` id="${prefix}-$1"`)
    .replace(/url\(#([^()]*)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]*)"/g, `href="#${prefix}-$1"`)
    .trim();
}

/** The text without its XML comments (an unclosed one is kept), in one pass. */
function withoutComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const start = text.indexOf('<!--', at);
    const end = start === -1 ? -1 : text.indexOf('-->', start + 4);
    if (end === -1) return out + text.slice(at);
    out += text.slice(at, start);
    at = end + 3;
  }
}

/**
 * A link to a source when its URL is an absolute http(s) URL; otherwise the text alone, so that a
 * `javascript:` or relative URL in a dataset never becomes a link.
 *
 * @internal
 */
export function linkTo(text: string, url: string | undefined): string {
  return url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url)
    ? `<a href="${escapeHtml(url)}" rel="noreferrer">${escapeHtml(text)}</a>`
    : escapeHtml(text);
}

/**
 * One section of the page: an id for the table of contents, a heading and its HTML body.
 *
 * @internal
 */
export interface HtmlSection {
  readonly id: string;
  readonly heading: string;
  readonly body: string;
}

// Charts and symbols sit on white in both colour schemes: Graphviz, Vega and milsymbol draw black
// on white. Graphviz sizes its labels with the metrics of Times; where no Times-like font is
// installed, a condensed serif keeps the labels inside their boxes.
const CSS = `:root{color-scheme:light dark;--fg:#1f2328;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--head:#f6f8fa;--link:#0969da}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#3d444d;--head:#151b23;--link:#4493f8}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:75rem;padding:1.5rem;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
h1{font-size:1.6rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2.5rem 0 .75rem;padding-bottom:.25rem;border-bottom:1px solid var(--line)}
a{color:var(--link)}
.meta,.note,figcaption{color:var(--muted);font-size:.9rem}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;padding:0;list-style:none}
.scroll{overflow-x:auto}
table{border-collapse:collapse;margin:.25rem 0 1rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:var(--head)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.sym{background:#fff}
td.sym svg{display:block;height:2rem;width:auto}
figure{margin:.25rem 0 1rem;padding:.5rem;background:#fff;color:#1f2328;border:1px solid var(--line);border-radius:6px;overflow-x:auto}
figure svg{display:block;max-width:100%;height:auto;margin:0 auto}
figure figcaption{color:#59636e}
#chart figure text{font-family:"Times New Roman",Times,"Liberation Serif","Nimbus Roman",serif;font-stretch:condensed}
.pair{display:grid;grid-template-columns:repeat(auto-fit,minmax(24rem,1fr));gap:0 1.5rem;align-items:start}
ol.why li,ol.sources li{margin:.25rem 0}
ol.sources{font-size:.85rem;columns:2 30rem;column-gap:2.5rem}
@media print{body{max-width:none;padding:0;font-size:10pt}nav{display:none}a{color:inherit}figure,tr{break-inside:avoid}h2{break-after:avoid}.scroll,figure{overflow:visible}}`;

/**
 * Lays out the page: head with inline CSS only (no scripts, no external resources), a title, the
 * report's date, a table of contents and the sections.
 *
 * @internal
 */
export function htmlPage(title: string, meta: string, sections: readonly HtmlSection[]): string {
  const toc = sections
    .map((s) => `<li><a href="#${escapeHtml(s.id)}">${escapeHtml(s.heading)}</a></li>`)
    .join('');
  const body = sections
    .map(
      (s) =>
        `<section id="${escapeHtml(s.id)}">\n<h2>${escapeHtml(s.heading)}</h2>\n${s.body}\n</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(meta)}</p>
<nav aria-label="Contents"><ul>${toc}</ul></nav>
</header>
<main>
${body}
</main>
</body>
</html>
`;
}
