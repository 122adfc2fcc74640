import ms from 'milsymbol';
import { describe, expect, test } from 'vitest';

import {
  COALITION_SYMBOL,
  EchelonValues,
  NsatuError,
  SymbolEntityValues,
  toSidc,
  type MilitarySymbol,
  type SymbolEntity,
} from 'nsatu';
import { defaultDataset } from 'nsatu/data';

import { caught } from '../fixtures/small.ts';

/** APP-6D symbol set and entity code of every entity (digits 5–6 and 11–16 of the SIDC). */
const CODES: Record<SymbolEntity, string> = {
  'command-and-control': '10 110000',
  'civil-military-cooperation': '10 110300',
  liaison: '10 110500',
  signal: '10 111000',
  sustainment: '10 160000',
  medical: '10 161300',
  supply: '10 163400',
  transportation: '10 163600',
  'allied-command-operations': '10 180200',
  multinational: '10 180400',
  civilian: '11 110000',
  'government-organisation': '11 110200',
  'organisation-or-group': '11 110400',
  installation: '20 110000',
  warehouse: '20 112000',
};

const SET_NAMES = { '10': 'land-unit', '11': 'land-civilian', '20': 'land-installation' } as const;

function sidc(symbol: MilitarySymbol): string {
  const code = toSidc({ symbol });
  if (code === undefined) throw new Error('expected a SIDC');
  return code;
}

/** milsymbol's reading of a SIDC: whether it is valid, and the SVG it draws. */
function drawn(code: string): { valid: boolean; svg: string } {
  const symbol = new ms.Symbol(code);
  return { valid: symbol.isValid() === true, svg: symbol.asSVG() };
}

const friendUnit = { affiliation: 'friend', symbolSet: 'land-unit' } as const;

describe('toSidc', () => {
  test('returns undefined when the organisation has no symbol', () => {
    expect(toSidc({ id: 'udcg', name: 'Ukraine Defense Contact Group', kind: 'forum' })).toBe(
      undefined,
    );
    expect(toSidc({ symbol: undefined })).toBe(undefined);
  });

  test('writes version 10 and zeros for every field left out when the symbol is minimal', () => {
    expect(sidc(friendUnit)).toBe('10031000000000000000');
  });

  test('places each field at its APP-6D digits when all are given', () => {
    const code = sidc({
      affiliation: 'hostile',
      context: 'exercise',
      symbolSet: 'land-unit',
      status: 'destroyed',
      dummy: true,
      headquarters: true,
      taskForce: true,
      echelon: 'division',
      entity: 'signal',
    });
    //           VV C I SS S H EE EEEEEE M1 M2
    expect(code).toBe(['10', '1', '6', '10', '4', '7', '21', '111000', '00', '00'].join(''));
  });

  test('writes the symbol set and entity code of every entity', () => {
    for (const entity of SymbolEntityValues) {
      const [set] = CODES[entity].split(' ') as [keyof typeof SET_NAMES];
      const out = sidc({ affiliation: 'friend', symbolSet: SET_NAMES[set], entity });
      expect(out.slice(4, 6) + ' ' + out.slice(10, 16), entity).toBe(CODES[entity]);
    }
  });

  test('writes echelons as 11–18 and 21–26, from team to command', () => {
    expect(EchelonValues.map((echelon) => sidc({ ...friendUnit, echelon }).slice(8, 10))).toEqual([
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
      '17',
      '18',
      '21',
      '22',
      '23',
      '24',
      '25',
      '26',
    ]);
  });

  test('adds 1 for a dummy, 2 for a headquarters and 4 for a task force in digit 8', () => {
    const digit = (s: Partial<MilitarySymbol>): string => sidc({ ...friendUnit, ...s }).charAt(7);
    expect(digit({ dummy: true })).toBe('1');
    expect(digit({ headquarters: true })).toBe('2');
    expect(digit({ headquarters: true, dummy: true })).toBe('3');
    expect(digit({ taskForce: true })).toBe('4');
    expect(digit({ taskForce: true, headquarters: true })).toBe('6');
    expect(digit({ taskForce: false, headquarters: false, dummy: false })).toBe('0');
  });

  test('writes the convention for coalitions as a friendly multinational task force', () => {
    expect(toSidc({ symbol: COALITION_SYMBOL })).toBe('10031004001804000000');
  });

  test('throws INVALID_ARGUMENT naming the field when the symbol is invalid', () => {
    const bad = { ...friendUnit, symbolSet: 'land-civilian', entity: 'liaison' } as const;
    const error = caught(() => toSidc({ symbol: bad }));
    expect(error).toBeInstanceOf(NsatuError);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect((error as Error).message).toBe(
      'Invalid symbol.entity: Entity "liaison" is not of symbol set "land-civilian"',
    );
    const junk = { affiliation: 'ally', symbolSet: 'land-unit' } as unknown as MilitarySymbol;
    expect((caught(() => toSidc({ symbol: junk })) as Error).message).toMatch(
      /^Invalid symbol\.affiliation: \S/,
    );
    const text = 'friend' as unknown as MilitarySymbol;
    expect((caught(() => toSidc({ symbol: text })) as Error).message).toMatch(/^Invalid symbol: /);
  });

  test('throws INVALID_ARGUMENT when given no object', () => {
    for (const value of [null, undefined, 'nsatu', 3]) {
      expect(caught(() => toSidc(value as never))).toMatchObject({
        code: 'INVALID_ARGUMENT',
        message: 'toSidc expects an organisation',
      });
    }
  });

  test('leaves its input unchanged when the input is frozen', () => {
    const symbol = Object.freeze({ ...friendUnit, echelon: 'brigade' as const });
    const org = Object.freeze({ id: 'a', name: 'A', kind: 'command' as const, symbol });
    expect(sidc(org.symbol)).toBe('10031000180000000000');
    expect(org.symbol).toEqual({
      affiliation: 'friend',
      symbolSet: 'land-unit',
      echelon: 'brigade',
    });
  });

  test('gives every organisation of the embedded dataset a friendly SIDC that milsymbol draws', () => {
    const organisations = defaultDataset().organisations;
    expect(organisations.length).toBeGreaterThan(0);
    for (const org of organisations) {
      const code = toSidc(org);
      expect(code, org.id).toMatch(/^1003(10|11|20)\d{14}$/);
      const out = drawn(code ?? '');
      expect(out.valid, org.id).toBe(true);
      expect(out.svg, org.id).toContain('<svg');
    }
  });

  test('states what every symbol of the embedded dataset rests on', () => {
    for (const org of defaultDataset().organisations) {
      expect(org.symbol?.note, org.id).toBeTruthy();
      // A modelling statement: never more than medium confidence.
      expect(org.symbol?.confidence, org.id).not.toBe('high');
    }
  });

  test('draws the structure of NATO support as sourced: SHAPE as ACO, the UDCG by convention', () => {
    const byId = new Map(defaultDataset().organisations.map((o) => [o.id, toSidc(o)]));
    expect(byId.get('shape')).toBe('10031002261802000000');
    expect(byId.get('nsatu')).toBe('10031002001100000000');
    expect(byId.get('udcg')).toBe(toSidc({ symbol: COALITION_SYMBOL }));
  });
});
