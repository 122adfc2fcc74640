/*
 * Reads Arrow IPC bytes back with apache-arrow (the reference implementation, not the flechette
 * library that writes them), column by column, into plain values, and states independently what
 * `toArrow` should have written, so the tests of `toArrow` compare the two.
 */
import { DataType, tableFromIPC, type Vector } from 'apache-arrow';

/** A table read back: each column's name, Arrow type (as apache-arrow prints it) and values. */
export interface ReadTable {
  readonly numRows: number;
  readonly names: string[];
  readonly types: string[];
  readonly columns: unknown[][];
}

/** The values of a vector as plain JavaScript: objects for structs, arrays for lists. */
function plain(vector: Vector): unknown[] {
  const type = vector.type as DataType;
  const rows = Array.from({ length: vector.length }, (_, i) => i);
  if (DataType.isStruct(type)) {
    const children = type.children.map((field, j) => {
      const child = vector.getChildAt(j);
      if (!child) throw new Error(`struct child ${String(j)} missing`);
      return [field.name, plain(child)] as const;
    });
    return rows.map((i) =>
      vector.isValid(i)
        ? Object.fromEntries(children.map(([name, values]) => [name, values[i]]))
        : null,
    );
  }
  if (DataType.isList(type)) {
    return rows.map((i) => {
      const items = vector.get(i) as Vector | null;
      return items === null ? null : plain(items);
    });
  }
  return rows.map((i) => (vector.get(i) as unknown) ?? null);
}

/** Reads IPC bytes (stream or file format) with apache-arrow. */
export function readArrow(bytes: Uint8Array): ReadTable {
  const table = tableFromIPC(bytes);
  const fields = table.schema.fields;
  return {
    numRows: table.numRows,
    names: fields.map((field) => field.name),
    types: fields.map((field) => String(field.type)),
    columns: fields.map((_, i) => {
      const column = table.getChildAt(i);
      if (!column) throw new Error(`column ${String(i)} missing`);
      return plain(column);
    }),
  };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * What a column of `toArrow` holds for these values: `null` for none; a `Date` as its epoch
 * milliseconds; objects with the union of the column's keys (absent ones `null`); lists alike.
 */
export function expectedColumn(values: readonly unknown[]): unknown[] {
  const present = values.filter((value) => value !== null && value !== undefined);
  if (present.some(isPlainObject)) {
    const objects = values as readonly (Record<string, unknown> | null | undefined)[];
    const keys = [...new Set(present.flatMap((o) => Object.keys(o)))].sort();
    const children = keys.map((key) =>
      expectedColumn(objects.map((o) => (o && Object.hasOwn(o, key) ? o[key] : null))),
    );
    return objects.map((o, i) =>
      o ? Object.fromEntries(keys.map((key, j) => [key, children[j]?.[i]])) : null,
    );
  }
  if (present.some(Array.isArray)) {
    const lists = values as readonly (unknown[] | null | undefined)[];
    const items = expectedColumn(
      lists.flatMap((list) => (Array.isArray(list) ? Array.from(list) : [])),
    );
    let at = 0;
    return lists.map((list) => (Array.isArray(list) ? items.slice(at, (at += list.length)) : null));
  }
  return values.map((value) => (value instanceof Date ? value.getTime() : (value ?? null)));
}

/** The values of a column of rows: absent keys as `undefined`. */
export function columnOf(rows: readonly object[], name: string): unknown[] {
  return rows.map((row) =>
    Object.hasOwn(row, name) ? (row as Record<string, unknown>)[name] : undefined,
  );
}
