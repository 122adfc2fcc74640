/**
 * The styles the CLI uses: headings bold, errors red, warnings yellow, hints dim.
 *
 * @internal
 */
export type Style = 'bold' | 'red' | 'yellow' | 'dim';

/**
 * Styles a piece of text, or returns it unchanged when colour is off.
 *
 * @internal
 */
export type Paint = (style: Style, text: string) => string;

// ANSI SGR codes, on and off. A few codes are enough; `util.styleText` arrived in Node 20.12 and
// its stream checks differ between Node versions, so the choice stays ours and testable.
const CODES: Readonly<Record<Style, readonly [number, number]>> = {
  bold: [1, 22],
  red: [31, 39],
  yellow: [33, 39],
  dim: [2, 22],
};

/**
 * Whether to colour a stream: never with `NO_COLOR` (https://no-color.org: set and not empty),
 * always with `FORCE_COLOR` (unless it is `0` or `false`), otherwise only on a terminal that is not
 * `dumb`. Output to a pipe or a file stays plain, so it is stable for scripts.
 *
 * @internal
 */
export function colorEnabled(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return isTTY && env.TERM !== 'dumb';
}

/**
 * A {@link Paint} that colours when `on`, and is the identity otherwise.
 *
 * @internal
 */
export function painter(on: boolean): Paint {
  return on
    ? (style, text) => {
        const [open, close] = CODES[style];
        return text === '' ? text : `\u001b[${String(open)}m${text}\u001b[${String(close)}m`;
      }
    : (_style, text) => text;
}

/**
 * Replaces control characters (an escape sequence in a file name or a cell, a NUL of a binary
 * file) so that what the CLI echoes from its input cannot drive the terminal. Newlines stay.
 *
 * @internal
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) =>
    c === '\t' ? ' ' : '\uFFFD',
  );
}
