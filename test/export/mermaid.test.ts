import { describe, expect, test } from 'vitest';

import { loadDataset, type Dataset } from 'nsatu';
import { toMermaid } from 'nsatu/export';
import { CHROMIUM, installed } from '../browser/chromium.ts';
import {
  HOSTILE_NAMES,
  ROOTED,
  chartFixtures,
  expectLabels,
  expectRooted,
  svgText,
  useMermaid,
} from './render.ts';

const { embedded, small, hostile, cases } = chartFixtures();

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
  const render = useMermaid();

  test('renders every output and shows every label and edge', async () => {
    const sources = cases.map(([, ds, options]) => toMermaid(ds, options));
    const rendered = await render(sources);
    expect(rendered).toHaveLength(cases.length);
    cases.forEach((chart, i) => {
      const [name] = chart;
      const result = rendered[i];
      expect(result?.ok ? '' : result?.error, name).toBe('');
      const svg = result?.ok ? result.svg : '';
      expectLabels(svgText(svg), chart);
      const edges = (sources[i] ?? '').split('\n').filter((line) => /\|\S+\| /.test(line));
      const drawn = svg
        .replace(/<style[\s\S]*?<\/style>/g, '')
        .match(/class="[^"]*flowchart-link/g);
      expect(drawn ?? [], name).toHaveLength(edges.length);
    });
  }, 60_000);

  test('renders a rooted chart and the dual-hat border', async () => {
    const [rooted, marked] = await render([toMermaid(embedded, ROOTED), toMermaid(hostile)]);
    expectRooted(svgText(rooted?.ok ? rooted.svg : ''));
    const svg = marked?.ok ? marked.svg : '';
    expect(svgText(svg)).toContain('dual-hatted: Say "hi"');
    expect(svg.match(/class="node default dual"/g)).toHaveLength(20);
    expect(svg.match(/class="node default"/g)).toHaveLength(HOSTILE_NAMES.length - 20);
  }, 60_000);
});
