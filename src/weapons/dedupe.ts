import { NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { createWeaponResolver, type WeaponResolverOptions } from './resolver.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link dedupeWeaponTypes}.
 *
 * @example
 * ```ts
 * import type { DedupeOptions } from 'nsatu';
 *
 * const options: DedupeOptions = { level: 'variant' };
 * options.level // => 'variant'
 * ```
 *
 * @category Weapons
 */
export interface DedupeOptions extends WeaponResolverOptions {
  /** Group by system (Leopard 2) or by variant (Leopard 2A4, Leopard 2A6). Default `'system'`. */
  readonly level?: 'system' | 'variant' | undefined;
}

/**
 * A raw spelling and how often it occurred.
 *
 * @example
 * ```ts
 * import type { NameCount } from 'nsatu';
 *
 * const n: NameCount = { name: 'PzH 2000 155mm', count: 9 };
 * n.count // => 9
 * ```
 *
 * @category Weapons
 */
export interface NameCount {
  /** The name as written. */
  readonly name: string;
  /** How many times it occurred in the input. */
  readonly count: number;
}

/**
 * The raw names that denote one system (or one variant), with counts.
 *
 * @example
 * ```ts
 * import type { WeaponGroup } from 'nsatu';
 *
 * const g: WeaponGroup = { id: 'gepard', systemId: 'gepard', names: [{ name: 'Cheetah', count: 2 }], count: 2 };
 * g.systemId // => 'gepard'
 * ```
 *
 * @category Weapons
 */
export interface WeaponGroup {
  /** The group's id: the system id, or at variant level the variant id where the names name one. */
  readonly id: string;
  /** The system id. */
  readonly systemId: string;
  /** The variant id, at variant level, where the names name one. */
  readonly variantId?: string;
  /** The distinct raw names, most frequent first. */
  readonly names: readonly NameCount[];
  /** Total occurrences. */
  readonly count: number;
}

/**
 * A name no catalogue system matched, or that matched several equally.
 *
 * @example
 * ```ts
 * import type { UnresolvedName } from 'nsatu';
 *
 * const u: UnresolvedName = { name: 'Death Star', count: 1, reason: 'unknown', candidates: [] };
 * u.reason // => 'unknown'
 * ```
 *
 * @category Weapons
 */
export interface UnresolvedName extends NameCount {
  /** `unknown` (nothing matched) or `ambiguous` (several systems matched equally). */
  readonly reason: 'unknown' | 'ambiguous';
  /** For `ambiguous`, the competing system ids. */
  readonly candidates: readonly string[];
}

/**
 * What {@link dedupeWeaponTypes} returns: the groups, most frequent first, and the names left
 * unresolved.
 *
 * @example
 * ```ts
 * import type { DedupeResult } from 'nsatu';
 *
 * const empty: DedupeResult = { groups: [], unresolved: [] };
 * empty.groups.length // => 0
 * ```
 *
 * @category Weapons
 */
export interface DedupeResult {
  /** One group per system (or variant), most occurrences first, then by id. */
  readonly groups: readonly WeaponGroup[];
  /** Names no system matched, or several matched; most occurrences first. */
  readonly unresolved: readonly UnresolvedName[];
}

function byCount<T extends { readonly count: number }>(key: (x: T) => string) {
  return (a: T, b: T): number =>
    b.count - a.count || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}

/**
 * Groups weapon names as people write them by the catalogue system (or variant) they denote, so
 * that `PzH 2000 155mm`, `Panzerhaubitze 2000` and `PzH-2000` count as one type. Names that match
 * nothing, or several systems equally, are returned apart, never merged by guess.
 *
 * @param names - Any iterable of raw names (an array, a CSV column, a generator); read once.
 * @param catalog - A dataset, or its `weaponSystems`.
 * @param options - The level (`system` or `variant`) and the resolver's options.
 * @returns The groups and the unresolved names.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an unknown level or a bad catalogue.
 *
 * @example
 * ```ts
 * import { dedupeWeaponTypes } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const { groups, unresolved } = dedupeWeaponTypes(
 *   ['PzH 2000 155mm', 'Panzerhaubitze 2000', 'PzH-2000', 'Death Star'],
 *   defaultDataset(),
 * );
 * groups.map((g) => [g.systemId, g.count]) // => [['pzh-2000', 3]]
 * unresolved.map((u) => u.name) // => ['Death Star']
 * ```
 *
 * @category Weapons
 */
export function dedupeWeaponTypes(
  names: Iterable<string>,
  catalog: Dataset | readonly WeaponSystem[],
  options: DedupeOptions = {},
): DedupeResult {
  options = optionsOf('dedupeWeaponTypes', options);
  // Checked at run time too: JavaScript callers and notebooks pass untyped options.
  const level: string = options.level ?? 'system';
  if (level !== 'system' && level !== 'variant') {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `level must be 'system' or 'variant', not ${JSON.stringify(level)}`,
    );
  }
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const resolve = createWeaponResolver(catalog, options);
  const groups = new Map<
    string,
    { systemId: string; variantId?: string; names: NameCount[]; count: number }
  >();
  const unresolved: UnresolvedName[] = [];
  for (const [name, count] of counts) {
    const raw: unknown = name;
    const match = typeof raw === 'string' ? resolve(raw) : undefined;
    if (match?.status !== 'resolved') {
      unresolved.push({
        name: typeof raw === 'string' ? raw : String(raw),
        count,
        reason: match === undefined ? 'unknown' : 'ambiguous',
        candidates: match === undefined ? [] : match.candidates,
      });
      continue;
    }
    const variantId = level === 'variant' ? match.variantId : undefined;
    const id = variantId ?? match.systemId;
    let group = groups.get(id);
    if (!group) {
      group = {
        systemId: match.systemId,
        ...(variantId === undefined ? {} : { variantId }),
        names: [],
        count: 0,
      };
      groups.set(id, group);
    }
    group.names.push({ name, count });
    group.count += count;
  }
  return {
    groups: [...groups.entries()]
      .map(([id, g]) => ({ id, ...g, names: g.names.sort(byCount((n) => n.name)) }))
      .sort(byCount((g) => g.id)),
    unresolved: unresolved.sort(byCount((u) => u.name)),
  };
}
