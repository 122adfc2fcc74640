// The benchmark contract and the one place that times things. A benchmark file exports a
// `Benchmark`; `run.ts` lists them; this module measures one with mitata, interleaving its tasks
// round by round so drift (thermal, other load) hits nsatu and its baselines alike.
import { cpus, platform, arch } from 'node:os';

import { do_not_optimize, measure } from 'mitata';

/** `full`: the sizes the docs quote. `smoke`: tiny data, each task once, no timing (CI). */
export type Mode = 'full' | 'smoke';

/** One timed piece of work. */
export interface Task<I = undefined> {
  /** What runs, as the report shows it (`parseDataset(input)`). */
  readonly label: string;
  /**
   * Builds a fresh input for one iteration, outside the timing: for work that consumes or changes
   * its input (freezing, editing in place). Without it, `run` gets `undefined`.
   */
  prepare?(): I;
  /** The timed work; return its result so it cannot be optimised away. */
  run(input: I): unknown;
  /**
   * This task is a component of the nsatu task's work (it calls the same code on the same data):
   * report its time as a share of nsatu's.
   */
  readonly part?: boolean;
}

/** A task that is neither nsatu nor a baseline: a component, a variant, a projection. */
export interface Extra<I = undefined> extends Task<I> {
  /** Key of the task (`nsatu`, a baseline or another extra) to report a ratio against. */
  readonly versus?: string;
  /** The most `extra ÷ versus` should be (reported, never asserted). */
  readonly target?: number;
}

/** The tasks of a benchmark, built by its `setup` around the data it generated. */
export interface Tasks {
  /** The nsatu function being measured. */
  // Method-style members below keep `Task<Dataset>` assignable where `Task<unknown>` is expected.
  readonly nsatu: Task<unknown>;
  /** What a user would use instead; each gets a row `nsatu ÷ baseline`. */
  readonly baselines: Readonly<Record<string, Task<unknown>>>;
  /** Breakdowns and alternatives; a row `extra ÷ versus` each where `versus` is given. */
  readonly extras?: Readonly<Record<string, Extra<unknown>>>;
}

/** What `setup` returns: the data described for the report, and tasks closed over that data. */
export interface Prepared {
  /** The data, in words and counts (`100,000 aid records, …; seed 42`). */
  readonly data: string;
  readonly tasks: Tasks;
}

/** One benchmark: one file in `bench/`, listed in `run.ts`. */
export interface Benchmark {
  /** Short name, used on the command line (`npm run bench -- parse`). */
  readonly name: string;
  /** The capability measured, one sentence, for the report. */
  readonly description: string;
  /**
   * Generates the data for a mode (with fixed seeds) and checks it is valid for what is measured
   * (throws if not), before anything is timed.
   */
  setup(mode: Mode): Prepared;
  /** The ratio nsatu should stay within against one baseline (reported, never asserted). */
  readonly target?: { readonly baseline: string; readonly max: number };
}

/** Min, median and max of a series. */
export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
}

export interface TaskResult extends Spread {
  /** `nsatu`, a baseline key or an extra key. */
  readonly key: string;
  readonly label: string;
  readonly role: 'nsatu' | 'baseline' | 'extra';
}

/** `of ÷ to`: min, median and max of the per-round ratios, and the ratio of the best times. */
export interface RatioResult extends Spread {
  readonly of: string;
  readonly to: string;
  /** Fastest `of` ÷ fastest `to`: the least disturbed by other load on the machine. */
  readonly best: number;
  /** A component's share of nsatu's time, rather than a comparison. */
  readonly share: boolean;
  readonly target?: number;
}

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly node: string;
  readonly platform: string;
  /** The day of the run, `YYYY-MM-DD`. */
  readonly date: string;
}

/** Everything a run of one benchmark produced: plain data, so a child process can send it. */
export interface BenchmarkResult {
  readonly name: string;
  readonly description: string;
  readonly data: string;
  readonly setupMs: number;
  readonly rounds: number;
  readonly samples: number;
  readonly gc: boolean;
  /** Times in milliseconds, over every sample of every round. */
  readonly tasks: readonly TaskResult[];
  readonly ratios: readonly RatioResult[];
  readonly machine: Machine;
}

export interface MeasureOptions {
  /**
   * Rounds; in each, every task runs `samples` times (a round's value is their median), in the
   * declared order on even rounds and reversed on odd ones, so the tasks compared sit next to each
   * other in time and neither always goes first.
   */
  readonly rounds: number;
  readonly samples: number;
  /** Called after each task of each round, for progress output. */
  readonly progress?: (line: string) => void;
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    node: process.version,
    platform: `${platform()} ${arch()}`,
    date: new Date().toISOString().slice(0, 10),
  };
}

