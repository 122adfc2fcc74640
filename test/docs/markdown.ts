/*
 * Runs the TypeScript blocks of Markdown documents (the README, the guides in docs/) like the API's
 * @examples: every ```ts block type-checks against the sources and runs, and its `// =>` lines
 * hold (see ./extract.ts for the conventions). A block that must not run is fenced
 * ```ts no-run <reason>; it is still type-checked.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

import {
  readCompilerOptions,
  rewriteExample,
  typeCheckExamples,
  type CodeBlock,
  type Example,
} from './extract.ts';
import { linesRun, registerExample } from './harness.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** One ```ts block of a Markdown document; `line` counts from the document's first line. */
export interface MarkdownBlock extends CodeBlock {
  /** False for a block fenced ```ts no-run. */
  readonly run: boolean;
}

/** The ```ts blocks of a document, and what is wrong with its fences. */
export interface MarkdownBlocks {
  readonly blocks: readonly MarkdownBlock[];
  readonly problems: readonly string[];
}

const OPENING = /^ {0,3}(`{3,})\s*([\w-]*)\s*(.*)$/;

/**
 * Finds the ```ts / ```typescript blocks of a Markdown text. The info string after the language
 * may be `no-run` followed by the reason the block does not run; anything else is a problem, as
 * are `no-run` without a reason and an unclosed fence.
 */
export function markdownBlocks(text: string): MarkdownBlocks {
  const blocks: MarkdownBlock[] = [];
  const problems: string[] = [];
  let fence:
    { marker: string; ts: boolean; run: boolean; line: number; code: string[] } | undefined;
  text.split(/\r?\n/).forEach((content, offset) => {
    const line = offset + 1;
    if (fence) {
      if (content.trim().startsWith(fence.marker) && content.trim().replace(/`/g, '') === '') {
        if (fence.ts)
          blocks.push({ code: fence.code.join('\n'), line: fence.line + 1, run: fence.run });
        fence = undefined;
      } else fence.code.push(content);
      return;
    }
    const opening = OPENING.exec(content);
    if (!opening) return;
    const language = (opening[2] ?? '').toLowerCase();
    const info = (opening[3] ?? '').trim();
    const isTs = language === 'ts' || language === 'typescript';
    let run = true;
    if (isTs && info !== '') {
      const noRun = /^no-run(?:\s+(.*))?$/.exec(info);
      if (!noRun)
        problems.push(`line ${String(line)}: unknown fence option "${info}"; use no-run <reason>`);
      else if ((noRun[1] ?? '').trim() === '') {
        problems.push(`line ${String(line)}: no-run needs a reason (\`\`\`ts no-run <why>)`);
      }
      run = !noRun;
    }
    fence = { marker: opening[1] ?? '```', ts: isTs, run, line, code: [] };
  });
  if (fence) problems.push(`line ${String(fence.line)}: unclosed \`\`\` fence`);
  return { blocks, problems };
}

/** Writes a file unless it already holds `text`, so vitest's watch mode does not loop. */
function writeIfChanged(path: string, text: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return;
  writeFileSync(path, text);
}

/** Options of {@link describeMarkdown}. */
export interface DescribeMarkdownOptions {
  /** Fail unless the document has at least one ```ts block. */
  readonly requireBlocks?: boolean;
}

/**
 * Declares the tests of some Markdown documents (paths from the repository root): one test that
 * their fences are well formed, one that every block type-checks (one program for all), and one
 * per runnable block that runs it and checks that each `// =>` line ran and held.
 */
export function describeMarkdown(
  files: readonly string[],
  { requireBlocks = false }: DescribeMarkdownOptions = {},
): void {
  const outDir = join(root, 'test/.generated/markdown');
  const documents = files.map((file) => {
    const { blocks, problems } = markdownBlocks(readFileSync(join(root, file), 'utf8'));
    const stem = basename(file, '.md');
    const examples = blocks.map((block, i): Example & { run: boolean } => ({
      symbol: file,
      entry: file,
      index: i + 1,
      name: `${stem}-${String(i + 1)}`,
      code: block.code,
      file: join(root, file),
      line: block.line,
      run: block.run,
    }));
    return { file, problems, examples };
  });
  const all = documents.flatMap((document) => document.examples);

  test('every block type-checks', { timeout: 120_000 }, () => {
    const options: ts.CompilerOptions = readCompilerOptions(join(root, 'tsconfig.json'));
    const diagnostics = typeCheckExamples(all, {
      options,
      directory: join(root, 'test/.generated/typecheck-markdown'),
    });
    expect(diagnostics).toEqual([]);
  });

  describe.each(documents)('$file', ({ file, problems, examples }) => {
    test('has well-formed ```ts fences', () => {
      expect(problems).toEqual([]);
      expect(examples.length >= (requireBlocks ? 1 : 0), 'at least one ```ts block').toBe(true);
    });

    for (const example of examples.filter((e) => e.run)) {
      const rewritten = rewriteExample(example.code, {
        name: example.name,
        harness: '../../docs/harness.ts',
      });
      test(`block ${String(example.index)} (line ${String(example.line)}) runs and its // => lines hold`, async () => {
        expect(rewritten.problems, `${file}:${String(example.line)}`).toEqual([]);
        mkdirSync(outDir, { recursive: true });
        const path = join(outDir, `${example.name}.ts`);
        writeIfChanged(path, rewritten.code);
        registerExample(example.name, { file: relative(root, example.file), line: example.line });
        await import(path);
        expect(linesRun(example.name), 'lines with `// =>` that never ran').toEqual([
          ...rewritten.checkedLines,
        ]);
      });
    }
  });
}
