/*
 * The shape a table takes while immer edits it: fixed-size chunks. immer copies, scans and freezes
 * whole arrays, so an edit of one record of a flat 100,000-record table costs milliseconds; split
 * into chunks, it copies one chunk and the short list of chunks. Every chunk is full except the
 * last, which is never empty, so record `i` always sits at `chunks[i >> SHIFT][i & MASK]`.
 */

/** log2 of the chunk size. */
export const SHIFT = 10;
/** Records per chunk. */
export const CHUNK = 1 << SHIFT;
/** `i & MASK` is a record's place in its chunk. */
export const MASK = CHUNK - 1;

/** A table as chunks. */
export type Chunks = readonly (readonly unknown[])[];

// The chunks of a frozen table, keyed by the table: tables are frozen and shared between datasets,
// so a table left alone by an edit keeps its chunks, and an edited one is cached as it is built.
const cache = new WeakMap<readonly unknown[], Chunks>();

/**
 * Splits rows into chunks of {@link CHUNK}: plain, mutable arrays (for a table a recipe replaces
 * whole), or frozen ones.
 *
 * @internal
 */
export function split(rows: readonly unknown[], freeze: boolean): unknown[][] {
  const out: unknown[][] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const end = Math.min(rows.length, start + CHUNK);
    // A copying loop: `slice` of a frozen array takes V8's slow path.
    const chunk = new Array<unknown>(end - start);
    for (let i = start; i < end; i++) chunk[i - start] = rows[i];
    if (freeze) Object.freeze(chunk);
    out.push(chunk);
  }
  return out;
}

/**
 * The frozen chunks of a frozen table, made once per table.
 *
 * @internal
 */
export function chunksOf(rows: readonly unknown[]): Chunks {
  let chunks = cache.get(rows);
  if (chunks === undefined) {
    chunks = Object.freeze(split(rows, true));
    cache.set(rows, chunks);
  }
  return chunks;
}

/**
 * The number of rows in chunks.
 *
 * @internal
 */
export function chunkedLength(chunks: Chunks): number {
  const last = chunks[chunks.length - 1];
  return last === undefined ? 0 : (chunks.length - 1) * CHUNK + last.length;
}

/** The flat rows of an edited table, and the window outside which it equals the previous one. */
export interface Flattened {
  readonly rows: readonly unknown[];
  /** Every row before `start` is the previous table's, at the same index. */
  readonly start: number;
  /** The last `tail` rows of both tables are the same (0 when the lengths differ). */
  readonly tail: number;
}

/**
 * Builds the frozen flat table of edited chunks, reusing the rows of the chunks the edit left alone
 * (a spread of a frozen array is V8's fast path), and remembers its chunks for the next edit.
 * Returns `undefined` when the rows are those of `previous`.
 *
 * @internal
 */
export function flatten(
  previous: readonly unknown[],
  before: Chunks,
  after: Chunks,
): Flattened | undefined {
  const length = chunkedLength(after);
  let first = -1;
  let last = -1;
  let differs = length !== previous.length;
  const out = [...previous];
  if (out.length > length) out.length = length;
  for (let c = 0; c < after.length; c++) {
    const chunk = after[c] as readonly unknown[];
    if (chunk === before[c]) continue;
    if (first === -1) first = c;
    last = c;
    const offset = c << SHIFT;
    for (let k = 0; k < chunk.length; k++) {
      const row = chunk[k];
      if (!differs && row !== previous[offset + k]) differs = true;
      out[offset + k] = row;
    }
  }
  if (!differs) return undefined;
  Object.freeze(out);
  cache.set(out, after);
  if (first === -1) first = after.length;
  const tail = length === previous.length ? Math.max(0, length - ((last + 1) << SHIFT)) : 0;
  return { rows: out, start: first << SHIFT, tail };
}
