import { NsatuError } from '../errors.ts';
import { CoalitionRoleValues, type CoalitionMember } from '../model/coalition.ts';
import type { PartialDate } from '../model/date.ts';
import { intervalsOverlap, type Until } from '../model/interval.ts';
import type { Recipe } from './edit.ts';
import {
  checkDate,
  checkId,
  checkOptions,
  checkParty,
  checkUntil,
  find,
  labelled,
  provenance,
  requireParty,
  type ProvenanceOptions,
} from './recipe.ts';

/**
 * Options of {@link joinCoalition}.
 *
 * @example
 * ```ts
 * import type { JoinCoalitionOptions } from 'nsatu/edit';
 *
 * const options: JoinCoalitionOptions = { from: '2025-05', role: 'lead' };
 * options.role // => 'lead'
 * ```
 *
 * @category Editing
 */
export interface JoinCoalitionOptions extends ProvenanceOptions {
  /** The first day of the membership (required). */
  readonly from: PartialDate;
  /** `'member'` (default) or `'lead'`. */
  readonly role?: CoalitionMember['role'] | undefined;
  /** The end of the membership, when already known. */
  readonly until?: Until | undefined;
}

/**
 * Options of {@link leaveCoalition}.
 *
 * @example
 * ```ts
 * import type { LeaveCoalitionOptions } from 'nsatu/edit';
 *
 * const options: LeaveCoalitionOptions = { until: '2025-09-30' };
 * options.until // => '2025-09-30'
 * ```
 *
 * @category Editing
 */
export interface LeaveCoalitionOptions {
  /** The first day the party is no longer in the coalition (required); `'unknown'` if not known. */
  readonly until: Until;
}

/**
 * A recipe that adds a party to a coalition from a date, as a member or a lead. A party already in
 * the coalition over any part of that time is refused: to change a role, leave and join again on
 * the same day.
 *
 * @param coalitionId - Id of the coalition.
 * @param party - A nation code or organisation id.
 * @param options - `from` (required), `role`, `until`, provenance.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once), or, when the
 *   edit runs, for a party already in the coalition then.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown coalition or party.
 *
 * @example
 * ```ts
 * import { edit, joinCoalition } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const recipe = joinCoalition('coalition-armour', 'NOR', { from: '2025-02-12', sources: ['kiel-ust-r29'] });
 * recipe.label // => 'joinCoalition coalition-armour NOR (member from 2025-02-12)'
 * edit(ds, recipe).dataset.coalitions.find((c) => c.id === 'coalition-armour')?.members.at(-1)?.party
 * // => 'NOR'
 * edit(ds, joinCoalition('coalition-armour', 'SWE', { from: '2025-02-12' })) // => throws INVALID_ARGUMENT
 * joinCoalition('coalition-armour', 'NOR', { from: 'soon' }) // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Editing
 */
export function joinCoalition(
  coalitionId: string,
  party: string,
  options: JoinCoalitionOptions,
): Recipe {
  checkId('coalitionId', coalitionId);
  checkParty('party', party);
  checkOptions('joinCoalition', options, ['from']);
  const from = checkDate('from', options.from);
  const until = options.until === undefined ? undefined : checkUntil('until', options.until);
  const role = options.role ?? 'member';
  if (!(CoalitionRoleValues as readonly unknown[]).includes(role)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `role must be 'lead' or 'member', not ${JSON.stringify(role)}`,
    );
  }
  const member: CoalitionMember = {
    party,
    role,
    from,
    ...(until === undefined ? {} : { until }),
    ...provenance(options),
  };
  return labelled(`joinCoalition ${coalitionId} ${party} (${role} from ${from})`, (draft, base) => {
    const coalition = find(draft, base, 'coalitions', coalitionId, 'coalition');
    requireParty(draft, base, party);
    const clash = coalition.members.find((m) => m.party === party && intervalsOverlap(m, member));
    if (clash !== undefined) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `${party} is already a ${clash.role} of ${coalitionId} then (${clash.from ?? 'from the start'}${clash.until === undefined ? ', ongoing' : ` until ${clash.until}`})`,
      );
    }
    coalition.members.push(member);
  });
}

/**
 * A recipe that ends a party's open membership of a coalition (the one without `until`): sets its
 * `until`. An end before the membership's start is refused by the edit's validation.
 *
 * @param coalitionId - Id of the coalition.
 * @param party - A nation code or organisation id.
 * @param options - `until` (required).
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once), or, when the
 *   edit runs, when the party has no open membership.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown coalition.
 *
 * @example
 * ```ts
 * import { edit, leaveCoalition } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset, patches } = edit(ds, leaveCoalition('coalition-armour', 'ESP', { until: '2026-01' }));
 * dataset.coalitions.find((c) => c.id === 'coalition-armour')?.members.find((m) => m.party === 'ESP')?.until
 * // => '2026-01'
 * patches.map((p) => p.path.join('/')) // => ['coalitions/6/members/5/until']
 * ```
 *
 * @category Editing
 */
export function leaveCoalition(
  coalitionId: string,
  party: string,
  options: LeaveCoalitionOptions,
): Recipe {
  checkId('coalitionId', coalitionId);
  checkParty('party', party);
  checkOptions('leaveCoalition', options, ['until']);
  const until = checkUntil('until', options.until);
  return labelled(`leaveCoalition ${coalitionId} ${party} (until ${until})`, (draft, base) => {
    const coalition = find(draft, base, 'coalitions', coalitionId, 'coalition');
    const open = coalition.members.filter((m) => m.party === party && m.until === undefined);
    if (open.length === 0) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `${party} has no open membership of ${coalitionId} to end`,
      );
    }
    for (const member of open) member.until = until;
  });
}
