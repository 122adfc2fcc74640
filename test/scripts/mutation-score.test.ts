// scripts/mutation-score.mjs reads Stryker's JSON report and decides whether the mutation scores
// meet issue 12's targets; a mistake there would pass a run that should fail. Checked on small
// reports written here.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, describe, expect, test } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/mutation-score.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'nsatu-mutation-score-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Mutant {
  status: string;
  mutatorName?: string;
  replacement?: string;
}

/** A report of one-line files; each mutant replaces the whole line. */
function report(name: string, files: Record<string, { line: string; mutants: Mutant[] }>) {
  const path = join(dir, name, 'reports', 'mutation', 'mutation.json');
  mkdirSync(join(dir, name, 'reports', 'mutation'), { recursive: true });
  const json = {
    files: Object.fromEntries(
      Object.entries(files).map(([file, { line, mutants }]) => [
        file,
        {
          source: `${line}\n`,
          mutants: mutants.map((m, i) => ({
            id: `${file}#${String(i)}`,
            mutatorName: m.mutatorName ?? 'ConditionalExpression',
            replacement: m.replacement ?? 'true',
            status: m.status,
            location: { start: { line: 1, column: 1 }, end: { line: 1, column: line.length + 1 } },
          })),
        },
      ]),
    ),
  };
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const times = (n: number, status: string): Mutant[] =>
  Array.from({ length: n }, () => ({ status }));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// One survivor of src/weapons is a listed equivalent mutant: dropping the `+` of a regexp that
// removes combining marks (scripts/mutation-score.mjs, "regexRun").
const equivalent: Mutant = { status: 'Survived', mutatorName: 'Regex', replacement: '/\\p{M}/gu' };
const files = {
  'src/chain/graph.ts': {
    line: 'a < b',
    mutants: [...times(9, 'Killed'), ...times(1, 'Survived')],
  },
  'src/aggregate/money.ts': {
    line: 'a < b',
    mutants: [...times(7, 'Killed'), ...times(1, 'Timeout'), ...times(2, 'NoCoverage')],
  },
  'src/weapons/normalize.ts': {
    line: '/\\p{M}+/gu',
    mutants: [...times(9, 'Killed'), equivalent, ...times(3, 'Ignored')],
  },
  'src/model/date.ts': { line: 'a < b', mutants: times(10, 'Killed') },
};

describe('mutation-score', () => {
  test('scores each area and overall, leaving listed equivalent mutants out', () => {
    const { status, stdout, stderr } = run('--report', report('scores', files), '--json');
    const rows = JSON.parse(stdout) as {
      area: string;
      score: number;
      stryker: number;
      ok: boolean;
    }[];
    const byArea = Object.fromEntries(rows.map((r) => [r.area, r]));
    expect(byArea['src/chain']).toMatchObject({ score: 90, stryker: 90, ok: true });
    // Killed and timed out are detected; not covered is undetected.
    expect(byArea['src/aggregate']).toMatchObject({ score: 80, ok: false });
    // 9 of 10 for Stryker; 9 of 9 once the equivalent one is left out. Ignored never counts.
    expect(byArea['src/weapons']).toMatchObject({ score: 100, stryker: 90, ok: true });
    // 36 detected of 40 valid, one of the 4 undetected equivalent: 36 / 39.
    expect(byArea.overall?.score).toBeCloseTo((100 * 36) / 39, 10);
    expect(status).toBe(1);
    expect(stderr).toContain('under the threshold: src/aggregate 80.00% < 90%');
  });

  test('passes when every area meets its target', () => {
    const passing = {
      ...files,
      'src/aggregate/money.ts': { line: 'a', mutants: times(10, 'Killed') },
    };
    const { status, stdout } = run('--report', report('passing', passing));
    expect(status).toBe(0);
    // 38 detected of 40 valid; 38 of 39 without the equivalent one.
    expect(stdout).toMatch(/^overall .* 95\.00%\s+97\.44%\s+85%$/m);
  });

  test('fails an area with a target and no results', () => {
    const { status, stderr } = run(
      '--report',
      report('missing', { 'src/chain/a.ts': files['src/chain/graph.ts'] }),
    );
    expect(status).toBe(1);
    expect(stderr).toContain('src/aggregate (no results)');
  });

  test('lists undetected mutants that are not listed as equivalent', () => {
    const { stdout } = run('--report', report('survivors', files), '--survivors');
    expect(stdout.trim().split('\n')).toEqual([
      'src/chain/graph.ts:1:1 Survived ConditionalExpression: a < b => true',
      'src/aggregate/money.ts:1:1 NoCoverage ConditionalExpression: a < b => true',
      'src/aggregate/money.ts:1:1 NoCoverage ConditionalExpression: a < b => true',
    ]);
  });

  test('writes the tables between the markers of a page, and refuses a page without them', () => {
    const page = join(dir, 'page.md');
    writeFileSync(
      page,
      '# Q\n\n<!-- mutation-score:begin -->\nold\n<!-- mutation-score:end -->\n\nend\n',
    );
    run('--report', report('write', files), '--write', page);
    const text = readFileSync(page, 'utf8');
    expect(text).not.toContain('old');
    expect(text).toContain('| `src/chain` | 9 | 0 | 1 | 0 | 0 | 0 | 90.00% | 90.00% | 90% |');
    expect(text).toContain(
      '| `src/weapons/normalize.ts` | Regex | `/\\p{M}+/gu` | `/\\p{M}/gu` | 1 |',
    );
    expect(text).toMatch(/^end$/m);
    writeFileSync(page, '# no markers\n');
    expect(run('--report', report('write2', files), '--write', page).status).toBe(2);
  });

  test('refuses an unknown argument, a missing report and an unknown status', () => {
    expect(run('--nope').status).toBe(2);
    expect(run('--report', join(dir, 'none.json')).status).toBe(2);
    const odd = run(
      '--report',
      report('odd', { 'src/x/a.ts': { line: 'a', mutants: times(1, 'Weird') } }),
    );
    expect(odd.status).toBe(2);
    expect(odd.stderr).toContain('unknown mutant status "Weird"');
  });
});
