import type { Organisation } from '../model/organisation.ts';

/**
 * The APP-6 / MIL-STD-2525 symbol identification code of an organisation. STUB: being written.
 *
 * @param org - An organisation.
 * @returns The SIDC, or `undefined` when the organisation has no symbol.
 * @category Export
 */
export function toSidc(org: Organisation): string | undefined {
  void org;
  throw new Error('toSidc: not implemented yet');
}
