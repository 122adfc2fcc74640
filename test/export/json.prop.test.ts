import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { loadDataset, parseDataset, type Dataset } from 'nsatu';
import { toJson } from 'nsatu/export';
import { defaultDataset } from 'nsatu/data';

import { smallDataset } from '../fixtures/small.ts';

/** Any text a short field takes: every code point, lone surrogates, quotes and controls included. */
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 30 });

/** The small fixture with its texts and numbers replaced by arbitrary valid ones. */
const dataset = fc
  .record({
    title: text,
    description: fc.string({ unit: 'binary', maxLength: 60 }),
    names: fc.array(text, { minLength: 4, maxLength: 4 }),
    note: fc.string({ unit: 'binary', maxLength: 60 }),
    // -0 is a valid coordinate: it must come back as -0.
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    quantity: fc.double({ min: 0, max: 1e12, noNaN: true }).filter((n) => !Object.is(n, -0)),
    amount: fc.double({ min: 0, max: 1e15, noNaN: true }).filter((n) => !Object.is(n, -0)),
    trainees: fc.nat(),
  })
  .map((g) => {
    const f = smallDataset();
    f.title = g.title;
    f.description = g.description;
    f.nations = f.nations.map((nation, i) => ({ ...nation, name: g.names[i] ?? nation.name }));
    f.organisations = f.organisations.map((o) =>
      o.id === 'shape'
        ? { ...o, location: { name: 'Mons', lat: g.lat, lon: g.lon }, note: g.note }
        : o,
    );
    f.aid = f.aid.map((a, i) =>
      i === 0
        ? { ...a, quantity: g.quantity }
        : a.value
          ? { ...a, value: { ...a.value, amount: g.amount } }
          : a,
    );
    f.trainingProgrammes = f.trainingProgrammes.map((t) => ({
      ...t,
      trainees: t.trainees?.map((r) => ({ ...r, count: g.trainees })),
    }));
    return loadDataset(f);
  });

/** A copy of a value with every object's keys in an order drawn from `seed`. */
function shuffleKeys(value: unknown, seed: number): unknown {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null) return v;
    const entries = Object.entries(v).map(([k, x]) => [next(), k, walk(x)] as const);
    entries.sort((a, b) => a[0] - b[0]);
    return Object.fromEntries(entries.map(([, k, x]) => [k, x]));
  };
  return walk(value);
}

describe('toJson', () => {
  test('parseDataset(JSON.parse(toJson(ds))) gives back an equal dataset, at any indent', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 0, max: 10 }), (ds, indent) => {
        const back = parseDataset(JSON.parse(toJson(ds, { indent })));
        expect(back.ok).toBe(true);
        expect(back.ok && back.dataset).toEqual(ds);
      }),
    );
  });

  test('gives the same bytes for a dataset whose objects have their keys shuffled', () => {
    fc.assert(
      fc.property(dataset, fc.integer(), (ds, seed) => {
        expect(toJson(shuffleKeys(ds, seed) as Dataset)).toBe(toJson(ds));
      }),
    );
  });

  test('gives the same bytes for the embedded dataset with its keys shuffled', () => {
    const ds = defaultDataset();
    const text = toJson(ds);
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(toJson(shuffleKeys(ds, seed) as Dataset)).toBe(text);
      }),
      { numRuns: 5 },
    );
  });

  test('is idempotent: writing what it read gives the same bytes', () => {
    fc.assert(
      fc.property(dataset, fc.integer({ min: 0, max: 10 }), (ds, indent) => {
        const text = toJson(ds, { indent });
        expect(toJson(loadDataset(JSON.parse(text)), { indent })).toBe(text);
      }),
    );
  });
});
