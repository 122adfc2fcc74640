import {
  AidChannelValues,
  AidRecordSchema,
  AidStageValues,
  type AidChannel,
  type AidRecord,
  type AidStage,
} from '../model/aid.ts';
import { CurrencySchema, IdSchema } from '../model/common.ts';
import type { WeaponResolver } from '../weapons/resolver.ts';
import { readAmount, readDate, readQuantity } from './cells.ts';
import type { CsvColumns } from './columns.ts';
import { clip, type CsvProblem, type CsvProblemCode } from './problems.ts';
import type { CsvRow } from './table.ts';

/**
 * What every row of one import shares: the checked options, the lookups and the column positions.
 *
 * @internal
 */
export interface RowContext {
  readonly columns: CsvColumns;
  readonly stage: AidStage | undefined;
  readonly channel: AidChannel | undefined;
  readonly currency: string | undefined;
  readonly sources: readonly string[];
  readonly idPrefix: string;
  readonly valueScale: number;
  readonly donor: (raw: string) => string | undefined;
  readonly weapon: WeaponResolver | undefined;
  /** Position of each mapped field's column in the row. */
  readonly index: ReadonlyMap<keyof CsvColumns, number>;
  /** Number of header cells. */
  readonly width: number;
  /** Ids already given to a record. */
  readonly seen: Set<string>;
}

/** Whether a problem of this code still lets the row give a record. */
function isWarning(code: CsvProblemCode): boolean {
  return code === 'UNRESOLVED_WEAPON' || code === 'AMBIGUOUS_WEAPON' || code === 'RAGGED_ROW';
}

function scaled(amount: number, scale: number): number {
  if (scale === 1) return amount;
  const value = Number((amount * scale).toPrecision(15));
  return value === 0 ? 0 : value;
}

/**
 * Reads one data row into an aid record, appending its problems in column order. Returns the
 * record only when the row has no error; warnings (an unresolved item, empty extra cells) keep it.
 *
 * @param row - The row's cells and line.
 * @param context - The shared options, lookups and column positions.
 * @param problems - Where to append the row's problems.
 * @returns The record, or `undefined` when the row has an error.
 *
 * @internal
 */
