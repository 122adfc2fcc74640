import { describe, expect, test } from 'vitest';

import { markdownBlocks } from './markdown.ts';

describe('markdownBlocks', () => {
  test('returns ts and typescript blocks with the line of their first code line', () => {
    const text = [
      '# Title',
      '',
      '```ts',
      'const a = 1;',
      '```',
      '',
      '```typescript',
      'a;',
      '```',
    ].join('\n');
    expect(markdownBlocks(text)).toEqual({
      blocks: [
        { code: 'const a = 1;', line: 4, run: true },
        { code: 'a;', line: 8, run: true },
      ],
      problems: [],
    });
  });

  test('skips other languages, including ts inside a longer fence', () => {
    const text = ['```sh', 'npm ci', '```', '````md', '```ts', 'x;', '```', '````'].join('\n');
    expect(markdownBlocks(text)).toEqual({ blocks: [], problems: [] });
  });

  test('marks no-run blocks when they give a reason', () => {
    const text = ['```ts no-run reads a file you download', 'read();', '```'].join('\n');
    expect(markdownBlocks(text).blocks).toEqual([{ code: 'read();', line: 2, run: false }]);
  });

  test('reports no-run without a reason, unknown options and unclosed fences', () => {
    const text = ['```ts no-run', 'a;', '```', '```ts skip', 'b;', '```', '```ts', 'c;'].join('\n');
    expect(markdownBlocks(text).problems).toEqual([
      'line 1: no-run needs a reason (```ts no-run <why>)',
      'line 4: unknown fence option "skip"; use no-run <reason>',
      'line 7: unclosed ``` fence',
    ]);
  });
});
