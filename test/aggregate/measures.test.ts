import { describe, expect, test } from 'vitest';

import { NsatuError, aggregate, count, max, mean, min, sum } from 'nsatu';

import { caught } from '../fixtures/small.ts';

interface Row {
  group: string;
  x?: number | null;
}

const rows: Row[] = [
  { group: 'a', x: 4 },
  { group: 'a', x: -2.5 },
  { group: 'a' },
  { group: 'a', x: null },
  { group: 'b', x: 0 },
  { group: 'c' },
];

function measureAll(input: readonly Row[]): unknown[] {
  return aggregate(input, {
    by: ['group'],
    measures: { n: count(), sum: sum('x'), mean: mean('x'), min: min('x'), max: max('x') },
  });
}

/** What a call throws, as `CODE: message`; fails unless it throws an NsatuError. */
function failure(run: () => unknown): string {
  const error = caught(run);
  if (!(error instanceof NsatuError))
    throw new Error(`expected an NsatuError, got ${String(error)}`);
  return `${error.code}: ${error.message}`;
}

/** What each numeric measure throws for a row holding `value`. */
function failures(value: unknown): string[] {
  const input = [{ group: 'a', x: value }] as unknown as Row[];
  return [sum('x'), mean('x'), min('x'), max('x')].map((measure) =>
    failure(() => aggregate(input, { by: [], measures: { m: measure } })),
  );
}

describe('count', () => {
  test('counts every row of a group, whatever its fields', () => {
    expect(measureAll(rows).map((row) => (row as { n: number }).n)).toEqual([4, 1, 1]);
    expect(count().label).toBe('count()');
  });
});

describe('sum', () => {
  test('adds the numbers and skips absent, undefined and null', () => {
    expect(measureAll(rows).map((row) => (row as { sum: number }).sum)).toEqual([1.5, 0, 0]);
    expect(sum('x').label).toBe('sum(x)');
  });

  test('is compensated: a million 0.1 make exactly 100000', () => {
    const tenths = Array.from({ length: 1_000_000 }, () => ({ x: 0.1 }));
    expect(aggregate(tenths, { by: [], measures: { s: sum('x') } })).toEqual([{ s: 100_000 }]);
  });

  test('throws INVALID_ARGUMENT for NaN, Infinity and non-numbers', () => {
    for (const value of [Number.NaN, Infinity, -Infinity, '3', true, {}]) {
      expect(failures(value)).toEqual([
        expect.stringMatching(/^INVALID_ARGUMENT: sum\(x\): expected a finite number in "x", got /),
        expect.stringMatching(/^INVALID_ARGUMENT: mean\(x\): expected a finite number/),
        expect.stringMatching(/^INVALID_ARGUMENT: min\(x\): expected a finite number/),
        expect.stringMatching(/^INVALID_ARGUMENT: max\(x\): expected a finite number/),
      ]);
    }
    expect(failures(Number.NaN)[0]).toMatch(/got NaN$/);
    expect(failures('3')[0]).toMatch(/got "3"$/);
    expect(failures({ a: 1 })[0]).toMatch(/got \{"a":1\}$/);
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(failures(circular)[0]).toMatch(/got an object$/);
    expect(failures(Symbol('s'))[0]).toMatch(/got Symbol\(s\)$/);
    expect(failures(() => 1)[0]).toMatch(/got a function$/);
  });

  test('throws INVALID_ARGUMENT for an empty or missing field name', () => {
    for (const make of [sum, mean, min, max]) {
      expect(failure(() => make(''))).toMatch(
        /^INVALID_ARGUMENT: \w+\(\) needs a field name, not ""$/,
      );
      expect(failure(() => make(undefined as never))).toMatch(/needs a field name, not undefined$/);
    }
  });
});

describe('mean', () => {
  test('averages the numbers present, undefined for a group with none', () => {
    expect(measureAll(rows).map((row) => (row as { mean?: number }).mean)).toEqual([
      0.75,
      0,
      undefined,
    ]);
  });

  test('throws INVALID_ARGUMENT for NaN', () => {
    expect(failures(Number.NaN)[1]).toMatch(/^INVALID_ARGUMENT: mean\(x\): .* got NaN$/);
  });
});

describe('min', () => {
  test('keeps the smallest number, undefined for a group with none', () => {
    expect(measureAll(rows).map((row) => (row as { min?: number }).min)).toEqual([
      -2.5,
      0,
      undefined,
    ]);
  });

  test('never reports -0, whichever of 0 and -0 comes first', () => {
    const zeros = [{ x: -0 }, { x: 0 }];
    for (const input of [zeros, [...zeros].reverse()]) {
      const [row] = aggregate(input, { by: [], measures: { min: min('x'), max: max('x') } });
      expect(Object.is(row?.min, 0)).toBe(true);
      expect(Object.is(row?.max, 0)).toBe(true);
    }
  });
});

describe('max', () => {
  test('keeps the largest number, undefined for a group with none', () => {
    expect(measureAll(rows).map((row) => (row as { max?: number }).max)).toEqual([4, 0, undefined]);
  });

  test('takes negative numbers', () => {
    const negatives = [{ x: -5 }, { x: -3 }, { x: -9 }];
    expect(aggregate(negatives, { by: [], measures: { m: max('x') } })).toEqual([{ m: -3 }]);
  });
});
