// Issue 12: the resolver is stable under every variation its TSDoc claims to handle, for every name
// of the embedded catalogue; it never fuzzy-matches across a changed number; its answers depend on
// neither the order of the catalogue nor the order of the questions. And dedupeWeaponTypes and
// fragmentation keep their books: nothing lost, counts that add up, a naive recount that agrees.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  createWeaponResolver,
  dedupeWeaponTypes,
  fragmentation,
  loadDataset,
  normalizeWeaponName,
  type AidRecord,
  type AidStage,
  type Dataset,
  type FragmentationOptions,
  type FragmentationRow,
  type WeaponMatch,
  type WeaponSystem,
} from 'nsatu';
import { defaultDataset } from 'nsatu/data';
import {
  fragmentationAsOf,
  resolverVariation,
  type NameVariation as Variation,
} from '../regression/corpus.ts';

const ds = defaultDataset();
/** Generous: these properties take a second or two alone, more on a loaded machine. */
const slow = { timeout: 30_000 };
const systems = ds.weaponSystems;
const resolve = createWeaponResolver(systems);

/** One name of the catalogue and the entry it names. */
interface Named {
  readonly name: string;
  readonly systemId: string;
  readonly variantId: string | undefined;
}

function namesOf(list: readonly WeaponSystem[]): Named[] {
  const out: Named[] = [];
  for (const s of list) {
    for (const name of [s.name, ...(s.aliases ?? []), ...(s.designations ?? [])]) {
      out.push({ name, systemId: s.id, variantId: undefined });
    }
    for (const name of s.nativeNames ?? [])
      out.push({ name, systemId: s.id, variantId: undefined });
    for (const v of s.variants ?? []) {
      for (const name of [v.name, ...(v.aliases ?? []), ...(v.designations ?? [])]) {
        out.push({ name, systemId: s.id, variantId: v.id });
      }
      for (const name of v.nativeNames ?? []) out.push({ name, systemId: s.id, variantId: v.id });
    }
  }
  return out;
}

const NAMES = namesOf(systems);
/** Every catalogue name, normalised. */
const EXACT = new Set(NAMES.map((n) => normalizeWeaponName(n.name)));
const named = fc.constantFrom(...NAMES);

/** The system and variant a match names, or how it failed to. */
function answer(match: WeaponMatch | undefined): string {
  if (match === undefined) return 'unknown';
  if (match.status === 'ambiguous') return `ambiguous ${match.candidates.join(' ')}`;
  return `${match.systemId} ${match.variantId ?? '-'}`;
}

const want = (n: Named): string => `${n.systemId} ${n.variantId ?? '-'}`;

// --- The variations the TSDoc claims: a name as people write it --------------------------------

