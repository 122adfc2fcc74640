/*
 * The key computations of the library on real data, printed as one JSON document. The
 * determinism test runs this in child processes under other time zones and locales and compares
 * the output byte for byte: nothing may depend on the clock, the time zone, the locale or the
 * machine. Not a test file itself (vitest does not collect it).
 */
import {
  chainSummary,
  compareDates,
  createWeaponResolver,
  datasetJsonSchema,
  dedupeWeaponTypes,
  explainChain,
  findCycles,
  fragmentation,
  holdersOf,
  normalizeWeaponName,
  reportingChain,
  subordinates,
  summarizeAid,
} from 'nsatu';
import { toDot, toJson, toMermaid, toVegaLite } from 'nsatu/export';
import { fromCsv, toCsv } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';
import { asOf, diff } from 'nsatu/edit';
import { renderReport } from '../../src/cli/report.ts';
import { KIEL_FILE, PUN_FILE, kielOptions, readExternal } from '../fixtures/external.ts';

const ds = defaultDataset();
const dates = ['2024-06-01', '2024-12', '2025-03-01', '2025-08-01', '2026'] as const;

function attempt(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

const names = [
  'IRIS-T SLM',
  'iris-t slm',
  'İRİS-T',
  'Leopard 2A6',
  'LEOPARD 2 A6',
  'M109A3GN',
  'Patriot PAC-3',
  'Bradley M2A2 ODS',
  'ıstanbul',
  'CAESAR',
];
const resolver = createWeaponResolver(ds.weaponSystems);
const pun = readExternal(PUN_FILE);

const out = {
  chains: dates.map((date) =>
    ds.organisations.map((o) =>
      attempt(() => [
        reportingChain(ds, o.id, { asOf: date }),
        explainChain(ds, o.id, { asOf: date }),
      ]),
    ),
  ),
  summaries: dates.map((date) => attempt(() => chainSummary(ds, { asOf: date }))),
  subordinates: attempt(() => subordinates(ds, 'shape', { asOf: '2025-03-01' })),
  cycles: findCycles(ds),
  holders: dates.map((date) => attempt(() => holdersOf(ds, 'saceur', { asOf: date }))),
  sorted: [...new Set(ds.aid.flatMap((a) => (a.date === undefined ? [] : [a.date])))].sort(
    compareDates,
  ),
  aid: [
    () => summarizeAid(ds, { by: ['donor'], stage: 'allocated', currency: 'EUR' }),
    () => summarizeAid(ds, { by: ['donor', 'month'], stage: 'allocated' }),
    () => summarizeAid(ds, { by: ['stage', 'capability'] }),
  ].map(attempt),
  fragmentation: dates.flatMap((date) =>
    (['capability', 'ammunition', 'category'] as const).map((by) =>
      attempt(() => fragmentation(ds, { by, asOf: date })),
    ),
  ),
  normalized: names.map((name) => [normalizeWeaponName(name), resolver(name)]),
  dedupe: attempt(() => dedupeWeaponTypes(pun.split('\n').slice(1), ds)),
  csv: attempt(() => fromCsv(readExternal(KIEL_FILE), kielOptions(ds.nations))),
  toCsv: toCsv(ds.nations.map((n) => ({ id: n.id, name: n.name, joined: n.natoAccession }))),
  toJson: toJson(ds),
  mermaid: attempt(() => toMermaid(ds, { asOf: '2025-03-01' })),
  dot: attempt(() => toDot(ds, { asOf: '2025-03-01' })),
  vega: attempt(() =>
    toVegaLite(
      summarizeAid(ds, { by: ['donor'], stage: 'allocated', currency: 'EUR' }).map((row) => ({
        donor: row.donor,
        records: row.records,
      })),
      { x: 'donor', y: 'records' },
    ),
  ),
  schema: datasetJsonSchema(),
  asOf: attempt(() => diff(asOf(ds, '2025-01-01'), asOf(ds, '2025-09-01'))),
  report: ['text', 'md', 'json'].map((format) =>
    renderReport(ds, { asOf: '2025-03-01', format: format as 'text' }),
  ),
};
const { locale, timeZone } = Intl.DateTimeFormat().resolvedOptions();
process.stdout.write(`${locale} ${timeZone}\n${JSON.stringify(out)}`);
