import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { run } from '../../src/cli/run.ts';
import { cliFiles } from '../fixtures/cli.ts';
import { smallDataset } from '../fixtures/small.ts';

interface CliOptions {
  /** Whether stdout and stderr are terminals. Default: no, as in a pipe. */
  readonly tty?: boolean;
  readonly env?: Readonly<Record<string, string>>;
}

async function cliWith(options: CliOptions, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const bytes: Uint8Array[] = [];
  const tty = options.tty ?? false;
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stdoutBytes: (b) => bytes.push(b),
    stderr: (t) => (stderr += t),
    readFile: (path) => readFileSync(path, 'utf8'),
    writeFile: (path, data) => {
      writeFileSync(path, data);
    },
    today: () => new Date(Date.UTC(2025, 2, 1)),
    isTTY: { stdout: tty, stderr: tty },
    env: options.env ?? {},
  });
  return { code, stdout, stderr, bytes };
}

const cli = (...argv: string[]) => cliWith({}, ...argv);

// eslint-disable-next-line no-control-regex -- looking for ANSI escapes is the point
const ANSI = /\u001b\[/;

const { dir, file, good, bad, names, notJson, empty, binary, missing } = cliFiles('nsatu-cli-');
const csv = file(
  'names.csv',
  'donor,item_raw\nDEU,PzH-2000\nDEU,"Flakpanzer Gepard"\nUSA,Stingers\n',
);
const broken = file('broken.csv', 'item\nPzH 2000\n"Gepard\n');

/** Runs the CLI, expecting exit `code`, nothing on stdout and no escapes; returns its stderr. */
async function failure(code: number, argv: readonly string[]): Promise<string> {
  const { stdout, stderr, ...run } = await cli(...argv);
  expect(run.code).toBe(code);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(ANSI);
  return stderr;
}

describe('nsatu report', () => {
  test('prints the report on the embedded dataset by default', async () => {
    const { code, stdout, stderr } = await cli();
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain("NSATU's reporting chain");
    expect(stdout).toContain('Post holders as of');
    expect(stdout).toContain('Capability coalitions');
    expect(stdout).toContain('Weapon types sent');
  });
  test('fits 80 columns when printed as text', async () => {
    for (const argv of [['report'], ['fragmentation'], ['--help'], ['export', '--help']]) {
      const { stdout } = await cli(...argv);
      for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    }
  });
  test('answers as of a date and in markdown and json', async () => {
    expect((await cli('report', '--as-of', '2025-03-01')).stdout).toContain(
      'Christopher G. Cavoli',
    );
    expect((await cli('report', '--format', 'md')).stdout).toMatch(/^# /);
    const json = JSON.parse((await cli('report', '--format', 'json')).stdout) as {
      tables: unknown[];
    };
    expect(json.tables.length).toBeGreaterThan(3);
  });
  test('reads a dataset file', async () => {
    const { code, stdout } = await cli('report', '--data', good);
    expect(code).toBe(0);
    expect(stdout).toContain('fixture');
  });
  test('says why NSATU has no chain before it existed', async () => {
    expect((await cli('report', '--as-of', '2024-01-01')).stdout).toContain('not active');
  });
  test('refuses csv with a pointer to the table-shaped commands', async () => {
    const { code, stderr } = await cli('report', '--format', 'csv');
    expect(code).toBe(2);
    expect(stderr).toContain('nsatu fragmentation --format csv');
  });
  test('exits 1 and prints every issue with its path when --data has errors', async () => {
    const { code, stdout, stderr } = await cli('report', '--data', bad);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('$.nations[0].id');
    expect(stderr).toContain('$.aid[0].stage');
  });
});

describe('nsatu report --html', () => {
  test('writes the HTML report to a file', async () => {
    const out = join(dir, 'report.html');
    const { code, stdout, stderr } = await cli('report', '--html', out, '--as-of', '2025-06');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });
  test('writes the HTML report to stdout for -', async () => {
    const { code, stdout } = await cli('report', '--html', '-', '--data', good);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/i);
  });
  test('refuses --format with --html and a file in no directory', async () => {
    expect((await cli('report', '--html', join(dir, 'r.html'), '--format', 'md')).code).toBe(2);
    const { code, stderr } = await cli('report', '--html', join(dir, 'nowhere', 'r.html'));
    expect(code).toBe(2);
    expect(stderr).toContain('no directory');
  });
});

describe('nsatu chain', () => {
  test('prints the chain with the reason for each link', async () => {
    const { code, stdout } = await cli('chain', 'nsatu', '--as-of', '2025-03-01');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '1. NSATU → SHAPE: reports-to (to SACEUR in that capacity) since 2024-12',
    );
    expect(stdout.trim().split('\n')).toHaveLength(4);
  });
  test('follows another line with --via and prints json and csv', async () => {
    expect(
      (await cli('chain', 'nsatu', '--via', 'ADCON', '--as-of', '2025-03-01')).stdout,
    ).toContain('ADCON');
    const json = JSON.parse(
      (await cli('chain', 'nsatu', '--format', 'json', '--as-of', '2025-03-01')).stdout,
    ) as { links: unknown[] };
    expect(json.links).toHaveLength(3);
    const lines = (await cli('chain', 'nsatu', '--format', 'csv', '--as-of', '2025-03-01')).stdout
      .trim()
      .split('\n');
    expect(lines[0]).toBe(
      'step,subordinate,superior,authority,capacity,from,until,relationship,explanation',
    );
    expect(lines[1]).toMatch(/^1,nsatu,shape,reports-to,saceur,2024-12,/);
    expect(lines).toHaveLength(4);
  });
  test('exits 1 when the chain has no answer and 2 for an unknown id', async () => {
    expect((await cli('chain', 'nsatu', '--as-of', '2024-01-01')).code).toBe(1);
    const unknown = await cli('chain', 'nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No organisation with id "nowhere"');
    expect(unknown.stderr).toContain("Try 'nsatu chain --help'.");
  });
});