/** Latin letters and the Cyrillic and Greek letters printed the same way (same case). */
const LOOKALIKE: Readonly<Record<string, readonly string[]>> = {
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  C: ['С'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  J: ['Ј'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['У', 'Υ'],
  Z: ['Ζ'],
  a: ['а'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р', 'ρ'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
};
const ACCENTS = ['\u0301', '\u0300', '\u0308', '\u0302', '\u030c', '\u0327'];
const NOISE_BEFORE = ['', 'the ', 'self-propelled '];
const NOISE_AFTER = ['', ' howitzers', ' systems', ' battery', ' SPH', ' tank', ' MLRS'];
const QUANTITY = ['', '12 ', '4 x ', '1 '];
const CALIBRES = ['', ' 155mm', ' 155 mm', ' 35-mm'];

const variation: fc.Arbitrary<Variation> = fc.record({
  casing: fc.constantFrom('as-is' as const, 'lower' as const, 'upper' as const, 'mixed' as const),
  choices: fc.array(fc.nat({ max: 99 }), { minLength: 1, maxLength: 12 }),
  separators: fc.boolean(),
  lookalikes: fc.boolean(),
  accents: fc.boolean(),
  fullWidth: fc.boolean(),
  plural: fc.boolean(),
  calibre: fc.nat({ max: CALIBRES.length - 1 }),
  quantity: fc.nat({ max: QUANTITY.length - 1 }),
  before: fc.nat({ max: NOISE_BEFORE.length - 1 }),
  after: fc.nat({ max: NOISE_AFTER.length - 1 }),
});

function chooser(choices: readonly number[]): () => number {
  let i = 0;
  return () => choices[i++ % choices.length] ?? 0;
}

const RUN = /[\p{L}\p{N}\p{Pd}]+/gu;
const ASCII_LETTER = /[A-Za-z]/;

/** Swaps some Latin letters of each run for look-alikes, leaving a Latin letter or digit in it. */
function withLookalikes(text: string, next: () => number): string {
  return text.replace(RUN, (run) => {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      const options = LOOKALIKE[chars[i] ?? ''];
      if (options === undefined || next() % 2 === 0) continue;
      const before = chars[i] as string;
      chars[i] = options[next() % options.length] as string;
      if (!chars.some((c) => /[A-Za-z0-9]/.test(c))) chars[i] = before;
    }
    return chars.join('');
  });
}

/** Applies a variation to a catalogue name; `undefined` when it does not apply to this name. */
function vary(name: string, v: Variation): { text: string; calibre: boolean } | undefined {
  const next = chooser(v.choices);
  let text =
    v.casing === 'lower'
      ? name.toLowerCase()
      : v.casing === 'upper'
        ? name.toUpperCase()
        : v.casing === 'mixed'
          ? Array.from(name, (c) => (next() % 2 === 0 ? c.toLowerCase() : c.toUpperCase())).join('')
          : name;
  if (v.separators) {
    // A Latin letter before digits: nothing, a space or a hyphen between them; digits before a
    // letter of the same word: nothing or a hyphen.
    const seps = ['', ' ', '-'];
    text = text
      .replace(/([A-Za-z])[ -]?(?=\d)/g, (_, l: string) => `${l}${seps[next() % 3] ?? ''}`)
      .replace(/(\d)-?(?=[A-Za-z])/g, (_, d: string) => `${d}${next() % 2 === 0 ? '' : '-'}`);
  }
  if (v.plural) {
    // A plural "s" after a number, or on a last word of four letters or more.
    const word = /(?:^|[^\p{L}\p{N}])([A-Za-z]{4,})$/u.exec(text)?.[1];
    if (/\d$/.test(text) || (word !== undefined && !/s$/i.test(word))) text = `${text}s`;
    else return undefined;
  }
  // A calibre the catalogue does not name: the name has none, and with it is no other name.
  const calibre = CALIBRES[v.calibre] ?? '';
  if (calibre !== '' && /\d\s*(?:mm|cm)/i.test(name)) return undefined;
  if (calibre !== '' && EXACT.has(normalizeWeaponName(`${name}${calibre}`))) return undefined;
  text = `${QUANTITY[v.quantity] ?? ''}${NOISE_BEFORE[v.before] ?? ''}${text}${calibre}${NOISE_AFTER[v.after] ?? ''}`;
  if (v.lookalikes) text = withLookalikes(text, next);
  if (v.accents) {
    text = Array.from(text, (c) =>
      ASCII_LETTER.test(c) && next() % 2 === 1 ? `${c}${ACCENTS[next() % 6] ?? ''}` : c,
    )
      .join('')
      .normalize(next() % 2 === 0 ? 'NFC' : 'NFD');
  }
  if (v.fullWidth) {
    text = Array.from(text, (c) =>
      /[!-~]/.test(c) && next() % 2 === 1
        ? String.fromCodePoint((c.codePointAt(0) ?? 0) + 0xfee0)
        : c,
    ).join('');
  }
  return { text, calibre: calibre !== '' };
}

// --- Typos and changed numbers, made on normalised names --------------------------------------

const CALIBRE_TOKEN = /^\d+(?:mm|cm)$/;

/** A normalised name without its calibres: what the resolver matches fuzzily. */
function bareKey(key: string): string {
  const bare = key.split(' ').filter((t) => !CALIBRE_TOKEN.test(t));
  return bare.length > 0 ? bare.join(' ') : key;
}

const digitsOf = (key: string): string => (key.match(/\d+/g) ?? []).join(' ');

/** The documented allowance: none below 5 characters, 1 up to 8, then 2. */
const allowance = (length: number): number => (length < 5 ? 0 : length <= 8 ? 1 : 2);

/** Every normalised catalogue name, and the same without its calibre, with what it names. */
const KEYS = NAMES.flatMap((n) => {
  const key = normalizeWeaponName(n.name);
  const bare = bareKey(key);
  return (bare === key ? [key] : [key, bare]).map((k) => ({ ...n, key: k }));
});

/**
 * Whether two strings are within `limit` of each other in optimal string alignment distance
 * (Levenshtein with a swap of neighbours counting one), computed in a band around the diagonal.
 */
function near(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  const big = limit + 1;
  let before = new Array<number>(b.length + 1).fill(big);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => Math.min(j, big));
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(big);
    row[0] = Math.min(i, big);
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] ?? big) + 1,
        (row[j - 1] ?? big) + 1,
        (previous[j - 1] ?? big) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (before[j - 2] ?? big) + 1);
      }
      row[j] = Math.min(best, big);
    }
    [before, previous] = [previous, row];
  }
  return (previous[b.length] ?? big) <= limit;
}

