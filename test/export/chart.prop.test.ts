import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  ChainAuthorityValues,
  LateralAuthorityValues,
  OperationalAuthorityValues,
  isActive,
  isLateralAuthority,
  loadDataset,
  type Dataset,
  type DatasetInput,
  type Relationship,
} from 'nsatu';
import { toDot, toMermaid } from 'nsatu/export';
import { CHROMIUM, installed } from '../browser/chromium.ts';
import { DOT, HOSTILE_NAMES, normalize, renderDot, svgText, useMermaid } from './render.ts';

/** Pieces that break Mermaid, DOT or HTML, or that a renderer might rewrite. */
const PIECES = [
  '"',
  "'",
  '\\',
  '\\n',
  '[',
  ']',
  '{',
  '}',
  '(',
  ')',
  '<',
  '>',
  ';',
  '#',
  '#quot;',
  '&',
  '&amp;',
  '&#65;',
  '%%',
  '-->',
  '==>',
  '|',
  ':',
  '`',
  '$$',
  'fa:fa-car',
  '<br>',
  '\n',
  '\r\n',
  '\t',
  ' ',
  '\u00A0',
  '\u0000',
  '😀',
  'Командування',
  'القيادة',
  '\u200F',
  '\u202E',
  'end',
  'a',
  '1',
];

const nameArb = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }),
  fc.constantFrom(...HOSTILE_NAMES),
);

/** Kebab-case ids, keywords of Mermaid and DOT among them. */
const idArb = fc.oneof(
  fc.constantFrom('end', 'graph', 'subgraph', 'style', 'class', 'click', 'default', 'node'),
  fc.constantFrom('edge', 'digraph', 'strict', 'o', 'x', 'n-end', '0', 'flowchart', 'linkstyle'),
  fc.stringMatching(/^[a-z0-9]{1,5}(?:-[a-z0-9]{1,3}){0,2}$/),
);

/** Dates in order of their first day, so an index order is a date order. */
const DATES = ['2023', '2024-06', '2024-12-01', '2025', '2025-03-01', '2025-07-04', '2026'];

const spanArb = fc
  .tuple(fc.option(fc.nat(DATES.length - 1)), fc.option(fc.nat(DATES.length - 1)))
  .map(([from, until]) => ({
    ...(from === null ? {} : { from: DATES[from] as string }),
    ...(until === null || (from !== null && until <= from)
      ? {}
      : { until: DATES[until] as string }),
  }));

/**
 * A valid dataset input with hostile names: each organisation at most one chain tie to an earlier
 * one (so no cycle and no two superiors), lateral ties anywhere, posts held by hostile persons.
 */
const inputArb = fc.uniqueArray(idArb, { minLength: 1, maxLength: 7 }).chain((ids) => {
  const n = ids.length;
  const perOrg = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: n, maxLength: n });
  return fc
    .record({
      names: perOrg(nameArb),
      shorts: perOrg(fc.option(nameArb, { nil: undefined })),
      ups: perOrg(
        fc.option(
          fc.record({
            to: fc.nat(),
            authority: fc.constantFrom(...ChainAuthorityValues),
            span: spanArb,
          }),
        ),
      ),
      sides: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          authority: fc.constantFrom(...LateralAuthorityValues),
          span: spanArb,
        }),
        { maxLength: 5 },
      ),
      people: fc.array(nameArb, { minLength: 1, maxLength: 3 }),
      holders: perOrg(fc.option(fc.nat())),
      asOf: fc.constantFrom(...DATES),
    })
    .map((g): DatasetInput => {
      const id = (i: number): string => ids[i] as string;
      const relationships: Relationship[] = [];
      g.ups.forEach((up, i) => {
        if (up && i > 0) {
          const { to, authority, span } = up;
          relationships.push({
            id: `up-${String(i)}`,
            subordinate: id(i),
            superior: id(to % i),
            authority,
            ...span,
          });
        }
      });
      g.sides.forEach(({ a, b, authority, span }, k) => {
        if (a % n !== b % n) {
          relationships.push({
            id: `side-${String(k)}`,
            subordinate: id(a % n),
            superior: id(b % n),
            authority,
            ...span,
          });
        }
      });
      const holders = g.holders.flatMap((h, i) => (h === null ? [] : [[i, h] as const]));
      return {
        asOf: g.asOf,
        organisations: ids.map((orgId, i) => ({
          id: orgId,
          name: g.names[i] as string,
          ...(g.shorts[i] === undefined ? {} : { shortName: g.shorts[i] }),
          kind: 'command' as const,
        })),
        relationships,
        persons: g.people.map((name, p) => ({ id: `p-${String(p)}`, name })),
        posts: ids.map((orgId, i) => ({
          id: `post-${String(i)}`,
          name: 'Post',
          organisation: orgId,
        })),
        assignments: holders.map(([i, h]) => ({
          id: `hold-${String(i)}`,
          post: `post-${String(i)}`,
          person: `p-${String(h % g.people.length)}`,
        })),
      };
    });
});

