/*
 * Runs the TypeScript blocks of README.md like the API's @examples (same `// =>` conventions), so
 * the first code a newcomer copies is known to work.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

import { rewriteExample } from './extract.ts';
import { linesRun, registerExample } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = join(root, 'test/.generated/readme');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');

describe('README', () => {
  test('has a TypeScript taste of the API', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  blocks.forEach((block, index) => {
    const name = `README-${String(index + 1)}`;
    const rewritten = rewriteExample(block, { name, harness: '../../docs/harness.ts' });
    test(`block ${String(index + 1)} runs and its // => lines hold`, async () => {
      expect(rewritten.problems).toEqual([]);
      mkdirSync(outDir, { recursive: true });
      const path = join(outDir, `${name}.ts`);
      writeFileSync(path, rewritten.code);
      registerExample(name, { file: 'README.md', line: 1 });
      await import(path);
      expect(linesRun(name)).toEqual([...rewritten.checkedLines]);
    });
  });
});
