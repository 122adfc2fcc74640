import { ChainError, NsatuError } from '../errors.ts';
import type { Dataset } from '../dataset/schema.ts';
import { isActive } from '../model/interval.ts';
import { type PartialDate, checkDate } from '../model/date.ts';
import type { Assignment, Person, Post } from '../model/post.ts';

/**
 * Options of {@link holderOf} and {@link postsHeld}.
 *
 * @example
 * ```ts
 * import type { PostOptions } from 'nsatu';
 *
 * const options: PostOptions = { asOf: '2025-08-01' };
 * options.asOf // => '2025-08-01'
 * ```
 *
 * @category Chains
 */
export interface PostOptions {
  /** The date, at any precision; default the dataset's `asOf`. Required when the dataset has none. */
  readonly asOf?: PartialDate | undefined;
}

/**
 * A post and the person holding it over a tenure.
 *
 * @example
 * ```ts
 * import {holderOf, type Holding} from 'nsatu';
 * import {defaultDataset} from 'nsatu/data';
 *
 * const holding: Holding | undefined = holderOf(defaultDataset(), 'saceur', { asOf: '2025-03-01' });
 * holding?.person.id // => 'christopher-cavoli'
 * ```
 *
 * @category Chains
 */
export interface Holding {
  /** The post. */
  readonly post: Post;
  /** Its holder. */
  readonly person: Person;
  /** The tenure: dates, rank, whether acting, sources. */
  readonly assignment: Assignment;
}

interface PostIndex {
  readonly posts: ReadonlyMap<string, Post>;
  readonly persons: ReadonlyMap<string, Person>;
  readonly byPost: ReadonlyMap<string, readonly Assignment[]>;
  readonly byPerson: ReadonlyMap<string, readonly Assignment[]>;
}

const indexes = new WeakMap<Dataset, PostIndex>();

function postIndex(ds: Dataset): PostIndex {
  let index = indexes.get(ds);
  if (!index) {
    const byPost = new Map<string, Assignment[]>();
    const byPerson = new Map<string, Assignment[]>();
    const push = (map: Map<string, Assignment[]>, key: string, a: Assignment): void => {
      const list = map.get(key);
      if (list) list.push(a);
      else map.set(key, [a]);
    };
    for (const a of ds.assignments) {
      push(byPost, a.post, a);
      push(byPerson, a.person, a);
    }
    index = {
      posts: new Map(ds.posts.map((p) => [p.id, p])),
      persons: new Map(ds.persons.map((p) => [p.id, p])),
      byPost,
      byPerson,
    };
    indexes.set(ds, index);
  }
  return index;
}

function dateOf(ds: Dataset, options: PostOptions | undefined): PartialDate {
  const asOf = options?.asOf ?? ds.asOf;
  if (asOf === undefined) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      'asOf is required: the dataset has no asOf of its own',
    );
  }
  return checkDate('asOf', asOf);
}

function holding(index: PostIndex, a: Assignment): Holding | undefined {
  const post = index.posts.get(a.post);
  const person = index.persons.get(a.person);
  return post && person ? { post, person, assignment: a } : undefined;
}

/**
 * Lists everyone holding a post on a date: one holding for most posts, several for a co-chaired
 * post (`maxHolders`) or when an acting holder stands beside the substantive one (substantive
 * holders first).
 *
 * @param ds - A dataset.
 * @param postId - Id of the post.
 * @param options - `asOf` (default the dataset's).
 * @returns The holdings in force throughout `asOf`; empty when the post is vacant or not recorded.
 * @throws {@link ChainError} `UNKNOWN_ID` for an unknown post.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a missing or malformed `asOf`.
 *
 * @example
 * ```ts
 * import {holdersOf} from 'nsatu';
 * import {defaultDataset} from 'nsatu/data';
 *
 * holdersOf(defaultDataset(), 'saceur', { asOf: '2025-08-01' }).map((h) => h.person.id)
 * // => ['alexus-grynkewich']
 * ```
 *
 * @category Chains
 */
export function holdersOf(ds: Dataset, postId: string, options?: PostOptions): Holding[] {
  const index = postIndex(ds);
  if (!index.posts.has(postId))
    throw new ChainError('UNKNOWN_ID', postId, `No post with id "${postId}"`);
  const asOf = dateOf(ds, options);
  return (index.byPost.get(postId) ?? [])
    .filter((a) => isActive(a, asOf))
    .sort((a, b) => Number(a.acting === true) - Number(b.acting === true))
    .map((a) => holding(index, a))
    .filter((h): h is Holding => h !== undefined);
}

/**
 * Tells who holds a post on a date: the substantive holder (an acting one only when no substantive
 * holder is recorded), or `undefined` when the post is vacant or not recorded then. For a
 * co-chaired post, use {@link holdersOf}.
 *
 * @param ds - A dataset.
 * @param postId - Id of the post.
 * @param options - `asOf` (default the dataset's).
 * @returns The holding, or `undefined`.
 * @throws {@link ChainError} `UNKNOWN_ID` for an unknown post.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a missing or malformed `asOf`.
 *
 * @example
 * ```ts
 * import {holderOf} from 'nsatu';
 * import {defaultDataset} from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * holderOf(ds, 'saceur', { asOf: '2025-03-01' })?.person.id // => 'christopher-cavoli'
 * holderOf(ds, 'saceur', { asOf: '2025-08-01' })?.person.id // => 'alexus-grynkewich'
 * ```
 *
 * @category Chains
 */
export function holderOf(ds: Dataset, postId: string, options?: PostOptions): Holding | undefined {
  return holdersOf(ds, postId, options)[0];
}

/**
 * Lists the posts a person holds on a date. Two at once is dual-hatting: SACEUR is also
 * Commander US EUCOM, and the Commander of NSATU also commands SAG-U; each post has its own chain.
 *
 * @param ds - A dataset.
 * @param personId - Id of the person.
 * @param options - `asOf` (default the dataset's).
 * @returns The holdings in force throughout `asOf`, in dataset order.
 * @throws {@link ChainError} `UNKNOWN_ID` for an unknown person.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` for a missing or malformed `asOf`.
 *
 * @example
 * ```ts
 * import {postsHeld} from 'nsatu';
 * import {defaultDataset} from 'nsatu/data';
 *
 * postsHeld(defaultDataset(), 'curtis-buzzard', { asOf: '2025-03-01' }).map((h) => h.post.id).sort()
 * // => ['commander-nsatu', 'commander-sag-u']
 * ```
 *
 * @category Chains
 */
export function postsHeld(ds: Dataset, personId: string, options?: PostOptions): Holding[] {
  const index = postIndex(ds);
  if (!index.persons.has(personId)) {
    throw new ChainError('UNKNOWN_ID', personId, `No person with id "${personId}"`);
  }
  const asOf = dateOf(ds, options);
  return (index.byPerson.get(personId) ?? [])
    .filter((a) => isActive(a, asOf))
    .map((a) => holding(index, a))
    .filter((h): h is Holding => h !== undefined);
}
