/*
 * The API reference's sidebar groups exports by `@category` (typedoc.json `categoryOrder`). An
 * export without one lands in "Other", and a misspelt one makes a category of its own: both are
 * caught here, by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

import { readCompilerOptions } from './extract.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as {
  entryPoints: string[];
  categoryOrder: string[];
};
const known = config.categoryOrder.filter((name) => name !== '*');
const files = config.entryPoints.map((entry) => join(root, entry));
const program = ts.createProgram({
  rootNames: files,
  options: readCompilerOptions(join(root, 'tsconfig.json')),
});
const checker = program.getTypeChecker();

/** Every export of every entry point, once, with the `@category` tags of its declarations. */
const exported = files.flatMap((file) => {
  const source = program.getSourceFile(file);
  const module = source ? checker.getSymbolAtLocation(source) : undefined;
  return (module ? checker.getExportsOfModule(module) : []).map((symbol) => {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    const categories = (target.declarations ?? []).flatMap((declaration) =>
      ts
        .getJSDocTags(declaration)
        .filter((tag) => tag.tagName.text === 'category')
        .map((tag) => ts.getTextOfJSDocComment(tag.comment)?.trim() ?? ''),
    );
    return { name: `${file.slice(root.length)}: ${symbol.getName()}`, categories };
  });
});

describe('API categories', () => {
  test('typedoc.json names the sidebar categories the issue asks for', () => {
    expect(known).toEqual(
      expect.arrayContaining([
        'Entities',
        'Chains',
        'Weapons',
        'Aggregation',
        'Editing',
        'Export',
        'Data',
        'Errors',
      ]),
    );
    expect(config.categoryOrder.at(-1)).toBe('*');
  });

  test('every entry point exports something', () => {
    expect(exported.length).toBeGreaterThan(files.length);
  });

  test('every export has a @category', () => {
    expect(exported.filter((e) => e.categories.length === 0).map((e) => e.name)).toEqual([]);
  });

  test('every @category is one of typedoc.json categoryOrder', () => {
    const unknown = exported.flatMap((e) =>
      e.categories.filter((c) => !known.includes(c)).map((c) => `${e.name} (@category ${c})`),
    );
    expect(unknown).toEqual([]);
  });

  test('every category of categoryOrder is used', () => {
    const used = new Set(exported.flatMap((e) => e.categories));
    expect(known.filter((c) => !used.has(c))).toEqual([]);
  });
});
