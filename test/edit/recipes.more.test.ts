/*
 * The domain recipes' exact contracts: every argument check names the argument and the value it
 * refused, every refusal when the edit runs names the record, each recipe's label says what it
 * does, and the records they write carry exactly the fields given (optional ones only when set).
 * Callers show these messages and labels to people (an undo menu, a form's error), so their
 * wording is part of the behaviour.
 */
import { describe, expect, test } from 'vitest';

import { ChainError } from 'nsatu';
import {
  addRelationship,
  addWeaponAlias,
  advanceAidStage,
  assignPost,
  edit,
  endRelationship,
  joinCoalition,
  leaveCoalition,
  recordAid,
  signAgreement,
  type Recipe,
} from 'nsatu/edit';
import { at, caught, errorMessage, loadSmall } from '../fixtures/small.ts';
import { applied, dataset } from './support.ts';

const ds = dataset();

/** Calls a recipe factory with arguments a JavaScript caller might pass, whatever their types. */
function call(factory: (...args: never[]) => Recipe, ...args: unknown[]): Recipe {
  return (factory as (...a: unknown[]) => Recipe)(...args);
}

const KEBAB = 'must be a kebab-case id such as "sag-u", not';
const PARTY = 'must be a nation code ("DEU") or an organisation id ("eu"), not';