describe('nsatu dedupe', () => {
  test('groups a list of names and lists the unresolved ones', async () => {
    const { code, stdout } = await cli('dedupe', names);
    expect(code).toBe(0);
    expect(stdout).toContain('pzh-2000');
    expect(stdout).toMatch(/Death Star\s+1\s+unknown/);
  });
  test('reads a CSV column, at variant level, as json', async () => {
    const result = JSON.parse(
      (await cli('dedupe', csv, '--column', 'item_raw', '--format', 'json')).stdout,
    ) as { groups: { id: string }[] };
    expect(result.groups.map((g) => g.id).sort()).toEqual(['gepard', 'pzh-2000', 'stinger']);
    expect(
      (await cli('dedupe', csv, '--column', 'item_raw', '--level', 'variant', '--format', 'md'))
        .stdout,
    ).toContain('| type |');
  });
  test.each([
    [2, 'a CSV file with several columns and no --column', [csv], '--column'],
    [2, 'a --column the CSV file does not have', [csv, '--column', 'nope'], 'no column "nope"'],
    [1, 'a CSV file broken beyond reading', [broken], 'not a readable CSV file'],
    [1, 'a binary file', [binary], 'a binary file'],
  ])('exits %i for %s', async (code, _, argv, why) => {
    expect(await failure(code, ['dedupe', ...argv])).toContain(why);
  });
  test('prints one csv row per name, neutralising formula cells unless --raw', async () => {
    const hostile = file('hostile.csv', 'item\nPzH 2000\n=HYPERLINK("http://x")\n@SUM(A1)\n-5\n');
    const { code, stdout } = await cli('dedupe', hostile, '--format', 'csv');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('name,count,type,status,candidates');
    expect(lines).toContain('PzH 2000,1,pzh-2000,resolved,');
    expect(lines).toContain(`"'=HYPERLINK(""http://x"")",1,,unknown,`);
    expect(lines).toContain("'@SUM(A1),1,,unknown,");
    expect(lines).toContain('-5,1,,unknown,');
    for (const flag of ['--raw', '--no-spreadsheet-safe']) {
      const raw = await cli('dedupe', hostile, '--format', 'csv', flag);
      expect(raw.stdout).toContain('"=HYPERLINK(""http://x"")",1,,unknown,');
    }
  });
  test('reads hostile CSV: BOM, CRLF, ragged rows, doubled quotes, quotes in cells', async () => {
    const hostile = file(
      'ragged.csv',
      '\uFEFFdonor,item\r\nDEU,PzH 2000\r\nUSA\r\nGBR,"AS-90 ""Braveheart""",extra,cells\r\nPOL,Krab "Crab"\r\n',
    );
    const { code, stdout, stderr } = await cli(
      'dedupe',
      hostile,
      '--column',
      'item',
      '--format',
      'json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as {
      groups: { id: string; names: { name: string }[] }[];
      unresolved: { name: string }[];
    };
    const spelled = [...result.groups.flatMap((g) => g.names), ...result.unresolved].map(
      (n) => n.name,
    );
    expect(spelled.sort()).toEqual(['AS-90 "Braveheart"', 'Krab "Crab"', 'PzH 2000']);
  });
  test('prints empty tables for an empty file', async () => {
    for (const name of ['empty.txt', 'empty.csv']) {
      const { code, stdout } = await cli('dedupe', file(name, ''));
      expect(code).toBe(0);
      expect(stdout).toContain('0 weapon types from 0 names');
    }
  });
});

