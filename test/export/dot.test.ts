import { describe, expect, test } from 'vitest';

import { loadDataset, type Dataset } from 'nsatu';
import { toDot } from 'nsatu/export';
import { installed } from '../browser/chromium.ts';
import {
  DOT,
  HOSTILE_NAMES,
  ROOTED,
  chartFixtures,
  expectLabels,
  expectRooted,
  renderDot,
  svgText,
  type ChartCase,
} from './render.ts';

const { embedded, small, hostile, cases } = chartFixtures();

describe('toDot', () => {
  test('writes a sorted digraph, one statement a line, subordinates pointing up', () => {
    expect(toDot(small).split('\n')).toEqual([
      'digraph chart {',
      '  rankdir=BT',
      '  node [shape=box]',
      '  "eu" [label="European Union"]',
      '  "military-committee" [label="Military Committee"]',
      '  "nac" [label="North Atlantic Council"]',
      '  "nsatu" [label="NSATU"]',
      '  "sag-u" [label="SAG-U"]',
      '  "shape" [label="SHAPE"]',
      '  "udcg" [label="UDCG"]',
      '  "useucom" [label="US EUCOM"]',
      '  "military-committee" -> "nac" [label="political-control", style=solid]',
      '  "nsatu" -> "shape" [label="reports-to", style=solid]',
      '  "nsatu" -> "udcg" [label="coordinates-with", style=dashed, constraint=false]',
      '  "sag-u" -> "useucom" [label="reports-to", style=solid]',
      '  "shape" -> "military-committee" [label="reports-to", style=solid]',
      '}',
      '',
    ]);
  });

  test('quotes every id and label, escaping quotes, backslashes, ampersands and line breaks', () => {
    const ds = loadDataset({
      organisations: [
        { id: 'a', name: 'Say "hi" \\ & <b>\nnext\r\nline\u0000end\rold', kind: 'command' },
        { id: 'b', name: 'x', shortName: 'tail \\', kind: 'command' },
      ],
      relationships: [{ id: 'r', subordinate: 'a', superior: 'b', authority: 'OPCON' }],
    });
    expect(toDot(ds).split('\n').slice(3, 6)).toEqual([
      '  "a" [label="Say \\"hi\\" \\\\ &amp; <b>\\nnext\\nline end\\nold"]',
      '  "b" [label="tail \\\\"]',
      '  "a" -> "b" [label="OPCON", style=bold]',
    ]);
  });

  test('writes a graph with no nodes for an empty dataset', () => {
    expect(toDot(loadDataset({}))).toBe('digraph chart {\n  rankdir=BT\n  node [shape=box]\n}\n');
  });

  test('names ids that skipped validation by position', () => {
    const ds: Dataset = {
      ...small,
      organisations: [
        { id: 'a"b\\\u0000', name: 'Odd', kind: 'other' },
        { id: 'b', name: 'B', kind: 'other' },
      ],
      relationships: [{ id: 'r', subordinate: 'a"b\\\u0000', superior: 'b', authority: 'OPCON' }],
      assignments: [],
    };
    expect(toDot(ds).split('\n').slice(3, 6)).toEqual([
      '  "_0" [label="Odd"]',
      '  "b" [label="B"]',
      '  "_0" -> "b" [label="OPCON", style=bold]',
    ]);
  });
});

describe.runIf(installed(DOT, 'Graphviz dot'))('toDot rendered by dot -Tsvg', () => {
  test('accepts every output and shows every label and edge', () => {
    const charts: ChartCase[] = [...cases, ['empty', loadDataset({}), {}]];
    const sources = charts.map(([, ds, options]) => toDot(ds, options));
    const runs = renderDot(sources);
    charts.forEach((chart, i) => {
      const [name] = chart;
      const { status, stderr, svg } = runs[i] ?? { status: -1, stderr: '', svg: '' };
      expect(stderr, name).not.toMatch(/error/i);
      expect(status, name).toBe(0);
      expectLabels(svgText(svg), chart);
      const edges = (sources[i] ?? '').split('\n').filter((line) => line.includes('" -> "'));
      expect(svg.match(/class="edge"/g) ?? [], name).toHaveLength(edges.length);
    });
  }, 60_000);

  test('draws a rooted chart', () => {
    const source = toDot(embedded, ROOTED);
    const [run] = renderDot([source]);
    expect(run?.status).toBe(0);
    expectRooted(svgText(run?.svg ?? ''));
  }, 60_000);

  test('shows the dual-hat note and the double border', () => {
    const svg = renderDot([toDot(hostile)])[0]?.svg ?? '';
    expect(svgText(svg)).toContain('dual-hatted: Say "hi"');
    // peripheries=2: two outlines per dual-hatted node, twenty such nodes.
    const outlines = [...svg.matchAll(/class="node">([\s\S]*?)<\/g>/g)].map(
      (node) => (node[1] ?? '').split('<polygon').length - 1,
    );
    expect(outlines.filter((n) => n === 2)).toHaveLength(20);
    expect(outlines.filter((n) => n === 1)).toHaveLength(HOSTILE_NAMES.length - 20);
  }, 60_000);
});
