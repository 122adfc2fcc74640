import { describe, expect, test } from 'vitest';
import { __check, __checkThrows, linesRun, registerExample } from './harness.ts';

class CodedError extends Error {
  readonly code = 'SOME_CODE';
}

describe('__check', () => {
  test('passes on deep equality, frozen arrays included, and records the line', () => {
    __check(Object.freeze([1, { a: 2 }]), [1, { a: 2 }], 3, 'check-1');
    expect(linesRun('check-1')).toEqual([3]);
  });

  test('fails with the example line and, when registered, the source line in the message', () => {
    expect(() => {
      __check(1, 2, 7, 'check-2');
    }).toThrow(/check-2, line 7: expected 1/);
    registerExample('check-3', { file: 'src/a.ts', line: 10 });
    expect(() => {
      __check(1, 2, 3, 'check-3');
    }).toThrow(/check-3, line 3 \(src\/a\.ts:12\)/);
  });
});

describe('__checkThrows', () => {
  test('passes when the error name or code matches', async () => {
    expect(
      __checkThrows(
        () => {
          throw new TypeError('x');
        },
        'TypeError',
        1,
        'throws-1',
      ),
    ).toBeUndefined();
    await __checkThrows(() => Promise.reject(new CodedError('x')), 'SOME_CODE', 2, 'throws-1');
    expect(linesRun('throws-1')).toEqual([1, 2]);
  });

  test('fails when nothing is thrown, the name differs or the promise resolves', async () => {
    expect(() => __checkThrows(() => 1, 'E', 1, 'throws-2')).toThrow(/expected E to be thrown/);
    expect(() =>
      __checkThrows(
        () => {
          throw new RangeError('x');
        },
        'TypeError',
        2,
        'throws-2',
      ),
    ).toThrow(/named or coded TypeError/);
    await expect(__checkThrows(() => Promise.resolve(1), 'E', 3, 'throws-2')).rejects.toThrow(
      /expected a rejection with E/,
    );
  });
});