describe('argument checks (thrown at once)', () => {
  test.each<[string, () => unknown, string]>([
    [
      'signAgreement, one party',
      () => signAgreement(['UKR'], { signed: '2024' }),
      'An agreement has at least two parties',
    ],
    [
      'signAgreement, parties not an array',
      () => call(signAgreement, 'UKR', { signed: '2024' }),
      'An agreement has at least two parties',
    ],
    [
      'signAgreement, a bad party',
      () => signAgreement(['UKR', 'de u'], { signed: '2024' }),
      `parties[1] ${PARTY} "de u"`,
    ],
    [
      'signAgreement, no options',
      () => call(signAgreement, ['UKR', 'DEU']),
      'signAgreement needs its options (signed)',
    ],
    [
      'signAgreement, options not an object',
      () => call(signAgreement, ['UKR', 'DEU'], '2024'),
      'signAgreement needs its options (signed)',
    ],
    [
      'signAgreement, a bad id',
      () => signAgreement(['UKR', 'DEU'], { signed: '2024', id: 'Bad Id' }),
      `id ${KEBAB} "Bad Id"`,
    ],
    [
      'signAgreement, a bad framework',
      () => signAgreement(['UKR', 'DEU'], { signed: '2024', framework: 'G7' }),
      `framework ${KEBAB} "G7"`,
    ],
    ['recordAid, not a record', () => call(recordAid, 'aid'), 'recordAid needs an aid record'],
    ['recordAid, null', () => call(recordAid, null), 'recordAid needs an aid record'],
    [
      'recordAid, a bad id',
      () => recordAid({ id: 'A', donor: 'DEU', stage: 'delivered', date: '2024' }),
      `id ${KEBAB} "A"`,
    ],
    [
      'advanceAidStage, a bad aid id',
      () => advanceAidStage('Aid 1', { date: '2024' }),
      `aidId ${KEBAB} "Aid 1"`,
    ],
    [
      'advanceAidStage, no options',
      () => call(advanceAidStage, 'aid-1'),
      'advanceAidStage needs its options (date)',
    ],
    [
      'advanceAidStage, a bad stage',
      () => call(advanceAidStage, 'aid-1', { date: '2024', stage: 'shipped' }),
      'stage must be one of announced, committed, allocated, delivered, cancelled',
    ],
    [
      'advanceAidStage, a bad new id',
      () => advanceAidStage('aid-1', { date: '2024', id: 'X' }),
      `id ${KEBAB} "X"`,
    ],
    [
      'advanceAidStage, sources not an array',
      () => call(advanceAidStage, 'aid-1', { date: '2024', sources: 's1' }),
      'sources must be an array of source ids',
    ],
    [
      'advanceAidStage, a bad source id',
      () => advanceAidStage('aid-1', { date: '2024', sources: ['s1', 'S 2'] }),
      `a source ${KEBAB} "S 2"`,
    ],
    [
      'advanceAidStage, a bad confidence',
      () => call(advanceAidStage, 'aid-1', { date: '2024', confidence: 'certain' }),
      'confidence must be one of high, medium, low',
    ],
    [
      'joinCoalition, a bad coalition id',
      () => joinCoalition('Armour', 'DEU', { from: '2024' }),
      `coalitionId ${KEBAB} "Armour"`,
    ],
    [
      'joinCoalition, a bad party',
      () => joinCoalition('coalition-armour', 'Germany', { from: '2024' }),
      `party ${PARTY} "Germany"`,
    ],
    [
      'joinCoalition, no options',
      () => call(joinCoalition, 'coalition-armour', 'DEU'),
      'joinCoalition needs its options (from)',
    ],
    [
      'joinCoalition, a bad until',
      () => joinCoalition('coalition-armour', 'DEU', { from: '2024', until: 'later' }),
      'INVALID_ARGUMENT: until must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "later"',
    ],
    [
      'joinCoalition, a bad role',
      () => call(joinCoalition, 'coalition-armour', 'DEU', { from: '2024', role: 'chair' }),
      `role must be 'lead' or 'member', not "chair"`,
    ],
    [
      'leaveCoalition, a bad coalition id',
      () => leaveCoalition('Armour', 'DEU', { until: '2024' }),
      `coalitionId ${KEBAB} "Armour"`,
    ],
    [
      'leaveCoalition, a bad party',
      () => leaveCoalition('coalition-armour', 'De', { until: '2024' }),
      `party ${PARTY} "De"`,
    ],
    [
      'leaveCoalition, no options',
      () => call(leaveCoalition, 'coalition-armour', 'DEU'),
      'leaveCoalition needs its options (until)',
    ],
    [
      'addRelationship, a bad subordinate',
      () => addRelationship('SAG U', 'shape', 'OPCON', { from: '2024' }),
      `subordinate ${KEBAB} "SAG U"`,
    ],
    [
      'addRelationship, a bad superior',
      () => addRelationship('sag-u', 'SHAPE', 'OPCON', { from: '2024' }),
      `superior ${KEBAB} "SHAPE"`,
    ],
    [
      'addRelationship, a bad authority',
      () => call(addRelationship, 'sag-u', 'shape', 'command', { from: '2024' }),
      'authority must be one of FULLCOM, OPCOM, OPCON, TACOM, TACON, reports-to, political-control, ' +
        'ADCON, LOGCON, coordinating-authority, supports, liaison, coordinates-with, not "command"',
    ],
    [
      'addRelationship, no options',
      () => call(addRelationship, 'sag-u', 'shape', 'OPCON'),
      'addRelationship needs its options (from)',
    ],
    [
      'addRelationship, a bad capacity',
      () => addRelationship('sag-u', 'shape', 'OPCON', { from: '2024', capacity: 'SACEUR' }),
      `capacity ${KEBAB} "SACEUR"`,
    ],
    [
      'addRelationship, a bad id',
      () => addRelationship('sag-u', 'shape', 'OPCON', { from: '2024', id: 'Tie' }),
      `id ${KEBAB} "Tie"`,
    ],
    [
      'endRelationship, a bad id',
      () => endRelationship('Tie', { until: '2024' }),
      `relationshipId ${KEBAB} "Tie"`,
    ],
    [
      'endRelationship, no options',
      () => call(endRelationship, 'mc-nac'),
      'endRelationship needs its options (until)',
    ],
    [
      'assignPost, a bad post id',
      () => assignPost('SACEUR', 'john-healey', { from: '2024' }),
      `postId ${KEBAB} "SACEUR"`,
    ],
    [
      'assignPost, a bad person id',
      () => assignPost('saceur', 'John', { from: '2024' }),
      `personId ${KEBAB} "John"`,
    ],
    [
      'assignPost, no options',
      () => call(assignPost, 'saceur', 'john-healey'),
      'assignPost needs its options (from)',
    ],
    [
      'assignPost, a bad replaces',
      () => assignPost('saceur', 'john-healey', { from: '2024', replaces: 'A2' }),
      `replaces ${KEBAB} "A2"`,
    ],
    [
      'assignPost, a bad id',
      () => assignPost('saceur', 'john-healey', { from: '2024', id: 'T' }),
      `id ${KEBAB} "T"`,
    ],
    [
      'addWeaponAlias, a bad system id',
      () => addWeaponAlias('PzH', 'Panzerhaubitze'),
      `systemId ${KEBAB} "PzH"`,
    ],
    [
      'addWeaponAlias, an alias not a string',
      () => call(addWeaponAlias, 'pzh-2000', 2000),
      'alias must be a name of 1 to 500 characters',
    ],
    [
      'addWeaponAlias, an alias of 501 characters',
      () => addWeaponAlias('pzh-2000', 'x'.repeat(501)),
      'alias must be a name of 1 to 500 characters',
    ],
    [
      'addWeaponAlias, a bad variant',
      () => addWeaponAlias('pzh-2000', 'x', { variant: 'NL' }),
      `variant ${KEBAB} "NL"`,
    ],
  ])('%s', (_name, run, message) => {
    const expected = message.startsWith('INVALID_ARGUMENT: ')
      ? message
      : `INVALID_ARGUMENT: ${message}`;
    expect(errorMessage(run)).toBe(expected);
  });

  test.each<[string, () => Recipe]>([
    ['signed', () => call(signAgreement, ['UKR', 'DEU'], { signed: 'May' })],
    ['until', () => call(signAgreement, ['UKR', 'DEU'], { signed: '2024', until: 'May' })],
    ['date', () => call(recordAid, { id: 'x', donor: 'DEU', stage: 'delivered', date: 'May' })],
    ['date', () => call(advanceAidStage, 'aid-1', { date: 'May' })],
    ['from', () => call(joinCoalition, 'coalition-armour', 'USA', { from: 'May' })],
    ['until', () => call(leaveCoalition, 'coalition-armour', 'USA', { until: 'May' })],
    ['from', () => call(addRelationship, 'sag-u', 'shape', 'OPCON', { from: 'May' })],
    [
      'until',
      () => call(addRelationship, 'sag-u', 'shape', 'OPCON', { from: '2024', until: 'May' }),
    ],
    ['until', () => call(endRelationship, 'mc-nac', { until: 'May' })],
    ['from', () => call(assignPost, 'saceur', 'john-healey', { from: 'May' })],
  ])('a malformed %s date is named in the message', (what, run) => {
    expect(errorMessage(run)).toBe(
      `INVALID_ARGUMENT: ${what} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not "May"`,
    );
  });

  test('an alias of exactly 500 characters is accepted', () => {
    const alias = 'x'.repeat(500);
    const next = applied(addWeaponAlias('pzh-2000', alias));
    expect(at(next.weaponSystems, 0).aliases).toEqual([alias]);
  });
});

