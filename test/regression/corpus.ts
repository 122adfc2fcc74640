/*
 * The regression corpus: every counterexample a property test has ever found, kept so that each
 * runs first, on every run, whatever the seed (fast-check's `examples` option). When fast-check
 * reports a failure (it prints the seed, the path and the shrunk counterexample), fix the code,
 * then add the shrunk value here under the property it broke, with the date and what it showed.
 */

/** Inputs of `normalizeWeaponName` that once broke idempotence (`n(n(x)) === n(x)`). */
export const normalizeIdempotent: readonly [string][] = [
  // 2026-11-28: a look-alike (Greek rho) glued to a digit across punctuation folded only on the
  // second pass.
  ['4.ρ'],
  // 2026-11-28: a unit separated from its number by a dropped noise word joined it only on the
  // second pass.
  ['Т-72 systems mm'],
];
