/*
 * Runs the TypeScript blocks of README.md like the API's @examples (same `// =>` conventions), so
 * the first code a newcomer copies is known to work; and checks that the report output the README
 * shows is what `nsatu report` prints.
 */
import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { defaultDataset } from 'nsatu/data';
import { renderReport } from '../../src/cli/report.ts';
import { describeMarkdown } from './markdown.ts';

describe('README', () => {
  describeMarkdown(['README.md'], { requireBlocks: true });

  test('shows lines the main job really prints, in its order', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```text\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const ds = defaultDataset();
    const report = renderReport(ds, { asOf: ds.asOf ?? '2026', format: 'text' }).split('\n');
    const shown = block.split('\n').filter((line) => line !== '' && line !== '…');
    expect(shown.length).toBeGreaterThan(10);
    let at = 0;
    for (const line of shown) {
      const found = report.indexOf(line, at);
      expect(found, `README line not in the report (or out of order): ${line}`).toBeGreaterThan(-1);
      at = found + 1;
    }
  });
});
