import { NsatuError } from '../errors.ts';
import { NationCodeSchema, PartyIdSchema } from '../model/common.ts';

/**
 * A nation as donor normalisation needs it: a dataset's `nations` fit, and so does a small table
 * of `{ id, name, iso2 }`.
 *
 * @example
 * ```ts
 * import type { CsvNation } from 'nsatu/csv';
 *
 * const argentina: CsvNation = { id: 'ARG', name: 'Argentina', iso2: 'AR' };
 * argentina.id // => 'ARG'
 * ```
 *
 * @category Import
 */
export interface CsvNation {
  /** ISO 3166-1 alpha-3 code in upper case. */
  readonly id: string;
  /** The nation's name, matched in any case and without diacritics. */
  readonly name: string;
  /** ISO 3166-1 alpha-2 code, matched in any case. */
  readonly iso2?: string | undefined;
}

/**
 * Donor names that ISO 3166-1 short names do not cover, and the project's id for the European
 * Union. Keys are in the form {@link donorKey} gives. Everything else comes from the caller's
 * `nations` (names, alpha-2 and alpha-3 codes) and `donorAliases`.
 */
const BUILT_IN: Readonly<Record<string, string>> = {
  uk: 'GBR',
  'united kingdom': 'GBR',
  'great britain': 'GBR',
  britain: 'GBR',
  us: 'USA',
  usa: 'USA',
  'united states': 'USA',
  'united states of america': 'USA',
  'czech republic': 'CZE',
  turkey: 'TUR',
  turkiye: 'TUR',
  netherlands: 'NLD',
  holland: 'NLD',
  'kingdom of the netherlands': 'NLD',
  'south korea': 'KOR',
  'republic of korea': 'KOR',
  'korea south': 'KOR',
  macedonia: 'MKD',
  'north macedonia': 'MKD',
  'republic of north macedonia': 'MKD',
  moldova: 'MDA',
  'republic of moldova': 'MDA',
  kosovo: 'XKX',
  eu: 'eu',
  'european union': 'eu',
};

/**
 * The form names are compared in: diacritics, case, dots, apostrophes and a leading "the"
 * dropped, other punctuation and runs of spaces made one space (`U.K.` → `uk`, `Türkiye` →
 * `turkiye`, `The Netherlands` → `netherlands`, `Korea, South` → `korea south`).
 *
 * @param name - A donor name or code as written.
 * @returns Its comparison key.
 *
 * @internal
 */
export function donorKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * What donor lookups need: the caller's nations and aliases.
 *
 * @internal
 */
export interface DonorLookupOptions {
  readonly nations?: readonly CsvNation[] | undefined;
  readonly donorAliases?: Readonly<Record<string, string>> | undefined;
}

function addKey(map: Map<string, string>, key: string, code: string, what: string): void {
  if (key === '') return;
  const existing = map.get(key);
  if (existing !== undefined && existing !== code) {
    throw new NsatuError(
      'INVALID_ARGUMENT',
      `${what} "${key}" names both ${existing} and ${code}; a donor name must name one party`,
    );
  }
  map.set(key, code);
}

/**
 * Builds a donor lookup: raw name or code → ISO alpha-3 code or organisation id, `undefined` when
 * unknown. Tried in order: `donorAliases`; the nations' alpha-3 codes, names and alpha-2 codes;
 * the built-in table; and, only when no `nations` are given, any three-letter code as alpha-3.
 *
 * @param options - The caller's nations and aliases.
 * @returns The lookup, memoised per raw string.
 * @throws {@link nsatu!NsatuError} `INVALID_ARGUMENT` for a nation whose id is not alpha-3, an alias to
 *   something that is neither a nation code nor an organisation id, or one name given two codes.
 *
 * @internal
 */
export function createDonorLookup(
  options: DonorLookupOptions,
): (raw: string) => string | undefined {
  const aliases = new Map<string, string>();
  for (const [name, target] of Object.entries(options.donorAliases ?? {})) {
    if (typeof target !== 'string' || !PartyIdSchema.safeParse(target).success) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `donorAliases["${name}"] must be a nation code ("DEU") or an organisation id ("eu"), not ${JSON.stringify(target)}`,
      );
    }
    addKey(aliases, donorKey(name), target, 'donorAliases key');
  }
  const nations = new Map<string, string>();
  for (const nation of options.nations ?? []) {
    // Checked at run time too: notebooks pass untyped tables.
    const entry: unknown = nation;
    const { id, name, iso2 } = (entry ?? {}) as Partial<CsvNation>;
    if (typeof id !== 'string' || !NationCodeSchema.safeParse(id).success) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `nations: ${JSON.stringify(id)} is not an ISO 3166-1 alpha-3 code such as "DEU"`,
      );
    }
    addKey(nations, id.toLowerCase(), id, 'nations code');
    if (typeof name === 'string') addKey(nations, donorKey(name), id, 'nations name');
    if (typeof iso2 === 'string') addKey(nations, iso2.toLowerCase(), id, 'nations iso2');
  }
  const anyCode = options.nations === undefined;
  const memo = new Map<string, string | undefined>();
  return (raw) => {
    if (memo.has(raw)) return memo.get(raw);
    const key = donorKey(raw);
    const code =
      aliases.get(key) ??
      nations.get(key) ??
      (Object.hasOwn(BUILT_IN, key) ? BUILT_IN[key] : undefined) ??
      (anyCode && /^[a-z]{3}$/.test(key) ? key.toUpperCase() : undefined);
    if (memo.size >= 100_000) memo.clear();
    memo.set(raw, code);
    return code;
  };
}
