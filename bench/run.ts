// The benchmark runner: `npm run bench -- [name …] [--smoke] [--md] [--rounds N] [--samples N]`.
// See bench/README.md. In a timed run each benchmark runs in a child process of its own, so one
// benchmark's JIT state and heap do not colour the next; the children send their results back.
import { fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import {
  run,
  smoke,
  type Benchmark,
  type BenchmarkResult,
  type MeasureOptions,
} from './harness.ts';
import { aggregateBench } from './aggregate.bench.ts';
import { chain } from './chain.bench.ts';
import { editBench } from './edit.bench.ts';
import { parse } from './parse.bench.ts';
import { size } from './size.bench.ts';
import { weapons } from './weapons.bench.ts';
import { text, writeMarkdown } from './report.ts';

/** Every benchmark, in report order: add a new `bench/<name>.bench.ts` here. */
const benchmarks: readonly Benchmark[] = [parse, chain, weapons, aggregateBench, size, editBench];

const here = fileURLToPath(import.meta.url);
const performanceDoc = join(dirname(dirname(here)), 'docs', 'performance.md');

const usage = `usage: npm run bench -- [name …] [options]

  name          run only these benchmarks (${benchmarks.map((b) => b.name).join(', ')}); default all
  --smoke       tiny data, each task once, no timing: checks that every task runs (CI)
  --md          write the results into docs/performance.md (keeps the other sections)
  --rounds N    rounds per benchmark (default 20)
  --samples N   samples per task per round (default 1)
  --list        list the benchmarks
  --help        this text`;

function die(message: string): never {
  console.error(`bench: ${message}\n\n${usage}`);
  process.exit(2);
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) die(`--${name} needs a positive integer, not "${value}"`);
  return n;
}

function options(): {
  selected: Benchmark[];
  smoke: boolean;
  md: boolean;
  child: boolean;
  measure: MeasureOptions;
} {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        smoke: { type: 'boolean', default: false },
        md: { type: 'boolean', default: false },
        rounds: { type: 'string' },
        samples: { type: 'string' },
        list: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        // Internal: run one benchmark in this process and send the result to the parent.
        child: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    die((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  if (values.list) {
    for (const b of benchmarks) console.log(`${b.name.padEnd(10)} ${b.description}`);
    process.exit(0);
  }
  const selected =
    positionals.length === 0
      ? [...benchmarks]
      : positionals.map((name) => {
          const found = benchmarks.find((b) => b.name === name);
          return found ?? die(`unknown benchmark "${name}"`);
        });
  if (values.smoke && values.md) die('--smoke makes no timing claims, so it cannot write --md');
  return {
    selected,
    smoke: values.smoke,
    md: values.md,
    child: values.child,
    measure: {
      rounds: positiveInt(values.rounds, 20, 'rounds'),
      samples: positiveInt(values.samples, 1, 'samples'),
      progress: (line) => {
        process.stderr.write(`  ${line}\n`);
      },
    },
  };
}

/** Runs one benchmark in a fresh Node process with this one's flags (`--expose-gc`, tsx). */
function inChild(benchmark: Benchmark, measure: MeasureOptions): Promise<BenchmarkResult> {
  return new Promise((resolve, reject) => {
    const args = [
      benchmark.name,
      '--child',
      '--rounds',
      String(measure.rounds),
      '--samples',
      String(measure.samples),
    ];
    const child = fork(here, args, { execArgv: process.execArgv, stdio: 'inherit' });
    let result: BenchmarkResult | undefined;
    child.on('message', (message) => {
      result = message as BenchmarkResult;
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (result !== undefined && code === 0) resolve(result);
      else
        reject(
          new Error(
            `benchmark ${benchmark.name} failed (${signal ?? `exit code ${String(code)}`})`,
          ),
        );
    });
  });
}

async function main(): Promise<number> {
  const opts = options();

  if (opts.smoke) {
    let failed = 0;
    for (const benchmark of opts.selected) {
      try {
        for (const task of smoke(benchmark)) console.log(`ok    ${task}`);
      } catch (error) {
        failed++;
        console.error(
          `FAIL  ${benchmark.name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      }
    }
    console.log(
      failed === 0 ? 'bench smoke: every task ran' : `bench smoke: ${failed} benchmark(s) failed`,
    );
    return failed === 0 ? 0 : 1;
  }

  if (opts.child) {
    const [benchmark] = opts.selected;
    if (benchmark === undefined || opts.selected.length !== 1 || process.send === undefined) {
      die('--child runs exactly one benchmark, from the runner');
    }
    const result = await run(benchmark, opts.measure);
    await new Promise<void>((resolve, reject) => {
      process.send?.(result, undefined, {}, (error) => {
        if (error) reject(error);
        else resolve();
      });
    });
    return 0;
  }

  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    console.error(
      'bench: no --expose-gc: garbage will be collected inside the timings (use npm run bench)',
    );
  }
  const results: BenchmarkResult[] = [];
  for (const benchmark of opts.selected) {
    console.error(`${benchmark.name}: setting up and measuring…`);
    const result = await inChild(benchmark, opts.measure);
    results.push(result);
    console.log(text(result));
  }
  if (opts.md) {
    await writeMarkdown(
      performanceDoc,
      results,
      benchmarks.map((b) => b.name),
    );
    console.log(`wrote ${performanceDoc}`);
  }
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
