// How parseDataset reports what it finds: the order of the issues (sorted by path: the top level
// by name with the tables after, in the order they are checked; record fields by name; indexes by
// number; a path before the paths inside it; issues at one path in the order found), the words
// that say what value was received, and formatPath's JSONPath. Callers show these lists as they
// are, diff them between runs and match on `path`, so each is pinned exactly.
import { describe, expect, test } from 'vitest';
import * as z from 'zod';

import { formatPath, parseDataset, type JsonPath } from 'nsatu';
import { fromZodIssues } from '../../src/dataset/issues.ts';

function issuesOf(input: unknown) {
  const result = parseDataset(input);
  if (result.ok) throw new Error('expected the dataset to be refused');
  return result.issues.map(({ code, path, message }) => ({ code, path, message }));
}

const pathsOf = (input: unknown): JsonPath[] => issuesOf(input).map((issue) => issue.path);

const nation = (id: string, name: unknown = id) => ({ id, name });

describe('parseDataset issue order', () => {
  test('puts metadata and unknown keys first by name, then the tables in the order they are checked', () => {
    // Found while pinning the order: tables ranked among themselves but by name against other keys
    // made no order at all (nations < organisation < sources < nations), so an unknown top-level
    // key decided whether the issues of sources came before those of nations.
    const input = {
      zzz: 1,
      organisation: [],
      title: '',
      aaa: 1,
      sources: [
        { id: 's', title: 'S' },
        { id: 's', title: 'S again' },
      ],
      nations: [nation('UKR', 5)],
      aid: [{ id: 'a', donor: 'UKR', item: 'x', quantity: -1, stage: 'delivered' }],
    };
    expect(pathsOf(input)).toEqual([
      ['aaa'],
      ['organisation'],
      ['title'],
      ['zzz'],
      ['sources', 1, 'id'],
      ['nations', 0, 'name'],
      ['aid', 0, 'quantity'],
    ]);
  });

  test('sorts the fields of a record by name, table names among them', () => {
    const input = {
      organisations: [
        { id: 'a', name: 'A', kind: 'club', shortName: '', nations: ['UKR', 'x'], sources: [5] },
      ],
    };
    expect(pathsOf(input)).toEqual([
      ['organisations', 0, 'kind'],
      ['organisations', 0, 'nations', 1],
      ['organisations', 0, 'shortName'],
      ['organisations', 0, 'sources', 0],
    ]);
  });

  test('sorts indexes by number, whichever check found them', () => {
    // The shape problem of nations[10] is found before the duplicate id of nations[2].
    const nations = ['UKR', 'DEU', 'UKR', 'GBR', 'USA', 'FRA', 'POL', 'NLD', 'ITA', 'ESP', 'x'];
    expect(pathsOf({ nations: nations.map((id) => nation(id)) })).toEqual([
      ['nations', 2, 'id'],
      ['nations', 10, 'id'],
    ]);
  });

  test('puts a path before the paths inside it', () => {
    const input = { agreements: [{ id: 'a', parties: [5], signed: '2024' }] };
    expect(issuesOf(input)).toEqual([
      {
        code: 'TOO_SMALL',
        path: ['agreements', 0, 'parties'],
        message: 'Too small: expected array to have >=2 items',
      },
      {
        code: 'INVALID_TYPE',
        path: ['agreements', 0, 'parties', 0],
        message: 'Expected string, got a number',
      },
    ]);
  });

  test('keeps the issues at one path in the order they were found', () => {
    // The documented example of parseDataset: a self-loop between organisations nobody declared.
    const loop = { id: 'loop', subordinate: 'o0', superior: 'o0', authority: 'OPCON' };
    expect(issuesOf({ relationships: [{ ...loop, from: '2025', until: '2024' }] })).toEqual([
      {
        code: 'UNKNOWN_REFERENCE',
        path: ['relationships', 0, 'subordinate'],
        message: 'Unknown organisation "o0"',
      },
      {
        code: 'UNKNOWN_REFERENCE',
        path: ['relationships', 0, 'superior'],
        message: 'Unknown organisation "o0"',
      },
      {
        code: 'CYCLE',
        path: ['relationships', 0, 'superior'],
        message: '"o0" is its own superior',
      },
      {
        code: 'INTERVAL_ORDER',
        path: ['relationships', 0, 'until'],
        message: 'Interval ends before or when it starts: [2025, 2024)',
      },
    ]);
  });
});

describe('parseDataset issue messages', () => {
  test.each([
    { value: null, message: 'Expected string, got null' },
    { value: [1], message: 'Expected string, got an array' },
    { value: {}, message: 'Expected string, got an object' },
    { value: true, message: 'Expected string, got a boolean' },
    { value: 5, message: 'Expected string, got a number' },
    { value: 5n, message: 'Expected string, got a bigint' },
  ])('says what was received where text belongs: $message', ({ value, message }) => {
    expect(issuesOf({ nations: [nation('UKR', value)] })).toEqual([
      { code: 'INVALID_TYPE', path: ['nations', 0, 'name'], message },
    ]);
  });

  test.each([
    { value: 'many', code: 'INVALID_TYPE', message: 'Expected number, got a string' },
    { value: Number.NaN, code: 'INVALID_NUMBER', message: 'Expected a finite number, got NaN' },
    {
      value: Number.POSITIVE_INFINITY,
      code: 'INVALID_NUMBER',
      message: 'Expected a finite number, got Infinity',
    },
    {
      value: Number.NEGATIVE_INFINITY,
      code: 'INVALID_NUMBER',
      message: 'Expected a finite number, got -Infinity',
    },
    { value: 1.5, code: 'INVALID_NUMBER', message: 'Expected an integer, got 1.5' },
  ])(
    'says what was received where a whole number belongs: $message',
    ({ value, code, message }) => {
      const agreement = { id: 'a', parties: ['UKR', 'GBR'], signed: '2024', durationYears: value };
      expect(
        issuesOf({ nations: [nation('UKR'), nation('GBR')], agreements: [agreement] }),
      ).toEqual([{ code, path: ['agreements', 0, 'durationYears'], message }]);
    },
  );
});

describe('formatPath', () => {
  test.each<[JsonPath, string]>([
    [[], '$'],
    [['relationships', 3, 'superior'], '$.relationships[3].superior'],
    [['organisations', 0, '__proto__'], '$.organisations[0].__proto__'],
    [['$ref', '_x9'], '$.$ref._x9'],
    [['a b'], '$["a b"]'],
    [['weapon-systems'], '$["weapon-systems"]'],
    [['0'], '$["0"]'],
    [['say "hi"'], '$["say \\"hi\\""]'],
    [[''], '$[""]'],
  ])('formats %j as %s', (path, expected) => {
    expect(formatPath(path)).toBe(expected);
  });
});

describe('fromZodIssues', () => {
  // No dataset schema uses multipleOf or symbol keys today; the mapping is ready for one that does.
  test('reports a number off its step as INVALID_NUMBER', () => {
    const issues = z.number().multipleOf(5).safeParse(7).error?.issues ?? [];
    expect(fromZodIssues(issues, 7)).toEqual([
      { code: 'INVALID_NUMBER', path: [], message: 'Invalid number: must be a multiple of 5' },
    ]);
  });

  test('writes a symbol key of a path as its description', () => {
    const key = Symbol('k');
    const issues = z.record(z.symbol(), z.string()).safeParse({ [key]: 1 }).error?.issues ?? [];
    expect(fromZodIssues(issues, { [key]: 1 }).map((issue) => issue.path)).toEqual([['Symbol(k)']]);
  });
});
