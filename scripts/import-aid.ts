/**
 * Regenerates `data/aid.json`, the aid records of the embedded dataset, from the real third-party
 * data in `../shared/external/` (see its README), so that a new release of those sources is a
 * re-run, not a hand edit:
 *
 * - Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29: monthly military
 *   allocations by donor, in EUR (stage `allocated`);
 * - Protect Ukraine Now, heavy-weapon commitments: quantities by donor and weapon as written
 *   (stage `committed`), each name resolved to the catalogue (`system`, `variant`) while the raw
 *   name stays in `item`, each record citing the page the maintainers cite for it.
 *
 * Every row becomes a record or is printed as a problem; the script fails on any error-level
 * problem. Run `npx tsx scripts/import-aid.ts [externalDir]`, then `npx tsx scripts/build-data.ts`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { parse } from 'csv-parse/sync';

import { compareDates, type AidRecord, type Source } from '../src/index.ts';
import { fromCsv, toCsv, type CsvProblem } from '../src/csv/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const external = process.argv[2] ?? `${root}../shared/external`;
const curated = JSON.parse(readFileSync(`${root}data/curated.json`, 'utf8')) as {
  nations: { id: string; name: string; iso2?: string }[];
};
const weapons = JSON.parse(readFileSync(`${root}data/weapons.json`, 'utf8')) as {
  weaponSystems: Parameters<typeof fromCsv>[1]['catalog'];
};

const KIEL = 'kiel-ust-r29';
const PUN = 'pun-commits';

const sources: Source[] = [
  {
    id: KIEL,
    title:
      'Ukraine Support Tracker, Release 29 (period to 04/2026): military allocations by donor and month',
    publisher: 'Kiel Institute for the World Economy',
    url: 'https://github.com/UkraineSupportTrackerWebsite/ukraine-support-tracker/blob/main/data/data_explorer.csv',
    citation: 'Trebesch et al., Ukraine Support Tracker, Kiel Institute for the World Economy.',
    licence: 'No licence file is stated; attribute the Kiel Institute.',
    note: 'Values are the tracker’s military allocations, stated in EUR billions and multiplied out to EUR. Allocations and commitments are different measures and are never added together.',
  },
  {
    id: PUN,
    title:
      'Protect Ukraine Now: approved heavy-weapon commitments to Ukraine (src/data/commits.json)',
    publisher: 'Protect Ukraine Now',
    url: 'https://github.com/protect-ukraine-now/pun',
    licence: 'MIT (per the repository’s package.json)',
    note: 'Weapon names are kept as the maintainers typed them (item) and resolved to the nsatu catalogue (system, variant).',
  },
];

function fail(file: string, problems: readonly CsvProblem[]): void {
  const errors = problems.filter((p) => p.severity === 'error');
  for (const p of problems)
    console.error(`${file}:${String(p.line)}: ${p.severity} ${p.code}: ${p.message}`);
  if (errors.length > 0) {
    console.error(`${file}: ${String(errors.length)} row(s) could not be read`);
    process.exit(1);
  }
}

// Kiel: one record per donor and month.
const kielFile = `${external}/kiel-ust-r29-military-by-donor-month.csv`;
const kiel = fromCsv(readFileSync(kielFile, 'utf8'), {
  columns: { donor: 'donor', item: 'item_raw', value: 'value', currency: 'currency', date: 'date' },
  stage: 'allocated',
  nations: curated.nations,
  idPrefix: KIEL,
  sources: [KIEL],
});
fail(kielFile, kiel.problems);

// Protect Ukraine Now: the page cited for each row becomes a source with an id derived from its
// address, so re-runs give the same ids whatever the row order.
const punFile = `${external}/pun-heavy-weapon-commitments.csv`;
const rows = parse<Record<string, string>>(readFileSync(punFile, 'utf8'), {
  columns: true,
  bom: true,
});
const bySource = new Map<string, string>();
for (const row of rows) {
  const url = row.source_url ?? '';
  if (url === '' || bySource.has(url)) continue;
  const id = `pun-src-${createHash('sha256').update(url).digest('hex').slice(0, 10)}`;
  bySource.set(url, id);
  sources.push({
    id,
    title: `Source cited by Protect Ukraine Now: ${new URL(url).hostname}`,
    url,
    note: 'Cited by Protect Ukraine Now for a commitment; title not checked against the page.',
  });
}
const pun = fromCsv(
  toCsv(rows.map((row) => ({ ...row, source_id: bySource.get(row.source_url ?? '') ?? '' }))),
  {
    columns: {
      donor: 'donor_code',
      item: 'item_raw',
      quantity: 'quantity',
      date: 'date',
      sources: 'source_id',
    },
    stage: 'committed',
    nations: curated.nations,
    catalog: weapons.weaponSystems,
    idPrefix: 'pun',
    sources: [PUN],
  },
);
fail(punFile, pun.problems);

const aid: AidRecord[] = [...kiel.records, ...pun.records];
// The aid data is as of its latest dated record.
const latest = aid
  .map((r) => r.date)
  .filter((d): d is string => d !== undefined)
  .sort(compareDates)
  .at(-1);
writeFileSync(
  `${root}data/aid.json`,
  `${JSON.stringify({ $comment: 'Generated by scripts/import-aid.ts from ../shared/external; do not edit by hand.', asOf: latest, sources, aid }, null, 2)}\n`,
);
console.log(
  `data/aid.json: ${String(kiel.records.length)} Kiel allocations, ${String(pun.records.length)} Protect Ukraine Now commitments (${String(pun.problems.length)} warning(s)), ${String(sources.length)} sources`,
);