interface Edit {
  readonly op: 'substitute' | 'insert' | 'delete' | 'swap';
  readonly at: number;
  readonly letter: string;
}

const letter = fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz'));
/** One swap of neighbouring letters, or up to two substitutions, insertions and deletions. */
const typos: fc.Arbitrary<Edit[]> = fc.oneof(
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), letter }).map((e) => [e]),
  fc.array(
    fc.record({
      op: fc.constantFrom('substitute' as const, 'insert' as const, 'delete' as const),
      at: fc.nat(),
      letter,
    }),
    { minLength: 1, maxLength: 2 },
  ),
);

/** Applies edits to letters only, never to a digit. */
function misspell(key: string, edits: readonly Edit[]): string {
  let text = key;
  for (const { op, at, letter: l } of edits) {
    const letters = Array.from(text, (_, i) => i).filter((i) => /[a-z]/.test(text[i] ?? ''));
    const i = letters[at % Math.max(letters.length, 1)];
    if (i === undefined) continue;
    if (op === 'substitute') text = text.slice(0, i) + l + text.slice(i + 1);
    else if (op === 'insert') text = text.slice(0, i) + l + text.slice(i);
    else if (op === 'delete') text = text.slice(0, i) + text.slice(i + 1);
    else if (/[a-z]/.test(text[i + 1] ?? '')) {
      text = text.slice(0, i) + (text[i + 1] ?? '') + (text[i] ?? '') + text.slice(i + 2);
    }
  }
  return text;
}

/** Changes one digit outside a calibre: replaced by `d` (op 0), `d` inserted (1), deleted (2). */
function renumber(key: string, at: number, d: string, op: number): string | undefined {
  const positions: number[] = [];
  let offset = 0;
  for (const token of key.split(' ')) {
    if (!CALIBRE_TOKEN.test(token)) {
      for (let i = 0; i < token.length; i++)
        if (/\d/.test(token[i] ?? '')) positions.push(offset + i);
    }
    offset += token.length + 1;
  }
  const i = positions[at % Math.max(positions.length, 1)];
  if (i === undefined || (op === 0 && key[i] === d)) return undefined;
  if (op === 0) return key.slice(0, i) + d + key.slice(i + 1);
  if (op === 1) return key.slice(0, i) + d + key.slice(i);
  return key.slice(0, i) + key.slice(i + 1);
}

/** Names worth asking: the catalogue's, their variations and typos, and anything at all. */
const queries: fc.Arbitrary<string> = fc.oneof(
  named.map((n) => n.name),
  fc.tuple(named, variation).map(([n, v]) => vary(n.name, v)?.text ?? n.name),
  fc.tuple(named, typos).map(([n, e]) => misspell(bareKey(normalizeWeaponName(n.name)), e)),
  fc.constantFrom('Death Star', 'IRIS-T SLX', 'Leopard 3', 'M207', ''),
  fc.string({ maxLength: 12 }),
);