function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median =
    sorted.length % 2 === 1
      ? (sorted[mid] as number)
      : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { min: sorted[0] ?? NaN, median, max: sorted[sorted.length - 1] ?? NaN };
}

interface Entry {
  readonly key: string;
  readonly role: TaskResult['role'];
  /** Every task, seen as an extra: `versus` is simply absent on the others. */
  readonly task: Extra<unknown>;
}

function entries(tasks: Tasks): Entry[] {
  return [
    { key: 'nsatu', role: 'nsatu', task: tasks.nsatu },
    ...Object.entries(tasks.baselines).map(([key, task]) => ({
      key,
      role: 'baseline' as const,
      task,
    })),
    ...Object.entries(tasks.extras ?? {}).map(([key, task]) => ({
      key,
      role: 'extra' as const,
      task,
    })),
  ];
}

/** The comparisons a benchmark reports, from its task roles. */
type Comparison = Omit<RatioResult, keyof Spread | 'best'>;

function comparisons(benchmark: Benchmark, list: readonly Entry[]): Comparison[] {
  const out: Comparison[] = [];
  const keys = new Set(list.map((e) => e.key));
  for (const { key, role, task } of list) {
    if (role === 'baseline') {
      const target = benchmark.target?.baseline === key ? benchmark.target.max : undefined;
      out.push({ of: 'nsatu', to: key, share: false, ...(target === undefined ? {} : { target }) });
    }
    if (role === 'extra' && task.versus !== undefined) {
      if (!keys.has(task.versus))
        throw new Error(`${benchmark.name}: "${key}" versus unknown task "${task.versus}"`);
      const target = task.target;
      out.push({
        of: key,
        to: task.versus,
        share: false,
        ...(target === undefined ? {} : { target }),
      });
    }
  }
  for (const { key, task } of list) {
    if (task.part === true) out.push({ of: key, to: 'nsatu', share: true });
  }
  return out;
}

function once(task: Task<unknown>): unknown {
  const input = task.prepare?.();
  return task.run(input);
}

/** Runs every task once on the smoke data: proves they run, claims nothing about time. */
export function smoke(benchmark: Benchmark): string[] {
  const { tasks } = benchmark.setup('smoke');
  const list = entries(tasks);
  comparisons(benchmark, list);
  return list.map(({ key, task }) => {
    do_not_optimize(once(task));
    return `${benchmark.name}/${key}`;
  });
}

type Gc = () => void;

function exposedGc(): Gc | undefined {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  return typeof gc === 'function' ? (gc as Gc) : undefined;
}

/** Measures one benchmark on its full data. */
export async function run(benchmark: Benchmark, options: MeasureOptions): Promise<BenchmarkResult> {
  const gc = exposedGc();
  const started = performance.now();
  const { data, tasks } = benchmark.setup('full');
  const setupMs = performance.now() - started;
  const list = entries(tasks);
  const wanted = comparisons(benchmark, list);

  const samples = new Map<string, number[]>(list.map((e) => [e.key, []]));
  const medians = new Map<string, number[]>(list.map((e) => [e.key, []]));
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? list : [...list].reverse();
    for (const { key, task } of order) {
      // A generator with a parameter: mitata calls `0` for a fresh input before each sample and
      // outside its timing; with `gc` and `inner_gc` it also collects garbage before and after
      // each sample, outside the timing, so one task's garbage is not billed to the next.
      const stats = await measure(
        function* () {
          yield {
            0: () => task.prepare?.(),
            bench: (input: unknown) => {
              do_not_optimize(task.run(input));
            },
          };
        },
        {
          min_samples: options.samples,
          max_samples: options.samples,
          min_cpu_time: 0,
          warmup_samples: 0,
          ...(gc === undefined ? { gc: false } : { gc, inner_gc: true }),
        },
      );
      const ms = stats.samples.map((ns) => ns / 1e6);
      samples.get(key)?.push(...ms);
      medians.get(key)?.push(spread(ms).median);
      options.progress?.(
        `round ${round + 1}/${options.rounds} ${benchmark.name}/${key}: ${spread(ms).median.toFixed(1)} ms`,
      );
    }
  }

  const perRound = (key: string): number[] => medians.get(key) ?? [];
  const fastest = (key: string): number => Math.min(...(samples.get(key) ?? []));
  return {
    name: benchmark.name,
    description: benchmark.description,
    data,
    setupMs,
    rounds: options.rounds,
    samples: options.samples,
    gc: gc !== undefined,
    tasks: list.map(({ key, role, task }) => ({
      key,
      role,
      label: task.label,
      ...spread(samples.get(key) ?? []),
    })),
    ratios: wanted.map((c) => {
      const of = perRound(c.of);
      const to = perRound(c.to);
      const best = fastest(c.of) / fastest(c.to);
      return { ...c, best, ...spread(of.map((v, i) => v / (to[i] as number))) };
    }),
    machine: machine(),
  };
}
