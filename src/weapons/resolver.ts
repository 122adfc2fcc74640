import leven from 'leven';

import { NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { weaponTokens } from './normalize.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * How a name was matched: `exact` (a system's or variant's canonical name), `alias` (an alias,
 * designation or native name), `fuzzy` (within a small edit distance of one, on a miss).
 *
 * @example
 * ```ts
 * import { MatchMethodValues } from 'nsatu';
 *
 * MatchMethodValues // => ['exact', 'alias', 'fuzzy']
 * ```
 *
 * @category Weapons
 */
export const MatchMethodValues = ['exact', 'alias', 'fuzzy'] as const;

/**
 * A name resolved to one catalogue system (and variant, when the name names one).
 *
 * @example
 * ```ts
 * import { createWeaponResolver, type WeaponResolved } from 'nsatu';
 *
 * const resolve = createWeaponResolver([{ id: 'gepard', name: 'Gepard', aliases: ['Cheetah'], category: 'spaag', capability: 'iamd' }]);
 * const match = resolve('50 Cheetah systems') as WeaponResolved;
 * match.systemId // => 'gepard'
 * match.method // => 'alias'
 * ```
 *
 * @category Weapons
 */
export interface WeaponResolved {
  /** Discriminant. */
  readonly status: 'resolved';
  /** Id of the catalogue system. */
  readonly systemId: string;
  /** Id of the variant, when the name names one. */
  readonly variantId?: string;
  /** How the name was matched. */
  readonly method: (typeof MatchMethodValues)[number];
  /** 1 for an exact or alias match; lower for a match without the calibre, lower still for fuzzy ones. */
  readonly confidence: number;
  /** The catalogue name (canonical, alias, designation or native name) that matched. */
  readonly matchedName: string;
}

/**
 * A name that matches two or more systems equally well: reported with the candidates, never
 * guessed.
 *
 * @example
 * ```ts
 * import { createWeaponResolver, type WeaponAmbiguous } from 'nsatu';
 *
 * const resolve = createWeaponResolver([
 *   { id: 'iris-t-slm', name: 'IRIS-T SLM', category: 'sam', capability: 'iamd' },
 *   { id: 'iris-t-sls', name: 'IRIS-T SLS', category: 'sam', capability: 'iamd' },
 * ]);
 * const match = resolve('IRIS-T SLX') as WeaponAmbiguous;
 * match.status // => 'ambiguous'
 * match.candidates // => ['iris-t-slm', 'iris-t-sls']
 * ```
 *
 * @category Weapons
 */
export interface WeaponAmbiguous {
  /** Discriminant. */
  readonly status: 'ambiguous';
  /** Ids of the systems that match equally well, sorted. */
  readonly candidates: readonly string[];
  /** How the candidates were found. */
  readonly method: (typeof MatchMethodValues)[number];
  /** The confidence each candidate would have had alone. */
  readonly confidence: number;
}

/**
 * The answer for one name: resolved to a system, or ambiguous between several. An unknown name
 * resolves to `undefined`.
 *
 * @example
 * ```ts
 * import type { WeaponMatch } from 'nsatu';
 *
 * const describe = (m: WeaponMatch | undefined) => (m === undefined ? 'unknown' : m.status);
 * describe(undefined) // => 'unknown'
 * ```
 *
 * @category Weapons
 */
export type WeaponMatch = WeaponResolved | WeaponAmbiguous;

/**
 * Options of {@link createWeaponResolver}.
 *
 * @example
 * ```ts
 * import type { WeaponResolverOptions } from 'nsatu';
 *
 * const strict: WeaponResolverOptions = { fuzzy: false };
 * strict.fuzzy // => false
 * ```
 *
 * @category Weapons
 */
export interface WeaponResolverOptions {
  /** Try a bounded fuzzy match when the exact lookup misses. Default `true`. */
  readonly fuzzy?: boolean | undefined;
  /**
   * The largest edit distance a fuzzy match may have, whatever the name's length. Default 2. The
   * allowance also grows with length: none below 5 characters, 1 up to 8, then 2.
   */
  readonly maxDistance?: number | undefined;
}

/**
 * A function from a raw weapon name to its match (see {@link createWeaponResolver}).
 *
 * @example
 * ```ts
 * import { createWeaponResolver, type WeaponResolver } from 'nsatu';
 *
 * const resolve: WeaponResolver = createWeaponResolver([]);
 * resolve('anything') // => undefined
 * ```
 *
 * @category Weapons
 */
export type WeaponResolver = (raw: string) => WeaponMatch | undefined;

interface Entry {
  readonly systemId: string;
  readonly variantId: string | undefined;
  readonly method: 'exact' | 'alias';
  readonly name: string;
}

interface Slot {
  /** Entries by system id; one system may reach a key through several names. */
  readonly bySystem: Map<string, Entry>;
}

const DIGIT_RUNS = /\d+/g;

