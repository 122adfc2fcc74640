// size: what nsatu costs a user before any work (issue 8). Bundle sizes from
// scripts/size-check.mjs (minified + gzipped, zod and immer external), and the time to import the
// built entries in a fresh Node process, against importing zod alone in one.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import type { Benchmark, Mode } from './harness.ts';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const coreUrl = pathToFileURL(join(root, 'dist', 'index.js')).href;
const dataUrl = pathToFileURL(join(root, 'dist', 'data.js')).href;

/** Fresh processes per approach measured in setup, interleaved (the in-process import times). */
const RUNS: Record<Mode, number> = { full: 20, smoke: 1 };

/** Module code run by a fresh `node`: it times its own imports and prints them as JSON. */
const PROGRAMS = {
  zod: `const t = performance.now(); await import('zod');
console.log(JSON.stringify({ importMs: performance.now() - t }));`,
  core: `const t = performance.now(); await import(${JSON.stringify(coreUrl)});
console.log(JSON.stringify({ importMs: performance.now() - t }));`,
  data: `const t = performance.now(); const m = await import(${JSON.stringify(dataUrl)});
const u = performance.now(); m.defaultDataset();
console.log(JSON.stringify({ importMs: u - t, firstCallMs: performance.now() - u }));`,
  node: `console.log(JSON.stringify({ importMs: 0 }));`,
} as const;

type Program = keyof typeof PROGRAMS;

interface Timing {
  readonly importMs: number;
  readonly firstCallMs?: number;
}

function inFreshNode(program: Program): Timing {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', PROGRAMS[program]], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out) as Timing;
}

interface Size {
  readonly min: number;
  readonly gzip: number;
}

interface SizeReport {
  readonly core: Size;
  readonly data: Size;
  readonly chainOnly: Size;
  readonly checks: readonly { readonly name: string; readonly ok: boolean }[];
}

function sizes(from: 'src' | 'dist'): SizeReport {
  const args = [join(root, 'scripts', 'size-check.mjs'), '--json'];
  if (from === 'dist') args.push('--dist');
  try {
    return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as SizeReport;
  } catch (error) {
    // A budget missed exits 1 with the report on stdout: report it rather than fail the benchmark.
    const stdout = (error as { stdout?: unknown }).stdout;
    if (typeof stdout === 'string' && stdout.startsWith('{'))
      return JSON.parse(stdout) as SizeReport;
    throw error;
  }
}

/** The newest modification time under a directory, in ms. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function spread(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  const f = (v: number | undefined): string => `${(v ?? NaN).toFixed(2)}×`;
  return `${f(sorted[0])} / ${f(median)} / ${f(sorted[sorted.length - 1])}`;
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

function ms(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return `${(sorted[sorted.length >> 1] ?? NaN).toFixed(1)} ms`;
}

export const size: Benchmark = {
  name: 'size',
  description:
    'What nsatu costs before any work (issue 8). Sizes: each entry bundled by esbuild from `src/` and from the built `dist/`, minified and gzipped, zod and immer external (`scripts/size-check.mjs`; budgets checked in CI: core ≤ 25 kB, `reportingChain` alone under half the core). Times: a fresh `node` importing `dist/index.js`, or importing `dist/data.js` and calling `defaultDataset()` once, against a fresh `node` importing zod alone. The tasks below time whole processes (Node start-up included, `node` alone shows it); the import times measured inside each process are under Data.',
  setup(mode) {
    for (const file of ['index.js', 'data.js']) {
      if (!existsSync(join(root, 'dist', file))) {
        throw new Error(`size bench: dist/${file} is missing: run \`npm run build\` first`);
      }
    }
    // Import times are measured on dist/: say so when src/ has changed since it was built.
    const stale = newest(join(root, 'src')) > statSync(join(root, 'dist', 'index.js')).mtimeMs;
    if (stale && mode === 'full') {
      process.stderr.write('size bench: src/ changed since dist/ was built (npm run build)\n');
    }
    const src = sizes('src');
    const dist = sizes('dist');

    // Import times inside fresh processes, zod / core / data interleaved round by round.
    const zod: number[] = [];
    const core: number[] = [];
    const data: number[] = [];
    const dataImport: number[] = [];
    const firstCall: number[] = [];
    for (let run = 0; run < RUNS[mode]; run++) {
      const order: Program[] = run % 2 === 0 ? ['zod', 'core', 'data'] : ['data', 'core', 'zod'];
      for (const program of order) {
        const t = inFreshNode(program);
        if (program === 'zod') zod.push(t.importMs);
        if (program === 'core') core.push(t.importMs);
        if (program === 'data') {
          dataImport.push(t.importMs);
          firstCall.push(t.firstCallMs ?? NaN);
          data.push(t.importMs + (t.firstCallMs ?? NaN));
        }
      }
    }
    const ratios = (of: readonly number[]): string =>
      spread(of.map((v, i) => v / (zod[i] as number)));

    const failed = [
      ...src.checks.filter((c) => !c.ok).map((c) => `${c.name} (src/)`),
      ...dist.checks.filter((c) => !c.ok).map((c) => `${c.name} (dist/)`),
    ];
    const description =
      `sizes min+gz (min), zod and immer external — from src/: core ${kb(src.core.gzip)} (${kb(src.core.min)}), ` +
      `nsatu/data with the core ${kb(src.data.gzip)} (${kb(src.data.min)}), ` +
      `\`import { reportingChain } from 'nsatu'\` alone ${kb(src.chainOnly.gzip)} (${kb(src.chainOnly.min)}, ` +
      `${((src.chainOnly.gzip / src.core.gzip) * 100).toFixed(0)} % of the core); ` +
      `from dist/: core ${kb(dist.core.gzip)}, nsatu/data ${kb(dist.data.gzip)}, ` +
      `reportingChain alone ${kb(dist.chainOnly.gzip)} (${((dist.chainOnly.gzip / dist.core.gzip) * 100).toFixed(0)} %); ` +
      `budgets ${failed.length === 0 ? 'met' : `MISSED: ${failed.join('; ')}`}` +
      `${stale ? ' (dist/ older than src/ when measured)' : ''}. ` +
      `Import time inside a fresh process, ${RUNS[mode]} runs interleaved, min / median / max of the per-run ratios ` +
      `to importing zod alone (median ${ms(zod)}): nsatu ${ratios(core)} (median ${ms(core)}); ` +
      `nsatu/data + first defaultDataset() ${ratios(data)} (median ${ms(dataImport)} + ${ms(firstCall)})`;

    return {
      data: description,
      tasks: {
        nsatu: {
          label: "fresh node: import('nsatu') (dist/index.js)",
          run: () => inFreshNode('core'),
        },
        baselines: {
          zod: { label: "fresh node: import('zod')", run: () => inFreshNode('zod') },
        },
        extras: {
          data: {
            label: "fresh node: import('nsatu/data') + defaultDataset()",
            run: () => inFreshNode('data'),
            versus: 'zod',
          },
          node: { label: 'fresh node, no import (start-up alone)', run: () => inFreshNode('node') },
        },
      },
    };
  },
};
