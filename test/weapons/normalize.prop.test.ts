import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { normalizeWeaponName } from 'nsatu';
import { normalizeIdempotent } from '../regression/corpus.ts';

const pieces = fc.constantFrom(
  'PzH',
  '2000',
  '155mm',
  '155 mm',
  'howitzers',
  'Leopard',
  '2A6',
  'Cheetah',
  'systems',
  '50',
  'x',
  'Т-72',
  '96К6',
  'Stingers',
  'IRIS-T',
  'SLM',
  'M270',
  'MLRS',
  '-',
  '  ',
  '“',
  '”',
  'Ä',
  'İ',
  'ss',
  's',
);
const names = fc.oneof(
  fc.array(pieces, { maxLength: 8 }).map((p) => p.join(' ')),
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
);

describe('normalizeWeaponName properties', () => {
  test('is idempotent', () => {
    fc.assert(
      fc.property(names, (raw) => {
        const once = normalizeWeaponName(raw);
        expect(normalizeWeaponName(once)).toBe(once);
      }),
      { numRuns: 2000, examples: [...normalizeIdempotent] },
    );
  });
  test('ignores case, hyphens and spacing between letters and digits', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('PzH', 'M', 'T', 'Leopard', 'MiG'),
        fc.integer({ min: 1, max: 9999 }),
        (letters, n) => {
          const forms = [
            `${letters}${String(n)}`,
            `${letters}-${String(n)}`,
            `${letters} ${String(n)}`,
            `${letters.toUpperCase()} ${String(n)}`,
          ];
          expect(new Set(forms.map(normalizeWeaponName)).size).toBe(1);
        },
      ),
    );
  });
  test('yields only lower-case tokens separated by single spaces', () => {
    fc.assert(
      fc.property(names, (raw) => {
        const out = normalizeWeaponName(raw);
        expect(out).toBe(out.trim());
        expect(out).not.toContain('  ');
        expect(out).toBe(out.toLowerCase());
      }),
    );
  });
});
