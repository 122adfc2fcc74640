#!/usr/bin/env node
// Package cost (issue 8): what each entry adds to a user's bundle, minified and gzipped, with zod
// and immer left out (a user's bundle has zod already, and immer is a dependency of its own).
// Budgets, checked in CI: the core entry at most 25 kB, and a bundle of `reportingChain` alone
// under half the core, so the package stays tree-shakeable.
//
//   node scripts/size-check.mjs          bundle src/ (no build needed)
//   node scripts/size-check.mjs --dist   bundle the built dist/ (after `npm run build`)
//   node scripts/size-check.mjs --json   the figures as JSON, for bench/size.bench.ts
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { build } from 'esbuild';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const fromDist = args.includes('--dist');
const json = args.includes('--json');
for (const arg of args) {
  if (!['--dist', '--json'].includes(arg)) {
    console.error(
      `size-check: unknown argument "${arg}"\nusage: node scripts/size-check.mjs [--dist] [--json]`,
    );
    process.exit(2);
  }
}

/** kB as 1,000 bytes, as bundlephobia and most size tools count. */
const KB = 1000;
const CORE_BUDGET = 25 * KB;
/** A bundle of one function must stay under this share of the whole core. */
const TREE_SHAKEN_SHARE = 0.5;
const EXTERNAL = ['zod', 'immer'];

const entries = fromDist
  ? {
      core: './dist/index.js',
      data: './dist/data.js',
      edit: './dist/edit.js',
      csv: './dist/csv.js',
      export: './dist/export.js',
      arrow: './dist/arrow.js',
    }
  : {
      core: './src/index.ts',
      data: './src/data/index.ts',
      edit: './src/edit/index.ts',
      csv: './src/csv/index.ts',
      export: './src/export/index.ts',
      arrow: './src/arrow/index.ts',
    };
for (const file of Object.values(entries)) {
  if (!existsSync(join(root, file))) {
    console.error(`size-check: ${file} is missing${fromDist ? ': run `npm run build` first' : ''}`);
    process.exit(2);
  }
}

/** Bundles one entry (a file, or a module's source importing `nsatu`) as a user's bundler would. */
async function measure(entry) {
  const result = await build({
    ...(typeof entry === 'string'
      ? { entryPoints: [entry] }
      : { stdin: { contents: entry.contents, resolveDir: root, loader: 'js' } }),
    absWorkingDir: root,
    alias: {
      nsatu: entries.core,
      'nsatu/data': entries.data,
      'nsatu/edit': entries.edit,
      'nsatu/csv': entries.csv,
      'nsatu/export': entries.export,
      'nsatu/arrow': entries.arrow,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    external: EXTERNAL,
    metafile: true,
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const inputs = Object.values(result.metafile.outputs)[0]?.inputs ?? {};
  const json = Object.entries(inputs)
    .filter(([path]) => path.endsWith('.json'))
    .reduce((sum, [, input]) => sum + input.bytesInOutput, 0);
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, json };
}

const core = await measure(entries.core);
const data = await measure(entries.data);
const edit = await measure(entries.edit);
const csv = await measure(entries.csv);
const exporters = await measure(entries.export);
const arrow = await measure(entries.arrow);
// Used, not just imported: a bundler drops an import nobody uses.
const chainOnly = await measure({
  contents: "import { reportingChain } from 'nsatu';\nexport const chainOf = reportingChain;\n",
});

const checks = [
  {
    name: `core ≤ ${CORE_BUDGET / KB} kB min+gz`,
    ok: core.gzip <= CORE_BUDGET,
  },
  {
    name: `reportingChain alone < ${TREE_SHAKEN_SHARE * 100} % of the core (min+gz)`,
    ok: chainOnly.gzip < core.gzip * TREE_SHAKEN_SHARE,
  },
];
const report = {
  from: fromDist ? 'dist' : 'src',
  external: EXTERNAL,
  core,
  data,
  edit,
  csv,
  export: exporters,
  arrow,
  chainOnly,
  budgets: { core: CORE_BUDGET, chainOnlyShare: TREE_SHAKEN_SHARE },
  checks,
};

if (json) {
  console.log(JSON.stringify(report));
} else {
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
  const rows = [
    ['nsatu (core)', core],
    ['nsatu/data (core included)', data],
    ['nsatu/edit (with the core it uses)', edit],
    ['nsatu/csv (with the core it uses)', csv],
    ['nsatu/export (with the core it uses)', exporters],
    ['nsatu/arrow (with flechette)', arrow],
    ["import { reportingChain } from 'nsatu'", chainOnly],
  ];
  console.log(
    `size-check: ${report.from}/ bundled by esbuild (minified, ESM), ${EXTERNAL.join(' and ')} external`,
  );
  for (const [name, size] of rows) {
    console.log(
      `  ${name.padEnd(42)} ${kb(size.min).padStart(9)} min  ${kb(size.gzip).padStart(8)} min+gz`,
    );
  }
  const jsonPart = data.json > 0 ? `embedded dataset JSON ${kb(data.json)} min; ` : '';
  console.log(`  nsatu/data: ${jsonPart}adds ${kb(data.gzip - core.gzip)} min+gz to the core`);
  console.log(
    `  reportingChain alone is ${((chainOnly.gzip / core.gzip) * 100).toFixed(0)} % of the core (min+gz)`,
  );
  for (const check of checks) console.log(`${check.ok ? '✔' : '✘'} ${check.name}`);
}
process.exitCode = checks.every((c) => c.ok) ? 0 : 1;