function digitsOf(key: string): string {
  return (key.match(DIGIT_RUNS) ?? []).join(' ');
}

const CALIBRE = /^\d+(?:mm|cm)$/;

function withoutCalibre(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !CALIBRE.test(t));
}

/**
 * Whether two strings of equal length differ only by one swap of adjacent characters ("Geprad",
 * "Gepard"): Levenshtein counts that as two edits, a typist makes one.
 */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return (
    i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)
  );
}

/**
 * A plural "s" after a number ("M777s", "F-16s", "M777s 155mm") stays in the normalised name, since
 * the same letter can be part of a designation ("T-72S"); it is dropped here only when the name
 * without it is in the catalogue and the name with it is not (with or without its calibre).
 */
function depluralize(tokens: string[], known: (key: string) => boolean): string[] {
  // The plural is on the last word before any calibre that follows it.
  let at = tokens.length - 1;
  while (at > 0 && CALIBRE.test(tokens[at] as string)) at--;
  const last = tokens[at];
  if (last === undefined || !/\ds$/.test(last) || known(tokens.join(' '))) return tokens;
  if (known(withoutCalibre(tokens).join(' '))) return tokens;
  const singular = tokens.slice();
  singular[at] = last.slice(0, -1);
  const bare = withoutCalibre(singular);
  return known(singular.join(' ')) || known(bare.join(' ')) ? singular : tokens;
}

function allowance(length: number, cap: number): number {
  return Math.min(cap, length < 5 ? 0 : length <= 8 ? 1 : 2);
}

function better(a: Entry, b: Entry): Entry {
  // For one system reached twice: a system-level name beats a variant's; exact beats alias.
  if ((a.variantId === undefined) !== (b.variantId === undefined))
    return a.variantId === undefined ? a : b;
  if (a.method !== b.method) return a.method === 'exact' ? a : b;
  return a;
}

function systemsOf(catalog: Dataset | readonly WeaponSystem[]): readonly WeaponSystem[] {
  if (Array.isArray(catalog)) return catalog as readonly WeaponSystem[];
  const systems = (catalog as Partial<Dataset>).weaponSystems;
  if (!Array.isArray(systems)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      'createWeaponResolver expects a dataset or an array of weapon systems',
    );
  }
  return systems;
}

function put(index: Map<string, Slot>, key: string, entry: Entry): void {
  if (key === '') return;
  let slot = index.get(key);
  if (!slot) {
    slot = { bySystem: new Map() };
    index.set(key, slot);
  }
  const existing = slot.bySystem.get(entry.systemId);
  slot.bySystem.set(entry.systemId, existing ? better(existing, entry) : entry);
}

/**
 * Builds the lookup tables: normalised catalogue name → the systems (and variants) it names, and
 * the same names without their calibres, kept apart so that an alias such as `Zuzana 155mm` never
 * collides with another system's plain `Zuzana`.
 */
function buildIndex(systems: readonly WeaponSystem[]): {
  exact: Map<string, Slot>;
  loose: Map<string, Slot>;
} {
  const exact = new Map<string, Slot>();
  const loose = new Map<string, Slot>();
  const add = (raw: string, entry: Omit<Entry, 'name'>): void => {
    const tokens = weaponTokens(raw);
    const full = { ...entry, name: raw };
    put(exact, tokens.join(' '), full);
    const bare = withoutCalibre(tokens);
    if (bare.length !== tokens.length) put(loose, bare.join(' '), full);
  };
  for (const system of systems) {
    const base = { systemId: system.id, variantId: undefined };
    add(system.name, { ...base, method: 'exact' });
    for (const name of [
      ...(system.aliases ?? []),
      ...(system.designations ?? []),
      ...(system.nativeNames ?? []),
    ]) {
      add(name, { ...base, method: 'alias' });
    }
    for (const variant of system.variants ?? []) {
      const v = { systemId: system.id, variantId: variant.id };
      add(variant.name, { ...v, method: 'exact' });
      for (const name of [
        ...(variant.aliases ?? []),
        ...(variant.designations ?? []),
        ...(variant.nativeNames ?? []),
      ]) {
        add(name, { ...v, method: 'alias' });
      }
    }
  }
  return { exact, loose };
}

function answer(slot: Slot, confidence: number, fuzzy: boolean): WeaponMatch {
  const entries = [...slot.bySystem.values()];
  if (entries.length > 1) {
    return {
      status: 'ambiguous',
      candidates: entries.map((e) => e.systemId).sort(),
      method: fuzzy ? 'fuzzy' : (entries[0] as Entry).method,
      confidence,
    };
  }
  const entry = entries[0] as Entry;
  return {
    status: 'resolved',
    systemId: entry.systemId,
    ...(entry.variantId === undefined ? {} : { variantId: entry.variantId }),
    method: fuzzy ? 'fuzzy' : entry.method,
    confidence,
    matchedName: entry.name,
  };
}

