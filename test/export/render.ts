/*
 * Renders chart exports with the real tools: Graphviz `dot` (Debian package) and Mermaid in
 * headless Chromium (../browser/chromium.ts). Shared by the export tests; a missing tool skips
 * them, except under CI.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';

import { isActive, loadDataset, type Dataset, type PartialDate } from 'nsatu';
import type { ChartOptions } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';
import { launchChromium } from '../browser/chromium.ts';
import { smallDataset } from '../fixtures/small.ts';

export const DOT = '/usr/bin/dot';
const MERMAID = fileURLToPath(
  new URL('../../node_modules/mermaid/dist/mermaid.min.js', import.meta.url),
);

/** Visible text of an SVG, entities decoded, whitespace collapsed (no styles, comments). */
export function svgText(svg: string): string {
  return normalize(
    svg
      .replace(/<style[\s\S]*?<\/style>|<!--[\s\S]*?-->|<title>[\s\S]*?<\/title>/g, ' ')
      .replace(/<[^>"]*(?:"[^"]*"[^>"]*)*>/g, ' ')
      .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name.startsWith('#')) {
          const hex = name[1] === 'x' || name[1] === 'X';
          return String.fromCodePoint(Number.parseInt(name.slice(hex ? 2 : 1), hex ? 16 : 10));
        }
        const named: Record<string, string> = {
          lt: '<',
          gt: '>',
          amp: '&',
          quot: '"',
          apos: "'",
          nbsp: '\u00A0',
        };
        return named[name] ?? entity;
      }),
  );
}

/** Text as both renderers show it: control characters as spaces, whitespace runs as one space. */
export function normalize(text: string): string {
  return text
    .replace(/[\p{Cc}\p{Cs}\s]+/gu, ' ')
    .replace(/ +/g, ' ')
    .trim();
}

/** What a renderer made of one source: its SVG, or why it failed. */
export type Rendered = { ok: true; svg: string } | { ok: false; error: string };

/** What `dot -Tsvg` made of one source: exit status, stderr and the SVG. */
export interface DotRun {
  status: number | null;
  stderr: string;
  svg: string;
}

/**
 * Renders DOT sources, one `dot -Tsvg` run each: Graphviz 2.43 (Debian 12) takes many graphs on
 * one input but can corrupt its heap and abort on the second or later of them.
 */
export function renderDot(sources: readonly string[]): DotRun[] {
  return sources.map((input) => {
    const run = spawnSync(DOT, ['-Tsvg'], { input, encoding: 'utf8' });
    if (run.error) throw run.error;
    return { status: run.status, stderr: run.stderr, svg: run.stdout };
  });
}

/** A headless Chromium page with Mermaid loaded. */
export interface MermaidRenderer {
  render(sources: readonly string[]): Promise<Rendered[]>;
  close(): Promise<void>;
}

interface MermaidGlobal {
  mermaid: {
    initialize(config: object): void;
    render(id: string, text: string): Promise<{ svg: string }>;
  };
}

/** Launches Chromium once and loads Mermaid into a blank page. */
export async function openMermaid(): Promise<MermaidRenderer> {
  const browser = await launchChromium();
  const page: Page = await browser.newPage();
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => {
    (globalThis as unknown as MermaidGlobal).mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
    });
  });
  let count = 0;
  return {
    async render(sources) {
      const first = count;
      count += sources.length;
      return page.evaluate(
        async ({ list, first }) => {
          const { mermaid } = globalThis as unknown as MermaidGlobal;
          const out: Rendered[] = [];
          for (const [i, text] of list.entries()) {
            try {
              out.push({
                ok: true,
                svg: (await mermaid.render(`g${String(first + i)}`, text)).svg,
              });
            } catch (error) {
              out.push({
                ok: false,
                error: error instanceof Error ? error.message : String(error),
              });
            }
          }
          return out;
        },
        { list: [...sources], first },
      );
    },
    close: () => browser.close(),
  };
}

/**
 * Opens Mermaid before the tests of the calling suite and closes it after them; returns a
 * function that renders with it.
 */
export function useMermaid(): (sources: readonly string[]) => Promise<Rendered[]> {
  let mermaid: MermaidRenderer | undefined;
  beforeAll(async () => {
    mermaid = await openMermaid();
  }, 60_000);
  afterAll(async () => {
    await mermaid?.close();
  });
  return async (sources) => (await mermaid?.render(sources)) ?? [];
}

/** Names that break Mermaid or DOT syntax, or HTML, or that renderers might rewrite. */
export const HOSTILE_NAMES: readonly string[] = [
  'Say "hi"',
  "it's",
  'back\\slash\\',
  'ends with \\',
  '\\n \\l \\N \\G literal',
  '[brackets]',
  '{braces} }',
  '(parens)',
  '<b>bold</b>',
  '<script>alert(1)</script>',
  '<br>',
  'a;b;',
  '#quot; #35; #',
  '%% comment',
  '%%{init: {"theme":"dark"}}%%',
  '-->',
  'a --> b ==> c -.-> d',
  '|pipe|',
  'x & y &amp; &lt; &#65;',
  'line one\nline two',
  'cr\r\nlf\rcr',
  'tab\there',
  '😀 emoji 🇺🇦',
  'Командування',
  'القيادة المشتركة',
  '\u200Frtl mark\u200E',
  '\u202Eoverride',
  '   ',
  ' \t ',
  '\u00A0',
  'end',
  'graph TD',
  'subgraph x',
  'style n_nsatu fill:#f00;',
  'classDef a fill:#f00;',
  'click n_nsatu call alert()',
  'fa:fa-car',
  '`backtick`',
  '"`md`"',
  '**bold** _it_ ~~s~~',
  '\u0000nul \u0001 \u007F \u0085',
  'lone \uD800 surrogate',
  'style:x#35;y;',
  'digraph { a -> b }',
  '" -> "b',
  'label="x"',
  '\u2028separator\u2029',
  'É',
];

