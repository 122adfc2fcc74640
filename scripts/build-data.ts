/**
 * Builds the embedded dataset `src/data/dataset.json` from its parts in `data/`:
 *
 * - `data/curated.json`: the hand-curated structure (organisations, ties, posts, nations,
 *   coalitions, agreements, training), each record sourced;
 * - `data/weapons.json`: the weapon catalogue and ammunition families (optional while absent);
 * - `data/aid.json`: aid records generated from the third-party CSVs by
 *   `scripts/import-aid.ts` (optional while absent).
 *
 * Tables are concatenated in that order; the top-level metadata comes from `curated.json`, except
 * `asOf`, which is the latest of the parts' `asOf`. The
 * result is validated with `parseDataset` and written pretty-printed so that changes review well.
 *
 * Run `npx tsx scripts/build-data.ts` to rebuild, `--check` to fail when the committed file is
 * out of date (the test suite runs the check).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { DatasetTableValues, compareDates, formatIssue, parseDataset } from '../src/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const PARTS = ['data/curated.json', 'data/weapons.json', 'data/aid.json'];
export const OUTPUT = `${root}src/data/dataset.json`;

/** Reads the parts and returns the merged dataset as pretty-printed JSON text. */
export function buildDatasetText(): string {
  const merged: Record<string, unknown> = {};
  for (const part of PARTS) {
    const path = `${root}${part}`;
    if (!existsSync(path)) continue;
    const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if ((DatasetTableValues as readonly string[]).includes(key)) {
        merged[key] = [...((merged[key] as unknown[] | undefined) ?? []), ...(value as unknown[])];
      } else if (part === 'data/curated.json') {
        merged[key] = value;
      } else if (key === 'asOf') {
        // The dataset is as of its latest part (the aid data may run past the curated facts).
        const current = merged.asOf as string | undefined;
        if (current === undefined || compareDates(value as string, current) > 0)
          merged.asOf = value;
      } else if (key !== '$comment') {
        throw new Error(`${part}: unexpected top-level key "${key}"`);
      }
    }
  }
  const ordered: Record<string, unknown> = {};
  for (const key of ['title', 'version', 'asOf', 'licence', 'description']) {
    if (merged[key] !== undefined) ordered[key] = merged[key];
  }
  for (const table of DatasetTableValues) ordered[table] = merged[table] ?? [];
  const result = parseDataset(ordered);
  if (!result.ok) {
    throw new Error(`The merged dataset is invalid:\n${result.issues.map(formatIssue).join('\n')}`);
  }
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = buildDatasetText();
  if (process.argv.includes('--check')) {
    const current = existsSync(OUTPUT) ? readFileSync(OUTPUT, 'utf8') : '';
    if (current !== text) {
      console.error('src/data/dataset.json is out of date: run `npx tsx scripts/build-data.ts`');
      process.exit(1);
    }
    console.log('src/data/dataset.json is up to date');
  } else {
    writeFileSync(OUTPUT, text);
    console.log(`wrote ${OUTPUT} (${String(text.length)} bytes)`);
  }
}
