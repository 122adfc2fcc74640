/*
 * Extracts the `@example` blocks of every public export and turns them into runnable checks.
 *
 * An example is a ```ts fence inside an `@example` tag. In it, an expression statement followed by
 * `// => <value>` (on its last line, or alone on the next line) asserts that the expression
 * deep-equals `<value>` (vitest `toEqual`, so frozen arrays compare with literals);
 * `// => throws <Name>` asserts that it throws (or rejects with) an error whose `name` or `code` is
 * `<Name>`. A `// =>` anywhere else is reported as a problem rather than silently left unchecked.
 */
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/** A public entry point: the specifier users import and the file that implements it. */
export interface Entry {
  readonly specifier: string;
  readonly file: string;
}

/** One ```ts block of one `@example` tag of one export. */
export interface Example {
  /** The exported name, as users import it. */
  readonly symbol: string;
  /** The entry point specifier the symbol was found in (`nsatu`, `nsatu/data`). */
  readonly entry: string;
  /** 1-based position among the symbol's examples. */
  readonly index: number;
  /** A file-safe unique name, `<symbol>-<index>`. */
  readonly name: string;
  /** The code inside the fence, one string with `\n` line ends. */
  readonly code: string;
  /** The file that holds the TSDoc. */
  readonly file: string;
  /** 1-based line in `file` of the first line of `code`. */
  readonly line: number;
}

/** What {@link collectExamples} found. */
export interface Extraction {
  readonly examples: readonly Example[];
  /** Exports without any `@example`, as `<entry>: <symbol>`. */
  readonly missing: readonly string[];
  /** Malformed examples and entries, as readable messages. */
  readonly problems: readonly string[];
}

/** A fenced code block found in a doc comment. */
export interface CodeBlock {
  readonly code: string;
  /** 1-based line of the first code line, counted from `firstLine` of the comment. */
  readonly line: number;
}

/** An example rewritten into a module whose `// =>` comments are assertions. */
export interface Rewritten {
  readonly code: string;
  /** 1-based example lines that carry an assertion; each must run at least once. */
  readonly checkedLines: readonly number[];
  /** Assertions that could not be rewritten. */
  readonly problems: readonly string[];
}

/** Options of {@link rewriteExample}. */
export interface RewriteOptions {
  /** Identifies the example at run time; passed as the last argument of every check. */
  readonly name: string;
  /** Module specifier of the harness providing `__check` and `__checkThrows`. */
  readonly harness: string;
}

/**
 * Reads `compilerOptions` of a tsconfig file, including `paths`, as the TypeScript API sees them.
 */
export function readCompilerOptions(tsconfigPath: string): ts.CompilerOptions {
  const read = ts.readConfigFile(tsconfigPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(formatDiagnostics([read.error]));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfigPath));
  if (parsed.errors.length > 0) throw new Error(formatDiagnostics(parsed.errors));
  return { ...parsed.options, noEmit: true };
}

/**
 * A compiler host that serves `files` (absolute path → text) from memory and everything else
 * (lib files, node_modules, the real sources) from disk.
 */
export function createOverlayHost(
  options: ts.CompilerOptions,
  files: ReadonlyMap<string, string>,
): ts.CompilerHost {
  const base = ts.createCompilerHost(options, true);
  const normalized = new Map([...files].map(([path, text]) => [resolve(path), text]));
  const inMemory = (path: string): string | undefined => normalized.get(resolve(path));
  return {
    ...base,
    fileExists: (path) => normalized.has(resolve(path)) || base.fileExists(path),
    readFile: (path) => inMemory(path) ?? base.readFile(path),
    directoryExists: (path) =>
      [...normalized.keys()].some((file) => file.startsWith(resolve(path) + '/')) ||
      (base.directoryExists?.(path) ?? ts.sys.directoryExists(path)),
    getSourceFile: (path, languageVersion, onError, shouldCreate) => {
      const text = inMemory(path);
      return text === undefined
        ? base.getSourceFile(path, languageVersion, onError, shouldCreate)
        : ts.createSourceFile(path, text, languageVersion, true);
    },
  };
}

/** Formats diagnostics one per line, with file and line where they have one. */
export function formatDiagnostics(diagnostics: readonly ts.Diagnostic[]): string {
  return diagnostics
    .map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      if (!diagnostic.file || diagnostic.start === undefined)
        return `TS${String(diagnostic.code)}: ${message}`;
      const { line } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
      return `${diagnostic.file.fileName}:${String(line + 1)} TS${String(diagnostic.code)}: ${message}`;
    })
    .join('\n');
}

