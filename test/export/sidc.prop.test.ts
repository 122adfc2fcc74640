import fc from 'fast-check';
import ms from 'milsymbol';
import { describe, expect, test } from 'vitest';

import {
  AffiliationValues,
  EchelonValues,
  MilitarySymbolSchema,
  NsatuError,
  SymbolContextValues,
  SymbolEntityValues,
  SymbolSetValues,
  SymbolStatusValues,
  toSidc,
  type MilitarySymbol,
  type SymbolEntity,
} from 'nsatu';
import { SET_OF } from '../fixtures/symbols.ts';

/** milsymbol's names of the echelons, in the order of EchelonValues. */
const ECHELON_NAMES = [
  'Team/Crew',
  'Squad',
  'Section',
  'Platoon/detachment',
  'Company/battery/troop',
  'Battalion/squadron',
  'Regiment/group',
  'Brigade',
  'Division',
  'Corps/MEF',
  'Army',
  'Army Group/front',
  'Region/Theater',
  'Command',
];

const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arb, { nil: undefined });

/** Valid symbols: any field values, the entity of the chosen set, no unit amplifiers on installations. */
const validSymbol: fc.Arbitrary<MilitarySymbol> = fc
  .record({
    affiliation: fc.constantFrom(...AffiliationValues),
    context: optional(fc.constantFrom(...SymbolContextValues)),
    symbolSet: fc.constantFrom(...SymbolSetValues),
    status: optional(fc.constantFrom(...SymbolStatusValues)),
    headquarters: optional(fc.boolean()),
    taskForce: optional(fc.boolean()),
    dummy: optional(fc.boolean()),
    echelon: optional(fc.constantFrom(...EchelonValues)),
    entity: optional(fc.constantFrom(...SymbolEntityValues)),
  })
  .map((s) => {
    const symbolSet = s.entity === undefined ? s.symbolSet : SET_OF[s.entity];
    const unit = symbolSet !== 'land-installation';
    const symbol: MilitarySymbol = { affiliation: s.affiliation, symbolSet };
    if (s.context !== undefined) symbol.context = s.context;
    if (s.status !== undefined) symbol.status = s.status;
    if (s.dummy !== undefined) symbol.dummy = s.dummy;
    if (s.entity !== undefined) symbol.entity = s.entity;
    if (unit && s.headquarters !== undefined) symbol.headquarters = s.headquarters;
    if (unit && s.taskForce !== undefined) symbol.taskForce = s.taskForce;
    if (unit && s.echelon !== undefined) symbol.echelon = s.echelon;
    return symbol;
  });

/** A value from a list, or a near miss (another list's value, a code, a wrong type). */
const fieldValue = (values: readonly unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...values) },
    fc.constantFrom('', 'Friend', '110000', 'land', 3, null, true, 'command'),
  );

/** Any object with the symbol's keys: mostly valid values, some invalid, sometimes a key missing. */
const anySymbol = fc.record(
  {
    affiliation: fieldValue(AffiliationValues),
    context: fieldValue(SymbolContextValues),
    symbolSet: fieldValue(SymbolSetValues),
    status: fieldValue(SymbolStatusValues),
    headquarters: fieldValue([true, false]),
    taskForce: fieldValue([true, false]),
    dummy: fieldValue([true, false]),
    echelon: fieldValue(EchelonValues),
    entity: fieldValue(SymbolEntityValues),
  },
  { requiredKeys: [] },
);

const isIn = (values: readonly unknown[], value: unknown, required = false): boolean =>
  value === undefined ? !required : values.includes(value);

/** Whether a symbol is valid, decided without the schema. */
function expectedValid(s: Partial<Record<keyof MilitarySymbol, unknown>>): boolean {
  const booleans = [true, false];
  if (
    !isIn(AffiliationValues, s.affiliation, true) ||
    !isIn(SymbolContextValues, s.context) ||
    !isIn(SymbolSetValues, s.symbolSet, true) ||
    !isIn(SymbolStatusValues, s.status) ||
    !isIn(booleans, s.headquarters) ||
    !isIn(booleans, s.taskForce) ||
    !isIn(booleans, s.dummy) ||
    !isIn(EchelonValues, s.echelon) ||
    !isIn(SymbolEntityValues, s.entity)
  ) {
    return false;
  }
  if (s.entity !== undefined && SET_OF[s.entity as SymbolEntity] !== s.symbolSet) return false;
  if (s.symbolSet !== 'land-installation') return true;
  return s.echelon === undefined && s.headquarters !== true && s.taskForce !== true;
}

describe('toSidc', () => {
  test('gives every valid symbol a 20-digit SIDC that milsymbol accepts and draws as described', () => {
    fc.assert(
      fc.property(validSymbol, (symbol) => {
        expect(MilitarySymbolSchema.safeParse(symbol).success).toBe(true);
        const code = toSidc({ symbol }) ?? '';
        expect(code).toMatch(/^10\d{18}$/);
        const drawn = new ms.Symbol(code);
        expect(drawn.isValid()).toBe(true);
        expect(drawn.asSVG()).toContain('<svg');
        const meta = drawn.getMetadata();
        expect(meta.headquarters).toBe(symbol.headquarters === true);
        expect(meta.taskForce).toBe(symbol.taskForce === true);
        expect((meta as unknown as { feintDummy?: boolean }).feintDummy === true).toBe(
          symbol.dummy === true,
        );
        // milsymbol leaves the echelon undefined for the code 00.
        expect(meta.echelon as string | undefined).toBe(
          symbol.echelon && ECHELON_NAMES[EchelonValues.indexOf(symbol.echelon)],
        );
        expect(meta.context).toBe(
          ['Reality', 'Exercise', 'Simulation'][
            SymbolContextValues.indexOf(symbol.context ?? 'reality')
          ],
        );
        expect(meta.installation).toBe(symbol.symbolSet === 'land-installation');
        expect(meta.civilian).toBe(symbol.symbolSet === 'land-civilian');
      }),
    );
  });

  test('refuses every invalid symbol in the schema with a path, and toSidc throws on it', () => {
    fc.assert(
      fc.property(anySymbol, (value) => {
        const result = MilitarySymbolSchema.safeParse(value);
        expect(result.success).toBe(expectedValid(value));
        if (result.success) return;
        for (const issue of result.error.issues) expect(issue.path.length).toBe(1);
        const error = (() => {
          try {
            toSidc({ symbol: value as MilitarySymbol });
          } catch (e) {
            return e;
          }
          return undefined;
        })();
        expect(error).toBeInstanceOf(NsatuError);
      }),
    );
  });
});
