import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

import { NsatuError, loadDataset, type Dataset } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

import { renderHtmlReport } from '../../src/cli/html.ts';
import { HTML_PACKAGES, loadRenderers } from '../../src/cli/htmlCharts.ts';
import { escapeHtml, inlineSvg, linkTo, tableToHtml } from '../../src/cli/htmlPage.ts';
import { at, smallDataset } from '../fixtures/small.ts';

const RENDERERS = ['@hpcc-js/wasm-graphviz', 'vega', 'vega-lite', 'milsymbol'];
const HOSTILE = `<script>alert("x")</script> & 'q'`;

/** The page without its sources list, where links (and only links) may point outside. */
function withoutSources(html: string): string {
  const start = html.indexOf('<section id="sources">');
  const end = html.indexOf('</section>', start);
  return html.slice(0, start) + html.slice(end);
}

function hostileDataset(): Dataset {
  const input = smallDataset();
  input.title = HOSTILE;
  input.sources = [
    { id: 's1', title: HOSTILE, publisher: `"P" & <b>`, url: 'javascript:alert(1)' },
    { id: 's2', title: 'Two', url: 'https://example.org/?a=1&b=2' },
  ];
  const nsatu = at(input.organisations, 3);
  input.organisations[3] = {
    ...nsatu,
    name: HOSTILE,
    shortName: `NSATU "<i>"`,
    symbol: { affiliation: 'friend', symbolSet: 'land-unit', headquarters: true },
  };
  input.nations[2] = { ...at(input.nations, 2), name: `Britain <img src=x onerror=alert(1)>` };
  input.organisations[7] = { ...at(input.organisations, 7), name: `EU "<u>"` };
  input.persons[2] = { ...at(input.persons, 2), name: `Curtis "<script>"` };
  input.coalitions[0] = { ...at(input.coalitions, 0), name: HOSTILE };
  return loadDataset(input);
}

