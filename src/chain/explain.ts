import type { Dataset } from '../dataset/schema.ts';
import type { ChainOptions } from './options.ts';
import { reportingChain, type ChainLink } from './reportingChain.ts';
import { optionsOf } from '../internal/options.ts';

const sourceTitles = new WeakMap<Dataset, ReadonlyMap<string, string>>();
const names = new WeakMap<Dataset, ReadonlyMap<string, string>>();

function lookups(ds: Dataset): {
  sources: ReadonlyMap<string, string>;
  names: ReadonlyMap<string, string>;
} {
  let s = sourceTitles.get(ds);
  if (!s) {
    s = new Map(
      ds.sources.map((source) => [
        source.id,
        source.publisher ? `${source.publisher}: ${source.title}` : source.title,
      ]),
    );
    sourceTitles.set(ds, s);
  }
  let n = names.get(ds);
  if (!n) {
    n = new Map<string, string>([
      ...ds.organisations.map((o): [string, string] => [o.id, o.shortName ?? o.name]),
      ...ds.posts.map((p): [string, string] => [p.id, p.shortName ?? p.name]),
    ]);
    names.set(ds, n);
  }
  return { sources: s, names: n };
}

/**
 * States in words why one link of a chain holds: who reports to whom, by which authority, in whose
 * capacity, since when and until when, on which sources, and with what confidence.
 *
 * @param ds - The dataset the link came from.
 * @param link - A link from {@link reportingChain}.
 * @returns One line of text.
 *
 * @example
 * ```ts
 * import { explainLink, reportingChain } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const [first] = reportingChain(ds, 'nsatu', { asOf: '2025-03-01' });
 * explainLink(ds, first!).startsWith('NSATU → SHAPE: reports-to') // => true
 * ```
 *
 * @category Chains
 */
export function explainLink(ds: Dataset, link: ChainLink): string {
  const { sources, names: display } = lookups(ds);
  const r = link.relationship;
  const name = (id: string): string => display.get(id) ?? id;
  const parts = [`${name(link.subordinate)} → ${name(link.superior)}: ${r.authority}`];
  if (r.capacity !== undefined) parts.push(`(to ${name(r.capacity)} in that capacity)`);
  if (r.from !== undefined) parts.push(`since ${r.from}`);
  if (r.until === 'unknown') parts.push('until an unknown date');
  else if (r.until !== undefined) parts.push(`until ${r.until}`);
  let line = parts.join(' ');
  if (r.confidence !== undefined && r.confidence !== 'high')
    line += ` [confidence: ${r.confidence}]`;
  const cited = (r.sources ?? []).map((id) => sources.get(id) ?? id);
  line += cited.length > 0 ? `; source: ${cited.join('; ')}` : '; no source cited';
  return line;
}

/**
 * Resolves a reporting chain and states in words why each link holds, one line per link (see
 * {@link explainLink}); an organisation at the top gets a line saying so.
 *
 * @param ds - A dataset.
 * @param id - Id of the organisation to start from.
 * @param options - `asOf` and `via`, as for {@link reportingChain}.
 * @returns The explanation, one line per link.
 * @throws {@link ChainError} as {@link reportingChain} does.
 *
 * @example
 * ```ts
 * import { explainChain } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const lines = explainChain(defaultDataset(), 'nsatu', { asOf: '2025-03-01' });
 * lines.length // => 3
 * lines[0]?.includes('SACEUR') // => true
 * ```
 *
 * @category Chains
 */
export function explainChain(ds: Dataset, id: string, options?: ChainOptions): string[] {
  const links = reportingChain(ds, id, optionsOf('explainChain', options));
  if (links.length === 0) {
    const { names: display } = lookups(ds);
    return [`${display.get(id) ?? id} reports to no one on these lines: it is at the top`];
  }
  return links.map((link) => explainLink(ds, link));
}
