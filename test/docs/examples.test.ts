/*
 * Runs every `@example` of the public API (see ./extract.ts for the `// =>` conventions): each
 * export must have one, all must type-check together, and each runs as its own test.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  collectExamples,
  readCompilerOptions,
  rewriteExample,
  typeCheckExamples,
  type Entry,
} from './extract.ts';
import { linesRun, registerExample } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test/.generated/examples');
const entries: Entry[] = [
  { specifier: 'nsatu', file: join(root, 'src/index.ts') },
  { specifier: 'nsatu/data', file: join(root, 'src/data/index.ts') },
  { specifier: 'nsatu/edit', file: join(root, 'src/edit/index.ts') },
  { specifier: 'nsatu/csv', file: join(root, 'src/csv/index.ts') },
  { specifier: 'nsatu/export', file: join(root, 'src/export/index.ts') },
  { specifier: 'nsatu/arrow', file: join(root, 'src/arrow/index.ts') },
];

const options = readCompilerOptions(join(root, 'tsconfig.json'));
const program = ts.createProgram({ rootNames: entries.map((entry) => entry.file), options });
const extraction = collectExamples(program, entries);
const generated = extraction.examples.map((example) => ({
  example,
  path: join(outDir, `${example.name}.ts`),
  ...rewriteExample(example.code, { name: example.name, harness: '../../docs/harness.ts' }),
}));

writeChanged(outDir, new Map(generated.map(({ path, code }) => [path, code])));

/** Writes only what changed (so watch mode does not loop) and removes stale modules. */
function writeChanged(directory: string, files: ReadonlyMap<string, string>): void {
  mkdirSync(directory, { recursive: true });
  for (const name of readdirSync(directory)) {
    if (!files.has(join(directory, name))) rmSync(join(directory, name), { recursive: true });
  }
  for (const [path, code] of files) {
    let current: string | undefined;
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      current = undefined;
    }
    if (current !== code) writeFileSync(path, code);
  }
}

describe('TSDoc examples', () => {
  test('every export has an @example', () => {
    expect(extraction.missing).toEqual([]);
  });

  test('every @example is a well-formed ```ts block', () => {
    expect(extraction.problems).toEqual([]);
  });

  test('every example type-checks', { timeout: 120_000 }, () => {
    const diagnostics = typeCheckExamples(extraction.examples, {
      options,
      directory: join(root, 'test/.generated/typecheck'),
      oldProgram: program,
    });
    expect(diagnostics).toEqual([]);
  });

  for (const { example, path, checkedLines, problems } of generated) {
    test(`${example.symbol} example ${String(example.index)}`, async () => {
      expect(problems, `${example.file}:${String(example.line)}`).toEqual([]);
      registerExample(example.name, { file: relative(root, example.file), line: example.line });
      await import(path);
      expect(linesRun(example.name), 'lines with `// =>` that never ran').toEqual(checkedLines);
    });
  }
});
