import { NsatuError } from '../errors.ts';
import { AidStageValues, type AidRecord, type AidStage } from '../model/aid.ts';
import type { Money } from '../model/common.ts';
import { dateSpan, type PartialDate } from '../model/date.ts';
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

/** The order of the stages a record advances through; `cancelled` may follow any but the last. */
const ORDER: Readonly<Record<AidStage, number>> = {
  announced: 0,
  committed: 1,
  allocated: 2,
  delivered: 3,
  cancelled: 4,
};

/**
 * A recipe that appends an aid record. It needs an explicit `date`; everything else is validated
 * by the edit like any record (the donor and system exist, amounts are money, …). The record is
 * copied, never kept.
 *
 * @param aid - The record, with its `date`.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a record that is not an object or has no valid
 *   `date` (at once).
 *
 * @example
 * ```ts
 * import { edit, recordAid } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset, patches } = edit(
 *   ds,
 *   recordAid({ id: 'example-deu-iris-t-2026-03', donor: 'DEU', system: 'iris-t-slm', quantity: 2, stage: 'committed', date: '2026-03' }),
 * );
 * dataset.aid.length - ds.aid.length // => 1
 * patches[0]?.path // => ['aid', 822]
 * ```
 *
 * @category Editing
 */
export function recordAid(aid: AidRecord & { readonly date: PartialDate }): Recipe {
  const value: unknown = aid;
  if (value === null || typeof value !== 'object') {
    throw new NsatuError('INVALID_ARGUMENT', 'recordAid needs an aid record');
  }
  checkId('id', aid.id);
  checkDate('date', aid.date);
  const record = structuredClone(aid) as AidRecord;
  return labelled(`recordAid ${aid.id} (${aid.stage} ${aid.date})`, (draft) => {
    draft.aid.push(record);
  });
}

/**
 * Options of {@link advanceAidStage}.
 *
 * @example
 * ```ts
 * import type { AdvanceAidStageOptions } from 'nsatu/edit';
 *
 * const options: AdvanceAidStageOptions = { date: '2022-06', quantity: 10 };
 * options.quantity // => 10
 * ```
 *
 * @category Editing
 */
export interface AdvanceAidStageOptions extends ProvenanceOptions {
  /** The date of the new stage (required). */
  readonly date: PartialDate;
  /** The new stage; default `'delivered'`. */
  readonly stage?: AidStage | undefined;
  /** The quantity at the new stage (a partial delivery); default the record's. */
  readonly quantity?: number | undefined;
  /** The value at the new stage; default the record's. */
  readonly value?: Money | undefined;
  /** Id of the new record; default `<id>-<stage>`. */
  readonly id?: string | undefined;
}

/**
 * A recipe that moves an aid record to a later stage (committed → delivered, by default) the way
 * the data keeps history: it appends a new record at the new stage that `supersedes` the old one,
 * which stays as it was. Stages only move forward (`announced`, `committed`, `allocated`,
 * `delivered`); `cancelled` may follow any stage but `delivered`. A record may be advanced more
 * than once (partial deliveries, each with its `quantity`); each new record needs its own `id`, so
 * advancing twice by mistake fails as a duplicate id.
 *
 * @param aidId - Id of the record to advance.
 * @param options - `date` (required), `stage`, `quantity`, `value`, `id`, provenance.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument (at once), or, when the
 *   edit runs, for a stage that does not follow the record's or a date before the record's.
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown record.
 *
 * @example
 * ```ts
 * import { advanceAidStage, edit } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const ds = defaultDataset();
 * const { dataset } = edit(ds, advanceAidStage('pun-2', { date: '2022-06', sources: ['pun-commits'] }));
 * const delivery = dataset.aid.at(-1);
 * [delivery?.id, delivery?.stage, delivery?.supersedes, delivery?.quantity]
 * // => ['pun-2-delivered', 'delivered', 'pun-2', 50]
 * dataset.aid.find((a) => a.id === 'pun-2')?.stage // => 'committed'
 * edit(ds, advanceAidStage('pun-2', { date: '2022-06', stage: 'announced' })) // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Editing
 */
export function advanceAidStage(aidId: string, options: AdvanceAidStageOptions): Recipe {
  checkId('aidId', aidId);
  checkOptions('advanceAidStage', options, ['date']);
  const date = checkDate('date', options.date);
  const stage = options.stage ?? 'delivered';
  if (!(AidStageValues as readonly unknown[]).includes(stage)) {
    throw new NsatuError('INVALID_ARGUMENT', `stage must be one of ${AidStageValues.join(', ')}`);
  }
  const id = options.id === undefined ? `${aidId}-${stage}` : checkId('id', options.id);
  const cited = provenance(options);
  return labelled(`advanceAidStage ${aidId} (${stage} ${date})`, (draft, base) => {
    const old = find(draft, base, 'aid', aidId, 'aid record');
    const forward =
      stage === 'cancelled'
        ? old.stage !== 'delivered' && old.stage !== 'cancelled'
        : old.stage !== 'cancelled' && ORDER[stage] > ORDER[old.stage];
    if (!forward) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `${aidId} is ${old.stage}: it cannot become ${stage}`,
      );
    }
    if (old.date !== undefined && dateSpan(date).end <= dateSpan(old.date).start) {
      throw new NsatuError('INVALID_ARGUMENT', `${date} is before ${aidId} (${old.date})`);
    }
    const quantity = options.quantity ?? old.quantity;
    const value = options.value ?? old.value;
    const next: AidRecord = {
      id,
      donor: old.donor,
      ...(old.recipient === undefined ? {} : { recipient: old.recipient }),
      ...(old.system === undefined ? {} : { system: old.system }),
      ...(old.variant === undefined ? {} : { variant: old.variant }),
      ...(old.item === undefined ? {} : { item: old.item }),
      ...(quantity === undefined ? {} : { quantity }),
      ...(value === undefined ? {} : { value: { amount: value.amount, currency: value.currency } }),
      stage,
      date,
      ...(old.channel === undefined ? {} : { channel: old.channel }),
      ...(old.coalition === undefined ? {} : { coalition: old.coalition }),
      supersedes: aidId,
      ...cited,
    };
    draft.aid.push(next);
  });
}
