/**
 * Freezes a tree of plain objects and arrays, iteratively (a user's data may be deep enough to
 * overflow the stack if walked recursively). Only for values this library built itself, so every
 * node is a fresh plain object or array.
 *
 * @internal
 */
export function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || Object.isFrozen(node)) continue;
    Object.freeze(node);
    // for-of and for-in loops: no array of values allocated per node.
    if (Array.isArray(node)) {
      for (const value of node as unknown[]) {
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    } else {
      for (const key in node) {
        const value: unknown = (node as Record<string, unknown>)[key];
        if (value !== null && typeof value === 'object') stack.push(value);
      }
    }
  }
  return root;
}