/**
 * Creates a resolver that turns the weapon names people write into catalogue systems.
 *
 * Every name of the catalogue (canonical names, aliases, designations such as `MIM-104`, native
 * names such as `Panzerhaubitze 2000`, and the same for each variant) is normalised with
 * {@link normalizeWeaponName} into a lookup table, once. A query is normalised the same way and
 * looked up exactly; then without its calibre (`PzH 2000 155mm` → `PzH 2000`); only on a miss is a
 * bounded fuzzy match tried (typos such as `Zusanna 2` or `Stringers`): an edit distance of at
 * most 1 for names up to 8 characters and 2 beyond, none below 5, and never one that changes a
 * number (so `Leopard 1` never becomes `Leopard 2`, nor `M270` `M207`). When two systems are
 * equally close the answer is `ambiguous` with the candidates; an unknown name stays `undefined`
 * rather than snapping to the nearest system.
 *
 * Answers are memoised per raw string inside the resolver, so resolving a column of a million
 * names with a few thousand distinct spellings costs a few thousand lookups.
 *
 * @param catalog - A dataset, or its `weaponSystems`.
 * @param options - Whether to try fuzzy matches, and the largest distance allowed.
 * @returns A function from a raw name to its match, or `undefined` when nothing matches.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` when `catalog` is neither.
 *
 * @example
 * ```ts
 * import { createWeaponResolver } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const resolve = createWeaponResolver(defaultDataset());
 * resolve('Panzerhaubitze 2000')?.status // => 'resolved'
 * const pzh = resolve('PzH-2000 155mm');
 * pzh?.status === 'resolved' ? pzh.systemId : undefined // => 'pzh-2000'
 * resolve('Death Star') // => undefined
 * ```
 *
 * @category Weapons
 */
export function createWeaponResolver(
  catalog: Dataset | readonly WeaponSystem[],
  options: WeaponResolverOptions = {},
): WeaponResolver {
  options = optionsOf('createWeaponResolver', options);
  const fuzzy = options.fuzzy ?? true;
  const cap = options.maxDistance ?? 2;
  if (!Number.isInteger(cap) || cap < 0) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `maxDistance must be a non-negative integer, not ${String(cap)}`,
    );
  }
  const { exact: index, loose } = buildIndex(systemsOf(catalog));
  // Keys by their digits, so a fuzzy query only meets names with the same numbers.
  let byDigits: Map<string, string[]> | undefined;
  const memo = new Map<string, WeaponMatch | undefined>();

  const fuzzyLookup = (key: string): WeaponMatch | undefined => {
    const limit = allowance(key.length, cap);
    if (limit === 0) return undefined;
    if (!byDigits) {
      byDigits = new Map();
      for (const candidate of new Set([...index.keys(), ...loose.keys()])) {
        const digits = digitsOf(candidate);
        const list = byDigits.get(digits);
        if (list) list.push(candidate);
        else byDigits.set(digits, [candidate]);
      }
    }
    let best = limit + 1;
    let found: Slot[] = [];
    for (const candidate of byDigits.get(digitsOf(key)) ?? []) {
      if (Math.abs(candidate.length - key.length) > Math.min(best, limit)) continue;
      let d = leven(key, candidate, { maxDistance: limit + 1 });
      if (d === 2 && isOneSwap(key, candidate)) d = 1;
      if (d > limit || d > best) continue;
      const slot = (index.get(candidate) ?? loose.get(candidate)) as Slot;
      if (d < best) {
        best = d;
        found = [slot];
      } else found.push(slot);
    }
    if (found.length === 0) return undefined;
    const merged: Slot = { bySystem: new Map() };
    for (const slot of found)
      for (const [id, entry] of slot.bySystem)
        merged.bySystem.set(id, merged.bySystem.get(id) ?? entry);
    return answer(merged, Math.round((1 - best / Math.max(key.length, 1)) * 100) / 100, true);
  };

  const resolveUncached = (raw: string): WeaponMatch | undefined => {
    const tokens = depluralize(weaponTokens(raw), (key) => index.has(key) || loose.has(key));
    const key = tokens.join(' ');
    if (key === '') return undefined;
    const exact = index.get(key);
    if (exact) return answer(exact, 1, false);
    const bare = withoutCalibre(tokens).join(' ');
    if (bare !== key && bare !== '') {
      const hit = index.get(bare);
      if (hit) return answer(hit, 0.95, false);
    }
    const looseHit = loose.get(bare || key);
    if (looseHit) return answer(looseHit, 0.95, false);
    return fuzzy ? fuzzyLookup(bare || key) : undefined;
  };

  return (raw: string): WeaponMatch | undefined => {
    if (typeof raw !== 'string') return undefined;
    if (memo.has(raw)) return memo.get(raw);
    const match = resolveUncached(raw);
    // Bounded so a stream of distinct junk cannot grow the memo without limit.
    if (memo.size >= 1_000_000) memo.clear();
    memo.set(raw, match);
    return match;
  };
}