describe('nsatu fragmentation', () => {
  test('prints the table the report shows', async () => {
    const { code, stdout } = await cli('fragmentation');
    expect(code).toBe(0);
    expect((await cli('report')).stdout).toContain(stdout);
    expect(stdout).toMatch(/^capability\s+systems\s+ammo families\s+donors/m);
  });
  test('groups by ammunition or category, and filters by stage and date', async () => {
    expect((await cli('fragmentation', '--by', 'ammunition')).stdout).toContain('155mm-nato');
    expect((await cli('fragmentation', '--by', 'category')).stdout).toMatch(/^category\s/m);
    const early = JSON.parse(
      (await cli('fragmentation', '--as-of', '2022-03', '--format', 'json')).stdout,
    ) as { rows: { quantity: number }[] };
    const all = JSON.parse((await cli('fragmentation', '--format', 'json')).stdout) as {
      rows: { quantity: number }[];
    };
    const total = (rows: { quantity: number }[]) => rows.reduce((n, r) => n + r.quantity, 0);
    expect(total(early.rows)).toBeLessThan(total(all.rows));
    const committed = await cli('fragmentation', '--stage', 'committed,delivered');
    expect(committed.stdout).toContain('committed or delivered only');
  });
  test('prints markdown and csv with unformatted numbers', async () => {
    expect((await cli('fragmentation', '--format', 'md')).stdout).toContain('| capability |');
    const lines = (await cli('fragmentation', '--format', 'csv')).stdout.trim().split('\n');
    expect(lines[0]).toBe(
      'capability,systems,variants,donors,ammunitionFamilies,quantity,effectiveTypes,systemIds',
    );
    expect(lines.find((l) => l.startsWith('armour,'))).toMatch(/^armour,\d+,\d+,\d+,\d+,\d{4},/);
  });
});

describe('nsatu validate', () => {
  test('accepts a valid file', async () => {
    expect(await cli('validate', good)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid') as string,
    });
    expect(JSON.parse((await cli('validate', good, '--format', 'json')).stdout)).toMatchObject({
      ok: true,
    });
  });
  test('prints every issue with its path and exits 1', async () => {
    const { code, stderr } = await cli('validate', bad);
    expect(code).toBe(1);
    expect(stderr).toContain('$.nations[0].id');
    expect(stderr).toContain('$.aid[0].stage');
  });
  test('prints the issues as json on stdout with --format json', async () => {
    const { code, stdout, stderr } = await cli('validate', bad, '--format', 'json');
    expect(code).toBe(1);
    expect(stderr).toMatch(/issue\(s\)/);
    const result = JSON.parse(stdout) as { ok: boolean; issues: { path: unknown[] }[] };
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => i.path)).toContainEqual(['nations', 0, 'id']);
  });
  test.each([
    [1, 'a file that is not JSON', notJson, 'not valid JSON'],
    [1, 'an empty file', empty, 'empty file'],
    [1, 'a binary file', binary, 'a binary file'],
    [2, 'a missing file', missing, 'no such file'],
    [2, 'a directory', dir, 'is a directory'],
  ])('exits %i for %s', async (code, _, path, why) => {
    expect(await failure(code, ['validate', path])).toContain(why);
  });
  test('exits 2 for a file it may not read', async ({ skip }) => {
    // root reads a file whatever its mode, so there is nothing to test as root.
    skip(process.getuid?.() === 0, 'running as root: a chmod 000 file is still readable');
    const locked = file('locked.json', '{}');
    chmodSync(locked, 0o000);
    expect(await failure(2, ['validate', locked])).toContain('permission denied');
  });
});

