// @ts-check
import js from '@eslint/js';
import vitest from '@vitest/eslint-plugin';
import jsdoc from 'eslint-plugin-jsdoc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** TSDoc tags typedoc understands and we use, on top of the JSDoc ones the plugin knows. */
const tsdocTags = [
  'category',
  'packageDocumentation',
  'typeParam',
  'defaultValue',
  'remarks',
  'example',
  'throws',
  'see',
  'internal',
  'privateRemarks',
  'module',
];

/** Functions whose parameters and result users read about: exports and class methods. */
const documentedFunctions = [
  'ExportNamedDeclaration > FunctionDeclaration',
  'ExportNamedDeclaration > TSDeclareFunction',
  'ExportDefaultDeclaration > FunctionDeclaration',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
  'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > FunctionExpression',
  'MethodDefinition > FunctionExpression',
];

export default tseslint.config(
  {
    // As .gitignore: build output, generated files and scratch space.
    ignores: ['dist/', 'coverage/', 'docs/api/', 'test/.generated/', 'bench/results/', '.tmp/'],
  },

  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Template literals with numbers are everywhere in messages; `String(n)` adds nothing there.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // It asks for `x!` where strictTypeChecked's no-non-null-assertion forbids `x!`.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
    },
  },

  // JS files are outside tsconfig.json (no allowJs): lint them without type information.
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },

  // The library: every export documented in TSDoc, functions and classes with an example.
  {
    files: ['src/**/*.ts'],
    ...jsdoc.configs['flat/recommended-typescript-error'],
    // TSDoc names a type parameter's doc `@typeParam`, where JSDoc says `@template`.
    settings: { jsdoc: { mode: 'typescript', tagNamePreference: { template: 'typeParam' } } },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // @param / @returns on what users see; a one-line comment is enough on private helpers.
      'jsdoc/require-param': [
        'error',
        { contexts: documentedFunctions, exemptedBy: ['inheritdoc', 'internal'] },
      ],
      'jsdoc/require-returns': [
        'error',
        { contexts: documentedFunctions, exemptedBy: ['inheritdoc', 'internal'] },
      ],
      // TSDoc writes `@throws {@link DatasetError} when …`, not a JSDoc `{Type}`.
      'jsdoc/require-throws-type': 'off',
      'jsdoc/require-jsdoc': [
        'error',
        {
          publicOnly: true,
          require: {
            ClassDeclaration: true,
            FunctionDeclaration: true,
            MethodDefinition: false,
          },
          // Exported consts cover exported arrow functions and schemas alike.
          contexts: [
            'TSTypeAliasDeclaration',
            'TSInterfaceDeclaration',
            'TSEnumDeclaration',
            'TSDeclareFunction',
            'ExportNamedDeclaration > VariableDeclaration',
            'ExportDefaultDeclaration > ArrowFunctionExpression',
          ],
        },
      ],
      'jsdoc/require-example': [
        'error',
        {
          exemptedBy: ['inheritdoc', 'internal'],
          contexts: [
            'ExportNamedDeclaration > FunctionDeclaration',
            'ExportNamedDeclaration > ClassDeclaration',
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > ArrowFunctionExpression',
            'ExportNamedDeclaration > VariableDeclaration > VariableDeclarator > FunctionExpression',
            'ExportDefaultDeclaration > FunctionDeclaration',
            'ExportDefaultDeclaration > ClassDeclaration',
          ],
        },
      ],
      // Not `typed`: it would reject `@module`, which names an entry point in typedoc.
      'jsdoc/check-tag-names': ['error', { definedTags: tsdocTags }],
      // House style: a blank line between the summary and the tags, and between tag groups.
      'jsdoc/tag-lines': ['error', 'any', { startLines: 1 }],
      // TSDoc writes `@param name - text`.
      'jsdoc/require-hyphen-before-param-description': ['error', 'always'],
    },
  },

  // Tests: the vitest rules, and `test(...)` rather than `it(...)`.
  {
    files: ['test/**/*.ts'],
    ...vitest.configs.recommended,
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      'vitest/consistent-test-it': ['error', { fn: 'test', withinDescribe: 'test' }],
      // vitest's `expect(value, message)` takes a message.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      'vitest/expect-expect': [
        'error',
        { assertFunctionNames: ['expect', 'expectTypeOf', 'assertType', 'fc.assert'] },
      ],
    },
  },

  // Scripts, benchmarks, examples and config files: tools, not library code.
  {
    files: ['scripts/**', 'bench/**', 'examples/**', '*.config.{js,ts,mjs}', '.ci/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
);