describe('createWeaponResolver properties', () => {
  test('resolves every catalogue name to its own system and variant at confidence 1', () => {
    for (const n of NAMES) {
      const match = resolve(n.name);
      expect(answer(match), n.name).toBe(want(n));
      expect(match?.confidence).toBe(1);
    }
  });

  test(
    'resolves every claimed variation of a catalogue name to the same system and variant',
    slow,
    () => {
      fc.assert(
        fc.property(named, variation, (n, v) => {
          const varied = vary(n.name, v);
          fc.pre(varied !== undefined);
          const match = resolve(varied.text);
          expect(answer(match), `${n.name} → ${varied.text}`).toBe(want(n));
          // A calibre the catalogue does not name is dropped, at lower confidence.
          expect((match?.confidence ?? 0) < 1).toBe(varied.calibre);
        }),
        { numRuns: 3000, examples: [...resolverVariation] },
      );
    },
  );

  test(
    'corrects a typo within the documented distance that brings no other system as close',
    slow,
    () => {
      fc.assert(
        fc.property(named, typos, (n, edits) => {
          const original = bareKey(normalizeWeaponName(n.name));
          const query = misspell(original, edits);
          fc.pre(query !== original && normalizeWeaponName(query) === query);
          // Letters only, and no new calibre ("T-72M" → "t 72mm" names a calibre, not a tank).
          fc.pre(digitsOf(query) === digitsOf(original) && bareKey(query) === query);
          const limit = allowance(query.length);
          fc.pre(edits.length <= limit);
          // Nothing of another system within reach, and of another variant only when it is farther.
          const close = KEYS.filter((k) => near(query, k.key, limit));
          fc.pre(close.every((k) => k.systemId === n.systemId));
          const match = resolve(query);
          expect(match?.status, `${n.name} → ${query}`).toBe('resolved');
          if (match?.status !== 'resolved') return;
          expect(match.systemId).toBe(n.systemId);
          const onlyThisVariant = close.every((k) => k.variantId === n.variantId);
          expect(onlyThisVariant ? match.variantId : n.variantId).toBe(n.variantId);
          expect(match.method !== 'fuzzy' || match.confidence < 1).toBe(true);
        }),
        { numRuns: 3000 },
      );
    },
  );

  test('never fuzzy-matches across a changed number', slow, () => {
    fc.assert(
      fc.property(named, fc.nat(), fc.nat({ max: 9 }), fc.constantFrom(0, 1, 2), (n, at, d, op) => {
        const key = normalizeWeaponName(n.name);
        const query = renumber(key, at, String(d), op);
        fc.pre(query !== undefined && normalizeWeaponName(query) === query);
        const match = resolve(query);
        if (match?.method !== 'fuzzy') return;
        // A fuzzy match compares only names with the same numbers: every system it names has one.
        const digits = digitsOf(bareKey(query));
        const withDigits = new Set(
          KEYS.filter((k) => digitsOf(k.key) === digits).map((k) => k.systemId),
        );
        const ids = match.status === 'resolved' ? [match.systemId] : match.candidates;
        for (const id of ids) expect(withDigits, `${n.name} → ${query}: ${id}`).toContain(id);
        if (match.status !== 'resolved') return;
        const matched = normalizeWeaponName(match.matchedName);
        expect([digitsOf(matched), digitsOf(bareKey(matched))]).toContain(digits);
      }),
      { numRuns: 3000 },
    );
  });

  test('gives the same answers whatever the order of the catalogue', slow, () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray([...systems], { minLength: systems.length }),
        fc.array(queries, { minLength: 1, maxLength: 40 }),
        (shuffled, asked) => {
          const other = createWeaponResolver(shuffled);
          for (const q of asked) expect(other(q), q).toEqual(resolve(q));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('answers the same whatever was asked before, and as a fresh resolver does', slow, () => {
    fc.assert(
      fc.property(fc.array(queries, { minLength: 1, maxLength: 40 }), (asked) => {
        const warm = createWeaponResolver(systems);
        const first = asked.map((q) => warm(q));
        const again = [...asked].reverse().map((q) => warm(q));
        expect(again.reverse()).toEqual(first);
        expect(asked.map((q) => createWeaponResolver(systems)(q))).toEqual(first);
      }),
      { numRuns: 25 },
    );
  });
});

describe('dedupeWeaponTypes properties', () => {
  test('places every name once, with counts that add up to the input', slow, () => {
    fc.assert(
      fc.property(
        fc.array(queries, { maxLength: 60 }),
        fc.constantFrom('system' as const, 'variant' as const),
        (names, level) => {
          const { groups, unresolved } = dedupeWeaponTypes(names, ds, { level });
          const placed = [
            ...groups.flatMap((g) => g.names.map((x) => x.name)),
            ...unresolved.map((u) => u.name),
          ];
          expect([...placed].sort()).toEqual([...new Set(names)].sort());
          const occurrences = (name: string): number => names.filter((x) => x === name).length;
          for (const g of groups) {
            for (const x of g.names) expect(x.count).toBe(occurrences(x.name));
            expect(g.count).toBe(g.names.reduce((s, x) => s + x.count, 0));
          }
          for (const u of unresolved) expect(u.count).toBe(occurrences(u.name));
          const total =
            groups.reduce((s, g) => s + g.count, 0) + unresolved.reduce((s, u) => s + u.count, 0);
          expect(total).toBe(names.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('groups each name where the resolver puts it', slow, () => {
    fc.assert(
      fc.property(
        fc.array(queries, { maxLength: 60 }),
        fc.constantFrom('system' as const, 'variant' as const),
        (names, level) => {
          const { groups, unresolved } = dedupeWeaponTypes(names, ds, { level });
          for (const g of groups) {
            for (const { name } of g.names) {
              const match = resolve(name);
              expect(match?.status).toBe('resolved');
              if (match?.status !== 'resolved') continue;
              expect(g.systemId).toBe(match.systemId);
              const variantId = level === 'variant' ? match.variantId : undefined;
              expect(g.variantId).toBe(variantId);
              expect(g.id).toBe(variantId ?? match.systemId);
            }
          }
          for (const u of unresolved) {
            const match = resolve(u.name);
            expect(u.reason).toBe(match === undefined ? 'unknown' : 'ambiguous');
            expect(u.candidates).toEqual(match?.status === 'ambiguous' ? match.candidates : []);
          }
          expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
        },
      ),
      { numRuns: 100 },
    );
  });

  test('does not depend on the order of the names', slow, () => {
    fc.assert(
      fc.property(
        fc
          .array(queries, { maxLength: 60 })
          .chain((names) =>
            fc.tuple(fc.constant(names), fc.shuffledSubarray(names, { minLength: names.length })),
          ),
        fc.constantFrom('system' as const, 'variant' as const),
        ([names, shuffled], level) => {
          expect(dedupeWeaponTypes(shuffled, ds, { level })).toEqual(
            dedupeWeaponTypes(names, ds, { level }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});

// --- fragmentation against a recount from the aid records -----------------------------------

const DONORS = [...new Set(ds.aid.map((a) => a.donor))].sort();
const STAGES: readonly AidStage[] = [
  'announced',
  'committed',
  'allocated',
  'delivered',
  'cancelled',
];

const partialDate = fc
  .date({
    min: new Date(Date.UTC(2021, 0, 1)),
    max: new Date(Date.UTC(2027, 11, 31)),
    noInvalidDate: true,
  })
  .chain((d) => {
    const day = d.toISOString().slice(0, 10);
    return fc.constantFrom(day, day.slice(0, 7), day.slice(0, 4));
  });

interface ExtraAid {
  readonly system: number;
  readonly variant: boolean;
  readonly donor: string;
  readonly quantity: number | undefined;
  readonly stage: AidStage;
  readonly date: string | undefined;
  readonly supersedes: number | undefined;
}

/** Aid records to add: some advance an earlier record (`supersedes`), some are undated. */
const extraAid: fc.Arbitrary<ExtraAid[]> = fc.array(
  fc.record({
    system: fc.nat(),
    variant: fc.boolean(),
    donor: fc.constantFrom(...DONORS),
    quantity: fc.option(fc.nat({ max: 300 }), { nil: undefined }),
    stage: fc.constantFrom(...STAGES),
    date: fc.option(partialDate, { nil: undefined, freq: 5 }),
    supersedes: fc.option(fc.nat({ max: 1000 }), { nil: undefined, freq: 2 }),
  }),
  { maxLength: 25 },
);

/**
 * The embedded dataset with the extra records appended to its aid. A record that supersedes
 * advances an earlier one that names a system, as `advanceAidStage` would (same donor and system).
 */
function withAid(extra: readonly ExtraAid[]): Dataset {
  const aid: AidRecord[] = [...ds.aid];
  extra.forEach((x, i) => {
    const withSystem = aid.filter((a) => a.system !== undefined);
    const earlier =
      x.supersedes === undefined ? undefined : withSystem[x.supersedes % withSystem.length];
    const system =
      systems.find((w) => w.id === earlier?.system) ?? systems[x.system % systems.length];
    if (system === undefined) return;
    const variants = system.variants ?? [];
    const variant = x.variant ? variants[x.system % Math.max(variants.length, 1)] : undefined;
    aid.push({
      id: `extra-${String(i)}`,
      donor: earlier?.donor ?? x.donor,
      system: system.id,
      ...(variant === undefined ? {} : { variant: variant.id }),
      ...(x.quantity === undefined ? {} : { quantity: x.quantity }),
      stage: x.stage,
      ...(x.date === undefined ? {} : { date: x.date }),
      ...(earlier === undefined ? {} : { supersedes: earlier.id }),
    });
  });
  return loadDataset({ ...ds, aid });
}

const fragmentationOptions: fc.Arbitrary<FragmentationOptions> = fc.record(
  {
    by: fc.constantFrom('capability' as const, 'ammunition' as const, 'category' as const),
    asOf: partialDate,
    donors: fc.subarray([...DONORS, 'eu']),
    stages: fc.subarray([...STAGES]),
  },
  { requiredKeys: ['by'] },
);

/** The first and the last day a partial date denotes, as comparable strings. */
const firstDay = (d: string): string =>
  d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d;
const lastDay = (d: string): string =>
  d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d;

/**
 * The recount, from the TSDoc: aid naming a catalogue system, at the stages asked (every one but
 * `cancelled` by default), from the donors asked, dated by `asOf`; a record that another record
 * of that time supersedes counts once, as the later record.
 */
function recount(d: Dataset, o: FragmentationOptions): FragmentationRow[] {
  const stages: readonly string[] = o.stages ?? STAGES.filter((x) => x !== 'cancelled');
  const { asOf } = o;
  const dated = (r: AidRecord): boolean =>
    asOf === undefined || (r.date !== undefined && firstDay(r.date) <= lastDay(asOf));
  const superseded = new Set(d.aid.filter(dated).map((r) => r.supersedes));
  const catalogue = new Map(d.weaponSystems.map((w) => [w.id, w]));
  const rows = new Map<string, AidRecord[]>();
  for (const r of d.aid) {
    const system = r.system === undefined ? undefined : catalogue.get(r.system);
    if (system === undefined || !dated(r) || superseded.has(r.id) || !stages.includes(r.stage))
      continue;
    if (o.donors !== undefined && !o.donors.includes(r.donor)) continue;
    const keys =
      o.by === 'capability'
        ? [system.capability]
        : o.by === 'category'
          ? [system.category]
          : system.ammunition?.length
            ? system.ammunition
            : ['unspecified'];
    for (const key of keys) {
      const list = rows.get(key) ?? [];
      list.push(r);
      rows.set(key, list);
    }
  }
  return [...rows]
    .map(([key, records]) => {
      const quantities = new Map<string, number>();
      for (const r of records) {
        quantities.set(
          r.system as string,
          (quantities.get(r.system as string) ?? 0) + (r.quantity ?? 0),
        );
      }
      const total = [...quantities.values()].reduce((a, b) => a + b, 0);
      const hhi = [...quantities.values()].reduce((a, q) => a + (q / total) ** 2, 0);
      const ids = [...quantities.keys()].sort();
      return {
        key,
        systems: ids.length,
        systemIds: ids,
        variants: new Set(records.flatMap((r) => (r.variant === undefined ? [] : [r.variant])))
          .size,
        donors: new Set(records.map((r) => r.donor)).size,
        ammunitionFamilies: new Set(ids.flatMap((id) => catalogue.get(id)?.ammunition ?? [])).size,
        quantity: total,
        effectiveTypes: total > 0 ? Math.round(100 / hhi) / 100 : null,
      };
    })
    .sort((a, b) => b.systems - a.systems || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

describe('fragmentation properties', () => {
  test('agrees with a recount from the aid records, for any asOf, stages and donors', slow, () => {
    fc.assert(
      fc.property(extraAid, fragmentationOptions, (extra, options) => {
        const d = withAid(extra);
        expect(fragmentation(d, options)).toEqual(recount(d, options));
      }),
      { numRuns: 60, examples: [...fragmentationAsOf] },
    );
  });

  test(
    'finds between one and as many effective types as systems, and none without quantities',
    slow,
    () => {
      fc.assert(
        fc.property(extraAid, fragmentationOptions, (extra, options) => {
          for (const row of fragmentation(withAid(extra), options)) {
            expect(row.systemIds).toHaveLength(row.systems);
            expect(row.effectiveTypes === null).toBe(row.quantity === 0);
            const effective = row.effectiveTypes ?? 1;
            expect(effective).toBeGreaterThanOrEqual(1);
            expect(effective).toBeLessThanOrEqual(row.systems);
          }
        }),
        { numRuns: 40 },
      );
    },
  );
});