/**
 * Returns the ```ts / ```typescript blocks inside each `@example` tag of a raw doc comment
 * (`/** … *\/` text). Lines are counted from `firstLine`, the line of the opening `/**`.
 */
export function examplesOfComment(
  comment: string,
  firstLine: number,
): { blocks: CodeBlock[]; problems: string[] } {
  const lines = comment
    .replace(/^\/\*\*/, '')
    .replace(/\*\/\s*$/, '')
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*\*? ?/, ''));
  const blocks: CodeBlock[] = [];
  const problems: string[] = [];
  let tag: string | undefined;
  let tagLine = firstLine;
  let blocksInTag = 0;
  let fence: { language: string; line: number; inExample: boolean; code: string[] } | undefined;

  const closeTag = (): void => {
    if (tag === 'example' && blocksInTag === 0) {
      problems.push(`line ${String(tagLine)}: @example has no \`\`\`ts block`);
    }
  };

  lines.forEach((text, offset) => {
    const line = firstLine + offset;
    if (fence) {
      if (/^\s*```\s*$/.test(text)) {
        // Fences outside @example (in a description, say) are documentation, not examples.
        if (fence.inExample && (fence.language === 'ts' || fence.language === 'typescript')) {
          blocks.push({ code: fence.code.join('\n'), line: fence.line + 1 });
          blocksInTag += 1;
        }
        fence = undefined;
      } else {
        fence.code.push(text);
      }
      return;
    }
    const opening = /^\s*```\s*([\w-]*)/.exec(text);
    if (opening) {
      const language = (opening[1] ?? '').toLowerCase();
      fence = { language, line, inExample: tag === 'example', code: [] };
      return;
    }
    const tagMatch = /^@(\w+)/.exec(text);
    if (tagMatch) {
      closeTag();
      tag = tagMatch[1];
      tagLine = line;
      blocksInTag = 0;
    }
  });
  if (fence) problems.push(`line ${String(fence.line)}: unclosed \`\`\` fence`);
  closeTag();
  return { blocks, problems };
}

/**
 * Every export of `entries` (values and types, following re-exports to their declarations) with
 * the examples of its TSDoc. An export found in two entries is reported once, under the first.
 */
export function collectExamples(program: ts.Program, entries: readonly Entry[]): Extraction {
  const checker = program.getTypeChecker();
  const examples: Example[] = [];
  const missing: string[] = [];
  const problems: string[] = [];
  const seen = new Set<ts.Symbol>();
  // Lower-cased: `activity` and `Activity` must not share a file on a case-insensitive disk.
  const names = new Set<string>();

  for (const entry of entries) {
    const source = program.getSourceFile(entry.file);
    if (!source) {
      problems.push(`${entry.specifier}: entry file ${entry.file} not found`);
      continue;
    }
    const moduleSymbol = checker.getSymbolAtLocation(source);
    const exported = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
    for (const symbol of exported) {
      const target =
        symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      if (seen.has(target)) continue;
      seen.add(target);
      const exportName = symbol.getName();
      const name = uniqueName(exportName, target, entry, names);

      const blocks: (CodeBlock & { file: string })[] = [];
      const comments = new Set<ts.Node>();
      for (const declaration of target.declarations ?? []) {
        for (const doc of ts.getJSDocCommentsAndTags(declaration)) {
          if (!ts.isJSDoc(doc) || comments.has(doc)) continue;
          comments.add(doc);
          const file = doc.getSourceFile();
          const firstLine = file.getLineAndCharacterOfPosition(doc.pos).line + 1;
          const found = examplesOfComment(file.text.slice(doc.pos, doc.end), firstLine);
          blocks.push(...found.blocks.map((block) => ({ ...block, file: file.fileName })));
          problems.push(
            ...found.problems.map((problem) => `${name} (${file.fileName}): ${problem}`),
          );
        }
      }
      if (blocks.length === 0) missing.push(`${entry.specifier}: ${exportName}`);
      blocks.forEach((block, i) => {
        examples.push({
          symbol: exportName,
          entry: entry.specifier,
          index: i + 1,
          name: `${name}-${String(i + 1)}`,
          code: block.code,
          file: block.file,
          line: block.line,
        });
      });
    }
  }
  return { examples, missing, problems };
}

/** A file-safe name for the examples of an export, unique even on case-insensitive disks. */
function uniqueName(
  exportName: string,
  target: ts.Symbol,
  entry: Entry,
  taken: Set<string>,
): string {
  const kind = target.flags & ts.SymbolFlags.Value ? 'value' : 'type';
  const candidates = [
    exportName,
    `${exportName}.${kind}`,
    `${entry.specifier.replace(/[^\w]+/g, '_')}.${exportName}.${kind}`,
  ];
  let name = candidates.find((candidate) => !taken.has(candidate.toLowerCase()));
  for (let n = 2; name === undefined; n += 1) {
    const numbered = `${exportName}.${String(n)}`;
    if (!taken.has(numbered.toLowerCase())) name = numbered;
  }
  taken.add(name.toLowerCase());
  return name;
}

const ARROW = /^\/\/\s*=>\s?/;
const THROWS = /^throws\s+([A-Za-z_$][\w$]*)\s*$/;

/**
 * Rewrites the `// =>` assertions of an example into calls of the harness, keeping every line
 * where it was so that stack traces and messages point at the example's own line numbers.
 */
export function rewriteExample(code: string, options: RewriteOptions): Rewritten {
  const source = ts.createSourceFile(
    'example.ts',
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  const lineOf = (position: number): number =>
    source.getLineAndCharacterOfPosition(position).line + 1;
  const problems: string[] = [];
  const checkedLines: number[] = [];
  const edits: Edit[] = [];

  const statementsByEnd = new Map<number, ts.ExpressionStatement[]>();
  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const list = statementsByEnd.get(node.end) ?? [];
      list.push(node);
      statementsByEnd.set(node.end, list);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);

  for (const comment of arrowComments(source)) {
    const line = lineOf(comment.pos);
    const value = code.slice(comment.pos, comment.end).replace(ARROW, '').trim();
    const statement = findStatementBefore(code, comment.pos, statementsByEnd);
    if (!statement) {
      problems.push(
        `line ${String(line)}: \`// =>\` must end an expression statement, on its line or alone on the next ` +
          `(a line that starts with \`(\`, \`[\` or \`\\\`\` continues the statement before it unless that ends with \`;\`)`,
      );
      continue;
    }
    if (value === '') {
      problems.push(`line ${String(line)}: \`// =>\` has no expected value`);
      continue;
    }
    const where = `${String(line)}, ${JSON.stringify(options.name)}`;
    // Keep the line breaks between the statement and its comment, so later lines keep their numbers.
    const gap = code.slice(statement.end, comment.pos).replace(/[^\n]/g, '');
    const expression = {
      start: statement.expression.getStart(source),
      end: statement.expression.end,
    };
    const thrown = THROWS.exec(value);
    if (thrown) {
      const hasAwait = containsAwait(statement.expression);
      const awaitable = hasAwait || canAwait(statement);
      edits.push({
        start: statement.getStart(source),
        end: comment.end,
        expression,
        before: `${awaitable ? 'await ' : ''}__checkThrows(${hasAwait ? 'async ' : ''}() => (`,
        after: `), ${gap}${JSON.stringify(thrown[1])}, ${where});`,
      });
    } else {
      const syntax = expressionSyntaxError(value);
      if (syntax) {
        problems.push(
          `line ${String(line)}: expected value \`${value}\` is not an expression: ${syntax}`,
        );
        continue;
      }
      edits.push({
        start: statement.getStart(source),
        end: comment.end,
        expression,
        before: '__check(',
        after: `, ${gap}${value}, ${where});`,
      });
    }
    checkedLines.push(line);
  }

  // Imports are hoisted, so the harness import goes last and every example line keeps its number.
  const rewritten =
    applyEdits(code, edits, 0, code.length) +
    `\nimport { __check, __checkThrows } from ${JSON.stringify(options.harness)};\nexport {};\n`;
  return { code: rewritten, checkedLines, problems };
}

/** A checked statement: `[start, end)` becomes `before` + the rewritten expression + `after`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly expression: { readonly start: number; readonly end: number };
  readonly before: string;
  readonly after: string;
}

/** The text of `[from, to)` with its edits applied; a check may contain checks (in a callback). */
function applyEdits(code: string, edits: readonly Edit[], from: number, to: number): string {
  let out = '';
  let position = from;
  const outer = edits
    .filter((edit) => edit.start >= from && edit.end <= to)
    .filter(
      (edit, _, all) => !all.some((o) => o !== edit && o.start <= edit.start && o.end >= edit.end),
    )
    .sort((a, b) => a.start - b.start);
  for (const edit of outer) {
    out += code.slice(position, edit.start);
    out +=
      edit.before +
      applyEdits(code, edits, edit.expression.start, edit.expression.end) +
      edit.after;
    position = edit.end;
  }
  return out + code.slice(position, to);
}

/** Every `// =>` comment of the source, once each, in order. */
function arrowComments(source: ts.SourceFile): ts.CommentRange[] {
  const text = source.getFullText();
  const found = new Map<number, ts.CommentRange>();
  const collect = (ranges: ts.CommentRange[] | undefined): void => {
    for (const range of ranges ?? []) {
      if (
        range.kind === ts.SyntaxKind.SingleLineCommentTrivia &&
        ARROW.test(text.slice(range.pos, range.end))
      ) {
        found.set(range.pos, range);
      }
    }
  };
  const visit = (node: ts.Node): void => {
    collect(ts.getLeadingCommentRanges(text, node.pos));
    collect(ts.getTrailingCommentRanges(text, node.end));
    for (const child of node.getChildren(source)) visit(child);
  };
  visit(source);
  return [...found.values()].sort((a, b) => a.pos - b.pos);
}

/**
 * The innermost expression statement that ends right before `position` on the same line, or at the
 * end of the line before it, with only whitespace between.
 */
function findStatementBefore(
  code: string,
  position: number,
  statementsByEnd: ReadonlyMap<number, readonly ts.ExpressionStatement[]>,
): ts.ExpressionStatement | undefined {
  const skipSpaces = (from: number): number => {
    let end = from;
    while (end > 0 && /[ \t]/.test(code.charAt(end - 1))) end -= 1;
    return end;
  };
  let end = skipSpaces(position);
  const sameLine = statementsByEnd.get(end);
  if (sameLine) return sameLine.at(-1);
  if (code.charAt(end - 1) !== '\n') return undefined;
  end = skipSpaces(code.charAt(end - 2) === '\r' ? end - 2 : end - 1);
  // Children are visited after parents, so the last one is the innermost.
  return statementsByEnd.get(end)?.at(-1);
}

function containsAwait(node: ts.Node): boolean {
  if (ts.isAwaitExpression(node)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, containsAwait) ?? false;
}

/** Whether `await` is allowed where `node` stands: at the top level or in an async function. */
function canAwait(node: ts.Node): boolean {
  for (let current = node.parent; !ts.isSourceFile(current); current = current.parent) {
    if (ts.isFunctionLike(current)) {
      const modifiers = ts.canHaveModifiers(current) ? ts.getModifiers(current) : undefined;
      return modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.AsyncKeyword) ?? false;
    }
  }
  return true;
}

