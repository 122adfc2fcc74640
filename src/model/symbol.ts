import * as z from 'zod';

import { ConfidenceSchema, LongText } from './common.ts';

// Each list below is in the order of its SIDC digits, so a value's index is its code (or leads to
// it through one small table): no map of strings to codes to ship.

/**
 * The standard identities of APP-6 / MIL-STD-2525, in the order of their SIDC digit (`0`–`6`):
 * `pending`, `unknown`, `assumed-friend`, `friend`, `neutral`, `suspect`, `hostile`. In the
 * `exercise` context, `suspect` and `hostile` are drawn as joker and faker.
 *
 * @example
 * ```ts
 * import { AffiliationValues } from 'nsatu';
 *
 * AffiliationValues.indexOf('friend') // => 3
 * ```
 *
 * @category Entities
 */
export const AffiliationValues = [
  'pending',
  'unknown',
  'assumed-friend',
  'friend',
  'neutral',
  'suspect',
  'hostile',
] as const;

/**
 * The standard identity of a symbol (see {@link AffiliationValues}).
 *
 * @example
 * ```ts
 * import type { Affiliation } from 'nsatu';
 *
 * const side: Affiliation = 'friend';
 * side // => 'friend'
 * ```
 *
 * @category Entities
 */
export type Affiliation = (typeof AffiliationValues)[number];

/**
 * The contexts of a symbol, in the order of their SIDC digit: `reality`, `exercise`, `simulation`.
 *
 * @example
 * ```ts
 * import { SymbolContextValues } from 'nsatu';
 *
 * SymbolContextValues // => ['reality', 'exercise', 'simulation']
 * ```
 *
 * @category Entities
 */
export const SymbolContextValues = ['reality', 'exercise', 'simulation'] as const;

/**
 * The context of a symbol (see {@link SymbolContextValues}).
 *
 * @example
 * ```ts
 * import type { SymbolContext } from 'nsatu';
 *
 * const context: SymbolContext = 'exercise';
 * context // => 'exercise'
 * ```
 *
 * @category Entities
 */
export type SymbolContext = (typeof SymbolContextValues)[number];

/**
 * The APP-6D symbol sets a symbol can belong to: `land-unit` (SIDC `10`), `land-civilian` (land
 * civilian unit or organisation, `11`) and `land-installation` (`20`). The structure of NATO
 * support to Ukraine needs no other; the list can grow.
 *
 * @example
 * ```ts
 * import { SymbolSetValues } from 'nsatu';
 *
 * SymbolSetValues // => ['land-unit', 'land-civilian', 'land-installation']
 * ```
 *
 * @category Entities
 */
export const SymbolSetValues = ['land-unit', 'land-civilian', 'land-installation'] as const;

/**
 * A symbol set (see {@link SymbolSetValues}).
 *
 * @example
 * ```ts
 * import type { SymbolSet } from 'nsatu';
 *
 * const set: SymbolSet = 'land-unit';
 * set // => 'land-unit'
 * ```
 *
 * @category Entities
 */
export type SymbolSet = (typeof SymbolSetValues)[number];

/**
 * The SIDC code of each symbol set, in the order of {@link SymbolSetValues}.
 *
 * @internal
 */
export const SET_CODES = [10, 11, 20] as const;

/**
 * The statuses of a symbol, in the order of their SIDC digit: `present`, `planned`
 * (planned or anticipated: a dashed frame), `fully-capable`, `damaged`, `destroyed`,
 * `full-to-capacity` (the last four add a condition bar).
 *
 * @example
 * ```ts
 * import { SymbolStatusValues } from 'nsatu';
 *
 * SymbolStatusValues.indexOf('planned') // => 1
 * ```
 *
 * @category Entities
 */
export const SymbolStatusValues = [
  'present',
  'planned',
  'fully-capable',
  'damaged',
  'destroyed',
  'full-to-capacity',
] as const;

/**
 * The status of a symbol (see {@link SymbolStatusValues}).
 *
 * @example
 * ```ts
 * import type { SymbolStatus } from 'nsatu';
 *
 * const status: SymbolStatus = 'planned';
 * status // => 'planned'
 * ```
 *
 * @category Entities
 */
export type SymbolStatus = (typeof SymbolStatusValues)[number];

