import { NsatuError } from '../errors.ts';
import type { Agreement, Pledge } from '../model/agreement.ts';
import type { PartialDate } from '../model/date.ts';
import type { Until } from '../model/interval.ts';
import type { Recipe } from './edit.ts';
import {
  checkDate,
  checkId,
  checkOptions,
  checkParty,
  checkUntil,
  labelled,
  provenance,
  requireParty,
  type ProvenanceOptions,
} from './recipe.ts';

/**
 * Options of {@link signAgreement}.
 *
 * @example
 * ```ts
 * import type { SignAgreementOptions } from 'nsatu/edit';
 *
 * const options: SignAgreementOptions = { signed: '2024-06-13', durationYears: 10 };
 * options.durationYears // => 10
 * ```
 *
 * @category Editing
 */
export interface SignAgreementOptions extends ProvenanceOptions {
  /** The date of signature (required). */
  readonly signed: PartialDate;
  /** Id of the agreement; default `agreement-<the parties other than UKR>-<signed>`. */
  readonly id?: string | undefined;
  /** Title as published. */
  readonly title?: string | undefined;
  /** Where it was signed. */
  readonly place?: string | undefined;
  /** Term in years. */
  readonly durationYears?: number | undefined;
  /** Expiry date, when stated. */
  readonly until?: Until | undefined;
  /** The framework it implements (`g7-joint-declaration`). */
  readonly framework?: string | undefined;
  /** Amounts pledged (copied). */
  readonly pledges?: readonly Pledge[] | undefined;
}

/**
 * A recipe that records a bilateral security agreement signed on a date. The edit validates it
 * like any agreement (the parties exist, the amounts are money, the expiry follows the signature).
 *
 * @param parties - The signatories: nation codes or organisation ids, Ukraine among them.
 * @param options - `signed` (required), `id`, `title`, `place`, `durationYears`, `until`,
 *   `framework`, `pledges`, provenance.
 * @returns A recipe for {@link edit}.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a malformed argument or fewer than two parties
 *   (at once).
 * @throws {@link nsatu!ChainError} `UNKNOWN_ID` when the edit runs, for an unknown party.
 *
 * @example
 * ```ts
 * import { edit, signAgreement } from 'nsatu/edit';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const { dataset } = edit(
 *   defaultDataset(),
 *   signAgreement(['UKR', 'AUT'], { signed: '2026-03-02', durationYears: 10, framework: 'g7-joint-declaration' }),
 * );
 * dataset.agreements.at(-1)?.id // => 'agreement-aut-2026-03-02'
 * ```
 *
 * @category Editing
 */
export function signAgreement(parties: readonly string[], options: SignAgreementOptions): Recipe {
  const list: unknown = parties;
  if (!Array.isArray(list) || list.length < 2) {
    throw new NsatuError('INVALID_ARGUMENT', 'An agreement has at least two parties');
  }
  parties.forEach((p, i) => checkParty(`parties[${i}]`, p));
  checkOptions('signAgreement', options, ['signed']);
  const signed = checkDate('signed', options.signed);
  const others = parties.filter((p) => p !== 'UKR').map((p) => p.toLowerCase());
  const id =
    options.id === undefined
      ? `agreement-${others.join('-')}-${signed}`
      : checkId('id', options.id);
  const agreement: Agreement = {
    id,
    ...(options.title === undefined ? {} : { title: options.title }),
    parties: [...parties],
    signed,
    ...(options.place === undefined ? {} : { place: options.place }),
    ...(options.durationYears === undefined ? {} : { durationYears: options.durationYears }),
    ...(options.until === undefined ? {} : { until: checkUntil('until', options.until) }),
    ...(options.framework === undefined
      ? {}
      : { framework: checkId('framework', options.framework) }),
    ...(options.pledges === undefined ? {} : { pledges: structuredClone([...options.pledges]) }),
    ...provenance(options),
  };
  return labelled(`signAgreement ${parties.join(', ')} (signed ${signed})`, (draft, base) => {
    for (const party of parties) requireParty(draft, base, party);
    draft.agreements.push(agreement);
  });
}
