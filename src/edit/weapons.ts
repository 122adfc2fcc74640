import { ChainError, NsatuError } from '../errors.ts';
import type { Recipe } from './edit.ts';
import { checkId, find, labelled } from './recipe.ts';

/**
 * Options of {@link addWeaponAlias}.
 *
 * @example
 * ```ts
 * import type { AddWeaponAliasOptions } from 'nsatu/edit';
 *
 * const options: AddWeaponAliasOptions = { variant: 'strv-122' };
 * options.variant // => 'strv-122'
 * ```
 *
 * @category Editing
 */
export interface AddWeaponAliasOptions {
  /** Id of the variant the alias names; default the system itself. */
  readonly variant?: string | undefined;
}

/**
 * A recipe that teaches the weapon catalogue another name for a system or one of its variants (a
 * spelling sources use), so resolvers built on the result match it. An alias the entry already has
 * changes nothing: the edit returns the same dataset.
 *
 * @param systemId - Id of the weapon system.
 * @param alias - The name, as sources write it (1–500 characters).
 * @param options - `variant`.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once).
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown system or variant.
 *
 * @example
 * ```ts
 * import { createWeaponResolver } from 'nsatu';
 * import { addWeaponAlias, edit } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset } = edit(ds, addWeaponAlias('leopard-2', 'Kampfpanzer Leopard Zwei'));
 * const match = createWeaponResolver(dataset)('Kampfpanzer Leopard Zwei');
 * match?.status === 'resolved' ? [match.systemId, match.method] : undefined // => ['leopard-2', 'alias']
 * edit(ds, addWeaponAlias('leopard-2', 'Leo 2')).dataset === ds // => true
 * ```
 *
 * @category Editing
 */
export function addWeaponAlias(
  systemId: string,
  alias: string,
  options?: AddWeaponAliasOptions,
): Recipe {
  checkId('systemId', systemId);
  if (typeof alias !== 'string' || alias.trim().length === 0 || alias.length > 500) {
    throw new NsatuError('INVALID_ARGUMENT', 'alias must be a name of 1 to 500 characters');
  }
  const variantId =
    options?.variant === undefined ? undefined : checkId('variant', options.variant);
  const label = `addWeaponAlias ${variantId ?? systemId} "${alias}"`;
  return labelled(label, (draft, base) => {
    const system = find(draft, base, 'weaponSystems', systemId, 'weapon system');
    const entry =
      variantId === undefined ? system : system.variants?.find((v) => v.id === variantId);
    if (entry === undefined) {
      throw new ChainError(
        'UNKNOWN_ID',
        variantId as string,
        `Weapon system "${systemId}" has no variant "${String(variantId)}"`,
      );
    }
    if (entry.name === alias || entry.aliases?.includes(alias) === true) return;
    if (entry.aliases === undefined) entry.aliases = [alias];
    else entry.aliases.push(alias);
  });
}
