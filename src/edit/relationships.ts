import { NsatuError } from '../errors.ts';
import type { PartialDate } from '../model/date.ts';
import { ENDED_DATE_UNKNOWN, type Until } from '../model/interval.ts';
import { AuthorityValues, type Authority, type Relationship } from '../model/relationship.ts';
import type { Recipe } from './edit.ts';
import {
  checkDate,
  checkId,
  checkOptions,
  checkUntil,
  find,
  labelled,
  provenance,
  type ProvenanceOptions,
} from './recipe.ts';

/**
 * Options of {@link addRelationship}.
 *
 * @example
 * ```ts
 * import type { AddRelationshipOptions } from 'nsatu/edit';
 *
 * const options: AddRelationshipOptions = { from: '2024-12', capacity: 'saceur' };
 * options.capacity // => 'saceur'
 * ```
 *
 * @category Editing
 */
export interface AddRelationshipOptions extends ProvenanceOptions {
  /** The first day of the tie (required). */
  readonly from: PartialDate;
  /** Its end, when already known. */
  readonly until?: Until | undefined;
  /** The post in whose capacity the superior exercises the authority. */
  readonly capacity?: string | undefined;
  /** Id of the tie; default `<subordinate>-<superior>-<authority>-<from>` in lower case. */
  readonly id?: string | undefined;
}

/**
 * Options of {@link endRelationship}.
 *
 * @example
 * ```ts
 * import type { EndRelationshipOptions } from 'nsatu/edit';
 *
 * const options: EndRelationshipOptions = { until: '2026-01' };
 * options.until // => '2026-01'
 * ```
 *
 * @category Editing
 */
export interface EndRelationshipOptions {
  /** The first day the tie no longer holds (required); `'unknown'` if not known. */
  readonly until: Until;
}

/**
 * A recipe that adds a tie from a subordinate organisation to a superior from a date. The edit
 * refuses a tie that makes a cycle or gives the subordinate two superiors on one line at one time:
 * to re-subordinate a body, end its current tie ({@link endRelationship}) and add the new one in
 * the same edit.
 *
 * @param subordinate - Id of the subordinate organisation.
 * @param superior - Id of the superior organisation.
 * @param authority - The kind of tie (see {@link nsatu!AuthorityValues}).
 * @param options - `from` (required), `until`, `capacity`, `id`, provenance.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once).
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown organisation or post.
 *
 * @example
 * ```ts
 * import { reportingChain } from 'nsatu';
 * import { addRelationship, edit } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset } = edit(ds, addRelationship('idcc', 'nsatu', 'OPCON', { from: '2026-02' }));
 * reportingChain(dataset, 'idcc', { asOf: '2026-03-01' }).map((link) => link.superior)
 * // => ['nsatu', 'shape', 'military-committee', 'nac']
 * edit(ds, addRelationship('shape', 'nsatu', 'OPCON', { from: '2026-02' })) // => throws DatasetError
 * ```
 *
 * @category Editing
 */
export function addRelationship(
  subordinate: string,
  superior: string,
  authority: Authority,
  options: AddRelationshipOptions,
): Recipe {
  checkId('subordinate', subordinate);
  checkId('superior', superior);
  if (!(AuthorityValues as readonly unknown[]).includes(authority)) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `authority must be one of ${AuthorityValues.join(', ')}, not ${JSON.stringify(authority)}`,
    );
  }
  checkOptions('addRelationship', options, ['from']);
  const from = checkDate('from', options.from);
  const until = options.until === undefined ? undefined : checkUntil('until', options.until);
  const capacity =
    options.capacity === undefined ? undefined : checkId('capacity', options.capacity);
  const id =
    options.id === undefined
      ? `${subordinate}-${superior}-${authority.toLowerCase()}-${from}`
      : checkId('id', options.id);
  const tie: Relationship = {
    id,
    subordinate,
    superior,
    authority,
    ...(capacity === undefined ? {} : { capacity }),
    from,
    ...(until === undefined ? {} : { until }),
    ...provenance(options),
  };
  return labelled(
    `addRelationship ${subordinate} → ${superior} ${authority} (from ${from})`,
    (draft, base) => {
      find(draft, base, 'organisations', subordinate, 'organisation');
      find(draft, base, 'organisations', superior, 'organisation');
      if (capacity !== undefined) find(draft, base, 'posts', capacity, 'post');
      draft.relationships.push(tie);
    },
  );
}

/**
 * A recipe that ends a tie: sets its `until`. A tie that already ended on a known date is
 * refused; one that ended on an unknown date gets its date.
 *
 * @param relationshipId - Id of the tie.
 * @param options - `until` (required).
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once), or, when the
 *   edit runs, for a tie that already ended.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown tie.
 *
 * @example
 * ```ts
 * import { edit, endRelationship } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const { dataset } = edit(defaultDataset(), endRelationship('sag-u-useucom', { until: '2026-03' }));
 * dataset.relationships.find((r) => r.id === 'sag-u-useucom')?.until // => '2026-03'
 * ```
 *
 * @category Editing
 */
export function endRelationship(relationshipId: string, options: EndRelationshipOptions): Recipe {
  checkId('relationshipId', relationshipId);
  checkOptions('endRelationship', options, ['until']);
  const until = checkUntil('until', options.until);
  return labelled(`endRelationship ${relationshipId} (until ${until})`, (draft, base) => {
    const tie = find(draft, base, 'relationships', relationshipId, 'relationship');
    if (tie.until !== undefined && tie.until !== ENDED_DATE_UNKNOWN) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `${relationshipId} already ended (until ${tie.until})`,
      );
    }
    tie.until = until;
  });
}
