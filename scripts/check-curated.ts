/**
 * Validates the curated dataset (`data/curated.json`): runs `parseDataset` on it, prints every
 * issue and exits 1 on any; otherwise prints the number of records in each table.
 *
 * Run with `npx tsx scripts/check-curated.ts [path]`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { DatasetTableValues, formatIssue, parseDataset } from '../src/index.ts';

const file = resolve(process.argv[2] ?? new URL('../data/curated.json', import.meta.url).pathname);

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const result = parseDataset(input);
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`\n${String(result.issues.length)} issue(s) in ${file}`);
  process.exit(1);
}

const ds = result.dataset;
console.log(`${file}: valid (version ${ds.version ?? '-'}, as of ${ds.asOf ?? '-'})`);
for (const table of DatasetTableValues) {
  console.log(`${table.padEnd(20)} ${String(ds[table].length).padStart(5)}`);
}
