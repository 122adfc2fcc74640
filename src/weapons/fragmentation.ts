import { NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import type { AidRecord, AidStage } from '../model/aid.ts';
import { type PartialDate, checkDate, datedBy } from '../model/date.ts';
import type { WeaponSystem } from '../model/weapon.ts';
import { optionsOf } from '../internal/options.ts';

/**
 * Options of {@link fragmentation}.
 *
 * @example
 * ```ts
 * import type { FragmentationOptions } from 'nsatu';
 *
 * const options: FragmentationOptions = { by: 'ammunition', asOf: '2024-12-31' };
 * options.by // => 'ammunition'
 * ```
 *
 * @category Weapons
 */
export interface FragmentationOptions {
  /** Group by capability area, ammunition family or weapon category. */
  readonly by: 'capability' | 'ammunition' | 'category';
  /** Count only aid dated on or before this date (undated records are then left out). */
  readonly asOf?: PartialDate | undefined;
  /** Count only aid from these donors (nation codes or organisation ids). */
  readonly donors?: readonly string[] | undefined;
  /** Count only records at these stages. Default: every stage but `cancelled`. */
  readonly stages?: readonly AidStage[] | undefined;
}

/**
 * How fragmented the equipment of one capability (or ammunition family, or category) is.
 *
 * @example
 * ```ts
 * import type { FragmentationRow } from 'nsatu';
 *
 * const row: FragmentationRow = {
 *   key: 'artillery', systems: 2, systemIds: ['m777', 'pzh-2000'], variants: 0, donors: 3,
 *   ammunitionFamilies: 1, quantity: 200, effectiveTypes: 1.6,
 * };
 * (row.effectiveTypes ?? 0) < row.systems // => true
 * ```
 *
 * @category Weapons
 */
export interface FragmentationRow {
  /** The capability, ammunition family or category (`unspecified` for systems with no ammunition recorded). */
  readonly key: string;
  /** Number of distinct systems. */
  readonly systems: number;
  /** Their ids, sorted. */
  readonly systemIds: readonly string[];
  /** Number of distinct variants named by the aid records (records naming only a system add none). */
  readonly variants: number;
  /** Number of distinct donors. */
  readonly donors: number;
  /** Number of distinct ammunition families the systems need. */
  readonly ammunitionFamilies: number;
  /** Total quantity of the records that state one. */
  readonly quantity: number;
  /**
   * The effective number of types: 1 / Σ sᵢ², where sᵢ is system i's share of `quantity` (the
   * inverse Herfindahl index). It equals `systems` when quantities are even and falls towards 1 as
   * one system dominates. `null` when no record states a quantity.
   */
  readonly effectiveTypes: number | null;
}

interface Accumulator {
  readonly systems: Map<string, number>;
  readonly variants: Set<string>;
  readonly donors: Set<string>;
  readonly ammunition: Set<string>;
}

/**
 * Records that a later record supersedes (a commitment followed by its delivery) count once, as the
 * later one; as of a date, only a later record dated by then supersedes.
 */
function superseded(aid: readonly AidRecord[], dated: (r: AidRecord) => boolean): Set<string> {
  const out = new Set<string>();
  for (const r of aid) if (r.supersedes !== undefined && dated(r)) out.add(r.supersedes);
  return out;
}

/**
 * Measures how fragmented the equipment sent is, per capability, ammunition family or category:
 * how many distinct systems, variants, donors and ammunition families it comprises, and the
 * effective number of types.
 *
 * The effective number of types is 1 / HHI, the inverse of the Herfindahl index of the systems'
 * shares of the quantity given: with quantities 100, 60 and 40 the shares are 0.5, 0.3 and 0.2,
 * HHI = 0.25 + 0.09 + 0.04 = 0.38, and the effective number is 1 / 0.38 ≈ 2.63 — three systems,
 * but a supply burden closer to that of 2.6 equally used ones.
 *
 * Only aid records naming a catalogue `system` count. A record that another `supersedes` (a
 * commitment later delivered) counts once, as the later record, and as of `asOf` only once the
 * later record is dated by then; cancelled records never count.
 *
 * @param ds - A dataset with a weapon catalogue and aid records.
 * @param options - The grouping, and filters by date, donor and stage.
 * @returns One row per key, most systems first, then by key.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for an unknown `by` or a malformed `asOf`.
 *
 * @example
 * ```ts
 * import {fragmentation, loadDataset} from 'nsatu';
 *
 * const ds = loadDataset({
 *   nations: [{ id: 'DEU', name: 'Germany' }, { id: 'USA', name: 'United States' }],
 *   ammunitionFamilies: [{ id: '155mm-nato', name: '155 mm NATO' }],
 *   weaponSystems: [
 *     { id: 'm777', name: 'M777', category: 'towed-artillery', capability: 'artillery', ammunition: ['155mm-nato'] },
 *     { id: 'pzh-2000', name: 'PzH 2000', category: 'sp-artillery', capability: 'artillery', ammunition: ['155mm-nato'] },
 *     { id: 'm109', name: 'M109', category: 'sp-artillery', capability: 'artillery', ammunition: ['155mm-nato'] },
 *   ],
 *   aid: [
 *     { id: 'a1', donor: 'USA', system: 'm777', quantity: 100, stage: 'committed' },
 *     { id: 'a2', donor: 'DEU', system: 'pzh-2000', quantity: 60, stage: 'committed' },
 *     { id: 'a3', donor: 'USA', system: 'm109', quantity: 40, stage: 'committed' },
 *   ],
 * });
 * const [artillery] = fragmentation(ds, { by: 'capability' });
 * artillery?.systems // => 3
 * artillery?.ammunitionFamilies // => 1
 * artillery?.effectiveTypes // => 2.63
 * ```
 *
 * @category Weapons
 */
export function fragmentation(ds: Dataset, options: FragmentationOptions): FragmentationRow[] {
  options = optionsOf('fragmentation', options) as FragmentationOptions;
  // Checked at run time too: JavaScript callers and notebooks pass untyped options.
  const by: string = options.by;
  if (by !== 'capability' && by !== 'ammunition' && by !== 'category') {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `by must be 'capability', 'ammunition' or 'category', not ${JSON.stringify(by)}`,
    );
  }
  const asOf = options.asOf === undefined ? undefined : checkDate('asOf', options.asOf);
  const donors = options.donors === undefined ? undefined : new Set(options.donors);
  const stages = new Set<string>(
    options.stages ?? ['announced', 'committed', 'allocated', 'delivered'],
  );
  const systems = new Map<string, WeaponSystem>(ds.weaponSystems.map((s) => [s.id, s]));
  const dated = (r: AidRecord): boolean =>
    asOf === undefined || (r.date !== undefined && datedBy(r.date, asOf));
  const skip = superseded(ds.aid, dated);
  const groups = new Map<string, Accumulator>();
  for (const record of ds.aid) {
    if (record.system === undefined || skip.has(record.id) || !stages.has(record.stage)) continue;
    if (donors !== undefined && !donors.has(record.donor)) continue;
    if (!dated(record)) continue;
    const system = systems.get(record.system);
    if (system === undefined) continue;
    const keys =
      by === 'capability'
        ? [system.capability]
        : by === 'category'
          ? [system.category]
          : system.ammunition !== undefined && system.ammunition.length > 0
            ? system.ammunition
            : ['unspecified'];
    for (const key of keys) {
      let acc = groups.get(key);
      if (!acc) {
        acc = { systems: new Map(), variants: new Set(), donors: new Set(), ammunition: new Set() };
        groups.set(key, acc);
      }
      acc.systems.set(system.id, (acc.systems.get(system.id) ?? 0) + (record.quantity ?? 0));
      if (record.variant !== undefined) acc.variants.add(record.variant);
      acc.donors.add(record.donor);
      for (const family of system.ammunition ?? []) acc.ammunition.add(family);
    }
  }
  const rows: FragmentationRow[] = [];
  for (const [key, acc] of groups) {
    let total = 0;
    for (const q of acc.systems.values()) total += q;
    let hhi = 0;
    for (const q of acc.systems.values()) hhi += (q / total) ** 2;
    rows.push({
      key,
      systems: acc.systems.size,
      systemIds: [...acc.systems.keys()].sort(),
      variants: acc.variants.size,
      donors: acc.donors.size,
      ammunitionFamilies: acc.ammunition.size,
      quantity: total,
      effectiveTypes: total > 0 ? Math.round((1 / hhi) * 100) / 100 : null,
    });
  }
  return rows.sort((a, b) => b.systems - a.systems || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