describe('refusals when the edit runs', () => {
  test.each<[string, Recipe, string]>([
    [
      'signAgreement, an unknown party',
      signAgreement(['UKR', 'FRA'], { signed: '2024' }),
      'No nation or organisation with id "FRA"',
    ],
    [
      'advanceAidStage, an unknown record',
      advanceAidStage('aid-9', { date: '2024' }),
      'No aid record with id "aid-9"',
    ],
    [
      'joinCoalition, an unknown coalition',
      joinCoalition('coalition-air', 'USA', { from: '2024' }),
      'No coalition with id "coalition-air"',
    ],
    [
      'leaveCoalition, an unknown coalition',
      leaveCoalition('coalition-air', 'USA', { until: '2024' }),
      'No coalition with id "coalition-air"',
    ],
    [
      'addRelationship, an unknown subordinate',
      addRelationship('nope', 'shape', 'OPCON', { from: '2024' }),
      'No organisation with id "nope"',
    ],
    [
      'addRelationship, an unknown superior',
      addRelationship('sag-u', 'nope', 'OPCON', { from: '2024' }),
      'No organisation with id "nope"',
    ],
    [
      'addRelationship, an unknown capacity',
      addRelationship('sag-u', 'shape', 'OPCON', { from: '2024', capacity: 'nope' }),
      'No post with id "nope"',
    ],
    [
      'endRelationship, an unknown tie',
      endRelationship('nope', { until: '2024' }),
      'No relationship with id "nope"',
    ],
    [
      'assignPost, an unknown post',
      assignPost('nope', 'john-healey', { from: '2024' }),
      'No post with id "nope"',
    ],
    [
      'assignPost, an unknown person',
      assignPost('saceur', 'nope', { from: '2024' }),
      'No person with id "nope"',
    ],
    [
      'addWeaponAlias, an unknown system',
      addWeaponAlias('nope', 'x'),
      'No weapon system with id "nope"',
    ],
    [
      'addWeaponAlias, an unknown variant',
      addWeaponAlias('pzh-2000', 'x', { variant: 'nope' }),
      'Weapon system "pzh-2000" has no variant "nope"',
    ],
  ])('%s is UNKNOWN_ID, naming the id', (_name, recipe, message) => {
    const error = caught(() => applied(recipe));
    expect(error).toBeInstanceOf(ChainError);
    const { code, id } = error as ChainError;
    // The error's id is the one the message names last (the variant, for a missing variant).
    expect({ code, id, message: (error as ChainError).message }).toEqual({
      code: 'UNKNOWN_ID',
      id: /"([^"]+)"$/.exec(message)?.[1],
      message,
    });
  });

  test('a variant of a system without variants is unknown', () => {
    const base = loadSmall((d) => {
      Reflect.deleteProperty(at(d.weaponSystems, 0), 'variants');
      Reflect.deleteProperty(at(d.aid, 0), 'variant');
    });
    expect(
      errorMessage(() => applied(addWeaponAlias('pzh-2000', 'x', { variant: 'v' }), base)),
    ).toBe('UNKNOWN_ID: Weapon system "pzh-2000" has no variant "v"');
  });

  test.each<[string, Recipe, string]>([
    [
      'joinCoalition, an open membership from a date',
      joinCoalition('coalition-armour', 'DEU', { from: '2025' }),
      'DEU is already a lead of coalition-armour then (2024-01-23, ongoing)',
    ],
    [
      'joinCoalition, a membership from the start',
      joinCoalition('coalition-armour', 'GBR', { from: '2025' }),
      'GBR is already a member of coalition-armour then (from the start, ongoing)',
    ],
    [
      'leaveCoalition, no open membership',
      leaveCoalition('coalition-armour', 'USA', { until: '2025' }),
      'USA has no open membership of coalition-armour to end',
    ],
    [
      'endRelationship, a tie that ended',
      endRelationship('a-ended-tie', { until: '2026' }),
      'a-ended-tie already ended (until 2025)',
    ],
    [
      'advanceAidStage, backwards',
      advanceAidStage('aid-2', { date: '2023', stage: 'committed' }),
      'aid-2 is delivered: it cannot become committed',
    ],
    [
      'advanceAidStage, a cancelled record',
      advanceAidStage('aid-c', { date: '2023', stage: 'delivered' }),
      'aid-c is cancelled: it cannot become delivered',
    ],
    [
      'advanceAidStage, a cancelled record cancelled again',
      advanceAidStage('aid-c', { date: '2023', stage: 'cancelled' }),
      'aid-c is cancelled: it cannot become cancelled',
    ],
    [
      'advanceAidStage, a date before the record',
      advanceAidStage('aid-1', { date: '2022-04' }),
      '2022-04 is before aid-1 (2022-05)',
    ],
    [
      'assignPost, replacing someone who holds no open tenure',
      assignPost('saceur', 'john-healey', { from: '2026', replaces: 'christopher-cavoli' }),
      'christopher-cavoli holds no open tenure of saceur begun before 2026',
    ],
  ])('%s is INVALID_ARGUMENT with a message', (_name, recipe, message) => {
    const base = loadSmall((d) => {
      d.relationships.push({
        id: 'a-ended-tie',
        subordinate: 'sag-u',
        superior: 'shape',
        authority: 'liaison',
        from: '2023',
        until: '2025',
      });
      d.aid.push({ id: 'aid-c', donor: 'GBR', item: 'x', stage: 'cancelled', date: '2022' });
    });
    expect(errorMessage(() => applied(recipe, base))).toBe(`INVALID_ARGUMENT: ${message}`);
  });

  test('joinCoalition names the end of a clashing membership that ends', () => {
    const base = applied(leaveCoalition('coalition-armour', 'DEU', { until: '2026' }));
    expect(
      errorMessage(() => applied(joinCoalition('coalition-armour', 'DEU', { from: '2025' }), base)),
    ).toBe(
      'INVALID_ARGUMENT: DEU is already a lead of coalition-armour then (2024-01-23 until 2026)',
    );
  });
});

