// weapons: resolving a column of weapon names as aid data spells them (issue 6), against an exact
// normalised `Map` lookup and against a two-stage matcher with fuse.js as the fallback. Speed and
// accuracy side by side: the names are generated from the catalogue, so the right system of each
// is known, and a false merge (a name resolved to the wrong system) is counted apart.
import Fuse from 'fuse.js';

import { createWeaponResolver, normalizeWeaponName, type WeaponSystem } from '../src/index.ts';
import { defaultDataset } from '../src/data/index.ts';
import { chance, int, mulberry32, pick, type Random } from './generate.ts';
import type { Benchmark, Mode } from './harness.ts';

const SEED = 6;

interface Sizes {
  readonly names: number;
  readonly distinct: number;
}

const SIZES: Record<Mode, Sizes> = {
  full: { names: 1_000_000, distinct: 12_000 },
  smoke: { names: 3_000, distinct: 600 },
};

/** Shares of the distinct spellings: typos of catalogue names, and names of no catalogue system. */
const TYPO_SHARE = 0.05;
const UNKNOWN_SHARE = 0.03;

/**
 * Fuse's match threshold (0 exact … 1 anything). Its default, 0.6, merges most unknown names into
 * some system; 0.3 keeps most of them apart and still catches most one-letter typos.
 */
const FUSE_THRESHOLD = 0.3;

/**
 * Names of real systems that are not in the catalogue (some a digit or a letter away from one
 * that is: Leopard 3, Challenger 3, MiG-31, BMP-2, M108, Skyranger) and the generic lines aid lists
 * carry. None may resolve.
 */
// prettier-ignore
const UNKNOWN = [
  'Merkava Mk 4', 'K2 Black Panther', 'Type 99A', 'T-90M', 'T-80BVM', 'T-64BV', 'Leclerc',
  'Ariete', 'Challenger 3', 'Leopard 3', 'K9 Thunder', 'K239 Chunmoo', 'Pinaka', 'Lynx KF41',
  'Puma IFV', 'Patria AMV', 'Piranha V', 'VBCI', 'Namer', 'BMP-2', 'BMP-3', 'BTR-82A',
  'BTR-4 Bucephalus', '2S19 Msta-S', '2S7 Pion', '2S3 Akatsiya', 'BM-27 Uragan', 'BM-30 Smerch',
  'Tornado-S', 'Iskander-M', 'Kh-101', 'Buk-M1', 'Tor-M2', 'Pantsir-S1', 'Shahed-136',
  'Bayraktar TB2', 'Switchblade 600', 'Phoenix Ghost', 'JAS 39 Gripen', 'Eurofighter Typhoon',
  'Dassault Rafale', 'F-35A Lightning II', 'Panavia Tornado', 'AH-64 Apache', 'UH-60 Black Hawk',
  'CH-47 Chinook', 'Spike LR', 'Carl Gustaf M4', 'AT4', 'Panzerfaust 3', 'Mistral 3', 'RBS 70',
  'Grom', '9K38 Igla', 'Stugna-P', 'R-360 Neptune', 'Taurus KEPD 350', 'AGM-158 JASSM', 'GLSDB',
  'M982 Excalibur', '2S22 Bohdana', 'Vilkha', 'MiG-31', 'Su-27', 'Su-24M', 'Mi-28', 'Ka-52',
  'M108', 'M110', 'Hawkeye', 'Skyranger', '9K33 Osa', 'Strela-2', 'Night vision devices',
  'Body armour', 'Helmets', 'Trucks', 'Generators', 'Medical kits', 'Winter clothing',
  'Spare parts', 'Small arms ammunition', 'Fuel', 'Demining equipment', 'Radios',
];

type Kind = 'known' | 'typo' | 'unknown';

interface Spelling {
  readonly text: string;
  /** The system the name stands for; `undefined` for a name of no catalogue system. */
  readonly truth: string | undefined;
  readonly kind: Kind;
}

interface BaseName {
  readonly name: string;
  readonly systemId: string;
  readonly calibre: number | undefined;
}

