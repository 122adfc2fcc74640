import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

import { run } from '../../src/cli/run.ts';
import { smallDataset } from '../fixtures/small.ts';

function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (path) => readFileSync(path, 'utf8'),
    today: () => new Date(Date.UTC(2025, 2, 1)),
  });
  return { code, stdout, stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'nsatu-cli-'));
const good = join(dir, 'good.json');
writeFileSync(good, JSON.stringify(smallDataset()));
const bad = join(dir, 'bad.json');
writeFileSync(
  bad,
  JSON.stringify({ ...smallDataset(), nations: [{ id: 'ukr', name: 'Ukraine' }] }),
);
const names = join(dir, 'names.txt');
writeFileSync(names, 'PzH 2000 155mm\nPanzerhaubitze 2000\n\nCheetah\nDeath Star\n');
const csv = join(dir, 'names.csv');
writeFileSync(csv, 'donor,item_raw\nDEU,PzH-2000\nDEU,"Flakpanzer Gepard"\nUSA,Stingers\n');
const notJson = join(dir, 'not.json');
writeFileSync(notJson, '{ nope');

describe('nsatu report', () => {
  test('prints the report on the embedded dataset by default', () => {
    const { code, stdout } = cli();
    expect(code).toBe(0);
    expect(stdout).toContain("NSATU's reporting chain");
    expect(stdout).toContain('Post holders as of');
    expect(stdout).toContain('Capability coalitions');
    expect(stdout).toContain('Weapon types sent');
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(100);
  });
  test('answers as of a date and in markdown and json', () => {
    expect(cli('report', '--as-of', '2025-03-01').stdout).toContain('Christopher G. Cavoli');
    expect(cli('report', '--format', 'md').stdout).toMatch(/^# /);
    const json = JSON.parse(cli('report', '--format', 'json').stdout) as { tables: unknown[] };
    expect(json.tables.length).toBeGreaterThan(3);
  });
  test('reads a dataset file', () => {
    const { code, stdout } = cli('report', '--data', good);
    expect(code).toBe(0);
    expect(stdout).toContain('fixture');
  });
  test('says why NSATU has no chain before it existed', () => {
    expect(cli('report', '--as-of', '2024-01-01').stdout).toContain('not active');
  });
});

describe('nsatu chain', () => {
  test('prints the chain with the reason for each link', () => {
    const { code, stdout } = cli('chain', 'nsatu', '--as-of', '2025-03-01');
    expect(code).toBe(0);
    expect(stdout).toContain(
      '1. NSATU → SHAPE: reports-to (to SACEUR in that capacity) since 2024-12',
    );
    expect(stdout.trim().split('\n')).toHaveLength(4);
  });
  test('follows another line with --via and prints json', () => {
    expect(cli('chain', 'nsatu', '--via', 'ADCON', '--as-of', '2025-03-01').stdout).toContain(
      'ADCON',
    );
    const json = JSON.parse(
      cli('chain', 'nsatu', '--format', 'json', '--as-of', '2025-03-01').stdout,
    ) as { links: unknown[] };
    expect(json.links).toHaveLength(3);
  });
  test('exits 1 when the chain has no answer and 2 for an unknown id', () => {
    expect(cli('chain', 'nsatu', '--as-of', '2024-01-01').code).toBe(1);
    const unknown = cli('chain', 'nowhere');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No organisation with id "nowhere"');
  });
});

describe('nsatu dedupe', () => {
  test('groups a list of names and lists the unresolved ones', () => {
    const { code, stdout } = cli('dedupe', names);
    expect(code).toBe(0);
    expect(stdout).toContain('pzh-2000');
    expect(stdout).toMatch(/Death Star\s+1\s+unknown/);
  });
  test('reads a CSV column, at variant level, as json', () => {
    const result = JSON.parse(
      cli('dedupe', csv, '--column', 'item_raw', '--format', 'json').stdout,
    ) as {
      groups: { id: string }[];
    };
    expect(result.groups.map((g) => g.id).sort()).toEqual(['gepard', 'pzh-2000', 'stinger']);
    expect(
      cli('dedupe', csv, '--column', 'item_raw', '--level', 'variant', '--format', 'md').stdout,
    ).toContain('| type |');
  });
  test('asks for a column when a CSV file has several', () => {
    expect(cli('dedupe', csv)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--column') as string,
    });
    expect(cli('dedupe', csv, '--column', 'nope')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no column "nope"') as string,
    });
  });
});

describe('nsatu validate', () => {
  test('accepts a valid file', () => {
    expect(cli('validate', good)).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('valid') as string,
    });
    expect(JSON.parse(cli('validate', good, '--format', 'json').stdout)).toMatchObject({
      ok: true,
    });
  });
  test('prints every issue with its path and exits 1', () => {
    const { code, stderr } = cli('validate', bad);
    expect(code).toBe(1);
    expect(stderr).toContain('$.nations[0].id');
  });
  test('exits 1 for a file that is not JSON', () => {
    expect(cli('validate', notJson)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('not valid JSON') as string,
    });
  });
  test('exits 2 for a missing file or a directory', () => {
    expect(cli('validate', join(dir, 'missing.json'))).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('no such file') as string,
    });
    expect(cli('validate', dir)).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('is a directory') as string,
    });
  });
});

describe('nsatu usage', () => {
  test.each([
    [['--help'], 'Usage: nsatu <command>'],
    [['chain', '--help'], 'Usage: nsatu chain'],
    [['help', 'report'], 'Usage: nsatu report'],
  ])('%j prints help', (argv, text) => {
    const { code, stdout } = cli(...argv);
    expect(code).toBe(0);
    expect(stdout).toContain(text);
  });
  test('prints the version', () => {
    expect(cli('--version').stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
  test.each([
    [['frobnicate'], 'unknown command'],
    [['--bogus'], 'Unknown option'],
    [['report', '--as-of', '2024-02-30'], '--as-of must be'],
    [['report', '--as-of', 'yesterday'], '--as-of must be'],
    [['report', '--format', 'xml'], '--format must be'],
    [['report', 'extra'], 'takes no arguments'],
    [['chain'], 'needs an id'],
    [['chain', 'a', 'b'], 'takes one id'],
    [['chain', 'nsatu', '--via', 'liaison'], 'not a chain authority'],
    [['report', '--via', 'ADCON'], '--via applies'],
    [['validate'], 'needs a file'],
    [['dedupe'], 'needs a file'],
    [['dedupe', 'a', 'b'], 'takes one file'],
    [['report', '--column', 'x'], '--column applies'],
    [['dedupe', 'x.txt', '--level', 'model'], '--level must be'],
    [['validate', 'a', 'b'], 'takes one file'],
    [['--data'], 'argument missing'],
  ])('%j exits 2 with a one-line hint', (argv, text) => {
    const { code, stderr } = cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toContain(text);
    expect(stderr).toContain("Try 'nsatu");
    expect(stderr).not.toContain('    at ');
  });
});
