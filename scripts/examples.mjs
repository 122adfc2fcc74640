#!/usr/bin/env node
// Runs examples/*.ts against the BUILT package, installed by name into a scratch consumer project
// (see ./lib/pack.mjs), as a user who copied them would: type-check them with tsc under NodeNext,
// run each with tsx from the consumer, and compare what it prints with examples/<name>.expected.txt.
//
//   node scripts/examples.mjs            run after `npm run build`
//   node scripts/examples.mjs --update   rewrite the .expected.txt files from the actual output
//   node scripts/examples.mjs --keep     keep the scratch directory for inspection
//
// Examples that read the third-party data (`NSATU_EXTERNAL`) get ../shared/external unless the
// variable is set; they are skipped, with a message, when that directory does not exist.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';

import { checklist, installPacked, root, run, writeJson } from './lib/pack.mjs';

const update = process.argv.includes('--update');
const { scratch, report, finish } = checklist('examples', {
  keep: process.argv.includes('--keep'),
});

/** The first line where two texts differ, for a readable failure. */
function firstDifference(expected, actual) {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) {
      return `line ${String(i + 1)}:\n  expected: ${a[i] ?? '(end of output)'}\n  actual:   ${b[i] ?? '(end of output)'}`;
    }
  }
  return '';
}

const normalise = (text) =>
  text
    .replace(/\r\n/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .trimEnd() + '\n';

const source = join(root, 'examples');
const names = readdirSync(source)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
  .map((file) => file.slice(0, -3))
  .sort();
const external = resolve(process.env.NSATU_EXTERNAL ?? join(root, '..', 'shared', 'external'));

const install = installPacked(scratch, report);
if (install === undefined) finish();
const { consumer } = install;

// 1. The consumer: an ES module project with strict, NodeNext type-checking, and the examples.
writeJson(join(consumer, 'package.json'), {
  name: 'nsatu-examples-consumer',
  private: true,
  type: 'module',
});
writeJson(join(consumer, 'tsconfig.json'), {
  compilerOptions: {
    target: 'ES2022',
    lib: ['ES2023'],
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    types: ['node'],
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    noEmit: true,
    skipLibCheck: true,
  },
  include: ['examples'],
});
mkdirSync(join(consumer, 'examples'));
for (const name of names)
  copyFileSync(join(source, `${name}.ts`), join(consumer, 'examples', `${name}.ts`));
report(`found ${String(names.length)} examples`, names.length > 0, names.join(', '));

// 2. Types, as a user's editor sees them through the installed package.
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const typed = run(process.execPath, [tsc, '-p', 'tsconfig.json'], consumer);
report(
  'examples type-check against the installed package (NodeNext, strict)',
  typed.ok,
  typed.output,
);

// 3. Each example, run from the consumer, prints what its .expected.txt says.
const tsx = join(root, 'node_modules', '.bin', 'tsx');
for (const name of names) {
  const code = readFileSync(join(source, `${name}.ts`), 'utf8');
  if (code.includes('NSATU_EXTERNAL') && !existsSync(external)) {
    console.log(`SKIP  ${name}: no third-party data at ${external} (set NSATU_EXTERNAL)`);
    continue;
  }
  const expectedFile = join(source, `${name}.expected.txt`);
  const result = run(tsx, [join('examples', `${name}.ts`)], consumer, { NSATU_EXTERNAL: external });
  if (!result.ok) {
    report(`${name} runs`, false, `exit ${String(result.status)}\n${result.output}`);
    continue;
  }
  const actual = normalise(result.stdout);
  if (update) {
    writeFileSync(expectedFile, actual);
    report(`${name} runs (wrote ${name}.expected.txt)`, true);
    continue;
  }
  if (!existsSync(expectedFile)) {
    report(
      `${name} runs and prints ${name}.expected.txt`,
      false,
      'no expected output: run with --update',
    );
    continue;
  }
  const expected = normalise(readFileSync(expectedFile, 'utf8'));
  report(
    `${name} runs and prints ${name}.expected.txt`,
    actual === expected,
    actual === expected ? '' : firstDifference(expected, actual),
  );
}

finish();