/**
 * The echelons of APP-6D, smallest to largest: `team` (team/crew), `squad`, `section`, `platoon`
 * (platoon/detachment), `company` (company/battery/troop), `battalion` (battalion/squadron),
 * `regiment` (regiment/group), `brigade`, `division`, `corps` (corps/MEF), `army`, `army-group`
 * (army group/front), `region` (region/theatre) and `command`; SIDC codes `11`–`18` and `21`–`26`.
 *
 * @example
 * ```ts
 * import { EchelonValues } from 'nsatu';
 *
 * EchelonValues.at(-1) // => 'command'
 * ```
 *
 * @category Entities
 */
export const EchelonValues = [
  'team',
  'squad',
  'section',
  'platoon',
  'company',
  'battalion',
  'regiment',
  'brigade',
  'division',
  'corps',
  'army',
  'army-group',
  'region',
  'command',
] as const;

/**
 * An echelon (see {@link EchelonValues}).
 *
 * @example
 * ```ts
 * import type { Echelon } from 'nsatu';
 *
 * const echelon: Echelon = 'brigade';
 * echelon // => 'brigade'
 * ```
 *
 * @category Entities
 */
export type Echelon = (typeof EchelonValues)[number];

/**
 * The entities (the icon inside the frame) a symbol can show, each an APP-6D / MIL-STD-2525D entity
 * of one symbol set. Land unit: `command-and-control` (110000), `civil-military-cooperation`
 * (110300), `liaison` (110500), `signal` (111000), `sustainment` (160000), `medical` (161300),
 * `supply` (163400), `transportation` (163600), `allied-command-operations` (180200, the named
 * headquarters "ACO") and `multinational` (180400, "MN"). Land civilian: `civilian` (110000),
 * `government-organisation` (110200), `organisation-or-group` (110400). Land installation:
 * `installation` (110000), `warehouse` (112000, warehouse or storage facility).
 *
 * A closed list of names rather than free 6-digit codes: a name reads in a data file, it is
 * checked against its symbol set, and every valid symbol is one a renderer can draw, which a
 * free code cannot promise without shipping the standard's whole table (thousands of entries).
 * The list grows by one name and one code.
 *
 * @example
 * ```ts
 * import { SymbolEntityValues } from 'nsatu';
 *
 * SymbolEntityValues.includes('command-and-control') // => true
 * ```
 *
 * @category Entities
 */
export const SymbolEntityValues = [
  'command-and-control',
  'civil-military-cooperation',
  'liaison',
  'signal',
  'sustainment',
  'medical',
  'supply',
  'transportation',
  'allied-command-operations',
  'multinational',
  'civilian',
  'government-organisation',
  'organisation-or-group',
  'installation',
  'warehouse',
] as const;

/**
 * An entity of a symbol (see {@link SymbolEntityValues}).
 *
 * @example
 * ```ts
 * import type { SymbolEntity } from 'nsatu';
 *
 * const entity: SymbolEntity = 'liaison';
 * entity // => 'liaison'
 * ```
 *
 * @category Entities
 */
export type SymbolEntity = (typeof SymbolEntityValues)[number];

/**
 * The symbol set (first two digits) and 6-digit entity code of each entity, in the order of
 * {@link SymbolEntityValues}.
 *
 * @internal
 */
export const ENTITY_CODES = [
  10110000, 10110300, 10110500, 10111000, 10160000, 10161300, 10163400, 10163600, 10180200,
  10180400, 11110000, 11110200, 11110400, 20110000, 20112000,
] as const;

/**
 * A military symbol as APP-6 (NATO) and MIL-STD-2525 (US) describe it, field by field;
 * {@link nsatu!toSidc} turns it into the 20-digit SIDC (symbol identification code) a renderer such as
 * milsymbol draws. Validated on its own, apart from any rendering: the entity must belong to the
 * symbol set, and an installation has no echelon, headquarters or task force.
 *
 * The symbol of a real organisation is a modelling statement, not a sourced fact: say what it is
 * derived from in `note`, how sure it is in `confidence`, and leave `echelon` out when no source
 * states one (APP-6 allows a symbol without an echelon).
 *
 * @example
 * ```ts
 * import { MilitarySymbolSchema } from 'nsatu';
 *
 * const hq = MilitarySymbolSchema.parse({
 *   affiliation: 'friend',
 *   symbolSet: 'land-unit',
 *   entity: 'command-and-control',
 *   headquarters: true,
 * });
 * hq.headquarters // => true
 *
 * const wrong = MilitarySymbolSchema.safeParse({ affiliation: 'friend', symbolSet: 'land-civilian', entity: 'liaison' });
 * wrong.error?.issues[0]?.path // => ['entity']
 * ```
 *
 * @category Entities
 */
