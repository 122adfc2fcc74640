/**
 * A Neumaier compensated sum: `sum + compensation` is the sum of the terms added with the
 * rounding error of each addition recovered exactly, so the total is rounded once at the end,
 * whatever the number of terms or their order (up to a second-order term). See `money.ts` for why
 * money is summed this way.
 *
 * A plain object with free functions rather than a class: the engine's optimised code stays valid
 * across garbage collections only if the shapes of the objects it meets outlive each call.
 *
 * @internal
 */
export interface Compensated {
  sum: number;
  compensation: number;
}

/**
 * An empty compensated sum. Its fields start at `-0`, a double (`0` is a small integer): V8 then
 * gives the object its final shape at once, instead of a new one at the first fractional sum,
 * which would throw away the optimised code of the engine that met the old shape, and again at
 * each call once a garbage collection has dropped the new one. {@link valueOf} turns `-0` into `0`.
 *
 * @internal
 */
export function compensated(): Compensated {
  return { sum: -0, compensation: -0 };
}

/**
 * Adds one finite term.
 *
 * @internal
 */
export function addTerm(total: Compensated, x: number): void {
  const s = total.sum;
  const t = s + x;
  // The low-order bits lost by `s + x`, recovered exactly from whichever operand is larger.
  total.compensation += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  total.sum = t;
}

/**
 * Adds another compensated sum, its compensation included.
 *
 * @internal
 */
export function addSum(total: Compensated, other: Compensated): void {
  addTerm(total, other.sum);
  total.compensation += other.compensation;
}

/**
 * The total, rounded once (never `-0`).
 *
 * @internal
 */
export function valueOf(total: Compensated): number {
  return total.sum + total.compensation + 0;
}
