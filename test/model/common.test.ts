/*
 * CurrencySchema checks a code against the runtime's list of ISO 4217 codes, built on first use
 * rather than at import time. In the unit tests each file has its own module instance, so the
 * first test below is a first use. (Mutation runs share one module graph across files, where the
 * list is usually built already: docs/quality.md lists that mutant. Importing a fresh copy of the
 * module inside a test would tie every module-level mutant of the file to that one test.)
 */
import { describe, expect, test } from 'vitest';

import { CurrencySchema } from 'nsatu';

describe('CurrencySchema', () => {
  test('knows the ISO 4217 codes on its first use', () => {
    expect(CurrencySchema.safeParse('EUR').success).toBe(true);
  });

  test('refuses a well-formed code that is no currency', () => {
    expect(CurrencySchema.safeParse('XQZ').error?.issues).toEqual([
      { code: 'custom', path: [], message: 'Unknown ISO 4217 currency code' },
    ]);
  });
});
