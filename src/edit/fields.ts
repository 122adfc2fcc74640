/*
 * Field-level comparison of records for `diff`: deep equality, and the changed paths, with the
 * elements of arrays of objects matched by what identifies them.
 */
import type { JsonPath } from '../dataset/issues.ts';
import type { FieldChange } from './diff.ts';

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Deep equality of JSON-shaped values; a key holding `undefined` counts as absent.
 *
 * @internal
 */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => same(x, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a).filter((k) => a[k] !== undefined);
  const other = Object.keys(b).filter((k) => b[k] !== undefined);
  return keys.length === other.length && keys.every((k) => same(a[k], b[k]));
}

/** What identifies an element of an array of objects across versions. */
function elementKey(element: unknown, index: number): string {
  if (!isObject(element)) return `#${index}`;
  if (typeof element.id === 'string') return `id:${element.id}`;
  if (typeof element.party === 'string') {
    const from = typeof element.from === 'string' ? element.from : '';
    return `party:${element.party}|${String(element.role)}|${from}`;
  }
  if (typeof element.asOf === 'string') return `asOf:${element.asOf}`;
  return `#${index}`;
}

/** Counts repeated keys so duplicates pair up in order. */
function keyed(list: readonly unknown[]): string[] {
  const seen = new Map<string, number>();
  return list.map((element, i) => {
    const key = elementKey(element, i);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0 ? key : `${key}~${n}`;
  });
}

/**
 * Appends the changes from `before` to `after` under `path`. Records are shallow: the recursion is
 * bounded by the schema.
 *
 * @internal
 */
export function compare(before: unknown, after: unknown, path: JsonPath, out: FieldChange[]): void {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((k) => !(k in before))];
    for (const key of keys) compare(before[key], after[key], [...path, key], out);
    return;
  }
  if (
    Array.isArray(before) &&
    Array.isArray(after) &&
    [...(before as unknown[]), ...(after as unknown[])].some((e) => isObject(e)) &&
    path.length > 0
  ) {
    const beforeKeys = keyed(before);
    const afterKeys = keyed(after);
    const afterIndex = new Map(afterKeys.map((k, i) => [k, i]));
    const beforeIndex = new Map(beforeKeys.map((k, i) => [k, i]));
    beforeKeys.forEach((key, i) => {
      const j = afterIndex.get(key);
      if (j === undefined) out.push({ path: [...path, i], before: before[i], after: undefined });
      else compare(before[i], after[j], [...path, j], out);
    });
    afterKeys.forEach((key, j) => {
      if (!beforeIndex.has(key))
        out.push({ path: [...path, j], before: undefined, after: after[j] });
    });
    return;
  }
  out.push({ path, before, after });
}
