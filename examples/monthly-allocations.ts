/**
 * Monthly military allocations by top donor: who are the largest donors, and who allocated the
 * most in each of the last twelve months?
 *
 * The embedded dataset holds the Kiel Institute's monthly military allocations by donor (stage
 * `allocated`, EUR). `summarizeAid` totals them by donor; `aggregate` groups any rows, here by
 * month and donor, in one pass.
 *
 * Data: Kiel Institute for the World Economy, Ukraine Support Tracker, Release 29 (Trebesch et
 * al.). Run: npx tsx examples/monthly-allocations.ts
 */
import { UNSPECIFIED_PERIOD, aggregate, month, sumMoney, summarizeAid } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

const ds = defaultDataset();
const names = new Map<string, string>(ds.nations.map((n) => [n.id, n.name]));
const name = (id: string): string => names.get(id) ?? id;
const bn = (eur: number): string => `EUR ${(eur / 1e9).toFixed(2)} bn`;

// 1. The top five donors over the whole period. With `currency`, each value is one amount.
const donors = summarizeAid(ds, { by: ['donor'], stage: 'allocated', currency: 'EUR' })
  .map((row) => ({ donor: row.donor, eur: 'amount' in row.value ? row.value.amount : 0 }))
  .sort((a, b) => b.eur - a.eur);
const total = donors.reduce((sum, row) => sum + row.eur, 0);
console.log(`Military allocations to Ukraine, ${bn(total)} from ${String(donors.length)} donors`);
console.log('Top five donors:');
for (const { donor, eur } of donors.slice(0, 5)) {
  console.log(
    `  ${name(donor).padEnd(16)} ${bn(eur).padStart(15)}  ${((eur / total) * 100).toFixed(1).padStart(4)} %`,
  );
}

// 2. Each month's largest donor, over the last twelve months of data.
const allocations = ds.aid.filter((record) => record.stage === 'allocated');
const byMonth = aggregate(allocations, {
  by: { month: month('date'), donor: 'donor' },
  measures: { eur: sumMoney('value', { currency: 'EUR' }) },
});
// Rows come sorted by month; a year-precise or undated record has no month and is left out.
const months = [...new Set(byMonth.map((row) => row.month))]
  .filter((m) => m !== undefined && m !== UNSPECIFIED_PERIOD)
  .slice(-12);
console.log(`\nLargest donor each month, ${months[0] ?? ''} to ${months.at(-1) ?? ''}:`);
for (const m of months) {
  const rows = byMonth.filter((row) => row.month === m);
  const monthTotal = rows.reduce((sum, row) => sum + row.eur.amount, 0);
  const top = rows.reduce((best, row) => (row.eur.amount > best.eur.amount ? row : best));
  console.log(
    `  ${m}  ${name(top.donor).padEnd(16)} ${bn(top.eur.amount).padStart(15)} of ${bn(monthTotal).padStart(15)}`,
  );
}
console.log(
  '\nSource: Kiel Institute for the World Economy, Ukraine Support Tracker (Trebesch et al.)',
);
