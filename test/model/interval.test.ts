import { describe, expect, test } from 'vitest';

import { UntilSchema, ValiditySchema, activity, intervalsOverlap, isActive } from 'nsatu';

describe('activity', () => {
  const cavoli = { from: '2022-07-04', until: '2025-07-04' };

  test('is half-open at day precision: not in force on the until day', () => {
    expect(activity(cavoli, '2022-07-04')).toBe('active');
    expect(activity(cavoli, '2022-07-03')).toBe('inactive');
    expect(activity(cavoli, '2025-07-03')).toBe('active');
    expect(activity(cavoli, '2025-07-04')).toBe('inactive');
  });
  test('is half-open at month precision: not in force during the until month', () => {
    const tie = { from: '2024-12', until: '2025-07' };
    expect(activity(tie, '2024-12-01')).toBe('active');
    expect(activity(tie, '2024-11-30')).toBe('inactive');
    expect(activity(tie, '2025-06-30')).toBe('active');
    expect(activity(tie, '2025-07-01')).toBe('inactive');
    expect(activity(tie, '2025-07-31')).toBe('inactive');
  });
  test('is half-open at year precision: not in force during the until year', () => {
    const tie = { from: '2022', until: '2025' };
    expect(activity(tie, '2024-12-31')).toBe('active');
    expect(activity(tie, '2025-01-01')).toBe('inactive');
    expect(activity(tie, '2025')).toBe('inactive');
  });
  test('needs the interval to cover all of a partial asOf', () => {
    expect(activity(cavoli, '2025')).toBe('inactive');
    expect(activity(cavoli, '2024')).toBe('active');
    expect(activity(cavoli, '2025-06')).toBe('active');
    expect(activity(cavoli, '2025-07')).toBe('inactive');
  });
  test('treats a missing from as since ever and a missing until as ongoing', () => {
    expect(activity({}, '0001-01-01')).toBe('active');
    expect(activity({ from: '2024' }, '9999-12-31')).toBe('active');
  });
  test('keeps an unknown end apart from ongoing', () => {
    expect(activity({ from: '2020', until: 'unknown' }, '2021')).toBe('unknown');
    expect(activity({ from: '2020', until: 'unknown' }, '2019')).toBe('inactive');
    expect(isActive({ from: '2020', until: 'unknown' }, '2021')).toBe(false);
  });
});

describe('intervalsOverlap', () => {
  test('shares no day when one ends the day the other starts', () => {
    expect(intervalsOverlap({ until: '2025-07-04' }, { from: '2025-07-04' })).toBe(false);
    expect(intervalsOverlap({ from: '2025-07-04' }, { until: '2025-07-04' })).toBe(false);
  });
  test('overlaps open-ended and unknown-ended intervals', () => {
    expect(intervalsOverlap({}, { from: '2025' })).toBe(true);
    expect(intervalsOverlap({ until: 'unknown' }, { from: '2025' })).toBe(true);
  });
});

describe('UntilSchema', () => {
  test('accepts dates and unknown, refuses the rest', () => {
    expect(UntilSchema.safeParse('2025').success).toBe(true);
    expect(UntilSchema.safeParse('unknown').success).toBe(true);
    expect(UntilSchema.safeParse('2025-02-30').success).toBe(false);
    expect(UntilSchema.safeParse('Unknown').success).toBe(false);
  });
  test('is part of ValiditySchema, which refuses unknown keys', () => {
    expect(ValiditySchema.safeParse({ from: '2024', to: '2025' }).success).toBe(false);
  });
});
