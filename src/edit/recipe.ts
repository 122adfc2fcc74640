/*
 * What the domain recipes share: argument checks that throw before anything is drafted, lookups
 * that read the frozen base (fast) and confirm on the draft, and labels.
 */
import { ChainError, NsatuError } from '../errors.ts';
import type { Dataset, DatasetTable } from '../dataset/schema.ts';
import { IdSchema, PartyIdSchema, type Confidence } from '../model/common.ts';
import { checkDate } from '../model/date.ts';
import { ENDED_DATE_UNKNOWN, type Until } from '../model/interval.ts';
import { ConfidenceValues } from '../model/common.ts';
import type { DatasetDraft, Recipe } from './edit.ts';
import { idLookup } from './ids.ts';

/**
 * The provenance a domain recipe records with the fact it writes: `sources` (ids into the
 * dataset's `sources` table), `confidence` and a free `note`. Each is optional; the arrays are
 * copied, never kept.
 *
 * @example
 * ```ts
 * import type { ProvenanceOptions } from 'nsatu/edit';
 *
 * const provenance: ProvenanceOptions = { sources: ['nato-2025-07-04-new-saceur'], confidence: 'high' };
 * provenance.confidence // => 'high'
 * ```
 *
 * @category Editing
 */
export interface ProvenanceOptions {
  /** Ids of the records in the dataset's `sources` table that state the fact. */
  readonly sources?: readonly string[] | undefined;
  /** How far the fact can be trusted. */
  readonly confidence?: Confidence | undefined;
  /** Free text: caveats, context. */
  readonly note?: string | undefined;
}

/**
 * Names a recipe: a function with a readable `label`.
 *
 * @internal
 */
export function labelled(label: string, run: (draft: DatasetDraft, base: Dataset) => void): Recipe {
  return Object.freeze(Object.assign(run, { label }));
}

function invalid(message: string): NsatuError {
  return new NsatuError('INVALID_ARGUMENT', message);
}

/**
 * Checks an id argument (kebab-case).
 *
 * @internal
 */
export function checkId(what: string, value: unknown): string {
  if (!IdSchema.safeParse(value).success) {
    throw invalid(`${what} must be a kebab-case id such as "sag-u", not ${JSON.stringify(value)}`);
  }
  return value as string;
}

/**
 * Checks a party argument: a nation code or an organisation id.
 *
 * @internal
 */
export function checkParty(what: string, value: unknown): string {
  if (!PartyIdSchema.safeParse(value).success) {
    throw invalid(
      `${what} must be a nation code ("DEU") or an organisation id ("eu"), not ${JSON.stringify(value)}`,
    );
  }
  return value as string;
}

export { checkDate };

/**
 * Checks an end date: a date or `'unknown'`.
 *
 * @internal
 */
export function checkUntil(what: string, value: unknown): Until {
  return value === ENDED_DATE_UNKNOWN ? value : checkDate(what, value);
}

/**
 * Checks that options are an object (JavaScript callers may pass anything); `required` names the
 * keys the message asks for.
 *
 * @internal
 */
export function checkOptions<T extends object>(
  what: string,
  options: T,
  required: readonly (keyof T & string)[],
): void {
  const value: unknown = options;
  if (value === null || typeof value !== 'object') {
    throw invalid(`${what} needs its options (${required.join(', ')})`);
  }
}

/**
 * Copies the provenance options into the keys of a new record.
 *
 * @internal
 */
export function provenance(options: ProvenanceOptions): {
  sources?: string[];
  confidence?: Confidence;
  note?: string;
} {
  const out: { sources?: string[]; confidence?: Confidence; note?: string } = {};
  if (options.sources !== undefined) {
    if (!Array.isArray(options.sources)) throw invalid('sources must be an array of source ids');
    out.sources = options.sources.map((s) => checkId('a source', s));
  }
  if (options.confidence !== undefined) {
    if (!(ConfidenceValues as readonly unknown[]).includes(options.confidence)) {
      throw invalid(`confidence must be one of ${ConfidenceValues.join(', ')}`);
    }
    out.confidence = options.confidence;
  }
  if (options.note !== undefined) out.note = options.note;
  return out;
}

/**
 * Finds a record's index in the draft: through the frozen base's id lookup, confirmed on the draft,
 * then among records added at the end earlier in the same edit, then below its old place (a record
 * moved down when one before it was removed), then above it (moved up by an insertion, or inserted
 * before the end). `-1` when absent.
 *
 * @internal
 */
export function locate(
  draft: DatasetDraft,
  base: Dataset,
  table: DatasetTable,
  id: string,
): number {
  const rows = draft[table] as readonly { readonly id: string }[];
  const original = base[table] as readonly { readonly id: string }[];
  const at = idLookup(original).get(id);
  if (at !== undefined && at < rows.length && rows[at]?.id === id) return at;
  for (let i = rows.length - 1; i >= original.length; i--) if (rows[i]?.id === id) return i;
  // Then below its old place (where removals move a record), and above it (where insertions do).
  const end = Math.min(rows.length, original.length);
  const from = Math.min(at ?? end, end);
  for (let i = from - 1; i >= 0; i--) if (rows[i]?.id === id) return i;
  for (let i = from + 1; i < end; i++) if (rows[i]?.id === id) return i;
  return -1;
}

/**
 * The record with this id in the draft, or a `ChainError` `UNKNOWN_ID`.
 *
 * @internal
 */
export function find<K extends DatasetTable>(
  draft: DatasetDraft,
  base: Dataset,
  table: K,
  id: string,
  what: string,
): Dataset[K][number] {
  const index = locate(draft, base, table, id);
  if (index === -1) throw new ChainError('UNKNOWN_ID', id, `No ${what} with id "${id}"`);
  return draft[table][index] as Dataset[K][number];
}

/**
 * Checks that a nation or organisation exists, or throws a `ChainError` `UNKNOWN_ID`.
 *
 * @internal
 */
export function requireParty(draft: DatasetDraft, base: Dataset, id: string): void {
  if (
    locate(draft, base, 'nations', id) === -1 &&
    locate(draft, base, 'organisations', id) === -1
  ) {
    throw new ChainError('UNKNOWN_ID', id, `No nation or organisation with id "${id}"`);
  }
}
