// parse: reading a dataset with `parseDataset` (shape, integrity, freeze) against zod alone
// parsing the same shapes, with a breakdown of parseDataset's time and a projection of what
// `z.compile` would bring (issue 3).
import { isDeepStrictEqual } from 'node:util';

import * as z from 'zod';

import { DatasetSchema, parseDataset, type DatasetIssue } from '../src/index.ts';
import { deepFreeze } from '../src/dataset/freeze.ts';
import { checkIntegrity } from '../src/dataset/integrity.ts';
import { generateDataset, type DatasetSize } from './generate.ts';
import type { Benchmark, Mode } from './harness.ts';

const SEED = 1337;

const SIZES: Record<Mode, DatasetSize> = {
  full: { aid: 100_000, organisations: 10_000, relationships: 10_000 },
  smoke: { aid: 200, organisations: 60, relationships: 60 },
};

function fail(what: string, issues: readonly unknown[]): never {
  throw new Error(`parse bench: ${what}:\n${JSON.stringify(issues.slice(0, 5), null, 2)}`);
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

export const parse: Benchmark = {
  name: 'parse',
  description:
    'Reading a dataset: `parseDataset` (zod shape check, integrity checks, deep freeze) against zod alone parsing the same shapes (`DatasetSchema.safeParse`).',
  target: { baseline: 'zod', max: 1.5 },
  setup(mode) {
    const { input, maxDepth } = generateDataset(SEED, SIZES[mode]);
    const compiled = z.compile(DatasetSchema, { strict: true });

    // Only valid data measures the path users take: check it, and that the compiled schema gives
    // the same output, before anything is timed.
    const result = parseDataset(input);
    if (!result.ok) fail('the generated dataset is invalid', result.issues);
    const shaped = DatasetSchema.safeParse(input);
    if (!shaped.success) fail('zod refuses the generated dataset', shaped.error.issues);
    const compiledOnce = compiled.safeParse(input);
    if (!isDeepStrictEqual(compiledOnce.data, shaped.data)) {
      throw new Error('parse bench: z.compile(DatasetSchema) output differs from DatasetSchema');
    }
    const parsed = shaped.data;
    const ds = result.dataset;
    const byAuthority = new Map<string, number>();
    for (const r of ds.relationships) {
      const line = ['OPCON', 'reports-to'].includes(r.authority)
        ? 'operational'
        : r.authority === 'ADCON'
          ? 'ADCON'
          : 'lateral';
      byAuthority.set(line, (byAuthority.get(line) ?? 0) + 1);
    }
    const data =
      `${count(ds.aid.length)} aid records, ${count(ds.organisations.length)} organisations, ` +
      `${count(ds.relationships.length)} relationships (a forest up to ${maxDepth} deep: ` +
      `${count(byAuthority.get('operational') ?? 0)} OPCON/reports-to ties, ` +
      `${count(byAuthority.get('ADCON') ?? 0)} ADCON, ${count(byAuthority.get('lateral') ?? 0)} lateral), ` +
      `${count(ds.sources.length)} sources, ${count(ds.nations.length)} nations, ` +
      `${count(ds.weaponSystems.length)} weapon systems; seed ${SEED}`;

    const integrity = (): DatasetIssue[] => {
      const issues = checkIntegrity(parsed);
      if (issues.length > 0) fail('integrity issues', issues);
      return issues;
    };

    return {
      data,
      tasks: {
        nsatu: {
          label: 'parseDataset(input)',
          run: () => parseDataset(input),
        },
        baselines: {
          zod: {
            label: 'DatasetSchema.safeParse(input)',
            run: () => DatasetSchema.safeParse(input),
            part: true,
          },
        },
        extras: {
          integrity: {
            label: 'checkIntegrity(parsed)',
            run: integrity,
            part: true,
          },
          freeze: {
            label: 'deepFreeze(parsed)',
            // Freezing is one-shot: each sample freezes a fresh zod output, built untimed.
            prepare: () => DatasetSchema.safeParse(input).data,
            run: (fresh) => deepFreeze(fresh),
            part: true,
          },
          compiled: {
            label: 'z.compile(DatasetSchema).safeParse(input)',
            run: () => compiled.safeParse(input),
            versus: 'zod',
          },
          compiledPipeline: {
            label: 'compiled safeParse + checkIntegrity + deepFreeze',
            // parseDataset's success path with the compiled schema swapped in: what compiling
            // would make of parseDataset, without editing src/.
            run: () => {
              const out = compiled.safeParse(input);
              if (!out.success) fail('compiled schema refuses the dataset', out.error.issues);
              const issues = checkIntegrity(out.data);
              if (issues.length > 0) fail('integrity issues', issues);
              return deepFreeze(out.data);
            },
            versus: 'nsatu',
          },
        },
      },
    };
  },
};