function expressionSyntaxError(value: string): string | undefined {
  const { diagnostics } = ts.transpileModule(`(\n${value}\n);`, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.Latest },
  });
  return diagnostics && diagnostics.length > 0
    ? ts.flattenDiagnosticMessageText(diagnostics[0]?.messageText, ' ')
    : undefined;
}

/** Options of {@link typeCheckExamples}. */
export interface TypeCheckOptions {
  /** Compiler options, e.g. from {@link readCompilerOptions}. */
  readonly options: ts.CompilerOptions;
  /** Directory the virtual example files live in; module resolution starts from there. */
  readonly directory: string;
  /** Extra in-memory files (tests use them for fixtures). */
  readonly files?: ReadonlyMap<string, string>;
  /** A program to reuse unchanged source files from. */
  readonly oldProgram?: ts.Program;
}

/**
 * Type-checks the original examples in one program and returns every diagnostic, mapped to the
 * symbol, the example and the line in the file that holds the TSDoc.
 */
export function typeCheckExamples(
  examples: readonly Example[],
  { options, directory, files = new Map(), oldProgram }: TypeCheckOptions,
): string[] {
  const virtual = new Map(files);
  const byPath = new Map<string, Example>();
  for (const example of examples) {
    const path = join(directory, `${example.name}.ts`);
    // `export {}` keeps an example without imports a module, so top-level await type-checks.
    virtual.set(path, `${example.code}\nexport {};\n`);
    byPath.set(resolve(path), example);
  }
  const host = createOverlayHost(options, virtual);
  const program = ts.createProgram({
    rootNames: [...byPath.keys()],
    options: { ...options, noEmit: true },
    host,
    ...(oldProgram ? { oldProgram } : {}),
  });
  const messages = program.getOptionsDiagnostics().map((d) => formatDiagnostics([d]));
  for (const [path, example] of byPath) {
    const source = program.getSourceFile(path);
    if (!source) continue;
    const diagnostics = [
      ...program.getSyntacticDiagnostics(source),
      ...program.getSemanticDiagnostics(source),
    ];
    for (const diagnostic of diagnostics) {
      const line = source.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line;
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
      messages.push(
        `${example.symbol} example ${String(example.index)}, line ${String(line + 1)} ` +
          `(${example.file}:${String(example.line + line)}): TS${String(diagnostic.code)} ${message}`,
      );
    }
  }
  return messages;
}
