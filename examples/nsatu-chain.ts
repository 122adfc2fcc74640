/**
 * Which links of NSATU's chain are multinational?
 *
 * NSATU is a NATO command, but its commander also heads a US national command, SAG-U. This walks
 * NSATU's operational chain and its administrative (ADCON) chain, says of each superior whether it
 * belongs to one nation or to none (a multinational body records no `nations`), then follows the
 * commander's other hat up the US chain, and asks where the two chains meet.
 *
 * Run: npx tsx examples/nsatu-chain.ts
 */
import { commonSuperior, postsHeld, reportingChain, holderOf, type ChainLink } from 'nsatu';
import { defaultDataset } from 'nsatu/data';

const ds = defaultDataset();
const asOf = '2025-03-01';
const organisations = new Map(ds.organisations.map((o) => [o.id, o]));
const label = (id: string): string => organisations.get(id)?.shortName ?? id;

function line(link: ChainLink): string {
  const nations = organisations.get(link.superior)?.nations;
  const who = nations === undefined ? 'multinational' : `national (${nations.join(', ')})`;
  const { confidence, note } = link.relationship;
  const text = `  ${label(link.subordinate)} → ${label(link.superior)} (${link.authority}): ${who}`;
  // A weakly sourced tie says why, in the first sentence of its note.
  return confidence === 'low' && note !== undefined
    ? `${text}\n    low confidence: ${note.split('. ')[0] ?? note}.`
    : text;
}

console.log(`NSATU's chains as of ${asOf}`);
console.log('\nOperational line:');
for (const link of reportingChain(ds, 'nsatu', { asOf })) console.log(line(link));
console.log('Administrative line (ADCON):');
for (const link of reportingChain(ds, 'nsatu', { asOf, via: ['ADCON'] })) console.log(line(link));

const commander = holderOf(ds, 'commander-nsatu', { asOf });
if (commander !== undefined) {
  console.log(`\n${commander.post.shortName ?? commander.post.name}: ${commander.person.name}`);
  for (const { post } of postsHeld(ds, commander.person.id, { asOf })) {
    if (post.id === commander.post.id) continue;
    console.log(`Also ${post.shortName ?? post.name}; ${label(post.organisation)}'s chain:`);
    for (const link of reportingChain(ds, post.organisation, { asOf })) console.log(line(link));
  }
}

const meet = commonSuperior(ds, 'nsatu', 'sag-u', { asOf });
console.log(
  `\nWhere NSATU's and SAG-U's chains meet: ${meet === undefined ? 'nowhere (no common superior in the dataset)' : label(meet)}`,
);
