import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { toVegaLite } from 'nsatu/export';

import { markCount, render, texts } from './vega.ts';

/**
 * Field names rich in what Vega-Lite reads as nested access or quoting, and names its generated
 * code uses. Backslashes and the names of `Object.prototype` are refused (see vegaLite.test.ts).
 */
const fieldName = fc.oneof(
  fc.string({
    unit: fc.constantFrom(
      '.',
      '[',
      ']',
      '"',
      "'",
      ' ',
      'a',
      'B',
      '0',
      '$',
      '{',
      '-',
      'é',
      '😀',
      '<',
      '&',
    ),
    minLength: 1,
    maxLength: 8,
  }),
  fc.constantFrom('datum', 'parent', 'key', 'value', 'a.b', 'a[0]', "['x']", 'x_start'),
);

/** Category labels: hostile strings and period labels. */
const label = fc.oneof(
  fc.string({ unit: fc.constantFrom('.', '[', '"', "'", 'a', 'b', ' ', '-'), maxLength: 6 }),
  fc.constantFrom('2024', '2024-07', '2024-Q3', 'unspecified', 'datum', '"'),
);

const chart = fc
  .uniqueArray(fieldName, { minLength: 3, maxLength: 3 })
  .chain(([x = 'x', y = 'y', color = 'c']) =>
    fc.record({
      names: fc.constant({ x, y, color }),
      rows: fc.array(
        fc
          .tuple(label, fc.option(fc.integer({ min: -1e6, max: 1e6 })), label)
          // fromEntries makes `__proto__` an own key, as JSON.parse does with user data.
          .map(
            ([a, b, c]) =>
              Object.fromEntries([
                [x, a],
                [y, b],
                [color, c],
              ]) as Record<string, unknown>,
          ),
        { minLength: 1, maxLength: 8 },
      ),
      mark: fc.constantFrom('bar', 'line', 'area', 'point' as const),
      withColor: fc.boolean(),
    }),
  );

describe('toVegaLite', () => {
  // Each run compiles and renders a chart: tens of milliseconds, more on a busy machine.
  test(
    'charts rows with hostile field names that vega-lite compiles and vega renders',
    { timeout: 60_000 },
    async () => {
      await fc.assert(
        fc.asyncProperty(chart, async ({ names, rows, mark, withColor }) => {
          const spec = toVegaLite(rows, {
            x: names.x,
            y: names.y,
            mark,
            ...(withColor ? { color: names.color } : {}),
          });
          const { svg, logged } = await render(spec);
          const plotted = rows.filter((row) => row[names.y] !== null).length;
          // With nothing to plot, Vega warns that the empty domain has an infinite extent.
          expect(logged.filter((line) => plotted > 0 || !line.includes('Infinite extent'))).toEqual(
            [],
          );
          // Vega trims the whitespace around a title, and draws no blank one.
          const titles = texts(svg, 'axis-title').flat();
          const expected = [names.x, names.y].map((name) => name.trim()).filter(Boolean);
          expect(titles.sort()).toEqual(expected.sort());
          // A bar or a point per plotted row; lines and areas draw a path per series instead.
          const drawn = mark === 'bar' || mark === 'point' ? markCount(svg) : plotted;
          expect(drawn).toBe(plotted);
        }),
        { numRuns: 50 },
      );
    },
  );
});