export function readRow(
  row: CsvRow,
  context: RowContext,
  problems: CsvProblem[],
): AidRecord | undefined {
  const { line, cells } = row;
  const { columns, index } = context;
  const errors: CsvProblem[] = [];
  const warnings: CsvProblem[] = [];
  const report = (
    code: CsvProblemCode,
    message: string,
    field?: keyof CsvColumns,
    raw?: string,
    severity: CsvProblem['severity'] = isWarning(code) ? 'warning' : 'error',
  ): void => {
    const column = field === undefined ? undefined : columns[field];
    (severity === 'error' ? errors : warnings).push({
      line,
      ...(column === undefined ? {} : { column }),
      code,
      severity,
      message,
      ...(raw === undefined ? {} : { raw: clip(raw) }),
    });
  };
  if (cells.length !== context.width) {
    const more = `${String(cells.length)} cells where the header has ${String(context.width)}`;
    if (cells.length < context.width || cells.slice(context.width).some((c) => c.trim() !== '')) {
      const message = `${more}: the cells cannot be matched to columns`;
      report('RAGGED_ROW', message, undefined, cells.join(','), 'error');
      problems.push(...errors);
      return undefined;
    }
    report('RAGGED_ROW', `${more}; the extra cells are empty and ignored`);
  }
  const cell = (field: keyof CsvColumns): string => {
    const at = index.get(field);
    return at === undefined ? '' : (cells[at] ?? '');
  };

  let id = `${context.idPrefix}-${line}`;
  const idCell = cell('id').trim();
  if (idCell !== '') {
    if (IdSchema.safeParse(idCell).success) id = idCell;
    else report('INVALID_ID', `"${idCell}" is not a kebab-case id`, 'id', idCell);
  }

  const donorCell = cell('donor');
  const donor = donorCell.trim() === '' ? undefined : context.donor(donorCell);
  if (donorCell.trim() === '') report('MISSING_VALUE', 'The donor is empty', 'donor');
  else if (donor === undefined) {
    report('UNKNOWN_DONOR', `Unknown donor "${donorCell.trim()}"`, 'donor', donorCell);
  }

  const stageCell = cell('stage').trim();
  let stage = context.stage;
  if (stageCell !== '') {
    const wanted = stageCell.toLowerCase() as AidStage;
    if (AidStageValues.includes(wanted)) stage = wanted;
    else {
      const message = `"${stageCell}" is not one of ${AidStageValues.join(', ')}`;
      report('INVALID_STAGE', message, 'stage', stageCell);
    }
  } else if (stage === undefined) report('MISSING_VALUE', 'The stage is empty', 'stage');

  const channelCell = cell('channel').trim();
  let channel = context.channel;
  if (channelCell !== '') {
    const wanted = channelCell.toLowerCase() as AidChannel;
    if (AidChannelValues.includes(wanted)) channel = wanted;
    else {
      report(
        'INVALID_CHANNEL',
        `"${channelCell}" is not one of ${AidChannelValues.join(', ')}`,
        'channel',
        channelCell,
      );
    }
  }

  const item = cell('item');
  let system: string | undefined;
  let variant: string | undefined;
  if (item.trim() !== '' && context.weapon !== undefined) {
    const match = context.weapon(item);
    if (match === undefined) {
      report('UNRESOLVED_WEAPON', `"${item.trim()}" names no catalogue system`, 'item', item);
    } else if (match.status === 'ambiguous') {
      report(
        'AMBIGUOUS_WEAPON',
        `"${item.trim()}" matches ${match.candidates.join(', ')} equally well`,
        'item',
        item,
      );
    } else {
      system = match.systemId;
      variant = match.variantId;
    }
  }

  const quantityCell = cell('quantity').trim();
  let quantity: number | undefined;
  if (quantityCell !== '') {
    const read = readQuantity(quantityCell);
    if (read.ok) quantity = read.value;
    else {
      const message = `Cannot read "${quantityCell}" as a quantity: ${read.reason}`;
      report('INVALID_QUANTITY', message, 'quantity', quantityCell);
    }
  }

  const valueCell = cell('value').trim();
  let value: AidRecord['value'];
  if (valueCell !== '') {
    const read = readAmount(valueCell);
    if (!read.ok) {
      report(
        'INVALID_VALUE',
        `Cannot read "${valueCell}" as an amount: ${read.reason}`,
        'value',
        valueCell,
      );
    }
    const currencyCell = cell('currency').trim();
    const currency = currencyCell === '' ? context.currency : currencyCell.toUpperCase();
    if (currency === undefined) report('MISSING_CURRENCY', 'The value has no currency', 'currency');
    else if (!CurrencySchema.safeParse(currency).success) {
      report(
        'INVALID_CURRENCY',
        `"${currencyCell}" is not an ISO 4217 currency code`,
        'currency',
        currencyCell,
      );
    } else if (read.ok) value = { amount: scaled(read.value, context.valueScale), currency };
  }

  const dateCell = cell('date').trim();
  let date: string | undefined;
  if (dateCell !== '') {
    const read = readDate(dateCell);
    if (read.ok) date = read.value;
    else {
      const message = `Cannot read "${dateCell}" as a date: ${read.reason}`;
      report('INVALID_DATE', message, 'date', dateCell);
    }
  }

  const sources = new Set(context.sources);
  for (const source of cell('sources').split(/[;,\s]+/)) {
    if (source === '') continue;
    if (IdSchema.safeParse(source).success) sources.add(source);
    else report('INVALID_SOURCE', `"${source}" is not a source id`, 'sources', source);
  }

  if (errors.length === 0 && context.seen.has(id)) {
    report('DUPLICATE_ID', `The id "${id}" is already used by an earlier row`, 'id', id);
  }
  if (errors.length > 0) {
    problems.push(...errors);
    return undefined;
  }
  const candidate = {
    id,
    donor,
    ...(system === undefined ? {} : { system }),
    ...(variant === undefined ? {} : { variant }),
    ...(item.trim() === '' ? {} : { item }),
    ...(quantity === undefined ? {} : { quantity }),
    ...(value === undefined ? {} : { value }),
    stage,
    ...(date === undefined ? {} : { date }),
    ...(channel === undefined ? {} : { channel }),
    ...(sources.size === 0 ? {} : { sources: [...sources] }),
  };
  const parsed = AidRecordSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      const code = (issue as { params?: { code?: string } }).params?.code;
      const known =
        typeof field === 'string' && field in columns ? (field as keyof CsvColumns) : undefined;
      report(
        code === 'NEGATIVE_AMOUNT'
          ? 'NEGATIVE_AMOUNT'
          : code === 'REQUIRED'
            ? 'MISSING_VALUE'
            : 'INVALID_RECORD',
        issue.message,
        known,
        known === undefined ? undefined : cell(known),
      );
    }
    problems.push(...errors);
    return undefined;
  }
  context.seen.add(id);
  problems.push(...warnings);
  return parsed.data;
}
