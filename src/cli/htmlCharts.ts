// Type-only imports: erased from the output, so nothing here loads a rendering library until
// `loadRenderers` runs (only `nsatu report --html` does).
import type * as GraphvizModule from '@hpcc-js/wasm-graphviz';
import type * as MilsymbolModule from 'milsymbol';
import type * as VegaModule from 'vega';
import type * as VegaLiteModule from 'vega-lite';

import { NsatuError } from '../errors.ts';
import { escapeHtml, inlineSvg } from './htmlPage.ts';

/**
 * The packages `nsatu report --html` renders with, as `npm install` takes them.
 *
 * @internal
 */
export const HTML_PACKAGES = '@hpcc-js/wasm-graphviz vega vega-lite milsymbol';

/**
 * The rendering libraries, loaded.
 *
 * @internal
 */
export interface Renderers {
  readonly graphviz: GraphvizModule.Graphviz;
  readonly vega: typeof VegaModule;
  readonly vegaLite: typeof VegaLiteModule;
  readonly milsymbol: typeof MilsymbolModule.default;
}

// The specifier is a variable so that bundlers (tsup/esbuild) leave the import to run time rather
// than inlining megabytes of optional renderers into dist/cli.js.
const importModule = (name: string): Promise<unknown> => import(name);

/**
 * Loads the rendering libraries with dynamic `import()`, so that neither the core nor the CLI's
 * other commands load them.
 *
 * @internal
 */
export async function loadRenderers(load = importModule): Promise<Renderers> {
  const get = async <T>(name: string): Promise<T> => {
    try {
      return (await load(name)) as T;
    } catch (error) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `The HTML report needs optional packages: ${name} could not be loaded (${error instanceof Error ? error.message : String(error)}). Install them with: npm install ${HTML_PACKAGES}`,
      );
    }
  };
  const gv = await get<typeof GraphvizModule>('@hpcc-js/wasm-graphviz');
  const vega = await get<typeof VegaModule>('vega');
  const vegaLite = await get<typeof VegaLiteModule>('vega-lite');
  const milsymbol = (await get<typeof MilsymbolModule>('milsymbol')).default;
  return { graphviz: await gv.Graphviz.load(), vega, vegaLite, milsymbol };
}

/**
 * Renders a Vega-Lite spec to an SVG string in Node, without a canvas (`renderer: 'none'`).
 *
 * @internal
 */
export async function vegaLiteToSvg(
  r: Renderers,
  spec: Readonly<Record<string, unknown>>,
  prefix: string,
): Promise<string> {
  const compiled = r.vegaLite.compile(spec as unknown as VegaLiteModule.TopLevelSpec).spec;
  const view = new r.vega.View(r.vega.parse(compiled), { renderer: 'none' });
  try {
    return inlineSvg(await view.toSVG(), prefix);
  } finally {
    view.finalize();
  }
}

/**
 * The NATO symbol of one organisation of the command chart.
 *
 * @internal
 */
export interface ChartSymbol {
  readonly id: string;
  readonly sidc: string;
  /** The milsymbol SVG, ready to inline. */
  readonly svg: string;
}

// The symbol's box in CSS pixels (Graphviz reads image sizes in px at 96 dpi, and lays out in
// points), and the inset of the symbol inside it.
const SYMBOL_PX = 48;
const SYMBOL_PT = (SYMBOL_PX * 72) / 96;
const PAD = 1;

function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The nodes of a DOT graph as Graphviz lays them out: name and height in inches. */
function nodeHeights(r: Renderers, dot: string): Map<string, number> {
  const { objects = [] } = JSON.parse(r.graphviz.layout(dot, 'json')) as {
    objects?: { name?: unknown; height?: unknown; nodes?: unknown }[];
  };
  // Clusters are objects too; they list their `nodes` and have no height.
  return new Map(
    objects.flatMap((o) =>
      typeof o.name === 'string' && typeof o.height === 'string' && o.nodes === undefined
        ? [[o.name, Number(o.height)] as const]
        : [],
    ),
  );
}

/**
 * Renders a DOT digraph to SVG with Graphviz, drawing each node's NATO symbol (milsymbol) at the
 * top of the node: a first layout gives each node's height, the nodes with a symbol are made that
 * much taller with the label at the bottom and a placeholder image at the top, and each
 * placeholder is then replaced by the symbol's SVG. Nodes whose name is not in `sidcs` are drawn
 * as Graphviz draws them. Organisations with no tie at all are stacked in short chains
 * (Graphviz's `unflatten`), so that they do not widen the bottom rank.
 *
 * @internal
 */
export function dotToSvg(
  r: Renderers,
  dot: string,
  sidcs: ReadonlyMap<string, string>,
  prefix: string,
): { svg: string; symbols: ChartSymbol[] } {
  const heights = nodeHeights(r, dot);
  const symbols = [...sidcs]
    .filter(([id]) => heights.has(id))
    .map(([id, sidc]) => ({ id, sidc, svg: new r.milsymbol.Symbol(sidc, { size: 30 }).asSVG() }));
  // Repeating a node statement in DOT merges its attributes into the node already declared, so
  // the DOT of `toDot` is extended, never parsed. Only names the layout knows get a statement,
  // so that none adds a stray node.
  const statements = symbols.map((s, i) => {
    const height = ((heights.get(s.id) ?? 0) + (SYMBOL_PT + 2 * PAD) / 72).toFixed(3);
    return `  ${dotString(s.id)} [image="sym${String(i)}.svg", imagepos="tc", imagescale=false, labelloc="b", height=${height}]`;
  });
  const close = dot.lastIndexOf('}');
  const extended =
    close < 0 ? dot : `${dot.slice(0, close)}${statements.join('\n')}\n${dot.slice(close)}`;
  const size = `${String(SYMBOL_PX)}px`;
  const images = symbols.map((_, i) => ({
    path: `sym${String(i)}.svg`,
    width: size,
    height: size,
  }));
  const svg = r.graphviz
    .layout(r.graphviz.unflatten(extended, 0, false, 3), 'svg', 'dot', { images })
    .replace(
      /<image xlink:href="sym(\d+)\.svg"([^<>]*)\/>/g,
      (_: string, index: string, attrs: string) => {
        const symbol = symbols[Number(index)];
        const num = (name: string) =>
          Number(new RegExp(`\\s${name}="(-?[\\d.]+)`).exec(attrs)?.[1]);
        const [x, y, w, h] = [num('x'), num('y'), num('width'), num('height')];
        if (symbol === undefined || [x, y, w, h].some((n) => !Number.isFinite(n))) return '';
        const viewBox = /\sviewBox="([^"]*)"/.exec(symbol.svg)?.[1] ?? '0 0 200 200';
        const inner = symbol.svg.slice(
          symbol.svg.indexOf('>') + 1,
          symbol.svg.lastIndexOf('</svg>'),
        );
        return `<svg x="${String(x + PAD)}" y="${String(y + PAD)}" width="${String(w - 2 * PAD)}" height="${String(h - 2 * PAD)}" viewBox="${escapeHtml(viewBox)}" preserveAspectRatio="xMidYMid meet" aria-hidden="true">${inner}</svg>`;
      },
    )
    // Any placeholder left (a Graphviz that writes images otherwise) would be fetched: drop it.
    .replace(/<image\b[^<>]*>/g, '');
  return { svg: inlineSvg(svg, prefix), symbols };
}
