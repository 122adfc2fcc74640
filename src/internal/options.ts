import { NsatuError } from '../errors.ts';

/**
 * The options object of a public function, `{}` when none was given. Checked at run time too:
 * JavaScript callers and notebooks pass untyped options, and `null` must not crash with a
 * `TypeError` deep inside.
 *
 * @internal
 */
export function optionsOf<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || (options as unknown) === null || Array.isArray(options)) {
    const what =
      (options as unknown) === null ? 'null' : Array.isArray(options) ? 'an array' : typeof options;
    throw new NsatuError('INVALID_ARGUMENT', `${fn}: options must be an object, not ${what}`);
  }
  return options;
}
