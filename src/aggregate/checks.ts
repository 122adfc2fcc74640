// Argument checks and the way error messages show values, shared by the aggregation modules.
import { NsatuError } from '../errors.ts';

/**
 * A value as an error message shows it: strings quoted, objects as JSON.
 *
 * @internal
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol') return value.toString();
  if (typeof value === 'function') return 'a function';
  if (typeof value !== 'object' || value === null) return String(value);
  try {
    const json: unknown = JSON.stringify(value);
    return typeof json === 'string' ? json : 'an object';
  } catch {
    return 'an object';
  }
}

/**
 * Checks a field name given to a measure or a period key.
 *
 * @internal
 */
export function checkField(field: unknown, what: string): string {
  if (typeof field !== 'string' || field === '') {
    throw new NsatuError('INVALID_ARGUMENT', `${what} needs a field name, not ${show(field)}`);
  }
  return field;
}
