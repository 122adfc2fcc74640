/*
 * The draft a recipe sees. immer drafts the chunked form of the dataset (see ./chunks.ts); the
 * recipe gets a proxy of immer's root draft whose tables read and write like arrays of records
 * (`draft.aid.push(r)`, `draft.aid[i].stage = 'delivered'`, `draft.posts.length`, `for … of`), each
 * access going to the record's chunk. Array methods work through the same traps, so they cost what
 * they touch: appending or replacing by index touches one chunk, removing from the front shifts
 * every later record.
 */
import { DatasetError, NsatuError } from '../errors.ts';
import { DatasetTableValues, type Dataset, type DatasetTable } from '../dataset/schema.ts';
import { MASK, SHIFT, chunkedLength, split, type Chunks } from './chunks.ts';

const TABLES: ReadonlySet<string> = new Set(DatasetTableValues);

/** A table as immer drafts it: a list of chunks. */
type DraftChunks = unknown[][];
/** immer's draft of the chunked dataset. */
type ChunkedDraft = Record<string, unknown>;

/** What a recipe's draft recorded beyond immer's own patches. */
export interface DraftSession {
  /** The proxy handed to the recipe. */
  readonly draft: Dataset;
  /** Tables the recipe assigned as a whole (`draft.aid = [...]`). */
  readonly replaced: ReadonlySet<DatasetTable>;
}

/** Reads a canonical array index (`'0'`, `'17'`), or -1 for any other key. */
function indexOf(key: string | symbol): number {
  if (typeof key !== 'string' || key.length === 0) return -1;
  const first = key.charCodeAt(0);
  if (first < 48 || first > 57 || (first === 48 && key.length > 1)) return -1;
  const n = Number(key);
  return Number.isSafeInteger(n) && n < 4294967295 ? n : -1;
}

function describe(value: unknown): string {
  return value === null ? 'null' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** One table of the draft: its length, and reads and writes that go to the right chunk. */
class TableDraft {
  length: number;

  constructor(
    private readonly root: ChunkedDraft,
    readonly table: DatasetTable,
    length: number,
  ) {
    this.length = length;
  }

  private chunks(): DraftChunks {
    return this.root[this.table] as DraftChunks;
  }

  read(i: number): unknown {
    return (this.chunks()[i >> SHIFT] as unknown[])[i & MASK];
  }

  write(i: number, value: unknown): void {
    if (i < this.length) {
      (this.chunks()[i >> SHIFT] as unknown[])[i & MASK] = value;
    } else if (i === this.length) {
      const chunks = this.chunks();
      if ((i & MASK) === 0) chunks.push([value]);
      else (chunks[chunks.length - 1] as unknown[]).push(value);
      this.length++;
    } else {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `Cannot write ${this.table}[${i}]: a table has no holes (it has ${this.length} records)`,
      );
    }
  }

  resize(value: unknown): void {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0 || n > this.length) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `Cannot set the length of ${this.table} to ${String(value)}: only shortening is allowed (it has ${this.length} records)`,
      );
    }
    if (n === this.length) return;
    const chunks = this.chunks();
    const count = (n + MASK) >> SHIFT;
    if (chunks.length > count) chunks.length = count;
    const last = chunks[count - 1];
    const keep = n - ((count - 1) << SHIFT);
    if (last !== undefined && last.length > keep) last.length = keep;
    this.length = n;
  }

  remove(i: number): boolean {
    if (i >= this.length) return true;
    // Array methods delete from the end only; any other delete would leave a hole.
    if (i !== this.length - 1) {
      throw new NsatuError(
        'INVALID_ARGUMENT',
        `Cannot delete ${this.table}[${i}]: a table has no holes (use splice)`,
      );
    }
    this.resize(i);
    return true;
  }
}