describe('nsatu export', () => {
  test('writes the command chart as mermaid and dot', async () => {
    const mermaid = await cli('export', 'mermaid', '--as-of', '2025-06', '--root', 'nsatu');
    expect(mermaid.code).toBe(0);
    expect(mermaid.stdout).toMatch(/^(flowchart|graph) /);
    const dot = await cli('export', 'dot', '--via', 'ADCON,reports-to');
    expect(dot.code).toBe(0);
    expect(dot.stdout).toMatch(/^(strict )?digraph /);
  });
  test('writes the dataset as json, as of a date, and its json schema', async () => {
    const json = JSON.parse((await cli('export', 'json', '--data', good)).stdout) as {
      title: string;
    };
    expect(json.title).toBe('fixture');
    const early = JSON.parse((await cli('export', 'json', '--as-of', '2022-03')).stdout) as {
      aid: unknown[];
    };
    const all = JSON.parse((await cli('export', 'json')).stdout) as { aid: unknown[] };
    expect(early.aid.length).toBeLessThan(all.aid.length);
    const schema = JSON.parse((await cli('export', 'json-schema')).stdout) as { $schema: string };
    expect(schema.$schema).toContain('json-schema.org');
  });
  test('writes the aid records, or any table, as csv with nested fields flattened', async () => {
    const aid = (await cli('export', 'csv')).stdout.split('\n');
    expect(aid[0]).toMatch(/^id,donor,.*value\.amount,value\.currency,stage,date/);
    expect(aid.length).toBeGreaterThan(800);
    const nations = (await cli('export', 'csv', '--table', 'nations', '--data', good)).stdout;
    expect(nations.split('\n')[0]).toMatch(/^id,name,/);
    expect(nations).toContain('UKR,Ukraine');
  });
  test('neutralises formula cells in csv unless --raw', async () => {
    const ds = smallDataset();
    const hostile = file(
      'hostile.json',
      JSON.stringify({ ...ds, sources: [...ds.sources, { id: 's3', title: '=cmd|"/c calc"!A1' }] }),
    );
    const safe = await cli('export', 'csv', '--table', 'sources', '--data', hostile);
    expect(safe.stdout).toContain(`"'=cmd|""/c calc""!A1"`);
    const raw = await cli('export', 'csv', '--table', 'sources', '--data', hostile, '--raw');
    expect(raw.stdout).toContain(`"=cmd|""/c calc""!A1"`);
  });
  test('writes a vega-lite spec of each chart', async () => {
    for (const chart of ['aid-by-donor', 'aid-by-month', 'fragmentation']) {
      const { code, stdout } = await cli('export', 'vega-lite', '--chart', chart);
      expect(code).toBe(0);
      const spec = JSON.parse(stdout) as { $schema: string; data: { values: unknown[] } };
      expect(spec.$schema).toContain('vega-lite');
      expect(spec.data.values.length).toBeGreaterThan(0);
    }
  });
  test('writes arrow bytes to a file or a pipe, never to a terminal', async () => {
    const out = join(dir, 'aid.arrow');
    expect((await cli('export', 'arrow', '--out', out)).code).toBe(0);
    expect(readFileSync(out).subarray(0, 6).toString()).toBe('ARROW1');
    const piped = await cli('export', 'arrow', '--table', 'nations');
    expect(piped.code).toBe(0);
    expect(piped.bytes.length).toBe(1);
    const tty = await cliWith({ tty: true }, 'export', 'arrow');
    expect(tty.code).toBe(2);
    expect(tty.bytes).toHaveLength(0);
    expect(tty.stderr).toContain('--out');
  });
  test('writes to --out, and says so only on a terminal', async () => {
    const out = join(dir, 'schema.json');
    expect(await cli('export', 'json-schema', '--out', out)).toMatchObject({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(existsSync(out)).toBe(true);
    expect((await cliWith({ tty: true }, 'export', 'json-schema', '--out', out)).stderr).toBe(
      `wrote ${out}\n`,
    );
  });
  test('exits 2 with a one-line reason when --out cannot be written', async () => {
    for (const [out, reason] of [
      [join(dir, 'no', 'such', 'dir.csv'), 'no directory'],
      [dir, 'is a directory'],
      [join(good, 'x.csv'), 'not a directory'],
      ['', 'empty'],
    ] as const) {
      const { code, stderr } = await cli('export', 'csv', '--out', out);
      expect(code).toBe(2);
      expect(stderr).toContain(reason);
      expect(stderr.trim().split('\n')).toHaveLength(2);
    }
  });
  test('lists the formats for an unknown one', async () => {
    const { code, stderr } = await cli('export', 'xlsx');
    expect(code).toBe(2);
    expect(stderr).toContain('mermaid, dot, json, json-schema, csv, arrow, vega-lite');
  });
});

describe('nsatu colour', () => {
  test('colours headings on a terminal only', async () => {
    expect((await cliWith({ tty: true }, 'report')).stdout).toMatch(ANSI);
    expect((await cliWith({ tty: false }, 'report')).stdout).not.toMatch(ANSI);
  });
  test('never colours with NO_COLOR, and honours FORCE_COLOR', async () => {
    const env = { NO_COLOR: '1' };
    expect((await cliWith({ tty: true, env }, 'report')).stdout).not.toMatch(ANSI);
    expect((await cliWith({ tty: true, env }, 'chain', 'x')).stderr).not.toMatch(ANSI);
    expect((await cliWith({ env: { FORCE_COLOR: '1' } }, 'report')).stdout).toMatch(ANSI);
    expect((await cliWith({ tty: true, env: { FORCE_COLOR: '0' } }, 'report')).stdout).not.toMatch(
      ANSI,
    );
    expect((await cliWith({ tty: true, env: { TERM: 'dumb' } }, 'report')).stdout).not.toMatch(
      ANSI,
    );
  });
  test('colours errors and warnings on a terminal', async () => {
    expect((await cliWith({ tty: true }, '--bogus')).stderr).toMatch(ANSI);
    expect((await cliWith({ tty: true }, 'validate', bad)).stderr).toMatch(ANSI);
    expect((await cliWith({ tty: true }, 'dedupe', names)).stdout).toContain('\u001b[33m');
  });
  test('never colours machine formats, even on a terminal', async () => {
    for (const format of ['md', 'json', 'csv']) {
      const { stdout } = await cliWith({ tty: true }, 'fragmentation', '--format', format);
      expect(stdout).not.toMatch(ANSI);
    }
  });
  test('never echoes control characters from the input', async () => {
    const evil = file('evil\u001b[31m.txt', '\u001b]0;pwned\u0007PzH 2000\n');
    const { stdout } = await cli('dedupe', evil);
    expect(stdout).not.toContain('\u001b');
    const { stderr } = await cli('validate', join(dir, 'gone\u001b[2J.json'));
    expect(stderr).not.toContain('\u001b');
  });
});

describe('nsatu usage', () => {
  test.each([
    [['--help'], 'Usage: nsatu <command>'],
    [['help'], 'Usage: nsatu <command>'],
    [['report', '--help'], 'Usage: nsatu report'],
    [['chain', '--help'], 'Usage: nsatu chain'],
    [['validate', '-h'], 'Usage: nsatu validate'],
    [['dedupe', '--help'], 'Usage: nsatu dedupe'],
    [['fragmentation', '--help'], 'Usage: nsatu fragmentation'],
    [['export', '--help'], 'Usage: nsatu export'],
    [['help', 'report'], 'Usage: nsatu report'],
    [['help', 'export'], 'Usage: nsatu export'],
  ])('%j prints help', async (argv, text) => {
    const { code, stdout } = await cli(...argv);
    expect(code).toBe(0);
    expect(stdout).toContain(text);
  });
  test('lists every command in the main help', async () => {
    const { stdout } = await cli('--help');
    for (const command of ['report', 'chain', 'validate', 'dedupe', 'fragmentation', 'export']) {
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });
  test('prints the version', async () => {
    expect((await cli('--version')).stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
  test.each([
    [['frobnicate'], 'unknown command'],
    [['help', 'frobnicate'], 'no help on'],
    [['frobnicate', '--help'], 'unknown command'],
    [['--bogus'], 'unknown option --bogus'],
    [['report', '-x'], 'unknown option -x'],
    [['--data'], '--data needs a value'],
    [['--as-of', '--format', 'md'], '--as-of needs a value'],
    [['--help=yes'], '--help takes no value'],
    [['report', '--as-of', '2024-02-30'], '--as-of must be'],
    [['report', '--as-of', '2025-13-01'], '--as-of must be'],
    [['report', '--as-of', ''], '--as-of must be'],
    [['report', '--as-of', 'yesterday'], '--as-of must be'],
    [['fragmentation', '--as-of', '2025-1'], '--as-of must be'],
    [['report', '--format', 'xml'], '--format must be'],
    [['validate', good, '--format', 'csv'], '--format must be'],
    [['report', 'extra'], 'takes no arguments'],
    [['fragmentation', 'extra'], 'takes no arguments'],
    [['chain'], 'needs id'],
    [['chain', 'a', 'b'], 'takes one id'],
    [['chain', 'nsatu', '--via', 'liaison'], 'not a chain authority'],
    [['chain', 'nsatu', '--via', 'NOPE'], 'not a chain authority'],
    [['chain', 'nsatu', '--via', ''], 'not a chain authority'],
    [['chain', 'nsatu', '--raw'], '--raw applies to CSV output'],
    [['report', '--via', 'ADCON'], '--via applies'],
    [['validate'], 'needs file'],
    [['validate', good, '--data', good], '--data applies'],
    [['dedupe'], 'needs file'],
    [['dedupe', 'a', 'b'], 'takes one file'],
    [['dedupe', names, '--as-of', '2025'], '--as-of applies'],
    [['report', '--column', 'x'], '--column applies'],
    [['dedupe', 'x.txt', '--level', 'model'], '--level must be'],
    [['dedupe', names, '--level', 'x'], '--level must be'],
    [['dedupe', missing], 'no such file'],
    [['dedupe', dir], 'is a directory'],
    [['dedupe', ''], 'file name is empty'],
    [['validate', 'a', 'b'], 'takes one file'],
    [['report', '--data', missing], 'no such file'],
    [['report', '--data', dir], 'is a directory'],
    [['fragmentation', '--by', 'donor'], '--by must be'],
    [['fragmentation', '--stage', 'sold'], '"sold" is not one of'],
    [['fragmentation', '--stage', 'committed,'], '"" is not one of'],
    [['fragmentation', '--level', 'x'], '--level applies'],
    [['report', '--out', 'x'], '--out applies'],
    [['report', '--html', ''], 'output file name is empty'],
    [['export'], 'needs format'],
    [['export', 'csv', 'extra'], 'takes one format'],
    [['export', 'xml'], 'unknown export format'],
    [['export', 'csv', '--format', 'json'], '--format applies'],
    [['export', 'csv', '--table', 'nope'], 'no table "nope"'],
    [['export', 'csv', '--root', 'nsatu'], '--root does not apply to export csv'],
    [['export', 'json', '--raw'], '--raw does not apply to export json'],
    [['export', 'json-schema', '--as-of', '2025'], '--as-of does not apply'],
    [['export', 'mermaid', '--root', 'nowhere'], 'no organisation "nowhere"'],
    [['export', 'dot', '--via', 'NOPE'], 'not a chain authority'],
    [['export', 'mermaid', '--as-of', '2025-02-29'], '--as-of must be'],
    [['export', 'vega-lite', '--chart', 'pie'], '--chart must be'],
    [['export', 'vega-lite', '--currency', 'euro'], '--currency must be'],
    [['export', 'vega-lite', '--stage', 'committed,allocated'], 'one stage'],
    [['export', 'vega-lite', '--by', 'category'], '--by applies to the fragmentation chart'],
    [['export', 'vega-lite', '--chart', 'fragmentation', '--currency', 'EUR'], '--currency'],
  ])('%j exits 2 with a one-line hint', async (argv, text) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(text);
    const [message, hint, ...more] = stderr.trimEnd().split('\n');
    expect(message).toMatch(/^nsatu: /);
    expect(hint).toMatch(/^Try 'nsatu (\w+ )?--help'\.$/);
    expect(more).toEqual([]);
  });
  test('names the command in the hint', async () => {
    expect((await cli('export', 'csv', '--table', 'x')).stderr).toContain(
      "Try 'nsatu export --help'.",
    );
    expect((await cli('--data', good, 'fragmentation', '--by', 'x')).stderr).toContain(
      "Try 'nsatu fragmentation --help'.",
    );
  });
  test('reports a bug in one line, without a stack trace', async () => {
    let stderr = '';
    const code = await run(['report'], {
      stdout: () => {
        throw new TypeError('boom');
      },
      stdoutBytes: () => undefined,
      stderr: (t) => (stderr += t),
      readFile: () => '',
      writeFile: () => undefined,
      today: () => new Date(0),
      isTTY: { stdout: false, stderr: false },
      env: {},
    });
    expect(code).toBe(70);
    expect(stderr).toContain('nsatu: internal error: boom');
    expect(stderr).not.toContain('    at ');
  });
});
