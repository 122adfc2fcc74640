import type { PartialDate } from '../model/date.ts';
import type { ChainAuthority } from '../model/relationship.ts';

/**
 * Options of the command-chart exports ({@link toMermaid}, {@link toDot}). STUB: being written.
 *
 * @category Export
 */
export interface ChartOptions {
  /** Draw only this organisation and what reports to it (and its chain up to the top). */
  readonly root?: string | undefined;
  /** The date the chart shows. Default: the dataset's `asOf`. */
  readonly asOf?: PartialDate | undefined;
  /** The authorities drawn as command lines. Default: the operational line. */
  readonly via?: readonly ChainAuthority[] | undefined;
}
