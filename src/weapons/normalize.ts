/**
 * Cyrillic and Greek letters that look like Latin ones, folded so that a `К` typed inside `96К6`
 * or a Greek `Τ` matches. Only letters whose shapes are the same in print are folded, and the
 * small forms of the Cyrillic capitals so folded (`т`, `н`, `в`), so that case never matters.
 */
const LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic capitals and small letters
  А: 'a',
  В: 'b',
  Е: 'e',
  Ё: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  І: 'i',
  Ј: 'j',
  Ѕ: 's',
  а: 'a',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  в: 'b',
  н: 'h',
  т: 't',
  // Greek capitals and small letters
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  ο: 'o',
  κ: 'k',
  ι: 'i',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
};

const LOOKALIKE_PATTERN = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`, 'gu');

/** A run of letters, digits and hyphens: the unit within which look-alikes are folded. */
const RUN = /[\p{L}\p{N}\p{Pd}]+/gu;
const LATIN_OR_DIGIT = /[A-Za-z\p{N}]/u;

/** Words whose final "s" is part of the name, not a plural. */
const NOT_PLURAL = new Set(['himars', 'nasams', 'atacms', 'gmlrs', 'manpads']);

/**
 * Words that say what kind of thing a system is, not which: dropped so that "PzH 2000 howitzer"
 * and "PzH 2000" meet. Words that tell systems apart (SLM, SLS, HVM, a designation) are never here.
 */
const NOISE = new Set([
  'howitzer',
  'system',
  'sph',
  'spg',
  'mlrs',
  'mrl',
  'battery',
  'batterie',
  'launcher',
  'mbt',
  'tank',
  'ifv',
  'apc',
  'spaag',
  'vehicle',
  'unit',
  'piece',
  'pc',
  'pcs',
  'self',
  'propelled',
  'towed',
  'the',
  'of',
]);

const UNITS = new Set(['mm', 'cm']);
const TOKEN = /\p{L}+|\p{N}+/gu;
const DIGITS = /^\p{N}+$/u;
const ENDS_WITH_DIGIT = /\p{N}$/u;
const HAS_LETTER = /\p{L}/u;
/** A word: letters and digits between separators. */
const WORD = /[\p{L}\p{N}]+/gu;

function singular(token: string): string {
  // A plural "s" on words of five letters or more ("Stingers", "Leopards"); short words ("IRIS",
  // "MARS"), "ss" endings and acronyms that end in S stay whole.
  return token.length >= 5 && token.endsWith('s') && !token.endsWith('ss') && !NOT_PLURAL.has(token)
    ? token.slice(0, -1)
    : token;
}

/**
 * Folds look-alike letters, but only inside a run that also has Latin letters or digits (`96К6`,
 * `Т-72`): a word wholly in Cyrillic or Greek is a word of that script and stays as it is.
 */
function foldLookalikes(text: string): string {
  return text.replace(RUN, (run) =>
    LATIN_OR_DIGIT.test(run) ? run.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c) : run,
  );
}

/**
 * Splits a raw name into normalised tokens (see {@link normalizeWeaponName}).
 *
 * @internal
 */
export function weaponTokens(raw: string): string[] {
  // Compatibility decomposition (full-width letters, ligatures), accents dropped, then look-alikes
  // folded before and after lower-casing, so that no pass can leave work for the next.
  const folded = foldLookalikes(
    foldLookalikes(raw.normalize('NFKD').replace(/\p{M}+/gu, '')).toLowerCase(),
  );
  // Tokens: runs of letters or of digits. A letter→digit boundary always splits ("PzH2000",
  // "PzH-2000" and "PzH 2000" all give "pzh 2000"); a digit→letter boundary inside a word glues
  // ("2S1" gives "2s 1", "2A6" gives "2a 6"), so that a number followed by a space and a word can
  // only be a quantity ("12 M777"), never part of a designation. Units glue to their number
  // whatever separates them ("155 mm" gives "155mm").
  const tokens: string[] = [];
  let end = 0;
  for (const match of folded.matchAll(WORD)) {
    const gap = folded.slice(end, match.index);
    end = match.index + match[0].length;
    let first = true;
    for (const piece of match[0].match(TOKEN) ?? []) {
      const last = tokens[tokens.length - 1];
      const afterDigit = last !== undefined && ENDS_WITH_DIGIT.test(last);
      const isDigits = DIGITS.test(piece);
      const glue =
        afterDigit && !isDigits && (UNITS.has(piece) || !first || (gap !== '' && !/\s/u.test(gap)));
      if (glue) tokens[tokens.length - 1] = `${last}${piece}`;
      else tokens.push(isDigits ? piece : singular(piece));
      first = false;
    }
  }
  // Fold again token by token: a token glued across punctuation ("4.ρ" → "4ρ") is a run of its
  // own on the next pass, so it must already be folded for normalisation to be idempotent.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (LATIN_OR_DIGIT.test(token))
      tokens[i] = token.replace(LOOKALIKE_PATTERN, (c) => LOOKALIKES[c] ?? c);
  }
  const meaningful = tokens.filter((t) => !NOISE.has(t));
  const kept: string[] = [];
  // A unit that a dropped noise word separated from its number joins it now ("72 systems mm").
  for (const token of meaningful.length > 0 ? meaningful : tokens) {
    const last = kept[kept.length - 1];
    if (UNITS.has(token) && last !== undefined && ENDS_WITH_DIGIT.test(last)) {
      kept[kept.length - 1] = `${last}${token}`;
    } else kept.push(token);
  }
  // Quantity prefixes ("50 Cheetah", "12 M777", "167 9K35", "4 x Patriot"): a leading number
  // token followed by a token with a letter in it. Designations keep their numbers: "2S1" is one
  // word, so its "2" is never a token of its own.
  while (kept.length >= 2 && DIGITS.test(kept[0] as string)) {
    const next = kept[1] as string;
    if (next === 'x' && kept.length >= 3) {
      kept.splice(0, 2);
      continue;
    }
    // A count before a name that itself begins with a number ("12 155 TR F1") goes too.
    if (HAS_LETTER.test(next) || (DIGITS.test(next) && kept.some((t) => HAS_LETTER.test(t)))) {
      kept.shift();
      continue;
    }
    break;
  }
  return kept;
}

/**
 * Normalises a weapon name as people write it so that spellings of one system meet: Unicode
 * compatibility normalisation (NFKD, so full-width letters and ligatures fold too);
 * Cyrillic and Greek look-alike letters folded to Latin; accents, case, quotes, dashes and
 * punctuation dropped; letters and digits split into tokens (`PzH-2000`, `PzH2000` and `PzH 2000`
 * all become `pzh 2000`), a letter that follows digits inside a word staying with them (`2S1` →
 * `2s 1`); calibres joined (`155 mm` → `155mm`); plurals and quantity prefixes
 * dropped (`50 Cheetah systems` → `cheetah`); words that name a kind of weapon rather than a
 * system dropped (howitzer, system, SPH, MLRS, battery, tank, …). What distinguishes systems
 * stays: `IRIS-T SLM` vs `IRIS-T SLS`, `M270` vs `M142`, `Leopard 1` vs `Leopard 2`.
 *
 * Idempotent: normalising a normalised name changes nothing. Independent of the runtime's locale.
 *
 * @param raw - A weapon name as written.
 * @returns The normalised name; empty when `raw` holds no letters or digits.
 *
 * @example
 * ```ts
 * import { normalizeWeaponName } from 'nsatu';
 *
 * normalizeWeaponName('PzH-2000') // => 'pzh 2000'
 * normalizeWeaponName('PzH2000 155 mm howitzers') // => 'pzh 2000 155mm'
 * normalizeWeaponName('12 M777') // => 'm 777'
 * normalizeWeaponName('2S1 Gvozdika') // => '2s 1 gvozdika'
 * normalizeWeaponName('50 Cheetah systems') // => 'cheetah'
 * normalizeWeaponName('IRIS-T SLM') === normalizeWeaponName('IRIS-T SLS') // => false
 * normalizeWeaponName('96К6 Панцирь') // => '96k 6 панцирь'
 * ```
 *
 * @category Weapons
 */
export function normalizeWeaponName(raw: string): string {
  return weaponTokens(raw).join(' ');
}
