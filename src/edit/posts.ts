import { NsatuError } from '../errors.ts';
import { dateStart, type PartialDate } from '../model/date.ts';
import { intervalStart } from '../model/interval.ts';
import type { Assignment } from '../model/post.ts';
import type { Recipe } from './edit.ts';
import {
  checkDate,
  checkId,
  checkOptions,
  find,
  labelled,
  provenance,
  type ProvenanceOptions,
} from './recipe.ts';

/**
 * Options of {@link assignPost}.
 *
 * @example
 * ```ts
 * import type { AssignPostOptions } from 'nsatu/edit';
 *
 * const options: AssignPostOptions = { from: '2025-07-04', rank: 'General' };
 * options.rank // => 'General'
 * ```
 *
 * @category Editing
 */
export interface AssignPostOptions extends ProvenanceOptions {
  /** The first day of the tenure (required). */
  readonly from: PartialDate;
  /** The rank held. */
  readonly rank?: string | undefined;
  /** An acting or interim holder: nobody's tenure ends. */
  readonly acting?: boolean | undefined;
  /**
   * Whose open tenure ends at `from`. Default: every open, substantive tenure of a one-holder
   * post; nobody's for a post with several holders (`maxHolders`).
   */
  readonly replaces?: string | undefined;
  /** Id of the new tenure; default `<post>-<person>-<from>`. */
  readonly id?: string | undefined;
}

/**
 * A recipe that gives a post a new holder from a date. Unless the new holder is acting, the tenure
 * of the current holder (open, substantive, begun before `from`) ends the day the new one begins,
 * so the post never has two holders; a co-chaired post (`maxHolders` above one) ends only the
 * tenure of `replaces`.
 *
 * @param postId - Id of the post.
 * @param personId - Id of the person.
 * @param options - `from` (required), `rank`, `acting`, `replaces`, `id`, provenance.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once), or, when the
 *   edit runs, when `replaces` holds no open tenure of the post.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown post or person.
 *
 * @example
 * ```ts
 * import { holderOf, loadDataset } from 'nsatu';
 * import { assignPost, edit } from 'nsatu/edit';
 *
 * const ds = loadDataset({
 *   organisations: [{ id: 'shape', name: 'SHAPE', kind: 'strategic-command' }],
 *   posts: [{ id: 'saceur', name: 'SACEUR', organisation: 'shape' }],
 *   persons: [
 *     { id: 'christopher-cavoli', name: 'Christopher G. Cavoli' },
 *     { id: 'alexus-grynkewich', name: 'Alexus G. Grynkewich' },
 *   ],
 *   assignments: [{ id: 'saceur-cavoli', post: 'saceur', person: 'christopher-cavoli', from: '2022-07-04' }],
 * });
 * const { dataset } = edit(ds, assignPost('saceur', 'alexus-grynkewich', { from: '2025-07-04', rank: 'General' }));
 * dataset.assignments.map((a) => [a.id, a.until])
 * // => [['saceur-cavoli', '2025-07-04'], ['saceur-alexus-grynkewich-2025-07-04', undefined]]
 * holderOf(dataset, 'saceur', { asOf: '2025-08-01' })?.person.id // => 'alexus-grynkewich'
 * ```
 *
 * @category Editing
 */
export function assignPost(postId: string, personId: string, options: AssignPostOptions): Recipe {
  checkId('postId', postId);
  checkId('personId', personId);
  checkOptions('assignPost', options, ['from']);
  const from = checkDate('from', options.from);
  const acting = options.acting === true;
  const replaces =
    options.replaces === undefined ? undefined : checkId('replaces', options.replaces);
  const id = options.id === undefined ? `${postId}-${personId}-${from}` : checkId('id', options.id);
  const tenure: Assignment = {
    id,
    post: postId,
    person: personId,
    ...(options.rank === undefined ? {} : { rank: options.rank }),
    ...(acting ? { acting: true } : {}),
    from,
    ...provenance(options),
  };
  const label = `assignPost ${postId} ${personId} (${acting ? 'acting ' : ''}from ${from})`;
  return labelled(label, (draft, base) => {
    const post = find(draft, base, 'posts', postId, 'post');
    find(draft, base, 'persons', personId, 'person');
    if (!acting) {
      const shared = (post.maxHolders ?? 1) > 1;
      const start = dateStart(from);
      let ended = 0;
      for (const a of draft.assignments) {
        if (a.post !== postId || a.until !== undefined || a.acting === true) continue;
        if (replaces === undefined ? shared : a.person !== replaces) continue;
        if (intervalStart(a) >= start) continue;
        a.until = from;
        ended++;
      }
      if (replaces !== undefined && ended === 0) {
        throw new NsatuError(
          'INVALID_ARGUMENT',
          `${replaces} holds no open tenure of ${postId} begun before ${from}`,
        );
      }
    }
    draft.assignments.push(tenure);
  });
}
