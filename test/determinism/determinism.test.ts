// Issue 12: no output depends on the clock, the time zone or the locale. compute.ts runs the key
// computations (chains at several dates, aid summaries, fragmentation, weapon-name resolution, CSV
// import, every export format, the report) in child processes under different environments; the
// outputs must be identical byte for byte. Kiritimati is UTC+14 (a date there is a day ahead of
// most of the world) and Turkish has the dotted and dotless i that break naive case folding.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const script = fileURLToPath(new URL('./compute.ts', import.meta.url));

const ENVIRONMENTS = {
  utc: { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
  kiritimati: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
  newfoundland: { TZ: 'America/St_Johns', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' },
} as const;

function compute(env: Readonly<Record<string, string>>): { output: string; locale: string } {
  const result = spawnSync(process.execPath, [tsx, '--tsconfig', 'tsconfig.json', script], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`compute.ts failed under ${JSON.stringify(env)}:\n${result.stderr}`);
  }
  const newline = result.stdout.indexOf('\n');
  return { locale: result.stdout.slice(0, newline), output: result.stdout.slice(newline + 1) };
}

describe('determinism', () => {
  const runs = Object.fromEntries(
    Object.entries(ENVIRONMENTS).map(([name, env]) => [name, compute(env)]),
  );

  test('each run really had its time zone and locale', () => {
    expect(runs.utc?.locale).toMatch(/UTC$/);
    expect(runs.kiritimati?.locale).toBe('tr-TR Pacific/Kiritimati');
    expect(runs.newfoundland?.locale).toBe('de-DE America/St_Johns');
  });

  test('the key computations give the same bytes under UTC, Kiritimati/Turkish and Newfoundland/German', () => {
    const reference = runs.utc?.output ?? '';
    expect(reference.length).toBeGreaterThan(100_000);
    const parsed = JSON.parse(reference) as Record<string, unknown>;
    expect(Object.keys(parsed)).toContain('chains');
    expect(runs.kiritimati?.output).toBe(reference);
    expect(runs.newfoundland?.output).toBe(reference);
  });
}, 120_000);
