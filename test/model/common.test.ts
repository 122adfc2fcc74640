/*
 * CurrencySchema checks a code against the runtime's list of ISO 4217 codes, built on first use
 * rather than at import time. Mutation runs keep one module instance across test files and runs,
 * so the first use is tested on a copy of the module of its own: a query never used before makes
 * Vite load it afresh.
 */
import { describe, expect, test } from 'vitest';

import { CurrencySchema } from 'nsatu';

type CommonModule = typeof import('../../src/model/common.ts');

describe('CurrencySchema', () => {
  test('knows the ISO 4217 codes on its first use', async () => {
    const fresh = new URL(`../../src/model/common.ts?${crypto.randomUUID()}`, import.meta.url).href;
    const { CurrencySchema: firstUse } = (await import(fresh)) as CommonModule;
    expect(firstUse).not.toBe(CurrencySchema);
    expect(firstUse.safeParse('EUR').success).toBe(true);
  });

  test('refuses a well-formed code that is no currency', () => {
    expect(CurrencySchema.safeParse('XQZ').error?.issues).toEqual([
      { code: 'custom', path: [], message: 'Unknown ISO 4217 currency code' },
    ]);
  });
});
