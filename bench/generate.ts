// Synthetic, seeded datasets for the benchmarks. Every generator takes a seed and draws from
// `mulberry32`, never `Math.random`, so a run is reproducible and two benchmarks given the same
// seed and sizes see the same data.
import type { DatasetInput } from '../src/index.ts';

/** A seeded PRNG returning floats in [0, 1): mulberry32, small and good enough for test data. */
export type Random = () => number;

/** Mulberry32 (Tommy Ettinger): a 32-bit state, full period 2^32. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [min, max]. */
export function int(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** One element of a non-empty list. */
export function pick<T>(random: Random, list: readonly T[]): T {
  const value = list[Math.floor(random() * list.length)];
  if (value === undefined) throw new Error('pick from an empty list');
  return value;
}

/** `true` with probability `p`. */
export function chance(random: Random, p: number): boolean {
  return random() < p;
}

/** A zero-padded decimal, so ids sort and read like real ones. */
function pad(n: number, width = 6): string {
  return String(n).padStart(width, '0');
}

/** Months since year 0 (`year * 12 + month - 1`), the unit interval boundaries are drawn in. */
type MonthIndex = number;

function monthIndex(year: number, month = 1): MonthIndex {
  return year * 12 + month - 1;
}

/**
 * A partial date in the given month at a random precision: the year alone only in January (so
 * the date still starts in that month), else `YYYY-MM` or `YYYY-MM-DD`. Dates drawn in strictly
 * increasing months therefore start on strictly increasing days, whatever their precision.
 */
function dateIn(random: Random, m: MonthIndex): string {
  const year = Math.floor(m / 12);
  const month = (m % 12) + 1;
  const mm = String(month).padStart(2, '0');
  const r = random();
  if (month === 1 && r < 0.3) return String(year);
  if (r < 0.6) return `${year}-${mm}`;
  return `${year}-${mm}-${String(int(random, 1, 28)).padStart(2, '0')}`;
}

/** `count` distinct months in [lo, hi], sorted, at least two months apart (when they fit). */
function boundaries(random: Random, count: number, lo: MonthIndex, hi: MonthIndex): MonthIndex[] {
  const step = Math.max(2, Math.floor((hi - lo) / (count + 1)));
  const out: MonthIndex[] = [];
  let at = lo;
  for (let i = 0; i < count; i++) {
    at += int(random, 2, step);
    out.push(Math.min(at, hi));
  }
  // Clamping to `hi` could repeat a month: spread any repeats upwards instead.
  for (let i = 1; i < out.length; i++) {
    if ((out[i] as number) <= (out[i - 1] as number)) out[i] = (out[i - 1] as number) + 1;
  }
  return out;
}

/** NATO members, UDCG participants and a few others: real alpha-3 codes, so ids look real. */
// prettier-ignore
const NATION_CODES = [
  'UKR', 'USA', 'GBR', 'DEU', 'FRA', 'ITA', 'ESP', 'POL', 'NLD', 'BEL', 'LUX', 'DNK', 'NOR',
  'SWE', 'FIN', 'EST', 'LVA', 'LTU', 'CZE', 'SVK', 'HUN', 'ROU', 'BGR', 'GRC', 'TUR', 'PRT',
  'HRV', 'SVN', 'ALB', 'MNE', 'MKD', 'CAN', 'ISL', 'AUS', 'NZL', 'JPN', 'KOR', 'IRL', 'AUT',
  'CHE', 'MDA', 'GEO', 'ISR', 'MAR', 'TUN', 'KEN', 'LBR', 'QAT', 'KWT', 'CYP', 'MLT', 'XKX',
] as const;

const NAMES: Record<string, string> = {
  UKR: 'Ukraine',
  USA: 'United States',
  GBR: 'United Kingdom',
};

const CURRENCIES = ['EUR', 'USD', 'GBP', 'PLN', 'SEK', 'NOK', 'DKK', 'CAD'] as const;
const STAGES = ['announced', 'committed', 'allocated', 'delivered', 'cancelled'] as const;
const CHANNELS = ['bilateral', 'coalition', 'nsatu', 'purl', 'epf', 'trust-fund', 'other'] as const;
/** Weapon categories the generators draw from. */
export const CATEGORIES = [
  'tank',
  'ifv',
  'apc',
  'sp-artillery',
  'towed-artillery',
  'mlrs',
  'sam',
  'manpads',
  'drone',
] as const;
const CAPABILITIES = ['armour', 'artillery', 'iamd', 'drones', 'infantry'] as const;
const FOREST_KINDS = ['command', 'headquarters', 'training-mission', 'logistics-hub'] as const;
const OTHER_KINDS = ['forum', 'government', 'coalition-body', 'representation', 'other'] as const;
const OPERATIONAL = ['OPCON', 'reports-to'] as const;
const LATERAL = ['supports', 'liaison', 'coordinates-with', 'coordinating-authority'] as const;

/** The sizes of a generated dataset. */
export interface DatasetSize {
  readonly aid: number;
  readonly organisations: number;
  readonly relationships: number;
}

type Row = Record<string, unknown>;

/** The first day of the period ties are drawn in, and its last month. */
const TIES_FROM = monthIndex(2014, 1);
const TIES_UNTIL = monthIndex(2023, 12);

function citing(random: Random, sources: readonly string[], max: number): string[] {
  const n = int(random, 1, max);
  const out = new Set<string>();
  while (out.size < n) out.add(pick(random, sources));
  return [...out];
}

/**
 * Organisations and the relationships between them: a forest of operational (`OPCON` or
 * `reports-to`) lines, each tree 10–30 levels deep, with one superior per node at any time (some
 * nodes re-subordinated over dated, non-overlapping intervals), `ADCON` lines for a share of the
 * nodes, and lateral ties (never in a chain) to fill the requested count. Every chain tie points
 * from a deeper node to a shallower one, so no line has a cycle at any moment; leaves that are
 * disbanded have every tie end by the day they are.
 */
function command(
  random: Random,
  size: DatasetSize,
  nations: readonly string[],
  sources: readonly string[],
): { organisations: Row[]; relationships: Row[]; maxDepth: number } {
  // One place is kept for `eu`, the donor organisation added by the caller.
  const n = size.organisations - 1;
  const forestSize = Math.min(n, Math.round(n * 0.7));
  const organisations: Row[] = [];
  // The depth of each forest node in its tree; -1 outside the forest.
  const depth = new Int32Array(n).fill(-1);
  const treeOf = new Int32Array(n).fill(-1);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const inForest = i < forestSize;
    const kind = pick(random, inForest ? FOREST_KINDS : OTHER_KINDS);
    const id = `${kind}-${pad(i)}`;
    ids.push(id);
    const row: Row = {
      id,
      name: `${kind === 'headquarters' ? 'Headquarters' : 'Unit'} ${pad(i)}`,
      kind,
      from: dateIn(random, int(random, monthIndex(1950), monthIndex(2013, 12))),
      sources: citing(random, sources, 2),
    };
    if (chance(random, 0.4)) row.shortName = `U${pad(i)}`;
    if (chance(random, 0.5)) row.nations = [pick(random, nations)];
    if (chance(random, 0.3)) {
      row.location = { name: `Garrison ${pad(i % 997, 3)}`, country: pick(random, nations) };
    }
    organisations.push(row);
  }

  // Trees of about 350 nodes each; a spine of the tree's depth first, then the other nodes under a
  // random node above the bottom level, so every tree reaches its depth exactly.
  const trees = Math.max(1, Math.round(forestSize / 350));
  const members: number[][] = Array.from({ length: trees }, () => []);
  const parent = new Int32Array(n).fill(-1);
  let maxDepth = 0;
  for (let t = 0, next = 0; t < trees; t++) {
    const count = Math.floor(forestSize / trees) + (t < forestSize % trees ? 1 : 0);
    const target = Math.min(int(random, 10, 30), count - 1);
    const tree = members[t] as number[];
    for (let k = 0; k < count; k++, next++) {
      treeOf[next] = t;
      if (k === 0) depth[next] = 0;
      else if (k <= target) {
        parent[next] = next - 1;
        depth[next] = k;
      } else {
        let p: number;
        do p = pick(random, tree);
        while ((depth[p] as number) >= target);
        parent[next] = p;
        depth[next] = (depth[p] as number) + 1;
      }
      tree.push(next);
      maxDepth = Math.max(maxDepth, depth[next] as number);
    }
  }

  const relationships: Row[] = [];
  const isSuperior = new Uint8Array(n);
  const hasOtherTies = new Uint8Array(n);
  const hasAdcon = new Uint8Array(n);
  const lastTie = new Map<number, Row>();
  const tie = (sub: number, sup: number, authority: string, from?: string, until?: string): Row => {
    const row: Row = {
      id: `rel-${pad(relationships.length)}`,
      subordinate: ids[sub],
      superior: ids[sup],
      authority,
    };
    if (from !== undefined) row.from = from;
    if (until !== undefined) row.until = until;
    if (chance(random, 0.6)) row.sources = citing(random, sources, 2);
    relationships.push(row);
    return row;
  };
  /** A random node of the tree shallower than `node`: a valid superior at any time. */
  const shallower = (node: number, tree: number): number => {
    const list = members[tree] as number[];
    let p: number;
    do p = pick(random, list);
    while ((depth[p] as number) >= (depth[node] as number));
    return p;
  };

  // Operational line: one superior at a time, the current one being the tree parent.
  for (let i = 0; i < forestSize; i++) {
    const sup = parent[i] as number;
    if (sup === -1) continue;
    const authority = pick(random, OPERATIONAL);
    const segments = chance(random, 0.1) ? int(random, 2, 3) : 1;
    const cuts = boundaries(random, segments, TIES_FROM, TIES_UNTIL).map((m) => dateIn(random, m));
    // Segment k runs [cuts[k-1], cuts[k]); the first starts at cuts[0] or before the horizon.
    for (let k = 0; k < segments; k++) {
      const from = k === 0 ? (chance(random, 0.2) ? undefined : cuts[0]) : cuts[k];
      const until = k === segments - 1 ? undefined : cuts[k + 1];
      const superior = k === segments - 1 ? sup : shallower(i, treeOf[i] as number);
      isSuperior[superior] = 1;
      lastTie.set(i, tie(i, superior, authority, from, until));
    }
  }

  // ADCON lines for a share of the forest, to any shallower node of any tree.
  const adconBudget = Math.round(size.relationships * 0.08);
  for (
    let made = 0, attempts = 0;
    made < adconBudget && relationships.length < size.relationships && attempts < 100 * adconBudget;
    attempts++
  ) {
    const node = int(random, 0, forestSize - 1);
    if ((depth[node] as number) < 1 || hasAdcon[node]) continue;
    const tree = int(random, 0, trees - 1);
    const list = members[tree] as number[];
    const sup = pick(random, list);
    if ((depth[sup] as number) >= (depth[node] as number)) continue;
    hasAdcon[node] = 1; // one ADCON superior per node, ongoing
    hasOtherTies[node] = hasOtherTies[sup] = 1;
    isSuperior[sup] = 1;
    tie(node, sup, 'ADCON', dateIn(random, int(random, TIES_FROM, TIES_UNTIL)));
    made++;
  }

  // Lateral ties between any two bodies, to reach the requested count.
  while (relationships.length < size.relationships) {
    const a = int(random, 0, n - 1);
    const b = int(random, 0, n - 1);
    if (a === b) continue;
    hasOtherTies[a] = hasOtherTies[b] = 1;
    const from = int(random, TIES_FROM, TIES_UNTIL - 6);
    tie(
      a,
      b,
      pick(random, LATERAL),
      dateIn(random, from),
      chance(random, 0.3) ? dateIn(random, from + 6) : undefined,
    );
  }
  relationships.length = Math.min(relationships.length, size.relationships);

  // Disband some leaves that only ever appear as subordinates on the operational line: their
  // last tie ends the day they do, after every boundary drawn above.
  for (let i = 0; i < forestSize; i++) {
    const last = lastTie.get(i);
    if (last === undefined || isSuperior[i] || hasOtherTies[i] || !chance(random, 0.05)) continue;
    if (!relationships.includes(last)) continue;
    const until = dateIn(random, int(random, monthIndex(2024, 1), monthIndex(2025, 12)));
    (organisations[i] as Row).until = until;
    last.until = until;
  }
  return { organisations, relationships, maxDepth };
}

