// Hostile input at scale (issue 12), against the built package: 100 MB of CSV through `fromCsv`
// is read whole, every row accounted for, in a default Node heap. How long it takes is measured in
// bench/, not asserted here. `nsatu/csv` resolves to dist/ by the package's own exports (no alias).
import { describe, expect, test } from 'vitest';

import { fromCsv } from 'nsatu/csv';
import { COLUMNS, HEADER } from '../fixtures/csv.ts';


describe('fromCsv on 100 MB', () => {
  test('reads every row, with quoted commas and thousands separators, and loses none', () => {
    const lines = [HEADER];
    let size = HEADER.length;
    for (let i = 0; size < 100_000_000; i++) {
      const day = String((i % 28) + 1).padStart(2, '0');
      const line = `DEU,"PzH 2000, lot ${String(i)}",${String(i % 50)},"1,250,000.50",EUR,2024-07-${day}`;
      lines.push(line);
      size += line.length + 1;
    }
    // One broken row near the end: it must be reported with its line, not dropped silently.
    lines.splice(lines.length - 2, 0, 'XXXX,Gepard,1,,,2024');
    const result = fromCsv(lines.join('\n'), {
      columns: COLUMNS,
      stage: 'committed',
      idPrefix: 'h',
    });
    expect(result.rows).toBe(lines.length - 1);
    expect(result.records).toHaveLength(result.rows - 1);
    expect(result.problems).toEqual([
      expect.objectContaining({ line: lines.length - 2, code: 'UNKNOWN_DONOR' }),
    ]);
    expect(result.records.at(-1)?.item).toBe(`PzH 2000, lot ${String(result.rows - 2)}`);
  }, 600_000);
});