/** Kebab-case ids that are keywords in Mermaid or DOT. */
const KEYWORD_IDS = [
  'end',
  'graph',
  'subgraph',
  'style',
  'class',
  'classdef',
  'linkstyle',
  'click',
  'default',
  'flowchart',
  'node',
  'edge',
  'digraph',
  'strict',
  'o',
  'x',
  'n-end',
  '0',
];

/**
 * A valid dataset input whose organisations and persons carry the hostile names, with keyword ids,
 * a tie of every authority and people holding two posts at once.
 */
export function hostileInput() {
  const ids = HOSTILE_NAMES.map((_, i) => KEYWORD_IDS[i] ?? `h-${String(i)}`);
  const chain = ['FULLCOM', 'OPCOM', 'OPCON', 'TACOM', 'TACON', 'reports-to', 'political-control'];
  const lateral = ['coordinating-authority', 'supports', 'liaison', 'coordinates-with'];
  return {
    asOf: '2025-03-01',
    organisations: HOSTILE_NAMES.map((name, i) => ({
      id: ids[i] as string,
      name,
      ...(i % 3 === 0 ? { shortName: HOSTILE_NAMES[HOSTILE_NAMES.length - 1 - i] as string } : {}),
      kind: 'command' as const,
    })),
    relationships: ids.slice(1).flatMap((id, i) => [
      {
        id: `up-${String(i)}`,
        subordinate: id,
        superior: ids[i] as string,
        authority: chain[i % chain.length] as 'OPCON',
      },
      ...(i % 2 === 0
        ? [
            {
              id: `side-${String(i)}`,
              subordinate: ids[0] as string,
              superior: id,
              authority: lateral[(i / 2) % lateral.length] as 'supports',
            },
          ]
        : []),
    ]),
    posts: ids.map((id, i) => ({ id: `post-${String(i)}`, name: 'Post', organisation: id })),
    persons: HOSTILE_NAMES.slice(0, 10).map((name, i) => ({ id: `p-${String(i)}`, name })),
    // Person k holds the posts of organisations 2k and 2k + 1: twenty dual-hatted nodes.
    assignments: HOSTILE_NAMES.slice(0, 20).map((_, i) => ({
      id: `hold-${String(i)}`,
      post: `post-${String(i)}`,
      person: `p-${String(Math.floor(i / 2))}`,
    })),
  };
}

/** The labels a chart of `ds` shows: short name or name of every organisation active on `asOf`. */
export function labelsOf(ds: Dataset, asOf: PartialDate | undefined = ds.asOf): string[] {
  return ds.organisations
    .filter((o) => asOf === undefined || isActive(o, asOf))
    .map((o) => normalize(o.shortName ?? o.name));
}

/** Expects the visible text of a rendered chart to show every label of the chart it was made of. */
export function expectLabels(text: string, [name, ds, options]: ChartCase): void {
  for (const label of labelsOf(ds, options.asOf ?? ds.asOf)) {
    expect(text, `${name}: label ${JSON.stringify(label)}`).toContain(label);
  }
}

/** The options of the rooted chart both renderers draw: NSATU and what is above it, 2025-03-01. */
export const ROOTED: ChartOptions = { root: 'nsatu', asOf: '2025-03-01' };

/** Expects the visible text of the rooted chart of the embedded dataset: its chain, not JATEC. */
export function expectRooted(text: string): void {
  for (const label of ['NSATU', 'SHAPE', 'MC', 'NAC', 'dual-hatted: Curtis A. Buzzard']) {
    expect(text).toContain(label);
  }
  expect(text).not.toContain('JATEC');
}

/** A chart to render: its name in test messages, the dataset and the options. */
export type ChartCase = [name: string, ds: Dataset, options: ChartOptions];

/**
 * The datasets the chart tests draw (the embedded one, the small fixture, the hostile names), and
 * the charts of them that both renderers must draw with every label and edge.
 */
export function chartFixtures(): {
  embedded: Dataset;
  small: Dataset;
  hostile: Dataset;
  cases: ChartCase[];
} {
  const embedded = defaultDataset();
  const small = loadDataset(smallDataset());
  const hostile = loadDataset(hostileInput());
  const dates = ['2022-06-01', '2024-06-01', '2024-12', '2025-03-01', '2025-08-01', '2026-04'];
  const cases: ChartCase[] = [
    ...dates.map((asOf): ChartCase => [`embedded as of ${asOf}`, embedded, { asOf }]),
    ['embedded, default date', embedded, {}],
    ['embedded, ADCON', embedded, { asOf: '2025-03-01', via: ['ADCON'] }],
    ['embedded, every line', embedded, { via: ['reports-to', 'political-control', 'ADCON'] }],
    ['embedded, long ago', embedded, { asOf: '1900' }],
    ['small fixture', small, {}],
    ['hostile names', hostile, {}],
  ];
  return { embedded, small, hostile, cases };
}
