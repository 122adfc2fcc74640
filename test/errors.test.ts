// The error classes as a user meets them: the name a stack trace and `String(error)` show, the
// summary message of a DatasetError (the first issue, and how many more), a ChainError's
// candidates.
import { describe, expect, test } from 'vitest';

import { ChainError, DatasetError, NsatuError, loadDataset, type DatasetIssue } from 'nsatu';
import { caught } from './fixtures/small.ts';

const issue = (n: number): DatasetIssue => ({
  code: 'UNKNOWN_REFERENCE',
  path: ['posts', n, 'organisation'],
  message: `Unknown organisation "o${String(n)}"`,
});

describe('DatasetError', () => {
  test.each([
    [0, 'Invalid dataset'],
    [1, 'Invalid dataset: Unknown organisation "o0"'],
    [2, 'Invalid dataset: Unknown organisation "o0" (and 1 more)'],
    [3, 'Invalid dataset: Unknown organisation "o0" (and 2 more)'],
  ])('with %i issues says %j', (count, message) => {
    const issues = Array.from({ length: count }, (_, n) => issue(n));
    const error = new DatasetError(issues);
    expect(error.message).toBe(message);
    expect(String(error)).toBe(`DatasetError: ${message}`);
    expect([error.name, error.code, error.issues]).toEqual([
      'DatasetError',
      'INVALID_DATASET',
      issues,
    ]);
    expect(error).toBeInstanceOf(NsatuError);
  });

  test('is what loadDataset throws, named in the stack', () => {
    const error = caught(() => loadDataset({ posts: [{ id: 'p', name: 'P', organisation: 'o' }] }));
    expect(error).toBeInstanceOf(DatasetError);
    expect((error as Error).stack).toMatch(
      /^DatasetError: Invalid dataset: Unknown organisation "o"\n/,
    );
  });
});

describe('ChainError', () => {
  test('carries its code, id and candidates, and says its name', () => {
    const error = new ChainError('AMBIGUOUS', 'nsatu', 'Two superiors', ['a', 'b']);
    expect([error.name, error.code, error.id, error.candidates]).toEqual([
      'ChainError',
      'AMBIGUOUS',
      'nsatu',
      ['a', 'b'],
    ]);
    expect(String(error)).toBe('ChainError: Two superiors');
    expect(new ChainError('UNKNOWN_ID', 'x', 'Unknown').candidates).toEqual([]);
  });

  test('NsatuError says its own name', () => {
    expect(String(new NsatuError('INVALID_ARGUMENT', 'Bad'))).toBe('NsatuError: Bad');
  });
});
