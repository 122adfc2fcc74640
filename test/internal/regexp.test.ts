// No regular expression of the library can backtrack catastrophically: every pattern written in
// src/ (the CLI too: it reads files from anywhere) is checked by recheck, a ReDoS checker, and
// must be "safe" (linear). Two found this way read CSV cells or SVG in quadratic time: a long
// grouped number with a line break took 1.5 s for 80 kB (test/import/csv.test.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

const src = fileURLToPath(new URL('../../src/', import.meta.url));

interface Found {
  where: string;
  source: string;
  flags: string;
}

/** Every regular-expression literal in src/, and where each `new RegExp` is built. */
function patterns(): { literals: Found[]; built: string[] } {
  const literals: Found[] = [];
  const built: string[] = [];
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts'))
    .sort();
  for (const path of files) {
    const file = ts.createSourceFile(
      path,
      readFileSync(`${src}${path}`, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const where = (node: ts.Node) =>
      `src/${path}:${String(file.getLineAndCharacterOfPosition(node.getStart()).line + 1)}`;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const end = node.text.lastIndexOf('/');
        literals.push({
          where: where(node),
          source: node.text.slice(1, end),
          flags: node.text.slice(end + 1),
        });
      } else if (
        (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
        node.expression.getText(file) === 'RegExp'
      ) {
        built.push(`src/${path}`);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, built };
}

const { literals, built } = patterns();

/**
 * Patterns built at run time, by file, as they come out (checked below like the literals): the
 * look-alike letters folded by normalizeWeaponName (one character class), and one numeric
 * attribute of an SVG element, by name.
 */
const BUILT: Record<string, Found> = {
  'src/weapons/normalize.ts': {
    where: 'look-alikes',
    source: '[АВЕКМНОРСТХаеорсухіІ]',
    flags: 'gu',
  },
  'src/cli/htmlCharts.ts': { where: 'SVG attribute', source: '\\swidth="(-?[\\d.]+)', flags: '' },
};

/** What recheck says of a pattern that is not safe, to read in a failure. */
function verdict({ where, source, flags }: Found): string {
  const result = checkSync(source, flags, { timeout: 20_000 });
  if (result.status === 'safe') return 'safe';
  const how =
    result.status === 'vulnerable'
      ? `${result.complexity.type}, e.g. ${result.attack.pattern}`
      : result.status;
  return `${where} /${source}/${flags}: ${how}`;
}

describe('regular expressions', () => {
  test('are all found', () => {
    // The extraction works: the library has dozens, in the core and at the edges.
    expect(literals.length).toBeGreaterThan(50);
    expect(literals.map((l) => l.where)).toContainEqual(expect.stringMatching(/^src\/import\//));
    expect([...new Set(built)].sort()).toEqual(Object.keys(BUILT).sort());
  });

  test(
    'are all linear: none can backtrack catastrophically on any input',
    { timeout: 300_000 },
    () => {
      const unsafe = [...literals, ...Object.values(BUILT)]
        .map(verdict)
        .filter((v) => v !== 'safe');
      expect(unsafe).toEqual([]);
    },
  );
});