const datasetArb = inputArb.map((input) => loadDataset(input));

/** The label lines a chart shows for a name: line breaks split, control characters as spaces. */
const linesOf = (name: string): string[] =>
  name.split(/\r\n?|\n/).map((line) => line.replace(/[\p{Cc}\p{Cs}]/gu, ' '));

/** Ties the default (operational) chart draws as of the dataset's date. */
const drawnTies = (ds: Dataset): Relationship[] =>
  ds.relationships.filter(
    (r) =>
      ((OperationalAuthorityValues as readonly string[]).includes(r.authority) ||
        isLateralAuthority(r.authority)) &&
      isActive(r, ds.asOf ?? ''),
  );

/** Each node label of a DOT text, by node id, unescaped and split into lines. */
function dotLabels(text: string): Map<string, string[]> {
  const unquote = (s: string): string =>
    s.replace(/\\(.)|&amp;/g, (all, c: string | undefined) =>
      all === '&amp;' ? '&' : c === 'n' ? '\n' : (c ?? ''),
    );
  const out = new Map<string, string[]>();
  for (const m of text.matchAll(/^ {2}"((?:[^"\\]|\\.)*)" \[label="((?:[^"\\]|\\.)*)"/gm)) {
    out.set(unquote(m[1] ?? ''), unquote(m[2] ?? '').split('\n'));
  }
  return out;
}

