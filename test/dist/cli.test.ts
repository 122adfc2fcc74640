// The built `nsatu` binary, run as a user runs it: a spawned process, its exit code, its stdout and
// stderr through pipes. Run `npm run build` first (`npm run test:dist` does not build).
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';

import { cliFiles } from '../fixtures/cli.ts';
import { smallDataset } from '../fixtures/small.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = join(root, 'dist', 'cli.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface RunOptions {
  readonly env?: Readonly<Record<string, string>>;
  readonly uid?: number;
  readonly file?: string;
}

/** Runs the built CLI with a clean environment (no colour variables unless given). */
function nsatu(args: readonly string[], options: RunOptions = {}): Run {
  const result = spawnSync(process.execPath, [options.file ?? bin, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', ...options.env },
    maxBuffer: 64 * 1024 * 1024,
    ...(options.uid === undefined ? {} : { uid: options.uid, gid: options.uid }),
  });
  if (result.error) throw result.error;
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs a shell pipeline, for what only a real pipe shows. */
function shell(script: string): Run {
  const result = spawnSync('sh', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// eslint-disable-next-line no-control-regex -- looking for ANSI escapes is the point
const ANSI = /\u001b\[/;
const STACK = /^\s+at /m;

const { dir, file, good, bad, names, notJson, empty, binary, missing } =
  cliFiles('nsatu-dist-cli-');
const hostileCsv = file(
  'hostile.csv',
  '\uFEFFdonor,item\r\nDEU,PzH 2000\r\nUSA\r\nGBR,"AS-90 ""Braveheart""",extra\r\nXXX,=1+2\r\nYYY,"=HYPERLINK(""http://x"")"\r\n',
);

/**
 * Runs the CLI, expecting exit `code`, nothing on stdout, and neither a stack trace nor an escape
 * on stderr; returns that stderr.
 */
function failure(code: number, args: readonly string[], options?: RunOptions): string {
  const { stdout, stderr, ...run } = nsatu(args, options);
  expect(run.code).toBe(code);
  expect(stdout).toBe('');
  expect(stderr).not.toMatch(STACK);
  expect(stderr).not.toContain('\u001b');
  return stderr;
}

beforeAll(() => {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run 'npm run build' first`);
});

describe('nsatu (built) commands', () => {
  test('report runs on the embedded dataset, as npm start does, and is the default', () => {
    const report = nsatu(['report']);
    expect(report).toMatchObject({ code: 0, stderr: '' });
    expect(report.stdout).toContain("NSATU's reporting chain");
    expect(report.stdout).toContain('Weapon types sent');
    for (const line of report.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(nsatu([]).stdout).toBe(report.stdout);
  });
  test('report answers as of a date, in markdown and json, and from --data', () => {
    expect(nsatu(['report', '--as-of', '2025-03-01']).stdout).toContain('Christopher G. Cavoli');
    expect(nsatu(['report', '--format', 'md']).stdout).toMatch(/^# /);
    expect(JSON.parse(nsatu(['report', '--format', 'json']).stdout)).toHaveProperty('tables');
    expect(nsatu(['report', '--data', good]).stdout).toContain('fixture');
  });
  test('report --html writes one HTML page', () => {
    const out = join(dir, 'report.html');
    expect(nsatu(['report', '--html', out])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/i);
  });
  test('chain explains each link, in text, json and csv', () => {
    const text = nsatu(['chain', 'nsatu', '--as-of', '2025-03-01']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1. NSATU → SHAPE: reports-to');
    const json = JSON.parse(nsatu(['chain', 'nsatu', '--format', 'json']).stdout) as {
      links: unknown[];
    };
    expect(json.links.length).toBeGreaterThan(0);
    expect(nsatu(['chain', 'nsatu', '--format', 'csv']).stdout).toMatch(/^step,subordinate,/);
  });
  test('validate accepts a valid file', () => {
    expect(nsatu(['validate', good])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid') as string,
    });
  });
  test('dedupe groups names from a text file and a hostile CSV file', () => {
    const text = nsatu(['dedupe', names]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/Death Star\s+1\s+unknown/);
    const csv = nsatu(['dedupe', hostileCsv, '--column', 'item', '--format', 'csv']);
    expect(csv).toMatchObject({ code: 0, stderr: '' });
    const lines = csv.stdout.trim().split('\n');
    expect(lines).toContain('PzH 2000,1,pzh-2000,resolved,');
    expect(lines.filter((l) => l.startsWith('"AS-90 ""Braveheart""",1,'))).toHaveLength(1);
    // Formula cells are neutralised in CSV output by default.
    expect(lines).toContain("'=1+2,1,,unknown,");
    expect(lines).toContain(`"'=HYPERLINK(""http://x"")",1,,unknown,`);
    const raw = nsatu(['dedupe', hostileCsv, '--column', 'item', '--format', 'csv', '--raw']);
    expect(raw.stdout.split('\n')).toContain('=1+2,1,,unknown,');
  });
  test('fragmentation prints the table the report shows, and csv', () => {
    const table = nsatu(['fragmentation']);
    expect(table.code).toBe(0);
    expect(nsatu(['report']).stdout).toContain(table.stdout);
    expect(nsatu(['fragmentation', '--format', 'csv', '--by', 'ammunition']).stdout).toMatch(
      /^ammunition,systems,/,
    );
  });
  test.each([
    [['mermaid'], /^(flowchart|graph) /],
    [['dot', '--root', 'nsatu'], /^(strict )?digraph /],
    [['json'], /^\{/],
    [['json-schema'], /"\$schema"/],
    [['csv'], /^id,donor,/],
    [['csv', '--table', 'organisations'], /^id,name,/],
    [['vega-lite'], /"\$schema": "https:\/\/vega\.github\.io\/schema\/vega-lite/],
    [['vega-lite', '--chart', 'fragmentation'], /vega-lite/],
  ])('export %j', (args, pattern) => {
    const result = nsatu(['export', ...args]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(pattern);
  });
  test('export arrow writes Arrow IPC to --out or a pipe', () => {
    const out = join(dir, 'aid.arrow');
    expect(nsatu(['export', 'arrow', '--out', out])).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out).subarray(0, 6).toString()).toBe('ARROW1');
    const piped = join(dir, 'piped.arrows');
    expect(shell(`node "${bin}" export arrow > "${piped}"`)).toMatchObject({ code: 0, stderr: '' });
    expect(statSync(piped).size).toBeGreaterThan(1000);
  });
  test('export --out writes a file and prints nothing', () => {
    const out = join(dir, 'chart.mmd');
    expect(nsatu(['export', 'mermaid', '--out', out])).toMatchObject({
      code: 0,
      stdout: '',
      stderr: '',
    });
    expect(readFileSync(out, 'utf8')).toMatch(/^(flowchart|graph) /);
  });
});

describe('nsatu (built) help and version', () => {
  test.each(['report', 'chain', 'validate', 'dedupe', 'fragmentation', 'export'])(
    '%s --help',
    (command) => {
      const { code, stdout, stderr } = nsatu([command, '--help']);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`Usage: nsatu ${command}`);
      for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    },
  );
  test('--help lists every command, and --version the version', () => {
    const { stdout } = nsatu(['--help']);
    for (const command of ['report', 'chain', 'validate', 'dedupe', 'fragmentation', 'export']) {
      expect(stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(nsatu(['--version']).stdout).toBe(`${pkg.version}\n`);
  });
  test('runs through the package bin, its shebang, and as CommonJS', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      bin: { nsatu: string };
    };
    const target = join(root, pkg.bin.nsatu);
    expect(target).toBe(bin);
    const result = spawnSync(target, ['--help'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: nsatu');
    expect(nsatu(['--help'], { file: join(root, 'dist', 'cli.cjs') }).stdout).toBe(result.stdout);
  });
});

describe('nsatu (built) output to pipes', () => {
  test('is plain when stdout and stderr are pipes', () => {
    for (const args of [['report'], ['dedupe', names], ['--bogus'], ['validate', bad]]) {
      const { stdout, stderr } = nsatu(args);
      expect(stdout).not.toMatch(ANSI);
      expect(stderr).not.toMatch(ANSI);
    }
  });
  test('is coloured with FORCE_COLOR, never with NO_COLOR', () => {
    expect(nsatu(['report'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(nsatu(['report'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(
      ANSI,
    );
  });
  test('is stable: the same bytes on every run', () => {
    expect(nsatu(['report']).stdout).toBe(nsatu(['report']).stdout);
    expect(nsatu(['export', 'csv']).stdout).toBe(nsatu(['export', 'csv']).stdout);
  });
  test('ends quietly when the reader closes the pipe early', () => {
    const result = shell(`node "${bin}" export json | head -c 10`);
    expect(result.code).toBe(0);
    expect(result.stdout).toHaveLength(10);
    expect(result.stderr).toBe('');
  });
});

describe('nsatu (built) exit 1: invalid data', () => {
  test.each([
    [['validate', bad], '$.nations[0].id'],
    [['report', '--data', bad], '$.aid[0].stage'],
    [['fragmentation', '--data', bad], '$.aid[0].donor'],
    [['validate', notJson], 'not valid JSON'],
    [['validate', empty], 'empty file'],
    [['validate', binary], 'a binary file'],
    [['dedupe', binary], 'a binary file'],
    [['chain', 'nsatu', '--as-of', '2024-01-01'], 'not active'],
  ])('%j', (args, text) => {
    expect(failure(1, args)).toContain(text);
  });
  test('prints every issue of a dataset, each with its path', () => {
    const { stderr } = nsatu(['validate', bad]);
    const [head, ...issues] = stderr.trimEnd().split('\n');
    expect(head).toMatch(/^.*bad\.json: \d+ issue\(s\)$/);
    expect(issues.length).toBe(Number(/(\d+) issue/.exec(head ?? '')?.[1]));
    for (const issue of issues) expect(issue).toMatch(/\$\./);
  });
});

describe('nsatu (built) exit 2: bad usage', () => {
  test.each([
    [['frobnicate'], 'unknown command'],
    [['--bogus'], 'unknown option --bogus'],
    [['report', '--data'], '--data needs a value'],
    [['report', '--as-of', '2025-13-01'], '--as-of must be'],
    [['report', '--as-of', ''], '--as-of must be'],
    [['report', '--as-of', '-1'], '--as-of needs a value'],
    [['fragmentation', '--as-of', 'soon'], '--as-of must be'],
    [['chain', 'nsatu', '--via', 'NOPE'], 'not a chain authority'],
    [['report', '--format', 'xml'], '--format must be'],
    [['dedupe', names, '--level', 'x'], '--level must be'],
    [['fragmentation', '--by', 'x'], '--by must be'],
    [['fragmentation', '--stage', 'x'], 'is not one of'],
    [['report', 'extra'], 'takes no arguments'],
    [['chain', 'a', 'b'], 'takes one id'],
    [['chain', 'nowhere'], 'No organisation with id "nowhere"'],
    [['validate', missing], 'no such file'],
    [['validate', dir], 'is a directory'],
    [['report', '--data', missing], 'no such file'],
    [['dedupe', dir], 'is a directory'],
    [['export'], 'needs format'],
    [['export', 'xlsx'], 'mermaid, dot, json, json-schema, csv, arrow, vega-lite'],
    [['export', 'csv', '--table', 'x'], 'no table "x"'],
    [['export', 'csv', '--out', join(dir, 'nowhere', 'x.csv')], 'no directory'],
    [['export', 'csv', '--out', dir], 'is a directory'],
    [['export', 'mermaid', '--root', 'x'], 'no organisation "x"'],
    [['export', 'vega-lite', '--chart', 'x'], '--chart must be'],
  ])('%j', (args, text) => {
    const stderr = failure(2, args);
    expect(stderr).toContain(text);
    const [message, hint, ...more] = stderr.trimEnd().split('\n');
    expect(message).toMatch(/^nsatu: /);
    expect(hint).toMatch(/^Try 'nsatu (\w+ )?--help'\.$/);
    expect(more).toEqual([]);
  });
  test('exits 2 for a file it may not read', () => {
    const locked = file('locked.json', JSON.stringify(smallDataset()));
    chmodSync(locked, 0o000);
    // root reads any file whatever its mode: run the CLI as `nobody` then, as a user would be.
    const asRoot = process.getuid?.() === 0;
    expect(failure(2, ['validate', locked], asRoot ? { uid: 65534 } : {})).toContain(
      'permission denied',
    );
  });
});
