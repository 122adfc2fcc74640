import { NsatuError } from '../errors.ts';
import {
  AffiliationValues,
  ENTITY_CODES,
  EchelonValues,
  MilitarySymbolSchema,
  SET_CODES,
  SymbolContextValues,
  SymbolEntityValues,
  SymbolSetValues,
  SymbolStatusValues,
} from '../model/symbol.ts';
import type { Organisation } from '../model/organisation.ts';

/**
 * Derives the 20-digit APP-6D / MIL-STD-2525D symbol identification code (SIDC) of an
 * organisation from its structured {@link MilitarySymbolSchema | symbol}, for a renderer such as
 * milsymbol to draw. Digits: version `10` (APP-6D / 2525D), context, standard identity, symbol set,
 * status, headquarters / task force / dummy, echelon (`00` when none), the 6-digit entity
 * (`000000` when none) and two sector modifiers (`0000`, not modelled).
 *
 * Only `symbol` is read, so anything with a symbol will do: a coalition is drawn with
 * `toSidc({ symbol: COALITION_SYMBOL })`.
 *
 * @param org - An organisation (only its `symbol` is read).
 * @returns The SIDC, or `undefined` when the organisation has no symbol.
 * @throws {@link NsatuError} `INVALID_ARGUMENT` when `org` is not an object or its symbol is
 * invalid (the message names the field).
 *
 * @example
 * ```ts
 * import { toSidc } from 'nsatu';
 *
 * toSidc({ symbol: { affiliation: 'friend', symbolSet: 'land-unit', entity: 'command-and-control', headquarters: true } })
 * // => '10031002001100000000'
 * toSidc({ id: 'udcg', name: 'Ukraine Defense Contact Group', kind: 'forum' }) // => undefined
 * ```
 *
 * @example
 * ```ts
 * import { toSidc } from 'nsatu';
 * import { defaultDataset } from 'nsatu/data';
 *
 * const shape = defaultDataset().organisations.filter((o) => o.id === 'shape');
 * shape.map((o) => toSidc(o)) // => ['10031002261802000000']
 * toSidc({ symbol: { affiliation: 'friend', symbolSet: 'land-installation', echelon: 'brigade' } })
 * // => throws INVALID_ARGUMENT
 * ```
 *
 * @category Export
 */
export function toSidc(org: Partial<Organisation>): string | undefined {
  if (typeof org !== 'object' || (org as unknown) === null) {
    throw new NsatuError('INVALID_ARGUMENT', 'toSidc expects an organisation');
  }
  if (org.symbol === undefined) return undefined;
  const parsed = MilitarySymbolSchema.safeParse(org.symbol);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map((key) => `.${String(key)}`).join('') ?? '';
    throw new NsatuError('INVALID_ARGUMENT', `Invalid symbol${path}: ${issue?.message ?? ''}`);
  }
  const s = parsed.data;
  const echelon = s.echelon === undefined ? 0 : EchelonValues.indexOf(s.echelon) + 11;
  const entity =
    s.entity === undefined ? 0 : (ENTITY_CODES[SymbolEntityValues.indexOf(s.entity)] ?? 0) % 1e6;
  return (
    `10${String(SymbolContextValues.indexOf(s.context ?? 'reality'))}` +
    String(AffiliationValues.indexOf(s.affiliation)) +
    String(SET_CODES[SymbolSetValues.indexOf(s.symbolSet)]) +
    String(SymbolStatusValues.indexOf(s.status ?? 'present')) +
    String(Number(s.dummy ?? 0) + 2 * Number(s.headquarters ?? 0) + 4 * Number(s.taskForce ?? 0)) +
    String(echelon > 18 ? echelon + 2 : echelon).padStart(2, '0') +
    String(entity).padStart(6, '0') +
    '0000'
  );
}
