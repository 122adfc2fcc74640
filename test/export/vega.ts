/*
 * Compiles a spec of `toVegaLite` with vega-lite and renders it to SVG with vega, headless, keeping
 * every warning and error either logs: what the tests of `toVegaLite` check the spec against.
 */
import * as vega from 'vega';
import { compile } from 'vega-lite';

import type { VegaLiteSpec } from 'nsatu/export';

/** The SVG of a spec and what vega-lite and vega logged on the way. */
export interface Rendered {
  readonly svg: string;
  readonly logged: readonly string[];
}

/** Compiles and renders a spec; warnings and errors are collected, not printed. */
export async function render(spec: VegaLiteSpec): Promise<Rendered> {
  const logged: string[] = [];
  const logger = vega.logger(vega.Warn, undefined, (_method, level, input) => {
    logged.push(`${level}: ${Array.from(input as ArrayLike<unknown>, String).join(' ')}`);
  });
  const compiled = compile(spec, { logger });
  const view = new vega.View(vega.parse(compiled.spec), { renderer: 'none', logger });
  try {
    return { svg: await view.toSVG(), logged };
  } finally {
    view.finalize();
  }
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** The text of an SVG text node, unescaped. */
function unescape(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The texts drawn in each group of a role (`axis-label`, `legend-label`, `axis-title`, `title-text`). */
export function texts(svg: string, role: string): string[][] {
  const groups = svg.split(`class="mark-text role-${role}"`).slice(1);
  return groups.map((group) =>
    Array.from(group.split('</g>')[0]?.matchAll(/<text[^>]*>([^<]*)<\/text>/g) ?? [], (m) =>
      unescape(m[1] ?? ''),
    ),
  );
}

/** The number of marks (bars, points, line and area paths) drawn. */
export function markCount(svg: string): number {
  let n = 0;
  for (const [, body] of svg.matchAll(
    /<g class="mark-(?:rect|line|area|symbol) role-mark[^>]*?(?:\/>|>([^]*?)<\/g>)/g,
  )) {
    n += body?.match(/<path /g)?.length ?? 0;
  }
  return n;
}