describe('labels', () => {
  // Each recipe is made in its test: a label made as the file loads would be checked once only
  // (in a mutation run, before any mutant is active).
  test.each<[() => Recipe, string]>([
    [
      () => signAgreement(['UKR', 'DEU', 'eu'], { signed: '2024-06' }),
      'signAgreement UKR, DEU, eu (signed 2024-06)',
    ],
    [
      () => recordAid({ id: 'aid-x', donor: 'DEU', item: 'x', stage: 'committed', date: '2024' }),
      'recordAid aid-x (committed 2024)',
    ],
    [() => advanceAidStage('aid-1', { date: '2023' }), 'advanceAidStage aid-1 (delivered 2023)'],
    [
      () => joinCoalition('coalition-armour', 'USA', { from: '2024' }),
      'joinCoalition coalition-armour USA (member from 2024)',
    ],
    [
      () => leaveCoalition('coalition-armour', 'DEU', { until: '2026' }),
      'leaveCoalition coalition-armour DEU (until 2026)',
    ],
    [
      () => addRelationship('sag-u', 'shape', 'OPCON', { from: '2024' }),
      'addRelationship sag-u → shape OPCON (from 2024)',
    ],
    [() => endRelationship('mc-nac', { until: '2026' }), 'endRelationship mc-nac (until 2026)'],
    [
      () => assignPost('saceur', 'john-healey', { from: '2026' }),
      'assignPost saceur john-healey (from 2026)',
    ],
    [
      () => assignPost('saceur', 'john-healey', { from: '2026', acting: true }),
      'assignPost saceur john-healey (acting from 2026)',
    ],
    [
      () => addWeaponAlias('pzh-2000', 'Panzerhaubitze'),
      'addWeaponAlias pzh-2000 "Panzerhaubitze"',
    ],
    [
      () => addWeaponAlias('pzh-2000', 'PzH NL', { variant: 'pzh-2000-nl' }),
      'addWeaponAlias pzh-2000-nl "PzH NL"',
    ],
  ])('%#: the recipe and its edit are labelled %j', (make, label) => {
    const recipe = make();
    expect(recipe.label).toBe(label);
    expect(edit(ds, recipe).label).toBe(label);
  });
});