/**
 * A valid dataset: `size.aid` aid records, `size.organisations` organisations and
 * `size.relationships` relationships (see {@link command}), plus the nations, sources, ammunition
 * families and weapon systems (with variants) they refer to. Plain JSON-shaped objects, nothing
 * shared between records.
 */
export function generateDataset(
  seed: number,
  size: DatasetSize,
): { input: DatasetInput; maxDepth: number } {
  const random = mulberry32(seed);
  const nations = NATION_CODES.map((id, i) => {
    const row: Row = { id, name: NAMES[id] ?? `Nation ${id}` };
    if (i < 32)
      row.natoAccession = dateIn(random, int(random, monthIndex(1949, 4), monthIndex(2024, 3)));
    if (chance(random, 0.8)) row.udcg = { from: '2022-04-26' };
    return row;
  });
  const nationIds = nations.map((n) => n.id as string);

  const sourceCount = Math.max(10, Math.round(size.aid / 100));
  const sources: Row[] = [];
  for (let i = 0; i < sourceCount; i++) {
    const published = int(random, monthIndex(2022, 2), monthIndex(2025, 6));
    const row: Row = {
      id: `source-${pad(i)}`,
      title: `Report ${pad(i)} on military assistance to Ukraine`,
      publisher: pick(random, [
        'Kiel Institute',
        'SHAPE',
        'Ministry of Defence',
        'Reuters',
        'Oryx',
      ]),
      url: `https://example.org/reports/${pad(i)}`,
      date: dateIn(random, published),
    };
    if (chance(random, 0.5)) row.accessed = `${Math.floor(published / 12) + 1}-12-31`;
    sources.push(row);
  }
  const sourceIds = sources.map((s) => s.id as string);

  const ammunitionFamilies: Row[] = [
    { id: '155mm-nato', name: '155 mm NATO', calibreMm: 155 },
    { id: '152mm-soviet', name: '152 mm Soviet', calibreMm: 152 },
    { id: '120mm-smoothbore', name: '120 mm smoothbore', calibreMm: 120 },
    { id: '227mm-gmlrs', name: '227 mm GMLRS', calibreMm: 227 },
  ];
  const ammunition = ammunitionFamilies.map((a) => a.id as string);

  const systemCount = Math.max(5, Math.round(size.aid / 400));
  const weaponSystems: Row[] = [];
  const variantsOf: string[][] = [];
  for (let i = 0; i < systemCount; i++) {
    const id = `system-${pad(i)}`;
    const variants: Row[] = [];
    for (let v = 0, count = int(random, 0, 3); v < count; v++) {
      variants.push({ id: `${id}-v${v + 1}`, name: `System ${pad(i)} variant ${v + 1}` });
    }
    const row: Row = {
      id,
      name: `System ${pad(i)}`,
      category: pick(random, CATEGORIES),
      capability: pick(random, CAPABILITIES),
      origin: [pick(random, nationIds)],
    };
    if (chance(random, 0.6)) row.ammunition = [pick(random, ammunition)];
    if (chance(random, 0.4)) row.aliases = [`Sys ${i}`, `S-${i}`];
    if (variants.length > 0) row.variants = variants;
    weaponSystems.push(row);
    variantsOf.push(variants.map((v) => v.id as string));
  }

  const { organisations, relationships, maxDepth } = command(random, size, nationIds, sourceIds);
  const donors = [...nationIds.filter((id) => id !== 'UKR'), 'eu'];
  organisations.push({ id: 'eu', name: 'European Union', kind: 'international-organisation' });

  const aid: Row[] = [];
  for (let i = 0; i < size.aid; i++) {
    const row: Row = {
      id: `aid-${pad(i, 7)}`,
      donor: pick(random, donors),
      stage: pick(random, STAGES),
      date: dateIn(random, int(random, monthIndex(2022, 2), monthIndex(2025, 6))),
      sources: citing(random, sourceIds, 2),
    };
    const kind = random();
    const correction = chance(random, 0.01);
    const sign = correction ? -1 : 1;
    if (kind < 0.6) {
      const system = int(random, 0, systemCount - 1);
      row.system = `system-${pad(system)}`;
      const variants = variantsOf[system] as string[];
      if (variants.length > 0 && chance(random, 0.5)) row.variant = pick(random, variants);
      row.item = `System ${pad(system)}`;
      row.quantity = sign * int(random, 1, 200);
    } else if (kind < 0.8) {
      row.item = `Unresolved item ${int(random, 1, 5000)}`;
      row.quantity = sign * int(random, 1, 10_000);
    }
    if (kind >= 0.6 || chance(random, 0.3)) {
      row.value = {
        amount: sign * int(random, 10_000, 500_000_000),
        currency: pick(random, CURRENCIES),
      };
    }
    if (correction) row.correction = true;
    if (chance(random, 0.7)) row.channel = pick(random, CHANNELS);
    if (chance(random, 0.1)) row.recipient = 'UKR';
    if (i > 0 && chance(random, 0.15)) row.supersedes = `aid-${pad(int(random, 0, i - 1), 7)}`;
    if (chance(random, 0.2)) row.confidence = pick(random, ['high', 'medium', 'low']);
    aid.push(row);
  }

  return {
    input: {
      title: 'Synthetic benchmark dataset',
      version: String(seed),
      sources,
      nations,
      organisations,
      relationships,
      ammunitionFamilies,
      weaponSystems,
      aid,
    } as DatasetInput,
    maxDepth,
  };
}
