// Every public function that takes an options object refuses one that is not an object (JavaScript
// callers and notebooks pass untyped values) with a typed error, never a TypeError from inside.
import { describe, expect, test } from 'vitest';

import {
  NsatuError,
  chainSummary,
  commonSuperior,
  createWeaponResolver,
  dedupeWeaponTypes,
  explainChain,
  findCycles,
  fragmentation,
  reportingChain,
  subordinates,
  summarizeAid,
} from 'nsatu';
import { toArrow } from 'nsatu/arrow';
import { fromCsv, toCsv } from 'nsatu/csv';
import { defaultDataset } from 'nsatu/data';
import { toDot, toJson, toMermaid, toVegaLite } from 'nsatu/export';

const ds = defaultDataset();

const calls: [string, (options: never) => unknown][] = [
  ['reportingChain', (o) => reportingChain(ds, 'nsatu', o)],
  ['explainChain', (o) => explainChain(ds, 'nsatu', o)],
  ['commonSuperior', (o) => commonSuperior(ds, 'nsatu', 'shape', o)],
  ['subordinates', (o) => subordinates(ds, 'shape', o)],
  ['chainSummary', (o) => chainSummary(ds, o)],
  ['findCycles', (o) => findCycles(ds, o)],
  ['summarizeAid', (o) => summarizeAid(ds, o)],
  ['fragmentation', (o) => fragmentation(ds, o)],
  ['dedupeWeaponTypes', (o) => dedupeWeaponTypes(['PzH 2000'], ds, o)],
  ['createWeaponResolver', (o) => createWeaponResolver(ds, o)],
  ['toMermaid', (o) => toMermaid(ds, o)],
  ['toDot', (o) => toDot(ds, o)],
  ['toJson', (o) => toJson(ds, o)],
  ['toVegaLite', (o) => toVegaLite([{ x: 'a', y: 1 }], o)],
  ['toCsv', (o) => toCsv([{ a: 1 }], o)],
  ['toArrow', (o) => toArrow([{ a: 1 }], o)],
  ['fromCsv', (o) => fromCsv('donor\nDEU', o)],
];

describe('options that are not an object', () => {
  test.each(
    calls.flatMap(([name, call]) => [null, 'x', 5].map((value) => [name, value, call] as const)),
  )('%s refuses %j with INVALID_ARGUMENT, naming itself', (name, value, call) => {
    let error: unknown;
    try {
      call(value as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NsatuError);
    expect((error as NsatuError).code).toBe('INVALID_ARGUMENT');
    const what = value === null ? 'null' : typeof value;
    expect((error as NsatuError).message).toBe(`${name}: options must be an object, not ${what}`);
  });

  test.each(calls)('%s refuses an array', (name, call) => {
    expect(() => call([] as never)).toThrow(`${name}: options must be an object, not an array`);
  });

  test('fromCsv, whose options are required, refuses none', () => {
    expect(() => fromCsv('donor\nDEU', undefined as never)).toThrow(
      'fromCsv needs an options object',
    );
  });
});
