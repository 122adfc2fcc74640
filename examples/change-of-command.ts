/**
 * What changed around NSATU when Grynkewich succeeded Cavoli in July 2025?
 *
 * `diffAsOf` compares the dataset with itself at two dates and names the events: which posts
 * changed hands, which bodies changed superior. NSATU reports to SACEUR in his NATO role, so a new
 * SACEUR changes who sits above NSATU's commander, not NSATU's chain of bodies.
 *
 * Run: npx tsx examples/change-of-command.ts
 */
import { holderOf, reportingChain } from 'nsatu';
import { defaultDataset } from 'nsatu/data';
import { diffAsOf } from 'nsatu/edit';

const ds = defaultDataset();
const [before, after] = ['2025-06-01', '2025-08-01'] as const;
const people = new Map(ds.persons.map((p) => [p.id, p.name]));
const posts = new Map(ds.posts.map((p) => [p.id, p.shortName ?? p.name]));
const bodies = new Map(ds.organisations.map((o) => [o.id, o.shortName ?? o.name]));
const names = (ids: readonly string[]): string => ids.map((id) => people.get(id) ?? id).join(', ');

console.log(`From ${before} to ${after}:`);
const { events } = diffAsOf(ds, before, after);
for (const event of events) {
  if (event.kind === 'holder-changed') {
    console.log(
      `  ${posts.get(event.post) ?? event.post}: ${names(event.from)} → ${names(event.to)}`,
    );
  } else if (event.kind === 'reparented') {
    console.log(
      `  ${event.subordinate} (${event.line}): ${event.from.join(', ')} → ${event.to.join(', ')}`,
    );
  } else {
    console.log(`  ${event.kind}`);
  }
}
if (!events.some((e) => e.kind === 'reparented')) console.log('  no body changed superior');

for (const date of [before, after]) {
  const chain = reportingChain(ds, 'nsatu', { asOf: date }).map((link) =>
    bodies.get(link.superior),
  );
  const saceur = holderOf(ds, 'saceur', { asOf: date });
  const commander = holderOf(ds, 'commander-nsatu', { asOf: date });
  console.log(
    `\n${date}: NSATU → ${chain.join(' → ')}\n` +
      `  ${commander?.person.name ?? 'vacant'} (Commander NSATU) answers to ` +
      `${saceur?.person.name ?? 'a vacant post'} (SACEUR)`,
  );
}
