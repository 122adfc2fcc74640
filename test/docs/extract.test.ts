import ts from 'typescript';
import { describe, expect, test } from 'vitest';
import {
  collectExamples,
  createOverlayHost,
  examplesOfComment,
  rewriteExample,
  typeCheckExamples,
} from './extract.ts';

const rewrite = (code: string) => rewriteExample(code, { name: 'x-1', harness: './harness.ts' });
const bodyOf = (code: string) => rewrite(code).code.split('\nimport {')[0];

const options: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2023.d.ts'],
  types: [],
  strict: true,
  noEmit: true,
  allowImportingTsExtensions: true,
  paths: { nsatu: ['/memory/src/index.ts'] },
};

const fixture = new Map([
  [
    '/memory/src/index.ts',
    [
      `export { documented, Thing, type Shape } from './things.ts';`,
      `export { undocumented } from './bare.ts';`,
      `export * from './star.ts';`,
    ].join('\n'),
  ],
  [
    '/memory/src/things.ts',
    [
      '/**',
      ' * Doubles a number.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { documented } from 'nsatu';",
      ' * documented(2) // => 4',
      ' * ```',
      ' */',
      'export function documented(n: number): number {',
      '  return n * 2;',
      '}',
      '',
      '/**',
      ' * A thing.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import { Thing } from 'nsatu';",
      " * new Thing().name // => 'thing'",
      ' * ```',
      ' */',
      'export class Thing {',
      "  readonly name = 'thing';",
      '}',
      '',
      '/**',
      ' * A shape.',
      ' *',
      ' * @example',
      ' * ```ts',
      " * import type { Shape } from 'nsatu';",
      " * const shape: Shape = { sides: 'four' };",
      ' * ```',
      ' */',
      'export interface Shape {',
      '  sides: number;',
      '}',
    ].join('\n'),
  ],
  ['/memory/src/bare.ts', 'export const undocumented = 1;\n'],
  [
    '/memory/src/star.ts',
    '/** Documented, but without an example. */\nexport type Starred = string;\n',
  ],
]);

function extractFixture() {
  const program = ts.createProgram({
    rootNames: ['/memory/src/index.ts'],
    options,
    host: createOverlayHost(options, fixture),
  });
  return collectExamples(program, [{ specifier: 'nsatu', file: '/memory/src/index.ts' }]);
}

describe('rewriteExample', () => {
  test('turns `expr // => value` into a deep-equality check on the same line', () => {
    expect(bodyOf("import { a } from 'nsatu';\na.b(1) // => [1, 2]")).toBe(
      'import { a } from \'nsatu\';\n__check(a.b(1), [1, 2], 2, "x-1");',
    );
  });

  test('drops the semicolon before the comment and keeps indentation', () => {
    expect(bodyOf('if (ok) {\n  f(x); // => { y: 1 }\n}')).toBe(
      'if (ok) {\n  __check(f(x), { y: 1 }, 2, "x-1");\n}',
    );
  });

  test('rewrites `// => throws Name` to an awaited check at the top level', () => {
    expect(bodyOf('f() // => throws DatasetError')).toBe(
      'await __checkThrows(() => (f()), "DatasetError", 1, "x-1");',
    );
  });

  test('keeps `await` inside the thrown expression by making the callback async', () => {
    expect(bodyOf('await load() // => throws NOT_FOUND')).toBe(
      'await __checkThrows(async () => (await load()), "NOT_FOUND", 1, "x-1");',
    );
  });

  test('does not await a throws check inside a synchronous function', () => {
    expect(bodyOf('function g() {\n  f() // => throws E\n}')).toBe(
      'function g() {\n  __checkThrows(() => (f()), "E", 2, "x-1");\n}',
    );
  });

  test('leaves lines without `// =>` and ordinary comments untouched', () => {
    const code = 'const a = 1; // a number\nf(a);\n';
    expect(bodyOf(code)).toBe(code);
  });

  test('checks a `// =>` alone on the line after the statement, keeping the line break', () => {
    expect(bodyOf("f('a')\n// => ['a']\ng() // => 1")).toBe(
      '__check(f(\'a\'), \n[\'a\'], 2, "x-1");\n__check(g(), 1, 3, "x-1");',
    );
  });

  test('checks a statement that spans lines, keeping its lines', () => {
    expect(bodyOf('f({\n  a: 1,\n}).a // => 1')).toBe('__check(f({\n  a: 1,\n}).a, 1, 3, "x-1");');
  });

  test('checks assertions nested in a checked callback', () => {
    expect(bodyOf('run(() => {\n  g() // => 1\n  return 2;\n}) // => 2')).toBe(
      '__check(run(() => {\n  __check(g(), 1, 2, "x-1");\n  return 2;\n}), 2, 4, "x-1");',
    );
  });

  test('reports a `// =>` that does not end a statement, such as one swallowed by ASI', () => {
    const result = rewrite(
      'const a = f() // => 1\nx // => 1\n(y as Z).w // => 2\n\n// => 3\n// => 4',
    );
    expect(result.problems.map((problem) => problem.slice(0, 8))).toEqual([
      'line 1: ',
      'line 2: ',
      'line 5: ',
      'line 6: ',
    ]);
    expect(result.problems[1]).toMatch(
      /continues the statement before it unless that ends with `;`/,
    );
    expect(result.checkedLines).toEqual([3]);
  });

  test('reports a missing value and a value that is not an expression', () => {
    expect(rewrite('f() // =>').problems).toEqual(['line 1: `// =>` has no expected value']);
    expect(rewrite('f() // => 1 +').problems[0]).toMatch(
      /^line 1: expected value `1 \+` is not an expression/,
    );
  });
  test('lists the checked lines and imports the harness last so lines keep their numbers', () => {
    const result = rewrite("import { f } from 'nsatu';\n\nf(1) // => 1\nf(2) // => throws E\n");
    expect(result.checkedLines).toEqual([3, 4]);
    expect(result.code.split('\n').slice(-3)).toEqual([
      'import { __check, __checkThrows } from "./harness.ts";',
      'export {};',
      '',
    ]);
  });
});

