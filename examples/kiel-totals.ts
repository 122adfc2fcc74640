/**
 * Do the Kiel Institute's per-donor totals come through an import from CSV unchanged?
 *
 * Reads the Ukraine Support Tracker's monthly military allocations from the CSV file with
 * `fromCsv`, twice: once from the `value` column (EUR) and once from the tracker's own figures in
 * EUR billions (`military_eur_bn_raw`, scaled with `valueScale`). Totals both per donor with
 * `aggregate` and `sumMoney`, and compares them with each other and with the embedded dataset.
 *
 * Data: Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 (Trebesch et
 * al.), the file kiel-ust-r29-military-by-donor-month.csv.
 *
 * Run: npx tsx examples/kiel-totals.ts path/to/kiel-ust-r29-military-by-donor-month.csv
 * (or set NSATU_EXTERNAL to the directory that holds it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { aggregate, sumMoney, summarizeAid, type AidRecord } from 'nsatu';
import { fromCsv, type CsvColumns } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';

const file =
  process.argv[2] ??
  (process.env.NSATU_EXTERNAL === undefined
    ? undefined
    : join(process.env.NSATU_EXTERNAL, 'kiel-ust-r29-military-by-donor-month.csv'));
if (file === undefined) {
  console.error(
    'usage: npx tsx examples/kiel-totals.ts <kiel-ust-r29-military-by-donor-month.csv>',
  );
  process.exit(2);
}

const ds = defaultDataset();
const text = readFileSync(file, 'utf8');

function read(columns: CsvColumns, valueScale: number): AidRecord[] {
  const { records, problems, rows } = fromCsv(text, {
    columns,
    stage: 'allocated',
    currency: 'EUR',
    nations: ds.nations, // donors by name ("Germany") or code
    valueScale,
  });
  for (const p of problems)
    console.log(`line ${String(p.line)}: ${p.severity} ${p.code}: ${p.message}`);
  console.log(`read ${String(records.length)} of ${String(rows)} rows (${columns.value ?? ''})`);
  return records;
}

const perDonor = (records: AidRecord[]): Map<string, number> =>
  new Map(
    aggregate(records, {
      by: ['donor'],
      measures: { eur: sumMoney('value', { currency: 'EUR' }) },
    }).map((row) => [row.donor, row.eur.amount]),
  );

const inEuros = perDonor(read({ donor: 'donor', value: 'value', date: 'date' }, 1));
const inBillions = perDonor(
  read({ donor: 'donor', value: 'military_eur_bn_raw', date: 'date' }, 1e9),
);
const embedded = new Map(
  summarizeAid(ds, { by: ['donor'], stage: 'allocated', currency: 'EUR' }).map((row) => [
    row.donor,
    'amount' in row.value ? row.value.amount : Number.NaN,
  ]),
);

const differ = [...inEuros].filter(
  ([donor, eur]) => inBillions.get(donor) !== eur || embedded.get(donor) !== eur,
);
console.log(
  `\n${String(inEuros.size)} donors; totals that differ between the two columns or from the ` +
    `embedded dataset: ${differ.length === 0 ? 'none' : differ.map(([d]) => d).join(', ')}`,
);

const top = [...inEuros].sort((a, b) => b[1] - a[1]).slice(0, 10);
console.log('\nLargest ten, EUR bn:');
for (const [donor, eur] of top) console.log(`  ${donor}  ${(eur / 1e9).toFixed(2).padStart(6)}`);
const total = [...inEuros.values()].reduce((sum, eur) => sum + eur, 0);
console.log(`  all   ${(total / 1e9).toFixed(2).padStart(6)}`);
console.log(
  '\nSource: Kiel Institute for the World Economy, Ukraine Support Tracker (Trebesch et al.)',
);
