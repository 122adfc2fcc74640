/*
 * Runtime of the generated example modules (test/.generated/examples): `// => value` lines become
 * `__check(...)` calls, `// => throws Name` lines `__checkThrows(...)` calls. Each call records its
 * line, so the test can tell an assertion that passed from one that never ran.
 */
import { expect } from 'vitest';

const ran = new Map<string, Set<number>>();
const origins = new Map<string, { file: string; line: number }>();

/** Says where an example's first line stands in the sources, so failures point there too. */
export function registerExample(example: string, origin: { file: string; line: number }): void {
  origins.set(example, origin);
}

function where(example: string, line: number): string {
  const origin = origins.get(example);
  const source = origin ? ` (${origin.file}:${String(origin.line + line - 1)})` : '';
  return `${example}, line ${String(line)}${source}`;
}

function record(example: string, line: number): void {
  const lines = ran.get(example) ?? new Set<number>();
  lines.add(line);
  ran.set(example, lines);
}

/** The example lines whose assertion ran, in order. */
export function linesRun(example: string): number[] {
  return [...(ran.get(example) ?? [])].sort((a, b) => a - b);
}

/** `expression // => value`: deep equality, where frozen arrays equal array literals. */
export function __check(actual: unknown, expected: unknown, line: number, example: string): void {
  record(example, line);
  expect(actual, where(example, line)).toEqual(expected);
}

function expectNamed(error: unknown, name: string, line: number, example: string): void {
  const { name: actualName, code } = (error ?? {}) as { name?: unknown; code?: unknown };
  expect(
    actualName === name || code === name,
    `${where(example, line)}: expected an error named or coded ${name}, got ${String(error)} (name ${String(actualName)}, code ${String(code)})`,
  ).toBe(true);
}

/**
 * `expression // => throws Name`: the expression throws, or returns a promise that rejects, with an
 * error whose `name` or `code` is `Name`.
 */
export function __checkThrows(
  run: () => unknown,
  name: string,
  line: number,
  example: string,
): Promise<void> | undefined {
  record(example, line);
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expectNamed(error, name, line, example);
    return undefined;
  }
  if (result instanceof Promise) {
    return result.then(
      (value: unknown) => {
        expect.fail(
          `${where(example, line)}: expected a rejection with ${name}, got ${String(value)}`,
        );
      },
      (error: unknown) => {
        expectNamed(error, name, line, example);
      },
    );
  }
  return expect.fail(
    `${where(example, line)}: expected ${name} to be thrown, got ${String(result)}`,
  );
}