/** Every name of the catalogue (systems and variants: names, aliases, designations, native names). */
function baseNames(systems: readonly WeaponSystem[], calibres: ReadonlyMap<string, number>) {
  const out: BaseName[] = [];
  for (const s of systems) {
    const calibre = (s.ammunition ?? []).map((a) => calibres.get(a)).find((c) => c !== undefined);
    const names = [
      s.name,
      ...(s.aliases ?? []),
      ...(s.designations ?? []),
      ...(s.nativeNames ?? []),
    ];
    for (const v of s.variants ?? []) {
      names.push(v.name, ...(v.aliases ?? []), ...(v.designations ?? []), ...(v.nativeNames ?? []));
    }
    for (const name of new Set(names)) out.push({ name, systemId: s.id, calibre });
  }
  return out;
}

const LETTER_DIGIT = /(?<=\p{L})[-\s]+(?=\p{N})|(?<=\p{N})[-\s]+(?=\p{L})/gu;

function titleCase(text: string): string {
  return text.replace(/\p{L}+/gu, (w) => (w[0] ?? '').toUpperCase() + w.slice(1).toLowerCase());
}

/** A spelling as people write it: case, separators, calibre, plural, quantity. */
function respell(
  random: Random,
  base: string,
  calibre: number | undefined,
  known: boolean,
): string {
  let s = base;
  const c = random();
  if (c < 0.15) s = s.toLowerCase();
  else if (c < 0.25) s = s.toUpperCase();
  else if (c < 0.35) s = titleCase(s);
  const sep = random();
  if (sep < 0.15) s = s.replaceAll('-', ' ');
  else if (sep < 0.3)
    s = s.replace(LETTER_DIGIT, ''); // T-72 → T72, Leopard 2 → Leopard2
  else if (sep < 0.4) s = s.replaceAll(' ', '-');
  const suffix = random();
  if (known && calibre !== undefined && suffix < 0.2) {
    s += chance(random, 0.5) ? ` ${calibre}mm` : ` ${calibre} mm`;
  } else if (suffix < 0.4 && /[\p{L}\p{N}]$/u.test(s) && !/s$/iu.test(s)) {
    s += 's';
  }
  const prefix = random();
  if (prefix < 0.2) s = `${int(random, 2, 300)} ${s}`;
  else if (prefix < 0.25) s = `${int(random, 2, 60)} x ${s}`;
  return s;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

/** One edit (substitution, deletion, insertion or swap of neighbours) on a letter, never a digit. */
function typo(random: Random, text: string): string {
  const at = [...text.matchAll(/\p{L}/gu)].map((m) => m.index);
  const i = pick(random, at);
  const ch = text[i] as string;
  const letter = pick(random, LETTERS);
  const sameCase = ch === ch.toUpperCase() ? letter.toUpperCase() : letter;
  const op = int(random, 0, 3);
  if (op === 0) return text.slice(0, i) + sameCase + text.slice(i + 1);
  if (op === 1) return text.slice(0, i) + text.slice(i + 1);
  if (op === 2) return text.slice(0, i + 1) + sameCase + text.slice(i + 1);
  const j = at.includes(i + 1) ? i + 1 : at.includes(i - 1) ? i - 1 : -1;
  if (j === -1) return text.slice(0, i) + sameCase + text.slice(i + 1);
  const [a, b] = [Math.min(i, j), Math.max(i, j)];
  return text.slice(0, a) + (text[b] as string) + (text[a] as string) + text.slice(b + 1);
}

interface Names {
  readonly distinct: readonly Spelling[];
  /** The column to resolve: indexes into `distinct`. */
  readonly column: Int32Array;
  readonly names: readonly string[];
  readonly baseCount: number;
  readonly excluded: number;
}

function generateNames(seed: number, size: Sizes, systems: readonly WeaponSystem[]): Names {
  const random = mulberry32(seed);
  const calibres = new Map<string, number>();
  for (const a of defaultDataset().ammunitionFamilies) {
    if (a.calibreMm !== undefined) calibres.set(a.id, a.calibreMm);
  }
  const all = baseNames(systems, calibres);
  // Which systems each normalised catalogue name belongs to: a name two systems share has no
  // single right answer, so it is left out of the generated names.
  const owners = new Map<string, Set<string>>();
  for (const b of all) {
    const key = normalizeWeaponName(b.name);
    const set = owners.get(key) ?? new Set<string>();
    set.add(b.systemId);
    owners.set(key, set);
  }
  const bases = all.filter((b) => owners.get(normalizeWeaponName(b.name))?.size === 1);
  const ownerOf = (text: string): Set<string> | undefined => owners.get(normalizeWeaponName(text));

  const seen = new Set<string>();
  const distinct: Spelling[] = [];
  const add = (text: string, truth: string | undefined, kind: Kind): void => {
    if (seen.has(text)) return;
    seen.add(text);
    distinct.push({ text, truth, kind });
  };
  const unknownTarget = Math.round(size.distinct * UNKNOWN_SHARE);
  const typoTarget = Math.round(size.distinct * TYPO_SHARE);
  const knownTarget = size.distinct - unknownTarget - typoTarget;

  // Each catalogue name as written first, then respellings of random ones.
  for (const b of bases) if (distinct.length < knownTarget) add(b.name, b.systemId, 'known');
  while (distinct.length < knownTarget) {
    const b = pick(random, bases);
    const text = respell(random, b.name, b.calibre, true);
    const owner = ownerOf(text);
    // A respelling that normalises onto another system's name is not this system's any more.
    if (owner !== undefined && !owner.has(b.systemId)) continue;
    add(text, b.systemId, 'known');
  }
  const known = distinct.slice();
  for (let made = 0; made < typoTarget;) {
    const k = pick(random, known);
    const text = typo(random, k.text);
    // An unseen spelling: not a catalogue name (of any system) once normalised.
    if (ownerOf(text) !== undefined || seen.has(text)) continue;
    add(text, k.truth, 'typo');
    made++;
  }
  const unknown = UNKNOWN.filter((u) => ownerOf(u) === undefined);
  for (const u of unknown) add(u, undefined, 'unknown');
  while (distinct.length < size.distinct) {
    const text = respell(random, pick(random, unknown), undefined, false);
    if (ownerOf(text) === undefined) add(text, undefined, 'unknown');
  }

  // The column: every spelling once, the rest drawn uniformly, then shuffled.
  const column = new Int32Array(size.names);
  for (let i = 0; i < size.names; i++) {
    column[i] = i < distinct.length ? i : int(random, 0, distinct.length - 1);
  }
  for (let i = size.names - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = column[i] as number;
    column[i] = column[j] as number;
    column[j] = t;
  }
  const names = Array.from(column, (i) => (distinct[i] as Spelling).text);
  return { distinct, column, names, baseCount: bases.length, excluded: all.length - bases.length };
}

/** A name resolved to a system id, or `undefined` (unknown or ambiguous). */
type Resolve = (raw: string) => string | undefined;

/** What a user writes without nsatu: normalise, look up exactly, memoise per raw string. */
function exactResolver(systems: readonly WeaponSystem[]): {
  resolve: Resolve;
  lookup: (key: string) => string | null | undefined;
  keys: { key: string; systemId: string }[];
} {
  // Normalised name → system id; `null` where two systems share the name.
  const byKey = new Map<string, string | null>();
  const add = (name: string, id: string): void => {
    const key = normalizeWeaponName(name);
    if (key === '') return;
    const had = byKey.get(key);
    byKey.set(key, had === undefined || had === id ? id : null);
  };
  for (const s of systems) {
    for (const n of [
      s.name,
      ...(s.aliases ?? []),
      ...(s.designations ?? []),
      ...(s.nativeNames ?? []),
    ])
      add(n, s.id);
    for (const v of s.variants ?? []) {
      for (const n of [
        v.name,
        ...(v.aliases ?? []),
        ...(v.designations ?? []),
        ...(v.nativeNames ?? []),
      ])
        add(n, s.id);
    }
  }
  const memo = new Map<string, string | undefined>();
  const resolve = (raw: string): string | undefined => {
    if (memo.has(raw)) return memo.get(raw);
    const id = byKey.get(normalizeWeaponName(raw)) ?? undefined;
    memo.set(raw, id);
    return id;
  };
  const keys = [...byKey].flatMap(([key, systemId]) =>
    systemId === null ? [] : [{ key, systemId }],
  );
  return { resolve, lookup: (key) => byKey.get(key), keys };
}

/** Two stages: the exact normalised lookup, then fuse.js's best hit on a miss; memoised. */
function fuseResolver(systems: readonly WeaponSystem[]): Resolve {
  const exact = exactResolver(systems);
  const fuse = new Fuse(exact.keys, {
    keys: ['key'],
    threshold: FUSE_THRESHOLD,
    ignoreLocation: true,
    includeScore: true,
  });
  const memo = new Map<string, string | undefined>();
  return (raw) => {
    if (memo.has(raw)) return memo.get(raw);
    const key = normalizeWeaponName(raw);
    const hit = exact.lookup(key);
    let id: string | undefined;
    if (hit !== undefined) id = hit ?? undefined;
    else if (key !== '') id = fuse.search(key, { limit: 1 })[0]?.item.systemId;
    memo.set(raw, id);
    return id;
  };
}

function nsatuResolver(fuzzy = true): Resolve {
  const resolve = createWeaponResolver(defaultDataset(), { fuzzy });
  return (raw) => {
    const m = resolve(raw);
    return m?.status === 'resolved' ? m.systemId : undefined;
  };
}

function resolveAll(resolve: Resolve, names: readonly string[]): number {
  let resolved = 0;
  for (const name of names) if (resolve(name) !== undefined) resolved++;
  return resolved;
}

interface Accuracy {
  /** Shares of the column, 0–1. */
  readonly right: number;
  readonly wrong: number;
  readonly missed: number;
  readonly unknownKept: number;
  /** Of the typo names, the share resolved right. */
  readonly typosRight: number;
  /** Distinct unknown spellings merged into a system, and distinct spellings resolved wrong. */
  readonly unknownMerged: number;
  readonly wrongExamples: readonly string[];
  /** Respellings of catalogue names (not typos) left unresolved. */
  readonly missedExamples: readonly string[];
}

function accuracy(resolve: Resolve, data: Names): Accuracy {
  const answers = data.distinct.map((s) => resolve(s.text));
  const counts = new Int32Array(data.distinct.length);
  for (const i of data.column) counts[i] = (counts[i] as number) + 1;
  let right = 0;
  let wrong = 0;
  let missed = 0;
  let unknownKept = 0;
  let typos = 0;
  let typosRight = 0;
  let unknownMerged = 0;
  const wrongExamples: string[] = [];
  const missedExamples: string[] = [];
  data.distinct.forEach((s, i) => {
    const n = counts[i] as number;
    const got = answers[i];
    if (s.kind === 'typo') {
      typos += n;
      if (got === s.truth) typosRight += n;
    }
    if (got === undefined) {
      if (s.truth === undefined) unknownKept += n;
      else {
        missed += n;
        if (s.kind === 'known') missedExamples.push(`"${s.text}" (${s.truth})`);
      }
    } else if (got === s.truth) right += n;
    else {
      wrong += n;
      if (s.truth === undefined) unknownMerged++;
      wrongExamples.push(`"${s.text}" → ${got} (${s.truth ?? 'unknown'})`);
    }
  });
  const total = data.column.length;
  return {
    right: right / total,
    wrong: wrong / total,
    missed: missed / total,
    unknownKept: unknownKept / total,
    typosRight: typos === 0 ? 1 : typosRight / typos,
    unknownMerged,
    wrongExamples,
    missedExamples,
  };
}

function percent(share: number): string {
  return `${(share * 100).toFixed(share > 0 && share < 0.001 ? 3 : 1)} %`;
}

function summary(a: Accuracy): string {
  return `right ${percent(a.right)}, wrong ${percent(a.wrong)}, unresolved ${percent(a.missed)}, unknown kept apart ${percent(a.unknownKept)}`;
}

function count(n: number): string {
  return n.toLocaleString('en-GB');
}

/** Accuracy of each approach, filled in by `setup` (also printed to stderr, with wrong examples). */
const weaponAccuracy = new Map<string, Accuracy>();

const LABELS = {
  nsatu: 'createWeaponResolver(defaultDataset())',
  exact: 'normalizeWeaponName + exact Map + memo',
  fuse: `exact Map, then fuse.js (threshold ${FUSE_THRESHOLD}) on a miss, + memo`,
  nsatuNoFuzzy: 'createWeaponResolver(defaultDataset(), { fuzzy: false })',
} as const;

/** The accuracy table, as Markdown: empty until `setup` has measured it. */
function accuracyTable(): string {
  if (weaponAccuracy.size === 0) return '';
  const rows = [...weaponAccuracy].map(([key, a]) =>
    [
      `\`${LABELS[key as keyof typeof LABELS]}\``,
      percent(a.right + a.unknownKept),
      percent(a.right),
      percent(a.wrong),
      percent(a.missed),
      percent(a.unknownKept),
      percent(a.typosRight),
      count(a.unknownMerged),
    ].join(' | '),
  );
  return [
    '',
    '',
    'Accuracy over the column (shares of the names; ambiguous answers count as unresolved):',
    '',
    '| resolver | correct | right system | wrong system (false merge) | unresolved (known system) | unknown kept apart | typos right | unknown spellings merged |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

const DESCRIPTION =
  'Resolving a column of weapon names to catalogue systems (issue 6): `createWeaponResolver(defaultDataset())` (normalise, exact and alias lookup, bounded fuzzy match on a miss, memoised per raw string) against an exact normalised `Map` lookup with a memo (target: within 1.5×) and against the same lookup with fuse.js as the fallback on a miss (target: nsatu at least 20× faster, ratio ≤ 0.05×, with equal or better accuracy). Each resolver is built inside the timing, with an empty memo. Correct = right system, or a name of no catalogue system left unresolved (as it must be); a wrong system is a false merge, the worst outcome.';

export const weapons: Benchmark = {
  name: 'weapons',
  // A getter: the harness reads the description after `setup`, which measures the accuracy.
  get description(): string {
    return DESCRIPTION + accuracyTable();
  },
  target: { baseline: 'exact', max: 1.5 },
  setup(mode) {
    const size = SIZES[mode];
    const systems = defaultDataset().weaponSystems;
    const data = generateNames(SEED, size, systems);
    const { names } = data;

    const approaches = {
      nsatu: () => nsatuResolver(),
      exact: () => exactResolver(systems).resolve,
      fuse: () => fuseResolver(systems),
      nsatuNoFuzzy: () => nsatuResolver(false),
    };
    weaponAccuracy.clear();
    for (const [key, make] of Object.entries(approaches)) {
      const a = accuracy(make(), data);
      weaponAccuracy.set(key, a);
      process.stderr.write(
        `  weapons accuracy ${key}: ${summary(a)}, typos right ${percent(a.typosRight)}; ` +
          `${count(a.wrongExamples.length)} distinct spellings resolved wrong` +
          (a.wrongExamples.length > 0 ? `, e.g. ${a.wrongExamples.slice(0, 8).join('; ')}` : '') +
          `; ${count(a.missedExamples.length)} respellings of catalogue names unresolved` +
          (a.missedExamples.length > 0 ? `, e.g. ${a.missedExamples.slice(0, 8).join('; ')}` : '') +
          '\n',
      );
    }
    const acc = (key: string): Accuracy => weaponAccuracy.get(key) as Accuracy;
    if (acc('nsatu').unknownMerged > 0) {
      process.stderr.write(`  weapons: nsatu merged ${acc('nsatu').unknownMerged} unknown names\n`);
    }
    const kinds = (kind: Kind): number => data.distinct.filter((s) => s.kind === kind).length;
    const description =
      `${count(names.length)} names, ${count(data.distinct.length)} distinct spellings ` +
      `(${count(kinds('known'))} spellings of ${count(data.baseCount)} catalogue names, as written and ` +
      `respelt: case, hyphens and spaces, calibres, plurals, quantities; ${count(kinds('typo'))} unseen one-letter ` +
      `typos; ${count(kinds('unknown'))} names of systems not in the catalogue), drawn uniformly; ` +
      `${count(data.excluded)} catalogue names shared by two systems left out; ` +
      `catalogue: ${count(systems.length)} systems of the embedded dataset; seed ${SEED}`;

    return {
      data: description,
      tasks: {
        nsatu: {
          label: `${LABELS.nsatu} (${percent(acc('nsatu').wrong)} wrong)`,
          run: () => resolveAll(approaches.nsatu(), names),
        },
        baselines: {
          exact: {
            label: `${LABELS.exact} (${percent(acc('exact').wrong)} wrong)`,
            run: () => resolveAll(approaches.exact(), names),
          },
          fuse: {
            label: `${LABELS.fuse} (${percent(acc('fuse').wrong)} wrong)`,
            run: () => resolveAll(approaches.fuse(), names),
          },
        },
        extras: {
          nsatuNoFuzzy: {
            label: `${LABELS.nsatuNoFuzzy} (${percent(acc('nsatuNoFuzzy').wrong)} wrong)`,
            run: () => resolveAll(approaches.nsatuNoFuzzy(), names),
            versus: 'exact',
          },
        },
      },
    };
  },
};