/** Each node label of a Mermaid text, in order, entity codes decoded and split into lines. */
function mermaidLabels(text: string): string[][] {
  return [...text.matchAll(/^ {2}\S+\["(.*)"\]$/gm)].map((m) =>
    (m[1] ?? '')
      .split('\\n')
      .map((line) => line.replace(/#(\d+);/g, (_, code: string) => String.fromCodePoint(+code))),
  );
}

const MERMAID_LINE = new RegExp(
  [
    '^flowchart BT$',
    String.raw`^  (?:n_[a-z0-9_]+|v\d+)\["(?:[\p{L}\p{M}\p{N} .,'/_-]|#\d+;|\\n)*"\]$`,
    String.raw`^  (?:n_[a-z0-9_]+|v\d+) (?:==>|-->|-\.->)\|[a-zA-Z-]+\| (?:n_[a-z0-9_]+|v\d+)$`,
    String.raw`^  linkStyle \d+(?:,\d+)* stroke-dasharray:8 4$`,
    '^  classDef dual stroke-width:4px$',
    String.raw`^  class (?:n_[a-z0-9_]+|v\d+)(?:,(?:n_[a-z0-9_]+|v\d+))* dual$`,
  ].join('|'),
  'u',
);

const QUOTED = String.raw`"(?:[^"\\\p{Cc}]|\\[^\p{Cc}])*"`;
const DOT_LINE = new RegExp(
  [
    String.raw`^digraph chart \{$`,
    '^  rankdir=BT$',
    String.raw`^  node \[shape=box\]$`,
    String.raw`^  ${QUOTED} \[label=${QUOTED}(?:, peripheries=2)?\]$`,
    String.raw`^  ${QUOTED} -> ${QUOTED} \[label="[a-zA-Z-]+", style=(?:bold|solid|dotted|dashed, constraint=false)\]$`,
    String.raw`^\}$`,
  ].join('|'),
  'u',
);

describe('toMermaid', () => {
  test('writes only well-formed statements and keeps every name when names are hostile', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const text = toMermaid(ds);
        const lines = text.split('\n');
        expect(lines.pop()).toBe('');
        for (const line of lines) expect(line).toMatch(MERMAID_LINE);
        const labels = mermaidLabels(text);
        const orgs = [...ds.organisations].sort((a, b) => (a.id < b.id ? -1 : 1));
        expect(labels).toHaveLength(orgs.length);
        orgs.forEach((o, i) => {
          const name = linesOf(o.shortName ?? o.name);
          expect(labels[i]?.slice(0, name.length)).toEqual(name);
        });
        expect(lines.filter((l) => l.includes('|'))).toHaveLength(drawnTies(ds).length);
      }),
      { numRuns: 150 },
    );
  });

  test('gives the same text when the input comes in another order', () => {
    fc.assert(
      fc.property(inputArb, fc.nat(), (input, seed) => {
        const shuffled = (list: readonly unknown[] = []) =>
          list
            .map((x, i) => ({ x, k: (i * 7919 + seed) % (list.length + 1) }))
            .sort((a, b) => a.k - b.k)
            .map((e) => e.x);
        const other = {
          ...input,
          organisations: shuffled(input.organisations),
          relationships: shuffled(input.relationships),
          assignments: shuffled(input.assignments),
          persons: shuffled(input.persons),
          posts: shuffled(input.posts),
        };
        expect(toMermaid(loadDataset(other))).toBe(toMermaid(loadDataset(input)));
        expect(toDot(loadDataset(other))).toBe(toDot(loadDataset(input)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('toDot', () => {
  test('writes only well-formed statements and keeps every name when names are hostile', () => {
    fc.assert(
      fc.property(datasetArb, (ds) => {
        const text = toDot(ds);
        const lines = text.split('\n');
        expect(lines.pop()).toBe('');
        for (const line of lines) expect(line).toMatch(DOT_LINE);
        const labels = dotLabels(text);
        expect([...labels.keys()].sort()).toEqual(ds.organisations.map((o) => o.id).sort());
        for (const o of ds.organisations) {
          const name = linesOf(o.shortName ?? o.name);
          expect(labels.get(o.id)?.slice(0, name.length)).toEqual(name);
        }
        expect(lines.filter((l) => l.includes('" -> "'))).toHaveLength(drawnTies(ds).length);
      }),
      { numRuns: 150 },
    );
  });
});

/**
 * Fifty datasets, rendered in one browser call and fifty `dot` runs; half of them with ids that
 * skipped validation (any string), as a hand-built dataset may have.
 */
const samples = (): Dataset[] =>
  fc
    .sample(fc.tuple(datasetArb, fc.array(nameArb, { minLength: 7, maxLength: 7 })), {
      numRuns: 50,
      seed: 20250301,
    })
    .map(([ds, hostileIds], k) => {
      if (k % 2 === 0) return ds;
      const ids = new Map(
        ds.organisations.map((o, i) => [o.id, `${hostileIds[i] ?? ''}#${String(i)}`]),
      );
      const to = (id: string): string => ids.get(id) ?? id;
      return {
        ...ds,
        organisations: ds.organisations.map((o) => ({ ...o, id: to(o.id) })),
        relationships: ds.relationships.map((r) => ({
          ...r,
          subordinate: to(r.subordinate),
          superior: to(r.superior),
        })),
        posts: ds.posts.map((p) => ({ ...p, organisation: to(p.organisation) })),
      };
    });

const visible = (ds: Dataset): string[] =>
  ds.organisations.map((o) => normalize(o.shortName ?? o.name)).filter((label) => label !== '');

describe.runIf(installed(DOT, 'Graphviz dot'))('toDot rendered by dot -Tsvg', () => {
  test('accepts every output and shows every name when names and ids are hostile', () => {
    const cases = samples();
    const runs = renderDot(cases.map((ds) => toDot(ds)));
    cases.forEach((ds, k) => {
      const run = runs[k];
      const context = JSON.stringify(ds.organisations);
      expect(run?.stderr, context).not.toMatch(/error/i);
      expect(run?.status, context).toBe(0);
      const text = svgText(run?.svg ?? '');
      for (const label of visible(ds)) expect(text, context).toContain(label);
    });
  }, 120_000);
});

describe.runIf(installed(CHROMIUM, 'Chromium'))('toMermaid rendered by Mermaid', () => {
  const render = useMermaid();

  test('renders every output and shows every name when names and ids are hostile', async () => {
    const cases = samples();
    const rendered = await render(cases.map((ds) => toMermaid(ds)));
    expect(rendered).toHaveLength(cases.length);
    cases.forEach((ds, k) => {
      const result = rendered[k];
      const context = JSON.stringify(ds.organisations);
      expect(result?.ok ? '' : result?.error, context).toBe('');
      const text = svgText(result?.ok ? result.svg : '');
      for (const label of visible(ds)) expect(text, context).toContain(label);
    });
  }, 120_000);
});