describe('examplesOfComment', () => {
  test('returns the ts blocks of @example tags with their first code line', () => {
    const comment = [
      '/**',
      ' * Summary.',
      ' *',
      ' * ```ts',
      ' * notAnExample()',
      ' * ```',
      ' *',
      ' * @example',
      ' * ```ts',
      ' * one()',
      ' *   two()',
      ' * ```',
      ' * @example',
      ' * ```sh',
      ' * npx nsatu',
      ' * ```',
      ' * @category Things',
      ' */',
    ].join('\n');
    const { blocks, problems } = examplesOfComment(comment, 10);
    expect(blocks).toEqual([{ code: 'one()\n  two()', line: 19 }]);
    expect(problems).toEqual(['line 22: @example has no ```ts block']);
  });

  test('reports an unclosed fence', () => {
    expect(examplesOfComment('/**\n * @example\n * ```ts\n * f()\n */', 1).problems).toEqual([
      'line 3: unclosed ``` fence',
      'line 2: @example has no ```ts block',
    ]);
  });
});

describe('collectExamples', () => {
  test('follows re-exports to functions, classes and types and reads their examples', () => {
    const { examples } = extractFixture();
    expect(
      examples.map(({ symbol, index, name, line }) => ({ symbol, index, name, line })),
    ).toEqual([
      { symbol: 'documented', index: 1, name: 'documented-1', line: 6 },
      { symbol: 'Thing', index: 1, name: 'Thing-1', line: 19 },
      { symbol: 'Shape', index: 1, name: 'Shape-1', line: 32 },
    ]);
    expect(examples[0]?.code).toBe("import { documented } from 'nsatu';\ndocumented(2) // => 4");
  });

  test('detects exports without TSDoc or without an @example', () => {
    expect(extractFixture().missing).toEqual(['nsatu: undocumented', 'nsatu: Starred']);
  });

  test('names the examples of exports that differ only in case apart', () => {
    const fence = '`'.repeat(3);
    const doc = (name: string) =>
      `/**\n * ${name}.\n *\n * @example\n * ${fence}ts\n * 1\n * ${fence}\n */\n`;
    const files = new Map([
      [
        '/memory/case/index.ts',
        `${doc('a')}export const activity = 1;\n${doc('b')}export type Activity = number;\n`,
      ],
    ]);
    const program = ts.createProgram({
      rootNames: ['/memory/case/index.ts'],
      options,
      host: createOverlayHost(options, files),
    });
    const { examples } = collectExamples(program, [
      { specifier: 'nsatu', file: '/memory/case/index.ts' },
    ]);
    expect(examples.map((example) => example.name)).toEqual(['activity-1', 'Activity.type-1']);
  });
});

describe('typeCheckExamples', () => {
  test('maps diagnostics to the symbol, the example line and the documented file', () => {
    const { examples } = extractFixture();
    const diagnostics = typeCheckExamples(examples, {
      options,
      directory: '/memory/examples',
      files: fixture,
    });
    expect(diagnostics).toEqual([
      "Shape example 1, line 2 (/memory/src/things.ts:33): TS2322 Type 'string' is not assignable to type 'number'.",
    ]);
  });
});
