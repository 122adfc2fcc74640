/**
 * Validates the weapon catalogue (`data/weapons.json`): parses its `sources`,
 * `ammunitionFamilies` and `weaponSystems` with `parseDataset` and prints every issue; prints the
 * number of systems, variants and names; then checks that every distinct weapon name (`item_raw`)
 * in the Protect Ukraine Now commitments file resolves to exactly one system by a simple rule:
 * case-insensitive equality with a system's or variant's name, alias, designation or native name,
 * after removing a trailing calibre such as ` 155mm`.
 *
 * Exits 1 on any dataset issue, on a name written on two different systems, or on a PUN name that
 * matches no system or several, unless it is listed in {@link DELIBERATELY_UNRESOLVED}.
 *
 * Run with `npx tsx scripts/check-weapons.ts [weapons.json] [pun.csv]`. The PUN file defaults to
 * `../shared/external/pun-heavy-weapon-commitments.csv` next to the repository; when it is absent the
 * PUN check is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { formatIssue, parseDataset, type WeaponVariant } from '../src/index.ts';

const file = resolve(
  process.argv[2] ?? fileURLToPath(new URL('../data/weapons.json', import.meta.url)),
);
const punFile = resolve(
  process.argv[3] ??
    fileURLToPath(
      new URL('../../shared/external/pun-heavy-weapon-commitments.csv', import.meta.url),
    ),
);

/** PUN names that are left out of the catalogue on purpose, with the reason. */
const DELIBERATELY_UNRESOLVED: Readonly<Record<string, string>> = {
  'Diehl Kinetic Defence Vehicle':
    'only the German government list (via PUN) names it, as air defence; its design, armament and ammunition could not be identified from any source in hand',
  Wolfram:
    'PUN files it as an MLRS from the UK, citing a Defense Post article whose URL mentions a combat vehicle with Brimstone; the article was not available and the system could not be identified with confidence',
};

let failed = false;

let input: unknown;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const { sources, ammunitionFamilies, weaponSystems } = (input ?? {}) as Record<string, unknown>;
const result = parseDataset({ sources, ammunitionFamilies, weaponSystems });
if (!result.ok) {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`\n${String(result.issues.length)} issue(s) in ${file}`);
  process.exit(1);
}

const ds = result.dataset;
const systems = ds.weaponSystems;

/** Every name a system is written under, with its own names first, then its variants'. */
function namesOf(system: (typeof systems)[number]): string[] {
  const own = [
    system.name,
    ...(system.aliases ?? []),
    ...(system.designations ?? []),
    ...(system.nativeNames ?? []),
  ];
  const ofVariants = (system.variants ?? []).flatMap((v) => [
    v.name,
    ...(v.aliases ?? []),
    ...(v.designations ?? []),
    ...(v.nativeNames ?? []),
  ]);
  return [...own, ...ofVariants];
}

const key = (s: string): string => s.trim().toLowerCase();

const variants = systems.reduce((n, s) => n + (s.variants?.length ?? 0), 0);
type Named = Pick<WeaponVariant, 'aliases' | 'designations' | 'nativeNames'>;
const count = (field: keyof Named): number =>
  systems.reduce(
    (n, s) =>
      n +
      (s[field]?.length ?? 0) +
      (s.variants ?? []).reduce((m, v) => m + (v[field]?.length ?? 0), 0),
    0,
  );

console.log(`${file}: valid`);
console.log(`sources              ${String(ds.sources.length).padStart(5)}`);
console.log(`ammunition families  ${String(ds.ammunitionFamilies.length).padStart(5)}`);
console.log(`systems              ${String(systems.length).padStart(5)}`);
console.log(`variants             ${String(variants).padStart(5)}`);
console.log(`aliases              ${String(count('aliases')).padStart(5)}`);
console.log(`designations         ${String(count('designations')).padStart(5)}`);
console.log(`native names         ${String(count('nativeNames')).padStart(5)}`);

// A name written on two different systems makes resolution ambiguous.
const owners = new Map<string, Set<string>>();
for (const s of systems) {
  for (const name of namesOf(s)) {
    const k = key(name);
    const set = owners.get(k) ?? new Set<string>();
    set.add(s.id);
    owners.set(k, set);
  }
}
const shared = [...owners].filter(([, ids]) => ids.size > 1);
if (shared.length > 0) {
  failed = true;
  console.error('\nNames written on more than one system:');
  for (const [name, ids] of shared) console.error(`  "${name}": ${[...ids].join(', ')}`);
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** The PUN spelling without a trailing calibre (`AHS Krab 155mm` → `AHS Krab`). */
const stripCalibre = (s: string): string => s.replace(/\s+\d+(?:[.,]\d+)?\s*mm$/i, '').trim();

if (!existsSync(punFile)) {
  console.log(`\nPUN file not found (${punFile}); name resolution check skipped.`);
} else {
  const [header, ...rows] = parseCsv(readFileSync(punFile, 'utf8'));
  const col = header?.indexOf('item_raw') ?? -1;
  if (col < 0) {
    console.error(`\n${punFile}: no item_raw column`);
    process.exit(1);
  }
  const names = [...new Set(rows.map((r) => r[col] ?? '').filter((n) => n !== ''))].sort((a, b) =>
    a.localeCompare(b, 'en', { sensitivity: 'base' }),
  );
  const unmatched: string[] = [];
  const ambiguous: string[] = [];
  const declared: string[] = [];
  console.log(`\nPUN names (${String(names.length)} distinct item_raw in ${punFile}):`);
  for (const raw of names) {
    const k = key(stripCalibre(raw));
    const hits = systems.filter((s) => namesOf(s).some((n) => key(n) === k)).map((s) => s.id);
    const reason = DELIBERATELY_UNRESOLVED[raw];
    console.log(
      `  ${raw.padEnd(32)} -> ${hits.length > 0 ? hits.join(', ') : reason !== undefined ? '(deliberately unresolved)' : '(no match)'}`,
    );
    if (reason !== undefined) {
      declared.push(raw);
      if (hits.length > 0)
        console.log(`    note: declared unresolved but matches ${hits.join(', ')}`);
    } else if (hits.length === 0) unmatched.push(raw);
    else if (hits.length > 1) ambiguous.push(raw);
  }
  const resolved = names.length - unmatched.length - ambiguous.length - declared.length;
  console.log(`\nresolved to exactly one system: ${String(resolved)} of ${String(names.length)}`);
  if (declared.length > 0) {
    console.log('deliberately unresolved:');
    for (const raw of declared) console.log(`  ${raw}: ${DELIBERATELY_UNRESOLVED[raw] ?? ''}`);
  }
  if (unmatched.length > 0) {
    failed = true;
    console.error(`matching no system: ${unmatched.join('; ')}`);
  }
  if (ambiguous.length > 0) {
    failed = true;
    console.error(`matching more than one system: ${ambiguous.join('; ')}`);
  }
}

if (failed) process.exit(1);