export const MilitarySymbolSchema = z
  .strictObject({
    /** The standard identity: `friend` for NATO and the bodies on Ukraine's side. */
    affiliation: z.enum(AffiliationValues),
    /** Reality, exercise or simulation; absent means `reality`. */
    context: z.enum(SymbolContextValues).optional(),
    /** The symbol set, which gives the frame: land unit, land civilian or land installation. */
    symbolSet: z.enum(SymbolSetValues),
    /** Present, planned, or a condition; absent means `present`. */
    status: z.enum(SymbolStatusValues).optional(),
    /** A headquarters: the staff drawn at the frame's lower left. Not for installations. */
    headquarters: z.boolean().optional(),
    /** A task force: a temporary grouping, drawn as a bracket on top. Not for installations. */
    taskForce: z.boolean().optional(),
    /** A feint or dummy: a dashed chevron on top. */
    dummy: z.boolean().optional(),
    /** The echelon drawn above the frame; absent when no source states one. Not for installations. */
    echelon: z.enum(EchelonValues).optional(),
    /** The icon inside the frame, one of the chosen symbol set; absent for an empty frame. */
    entity: z.enum(SymbolEntityValues).optional(),
    /** How far the choice of symbol can be trusted; absent means not assessed. */
    confidence: ConfidenceSchema.optional(),
    /** What the symbol is derived from: the kind of body, the sources, the convention used. */
    note: LongText.optional(),
  })
  .superRefine((s, ctx) => {
    const set = SET_CODES[SymbolSetValues.indexOf(s.symbolSet)];
    const code = s.entity && ENTITY_CODES[SymbolEntityValues.indexOf(s.entity)];
    if (code !== undefined && Math.trunc(code / 1e6) !== set) {
      ctx.addIssue({
        code: 'custom',
        path: ['entity'],
        message: `Entity "${String(s.entity)}" is not of symbol set "${s.symbolSet}"`,
      });
    }
    if (set === 20) {
      for (const key of ['echelon', 'headquarters', 'taskForce'] as const) {
        if (s[key]) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: `An installation has no ${key === 'taskForce' ? 'task force' : key}`,
          });
        }
      }
    }
  });

/**
 * A military symbol (see {@link MilitarySymbolSchema}).
 *
 * @example
 * ```ts
 * import type { MilitarySymbol } from 'nsatu';
 *
 * const command: MilitarySymbol = { affiliation: 'friend', symbolSet: 'land-unit', entity: 'command-and-control', headquarters: true };
 * command.entity // => 'command-and-control'
 * ```
 *
 * @category Entities
 */
export type MilitarySymbol = z.infer<typeof MilitarySymbolSchema>;

/**
 * The nsatu convention for bodies that doctrine gives no symbol: capability coalitions, forums
 * (the Ukraine Defense Contact Group) and bilateral bodies. A friendly land unit with the APP-6D
 * entity `multinational` ("MN", a body of forces of two or more nations) and the task-force
 * amplifier (a grouping assembled for a purpose, not a standing formation); no headquarters (they
 * have no standing staff), no echelon (none applies), and no command-and-control icon, because
 * such bodies coordinate and command nothing. Spread it and add a `note`:
 * `{ ...COALITION_SYMBOL, note: '…' }`.
 *
 * @example
 * ```ts
 * import { COALITION_SYMBOL, toSidc } from 'nsatu';
 *
 * toSidc({ symbol: COALITION_SYMBOL }) // => '10031004001804000000'
 * COALITION_SYMBOL.taskForce // => true
 * ```
 *
 * @category Entities
 */
export const COALITION_SYMBOL: Readonly<MilitarySymbol> = Object.freeze({
  affiliation: 'friend',
  symbolSet: 'land-unit',
  entity: 'multinational',
  taskForce: true,
});