describe('renderHtmlReport', () => {
  let page = '';
  beforeAll(async () => {
    page = await renderHtmlReport(defaultDataset(), { asOf: undefined });
  }, 120_000);

  test('renders every section of the embedded dataset as of its date', () => {
    const ds = defaultDataset();
    expect(page.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(page).toContain(
      `<title>${escapeHtml(ds.title ?? '')}: report as of ${ds.asOf ?? ''}</title>`,
    );
    for (const id of [
      'chart',
      'chain',
      'posts',
      'coalitions',
      'agreements',
      'training',
      'aid',
      'fragmentation',
      'sources',
    ]) {
      expect(page).toContain(`<section id="${id}">`);
      expect(page).toContain(`<a href="#${id}">`);
    }
    // The command chart and three Vega charts, each in a figure; NATO symbols in the chart's nodes.
    expect(page.match(/<figure/g)).toHaveLength(4);
    expect(page).toContain('class="node"');
    expect(page).toContain('aria-label="Military allocations, top 10 donors (EUR bn)"');
    expect(page).toContain('NATO symbols (APP-6 / MIL-STD-2525, drawn with milsymbol)');
    expect(page).toContain('Why each link holds:');
    expect(page).toContain('Kiel Institute for the World Economy');
    expect(page).toContain('Trebesch et al., Ukraine Support Tracker');
  });

  test('loads nothing from the network when viewed', () => {
    expect(page).not.toMatch(/<script|<link|<iframe|<img|<object|<embed|@import/i);
    expect(page).not.toMatch(/<[a-z][^>]*\ssrc\s*=/i);
    expect(page).not.toMatch(/url\(\s*['"]?\s*(?:https?:)?\/\//i);
    expect(withoutSources(page)).not.toMatch(/\bhref\s*=\s*["']?\s*(?:https?:)?\/\//i);
    // In the sources list, remote addresses appear only as plain links.
    const sources = page.slice(page.indexOf('<section id="sources">'));
    const remote = [...sources.matchAll(/<(\w+)[^>]*\shref="https?:/g)].map((m) => m[1]);
    expect(remote.length).toBeGreaterThan(100);
    expect(new Set(remote)).toEqual(new Set(['a']));
  });

  test('gives every element of the page its own id when several SVGs are inlined', () => {
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(page).not.toMatch(/<\?xml|<!DOCTYPE svg|<!--/);
  });

  test('writes the same bytes for the same dataset and date', async () => {
    expect(await renderHtmlReport(defaultDataset(), { asOf: undefined })).toBe(page);
  }, 120_000);

  test('escapes every dataset string when names are hostile', async () => {
    const html = await renderHtmlReport(hostileDataset(), { asOf: '2025-08-01' });
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<u>/i);
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;');
    expect(html).toContain('Britain &lt;img src=x onerror=alert(1)&gt;');
    // Vega escapes the labels it draws.
    expect(html).toContain('>EU "&lt;u&gt;"</text>');
    expect(html).toContain('<a href="https://example.org/?a=1&amp;b=2" rel="noreferrer">Two</a>');
    // The unsafe URL is shown as text, not linked.
    expect(html).toContain('javascript:alert(1)');
    // The NSATU node's symbol, named in the legend.
    expect(html).toMatch(
      /<td>&lt;script&gt;[^<]*\(NSATU &quot;&lt;i&gt;&quot;\)<\/td><td><code>\d{20}<\/code>/,
    );
    // Graphviz escapes the labels it draws.
    expect(html).toMatch(/NSATU (?:&quot;|&#34;)&lt;i&gt;(?:&quot;|&#34;)/);
  }, 120_000);

  test('answers as of an earlier date, before NSATU existed', async () => {
    const html = await renderHtmlReport(defaultDataset(), { asOf: '2024-01-01' });
    expect(html).toContain('report as of 2024-01-01');
    expect(html).toContain('not active');
  }, 120_000);

  test('says there is nothing to chart when the dataset has no aid', async () => {
    const html = await renderHtmlReport(loadDataset({ ...smallDataset(), aid: [] }), {
      asOf: undefined,
    });
    expect(html.match(/Nothing to chart\./g)).toHaveLength(3);
    expect(html.match(/<figure/g)).toHaveLength(1);
  }, 120_000);

  test('throws INVALID_ARGUMENT when no date is given or known', async () => {
    const undated = smallDataset();
    delete undated.asOf;
    await expect(renderHtmlReport(loadDataset(undated), { asOf: undefined })).rejects.toThrow(
      /asOf is required/,
    );
    await expect(renderHtmlReport(defaultDataset(), { asOf: 'soon' })).rejects.toMatchObject({
      code: 'INVALID_ARGUMENT',
    });
  });
});

describe('loadRenderers', () => {
  test('names what to install when a rendering library is missing', async () => {
    const missing = (name: string) =>
      name === 'vega' ? Promise.reject(new Error(`Cannot find package '${name}'`)) : import(name);
    const error: unknown = await loadRenderers(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NsatuError);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((error as Error).message).toContain(
      "vega could not be loaded (Cannot find package 'vega')",
    );
    expect((error as Error).message).toContain(`npm install ${HTML_PACKAGES}`);
    expect(HTML_PACKAGES).toBe(RENDERERS.join(' '));
  });

  test('keeps the rendering libraries out of every static import', () => {
    const src = fileURLToPath(new URL('../../src', import.meta.url));
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    const names = RENDERERS.map((n) => n.replace(/[/.-]/g, '\\$&')).join('|');
    // A value import, or a dynamic import a bundler could follow and inline.
    const loads = new RegExp(
      `^\\s*(?:import|export)\\s+(?!type\\b)[^;]*?\\bfrom\\s*['"](?:${names})['"]|^\\s*import\\s*['"](?:${names})['"]|import\\(\\s*['"](?:${names})['"]`,
      'm',
    );
    for (const file of files) {
      expect(loads.test(readFileSync(join(src, file), 'utf8')), file).toBe(false);
    }
  });
});

describe('html helpers', () => {
  test('escapeHtml escapes markup and both quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  test('tableToHtml right-aligns numeric columns and shows an empty table as none', () => {
    const html = tableToHtml({
      title: 'T & t',
      columns: ['name', 'count'],
      rows: [
        ['<x>', '1,234'],
        ['y', '~5'],
      ],
    });
    expect(html).toContain('<caption>T &amp; t</caption>');
    expect(html).toContain('<tr><td>&lt;x&gt;</td><td class="num">1,234</td></tr>');
    expect(tableToHtml({ title: 'E', columns: ['a', 'b'], rows: [] })).toContain(
      '<td colspan="2">(none)</td>',
    );
  });

  test('inlineSvg drops the prolog and prefixes ids and references', () => {
    const svg = `<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"\n "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<!-- made -->\n<svg><clipPath id="c1"/><g clip-path="url(#c1)"/><use href="#c1"/></svg>`;
    expect(inlineSvg(svg, 'p')).toBe(
      '<svg><clipPath id="p-c1"/><g clip-path="url(#p-c1)"/><use href="#p-c1"/></svg>',
    );
  });

  test('inlineSvg drops every comment, keeps an unclosed one, and reads long input in one pass', () => {
    expect(inlineSvg('<svg><!-- a --><g/><!-- b -- c --><g/><!-- open', 'p')).toBe(
      '<svg><g/><g/><!-- open',
    );
    // Unclosed declarations from every position: quadratic before, linear now.
    const hostile = `<svg>${'<!--<?xml url(#<image <!DOCTYPE '.repeat(50_000)}</svg>`;
    const started = performance.now();
    expect(inlineSvg(hostile, 'p')).toContain('<!--<?xml url(#<image <!DOCTYPE');
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  test('linkTo links only absolute http(s) URLs', () => {
    expect(linkTo('a', 'https://x.org/a?b=1&c=2')).toBe(
      '<a href="https://x.org/a?b=1&amp;c=2" rel="noreferrer">a</a>',
    );
    expect(linkTo('a', 'javascript:alert(1)')).toBe('a');
    expect(linkTo('a', 'data/aid.json')).toBe('a');
    expect(linkTo('<a>', undefined)).toBe('&lt;a&gt;');
  });
});
