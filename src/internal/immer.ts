import { Immer, enablePatches } from 'immer';

let instance: Immer | undefined;

/**
 * The one immer instance nsatu edits with, made on first use (never at import time).
 *
 * It is private, so nsatu never calls immer's global setters (`setAutoFreeze`, …) that a user's own
 * immer relies on. Patches are the exception: immer 11 registers plugins globally, so the first
 * edit calls `enablePatches()`. That only adds patch support to the user's immer; it changes none of
 * its existing behaviour.
 *
 * @internal
 */
export function editor(): Immer {
  if (instance === undefined) {
    enablePatches();
    instance = new Immer({ autoFreeze: true });
  }
  return instance;
}
