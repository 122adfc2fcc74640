import { resolveChainOptions } from '../chain/options.ts';
import { reportingChain } from '../chain/reportingChain.ts';
import { subordinates } from '../chain/subordinates.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { PartialDate } from '../model/date.ts';
import { intervalsOverlap, isActive, type Validity } from '../model/interval.ts';
import type { Assignment } from '../model/post.ts';
import {
  CommandAuthorityValues,
  isLateralAuthority,
  type Authority,
  type ChainAuthority,
} from '../model/relationship.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of the command-chart exports ({@link toMermaid}, {@link toDot}).
 *
 * @example
 * ```ts
 * import { toDot, type ChartOptions } from 'nsatu/export';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const options: ChartOptions = { root: 'nsatu', asOf: '2025-03-01', via: ['ADCON'] };
 * toDot(defaultDataset(), options).includes('"nsatu" -> "shape" [label="ADCON"')
 * // => true
 * ```
 *
 * @category Export
 */
export interface ChartOptions {
  /**
   * Draw only this organisation, its chain up to the top and everything below it on the lines in
   * `via` (lateral ties among those organisations are drawn too). Default: every organisation
   * active on `asOf`.
   */
  readonly root?: string | undefined;
  /**
   * The date the chart shows, at any precision: organisations, ties and posts in force throughout
   * it. Default: the dataset's `asOf`; when the dataset has none, dates are ignored (and two posts
   * make a dual hat when their tenures overlap).
   */
  readonly asOf?: PartialDate | undefined;
  /**
   * The chain authorities drawn as command lines. Default: the operational line (`FULLCOM` …
   * `TACON`, `reports-to`, `political-control`); `['ADCON']` draws the administrative chart.
   * Lateral ties are always drawn; chain ties on other lines are not.
   */
  readonly via?: readonly ChainAuthority[] | undefined;
}

/**
 * An organisation on a chart: its label lines (short name or name, then a dual-hat note), whether
 * someone heading it also holds a post elsewhere, and whether its id is kebab-case, so usable as
 * is in the output (ids that skipped validation are named by position instead).
 *
 * @internal
 */
export interface ChartNode {
  readonly id: string;
  readonly lines: readonly string[];
  readonly dual: boolean;
  readonly kebab: boolean;
}

/**
 * A tie on a chart, drawn subordinate → superior (indexes into the nodes). `line`: 0 command
 * authority, 1 `reports-to` or `political-control`, 2 `ADCON` or `LOGCON`, 3 lateral.
 *
 * @internal
 */
export interface ChartEdge {
  readonly from: number;
  readonly to: number;
  readonly authority: Authority;
  readonly line: number;
}

/**
 * The command chart as of a date, sorted by id.
 *
 * @internal
 */
export interface Chart {
  readonly nodes: readonly ChartNode[];
  readonly edges: readonly ChartEdge[];
}

const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lines of a name with control characters and lone surrogates made spaces. */
const linesOf = (text: string): string[] =>
  text.split(/\r\n?|\n/).map((line) => line.replace(/[\p{Cc}\p{Cs}]/gu, ' '));

/**
 * Builds the chart of a dataset: nodes and edges as of a date, on the lines asked for; `fn`, the
 * public function called, names it in an error.
 *
 * @internal
 */
export function chart(fn: string, ds: Dataset, raw: ChartOptions | undefined): Chart {
  const options = optionsOf(fn, raw);
  const { asOf, via } = resolveChainOptions(fn, ds, options);
  const live = (v: Validity): boolean => asOf === undefined || isActive(v, asOf);
  const { root } = options;
  let within: Set<string> | undefined;
  if (root !== undefined) {
    const chain = { asOf, via };
    within = new Set([
      root,
      ...reportingChain(ds, root, chain).map((link) => link.superior),
      ...subordinates(ds, root, chain).map((s) => s.id),
    ]);
  }
  const orgs = ds.organisations
    .filter((o) => live(o) && (within?.has(o.id) ?? true))
    .sort((a, b) => order(a.id, b.id));
  const at = new Map(orgs.map((o, i) => [o.id, i]));

  // Dual hats: one person holding, at once, posts in two organisations.
  const postOrg = new Map(ds.posts.map((p) => [p.id, p.organisation]));
  const held = new Map<string, Assignment[]>();
  for (const a of ds.assignments) {
    if (!postOrg.has(a.post) || !live(a)) continue;
    const list = held.get(a.person);
    if (list) list.push(a);
    else held.set(a.person, [a]);
  }
  const names = new Map(ds.persons.map((p) => [p.id, p.name]));
  const hats = new Map<string, Set<string>>();
  for (const [person, list] of held) {
    for (const a of list) {
      const org = postOrg.get(a.post) as string;
      if (list.some((b) => postOrg.get(b.post) !== org && intervalsOverlap(a, b))) {
        hats.set(org, (hats.get(org) ?? new Set()).add(person));
      }
    }
  }

  const follow = new Set<string>(via);
  return {
    nodes: orgs.map((o) => {
      const dual = hats.get(o.id);
      const lines = linesOf(o.shortName ?? o.name);
      const who = [...(dual ?? [])].map((p) => names.get(p) ?? p).sort(order);
      if (dual) lines.push(...linesOf(`dual-hatted: ${who.join(', ')}`));
      return { id: o.id, lines, dual: dual !== undefined, kebab: /^[a-z0-9-]+$/.test(o.id) };
    }),
    edges: ds.relationships
      .filter(
        (r) =>
          (follow.has(r.authority) || isLateralAuthority(r.authority)) &&
          live(r) &&
          at.has(r.subordinate) &&
          at.has(r.superior),
      )
      .sort(
        (a, b) =>
          order(a.subordinate, b.subordinate) ||
          order(a.superior, b.superior) ||
          order(a.authority, b.authority) ||
          order(a.id, b.id),
      )
      .map(({ subordinate, superior, authority }) => ({
        from: at.get(subordinate) as number,
        to: at.get(superior) as number,
        authority,
        line: isLateralAuthority(authority)
          ? 3
          : authority === 'ADCON' || authority === 'LOGCON'
            ? 2
            : (CommandAuthorityValues as readonly string[]).includes(authority)
              ? 0
              : 1,
      })),
  };
}
