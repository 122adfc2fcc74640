/**
 * How many 155 mm systems, and how many ammunition families, do the heavy weapons committed to
 * Ukraine bring?
 *
 * The embedded dataset holds Protect Ukraine Now's heavy-weapon commitments, each name resolved to
 * a catalogue system that knows its ammunition. `fragmentation` counts, per ammunition family or
 * capability, the distinct systems, donors and ammunition families, and the effective number of
 * types (1 / Herfindahl index of the quantities): how many equally used systems the mix is worth.
 *
 * Run: npx tsx examples/artillery-155.ts
 */
import { fragmentation, summarizeAid } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

const ds = defaultDataset();
const systems = new Map(ds.weaponSystems.map((s) => [s.id, s]));
const families = new Map(ds.ammunitionFamilies.map((f) => [f.id, f]));

console.log('Heavy weapons committed to Ukraine (data: Protect Ukraine Now, MIT licence)\n');

const nato155 = fragmentation(ds, { by: 'ammunition' }).find((row) => row.key === '155mm-nato');
if (nato155 === undefined) throw new Error('no 155 mm systems in the dataset');
console.log(
  `${families.get(nato155.key)?.name ?? nato155.key}: ${String(nato155.systems)} systems ` +
    `from ${String(nato155.donors)} donors, ${String(nato155.quantity)} pieces; ` +
    `effective number of types ${String(nato155.effectiveTypes)}`,
);
// Pieces per system, most first: the shares behind the effective number.
const perSystem = summarizeAid(ds, { by: ['ammunition', 'system'], stage: 'committed' })
  .filter((row) => row.ammunition === '155mm-nato')
  .sort((a, b) => b.quantity - a.quantity || a.system.localeCompare(b.system));
for (const row of perSystem) {
  const share = ((row.quantity / nato155.quantity) * 100).toFixed(1);
  console.log(
    `  ${(systems.get(row.system)?.name ?? row.system).padEnd(12)} ${String(row.quantity).padStart(4)}  ${share.padStart(4)} %`,
  );
}

const [artillery] = fragmentation(ds, { by: 'capability' }).filter((r) => r.key === 'artillery');
if (artillery !== undefined) {
  console.log(
    `\nArtillery as a whole: ${String(artillery.systems)} systems, ` +
      `${String(artillery.ammunitionFamilies)} ammunition families, ` +
      `effective number of types ${String(artillery.effectiveTypes)}`,
  );
}

const byFamily = fragmentation(ds, { by: 'ammunition' }).filter((r) => r.key !== 'unspecified');
const committed = new Set(byFamily.flatMap((row) => row.systemIds));
console.log(
  `All committed heavy weapons: ${String(committed.size)} systems with a known ammunition, ` +
    `${String(byFamily.length)} ammunition families`,
);
