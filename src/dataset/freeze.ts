/**
 * Freezes a tree of plain objects and arrays, iteratively (a user's data may be deep enough to
 * overflow the stack if walked recursively). Only for values this library built itself.
 *
 * @internal
 */
export function deepFreeze<T>(root: T): T {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== 'object' || Object.isFrozen(node)) continue;
    Object.freeze(node);
    for (const value of Object.values(node)) {
      if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return root;
}