function tableHandler(table: TableDraft): ProxyHandler<unknown[]> {
  return {
    get(_target, key, receiver) {
      if (key === 'length') return table.length;
      const i = indexOf(key);
      if (i !== -1) return i < table.length ? table.read(i) : undefined;
      return Reflect.get(Array.prototype, key, receiver) as unknown;
    },
    set(_target, key, value) {
      if (key === 'length') table.resize(value);
      else {
        const i = indexOf(key);
        if (i === -1) {
          throw new NsatuError(
            'INVALID_ARGUMENT',
            `Cannot set ${String(key)} on ${table.table}: a table holds records only`,
          );
        }
        table.write(i, value);
      }
      return true;
    },
    has(_target, key) {
      if (key === 'length') return true;
      const i = indexOf(key);
      return i !== -1 ? i < table.length : key in Array.prototype;
    },
    deleteProperty(_target, key) {
      const i = indexOf(key);
      return i === -1 ? false : table.remove(i);
    },
    ownKeys() {
      const keys: string[] = [];
      for (let i = 0; i < table.length; i++) keys.push(String(i));
      keys.push('length');
      return keys;
    },
    getOwnPropertyDescriptor(_target, key) {
      if (key === 'length') {
        return { value: table.length, writable: true, enumerable: false, configurable: false };
      }
      const i = indexOf(key);
      if (i === -1 || i >= table.length) return undefined;
      return { value: table.read(i), writable: true, enumerable: true, configurable: true };
    },
    defineProperty(_target, key, descriptor) {
      if (!('value' in descriptor)) {
        throw new NsatuError('INVALID_ARGUMENT', `A table holds plain records, not accessors`);
      }
      if (key === 'length') table.resize(descriptor.value);
      else {
        const i = indexOf(key);
        if (i === -1) return false;
        table.write(i, descriptor.value);
      }
      return true;
    },
    setPrototypeOf: () => false,
    preventExtensions: () => false,
  };
}

/**
 * Wraps immer's draft of a chunked dataset in the dataset-shaped draft a recipe changes.
 *
 * @internal
 */
export function openDraft(
  root: ChunkedDraft,
  base: Readonly<Record<string, unknown>>,
): DraftSession {
  const tables = new Map<string, { state: TableDraft; proxy: unknown[] }>();
  const replaced = new Set<DatasetTable>();
  const tableOf = (name: DatasetTable): { state: TableDraft; proxy: unknown[] } => {
    let entry = tables.get(name);
    if (entry === undefined) {
      const state = new TableDraft(root, name, chunkedLength(base[name] as Chunks));
      // Each table gets its own (always empty) target: a proxy of an array is an array to
      // `Array.isArray`, `JSON.stringify` and the array methods.
      entry = { state, proxy: new Proxy<unknown[]>([], tableHandler(state)) };
      tables.set(name, entry);
    }
    return entry;
  };
  const isTable = (key: string | symbol): key is DatasetTable =>
    typeof key === 'string' && TABLES.has(key);

  const draft = new Proxy<ChunkedDraft>(root, {
    get(target, key) {
      return isTable(key) ? tableOf(key).proxy : (Reflect.get(target, key) as unknown);
    },
    set(target, key, value) {
      if (!isTable(key)) return Reflect.set(target, key, value);
      const entry = tableOf(key);
      if (value === entry.proxy) return true;
      if (!Array.isArray(value)) {
        throw new DatasetError([
          {
            code: 'INVALID_TYPE',
            path: [key],
            message: `Expected an array of records, got ${describe(value)}`,
          },
        ]);
      }
      // Read through first: the value may be this very table's proxy, or contain its drafts.
      const rows = Array.from(value as unknown[]);
      target[key] = split(rows, false);
      entry.state.length = rows.length;
      replaced.add(key);
      return true;
    },
    deleteProperty(target, key) {
      if (!isTable(key)) return Reflect.deleteProperty(target, key);
      throw new DatasetError([
        { code: 'REQUIRED', path: [key], message: `A dataset always has its ${key} table` },
      ]);
    },
    getOwnPropertyDescriptor(target, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(target, key);
      return descriptor !== undefined && isTable(key)
        ? { ...descriptor, value: tableOf(key).proxy }
        : descriptor;
    },
  });
  return { draft: draft as unknown as Dataset, replaced };
}
