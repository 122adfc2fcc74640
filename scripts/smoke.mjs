#!/usr/bin/env node
// Smoke test of the BUILT package, as a consumer gets it, without the network: `npm pack`, unpack
// into a scratch consumer's node_modules (dependencies symlinked from this repo, bins linked and
// made executable the way npm does it), then import it from ESM and CJS, run its CLI, and
// type-check a consumer under NodeNext as ESM and as CJS.
//
//   node scripts/smoke.mjs          run after `npm run build`
//   node scripts/smoke.mjs --keep   keep the scratch directory for inspection
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { checklist, installPacked, root, run, writeJson } from './lib/pack.mjs';

const { scratch, report, finish } = checklist('smoke', { keep: process.argv.includes('--keep') });

// 1. Pack and install.
const install = installPacked(scratch, report);
if (install === undefined) finish();
const { consumer, modules, installed, manifest } = install;
writeJson(join(consumer, 'package.json'), { name: 'nsatu-smoke-consumer', private: true });

// 2. Runtime: ESM and CJS see the same, non-empty surface from every entry; the error classes behave.
const ENTRIES = ['nsatu', 'nsatu/data', 'nsatu/edit', 'nsatu/csv', 'nsatu/export', 'nsatu/arrow'];
const probe = `
  const report = (modules) => {
    const [nsatu] = modules;
    const problems = [];
    if (typeof nsatu.NsatuError !== 'function') problems.push('NsatuError is not exported');
    if (typeof nsatu.DatasetError !== 'function') problems.push('DatasetError is not exported');
    else if (!(nsatu.DatasetError.prototype instanceof nsatu.NsatuError)) problems.push('DatasetError does not extend NsatuError');
    const surface = Object.fromEntries(${JSON.stringify(ENTRIES)}.map((name, i) => [name, Object.keys(modules[i]).sort()]));
    console.log(JSON.stringify({ surface, problems }));
  };`;
writeFileSync(
  join(consumer, 'esm.mjs'),
  `${probe}
  ${ENTRIES.map((name, i) => `import * as m${String(i)} from '${name}';`).join('\n  ')}
  report([${ENTRIES.map((_, i) => `m${String(i)}`).join(', ')}]);
`,
);
writeFileSync(
  join(consumer, 'cjs.cjs'),
  `${probe}
  if (require('nsatu').DatasetError !== require('nsatu').DatasetError) throw new Error('require(nsatu) is not stable');
  report([${ENTRIES.map((name) => `require('${name}')`).join(', ')}]);
`,
);

const surfaces = {};
for (const [kind, file] of [
  ['ESM', 'esm.mjs'],
  ['CJS', 'cjs.cjs'],
]) {
  const result = run(process.execPath, [file], consumer);
  let parsed;
  try {
    parsed = JSON.parse(result.stdout.trim().split('\n').at(-1) ?? '');
  } catch {
    parsed = undefined;
  }
  const empty = parsed ? ENTRIES.filter((name) => parsed.surface[name].length === 0) : [];
  const ok =
    result.ok && parsed !== undefined && parsed.problems.length === 0 && empty.length === 0;
  report(
    `${kind}: ${kind === 'ESM' ? 'import' : 'require'} ${ENTRIES.map((name) => `'${name}'`).join(', ')}`,
    ok,
    ok
      ? ENTRIES.map((name) => `${name}: ${String(parsed.surface[name].length)} exports`).join(', ')
      : [...(parsed?.problems ?? []), ...empty.map((name) => `${name} exports nothing`)].join(
          '\n',
        ) || result.output,
  );
  surfaces[kind] = parsed;
}
if (surfaces.ESM && surfaces.CJS) {
  for (const entry of ENTRIES) {
    const esm = surfaces.ESM.surface[entry];
    const cjs = surfaces.CJS.surface[entry];
    const onlyEsm = esm.filter((name) => !cjs.includes(name));
    const onlyCjs = cjs.filter((name) => !esm.includes(name));
    report(
      `ESM and CJS export the same names from '${entry}'`,
      onlyEsm.length === 0 && onlyCjs.length === 0,
      `only ESM: ${onlyEsm.join(', ') || '-'}; only CJS: ${onlyCjs.join(', ') || '-'}`,
    );
  }
}

// One class per format: if `nsatu` and `nsatu/data` each bundled their own copy, an error thrown
// by one entry would fail `instanceof` against the class imported from the other.
const dist = join(installed, 'dist');
const distFiles = existsSync(dist) ? readdirSync(dist, { recursive: true, encoding: 'utf8' }) : [];
for (const extension of ['.js', '.cjs']) {
  const copies = distFiles
    .filter((file) => file.endsWith(extension))
    // esbuild writes `var DatasetError = class extends …`, renaming to DatasetError2 on a clash.
    .filter((file) =>
      /\bclass DatasetError\d*\b|\bDatasetError\d* = class\b/.test(
        readFileSync(join(dist, file), 'utf8'),
      ),
    );
  report(
    `DatasetError defined once in the ${extension} build (shared by every entry)`,
    copies.length === 1,
    `found in: ${copies.join(', ') || 'none'}`,
  );
}

// 3. The CLI, through the bin link npm would create.
const bin = join(modules, '.bin', 'nsatu');
const cli = existsSync(bin) ? run(bin, ['--help'], consumer) : undefined;
report(
  'node_modules/.bin/nsatu --help exits 0 and prints usage',
  cli !== undefined && cli.ok && /usage/i.test(cli.stdout),
  cli === undefined
    ? `no bin: package.json "bin" ${JSON.stringify(manifest.bin)} does not point at a packed file`
    : cli.ok
      ? cli.stdout.split('\n')[0]
      : `exit ${String(cli.status)}: ${cli.output}`,
);

// 4. Types as a NodeNext consumer sees them, from an ES module and from a CommonJS module.
const consumerTs = `${ENTRIES.map((name, i) => `import * as m${String(i)} from '${name}';`).join('\n')}
import { NsatuError, type NsatuErrorCode } from 'nsatu';

const code: NsatuErrorCode = 'INVALID_DATASET';
const error: Error = new NsatuError(code, 'smoke');
export const surface: [object[], Error] = [[${ENTRIES.map((_, i) => `m${String(i)}`).join(', ')}], error];
`;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
for (const type of ['module', 'commonjs']) {
  const dir = join(consumer, `types-${type}`);
  mkdirSync(dir);
  writeJson(join(dir, 'package.json'), { name: `types-${type}`, private: true, type });
  writeJson(join(dir, 'tsconfig.json'), {
    compilerOptions: {
      target: 'ES2022',
      lib: ['ES2023'],
      module: 'NodeNext',
      moduleResolution: 'NodeNext',
      strict: true,
      noEmit: true,
      skipLibCheck: true,
    },
    files: ['consumer.ts'],
  });
  writeFileSync(join(dir, 'consumer.ts'), consumerTs);
  const result = run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
  report(
    `types resolve for a NodeNext consumer (${type === 'module' ? 'ESM' : 'CJS'})`,
    result.ok,
    result.output,
  );
}

finish();
