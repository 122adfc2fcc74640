import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { loadDataset, type Dataset } from 'nsatu';
import { toMermaid, type ChartOptions } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';
import { smallDataset } from '../fixtures/small.ts';
import {
  CHROMIUM,
  HOSTILE_NAMES,
  hostileInput,
  installed,
  labelsOf,
  openMermaid,
  svgText,
  type MermaidRenderer,
} from './render.ts';

const embedded = defaultDataset();
const small = loadDataset(smallDataset());
const hostile = loadDataset(hostileInput());

describe('toMermaid', () => {
  test('writes a sorted flowchart, one statement a line, subordinates pointing up', () => {
    expect(toMermaid(small).split('\n')).toEqual([
      'flowchart BT',
      '  n_eu["European Union"]',
      '  n_military_committee["Military Committee"]',
      '  n_nac["North Atlantic Council"]',
      '  n_nsatu["NSATU"]',
      '  n_sag_u["SAG-U"]',
      '  n_shape["SHAPE"]',
      '  n_udcg["UDCG"]',
      '  n_useucom["US EUCOM"]',
      '  n_military_committee -->|political-control| n_nac',
      '  n_nsatu -->|reports-to| n_shape',
      '  n_nsatu -.->|coordinates-with| n_udcg',
      '  n_sag_u -->|reports-to| n_useucom',
      '  n_shape -->|reports-to| n_military_committee',
      '  linkStyle 2 stroke-dasharray:8 4',
      '',
    ]);
  });

  test("writes every character but letters, digits and .,'/_- as an entity code", () => {
    const ds = loadDataset({
      organisations: [
        {
          id: 'end',
          name: 'Say "hi" [x] {y} <b> #1; %% --> `q` a\\b & c:d\nnext',
          kind: 'command',
        },
        { id: 'o', name: "Командування 😀 it's A/B_C-D.E,F", kind: 'command' },
      ],
      relationships: [{ id: 'r', subordinate: 'end', superior: 'o', authority: 'TACON' }],
    });
    expect(toMermaid(ds).split('\n').slice(1, 4)).toEqual([
      '  n_end["Say #34;hi#34; #91;x#93; #123;y#125; #60;b#62; #35;1#59; #37;#37; --#62; #96;q#96; a#92;b #38; c#58;d\\nnext"]',
      '  n_o["Командування #128512; it\'s A/B_C-D.E,F"]',
      '  n_end ==>|TACON| n_o',
    ]);
  });

  test('marks dual-hatted organisations with a note and the class dual', () => {
    const text = toMermaid(embedded, { asOf: '2025-03-01' });
    expect(text).toContain('  n_nsatu["NSATU\\ndual-hatted#58; Curtis A. Buzzard"]\n');
    expect(text).toContain('  classDef dual stroke-width:4px\n');
    expect(text.endsWith('  class n_nsatu,n_sag_u,n_shape,n_useucom dual\n')).toBe(true);
  });

  test('names nodes that skipped validation by position', () => {
    const ds: Dataset = {
      ...small,
      organisations: [
        { id: 'a"]-->b', name: 'Odd', kind: 'other' },
        { id: 'b', name: 'B', kind: 'other' },
      ],
      relationships: [{ id: 'r', subordinate: 'a"]-->b', superior: 'b', authority: 'supports' }],
      assignments: [],
    };
    expect(toMermaid(ds).split('\n')).toEqual([
      'flowchart BT',
      '  v0["Odd"]',
      '  n_b["B"]',
      '  v0 -.->|supports| n_b',
      '  linkStyle 0 stroke-dasharray:8 4',
      '',
    ]);
  });

  test('writes a flowchart with no nodes for an empty dataset', () => {
    expect(toMermaid(loadDataset({}))).toBe('flowchart BT\n');
  });
});

describe.runIf(installed(CHROMIUM, 'Chromium'))('toMermaid rendered by Mermaid', () => {
  let mermaid: MermaidRenderer | undefined;
  beforeAll(async () => {
    mermaid = await openMermaid();
  }, 60_000);
  afterAll(async () => {
    await mermaid?.close();
  });

  const cases: [string, Dataset, ChartOptions][] = [
    ...['2022-06-01', '2024-06-01', '2024-12', '2025-03-01', '2025-08-01', '2026-04'].map(
      (asOf): [string, Dataset, ChartOptions] => [`embedded as of ${asOf}`, embedded, { asOf }],
    ),
    ['embedded, default date', embedded, {}],
    ['embedded, ADCON', embedded, { asOf: '2025-03-01', via: ['ADCON'] }],
    ['embedded, every line', embedded, { via: ['reports-to', 'political-control', 'ADCON'] }],
    ['embedded, long ago', embedded, { asOf: '1900' }],
    ['small fixture', small, {}],
    ['hostile names', hostile, {}],
  ];

  test('renders every output and shows every label and edge', async () => {
    const sources = cases.map(([, ds, options]) => toMermaid(ds, options));
    const rendered = (await mermaid?.render(sources)) ?? [];
    expect(rendered).toHaveLength(cases.length);
    cases.forEach(([name, ds, options], i) => {
      const result = rendered[i];
      expect(result?.ok ? '' : result?.error, name).toBe('');
      const svg = result?.ok ? result.svg : '';
      const text = svgText(svg);
      for (const label of labelsOf(ds, options.asOf ?? ds.asOf)) {
        expect(text, `${name}: label ${JSON.stringify(label)}`).toContain(label);
      }
      const edges = (sources[i] ?? '').split('\n').filter((line) => /\|\S+\| /.test(line));
      const drawn = svg
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .match(/class="[^"]*flowchart-link/g);
      expect(drawn ?? [], name).toHaveLength(edges.length);
    });
  }, 60_000);

  test('renders a rooted chart and the dual-hat border', async () => {
    const [rooted, marked] =
      (await mermaid?.render([
        toMermaid(embedded, { root: 'nsatu', asOf: '2025-03-01' }),
        toMermaid(hostile),
      ])) ?? [];
    const text = svgText(rooted?.ok ? rooted.svg : '');
    for (const label of ['NSATU', 'SHAPE', 'MC', 'NAC', 'dual-hatted: Curtis A. Buzzard']) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain('JATEC');
    const svg = marked?.ok ? marked.svg : '';
    expect(svgText(svg)).toContain('dual-hatted: Say "hi"');
    expect(svg.match(/class="node default dual"/g)).toHaveLength(20);
    expect(svg.match(/class="node default"/g)).toHaveLength(HOSTILE_NAMES.length - 20);
  }, 60_000);
});
