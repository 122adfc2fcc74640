import {
  NsatuError,
  activity,
  compareDates,
  isActive,
  reportingChain,
  summarizeAid,
} from '../index.ts';
import { datedBy } from '../model/date.ts';
import type { Dataset, PartialDate, TraineeReport } from '../index.ts';
import { fragmentationTable } from './fragmentation.ts';
import { tableToMarkdown, tableToText, wrap, type Table } from './table.ts';

/**
 * Output formats of `nsatu report`.
 *
 * @internal
 */
export type ReportFormat = 'text' | 'md' | 'json';

/**
 * Options of {@link renderReport}.
 *
 * @internal
 */
export interface ReportOptions {
  readonly asOf: PartialDate;
  readonly format: ReportFormat;
  /** Styles headings in text output (colour on a terminal); plain by default. */
  readonly heading?: ((line: string) => string) | undefined;
}

/**
 * The display name of a nation, organisation or person id (the id itself when unknown).
 *
 * @internal
 */
export function nameOf(ds: Dataset, id: string): string {
  return (
    ds.nations.find((n) => n.id === id)?.name ??
    ds.organisations.find((o) => o.id === id)?.shortName ??
    ds.organisations.find((o) => o.id === id)?.name ??
    ds.persons.find((p) => p.id === id)?.name ??
    id
  );
}

function overview(ds: Dataset): Table {
  const rows = (
    [
      ['nations', ds.nations.length],
      ['organisations', ds.organisations.length],
      ['posts', ds.posts.length],
      ['persons', ds.persons.length],
      ['assignments', ds.assignments.length],
      ['relationships', ds.relationships.length],
      ['coalitions', ds.coalitions.length],
      ['agreements', ds.agreements.length],
      ['training programmes', ds.trainingProgrammes.length],
      ['weapon systems', ds.weaponSystems.length],
      ['aid records', ds.aid.length],
      ['sources', ds.sources.length],
    ] as const
  ).map(([table, count]) => [table, String(count)]);
  return { title: 'Dataset', columns: ['table', 'records'], rows };
}

function posts(ds: Dataset, asOf: PartialDate): Table {
  const rows = ds.posts.map((post) => {
    const holders = ds.assignments.filter((a) => a.post === post.id && isActive(a, asOf));
    const unknown = ds.assignments.some(
      (a) => a.post === post.id && activity(a, asOf) === 'unknown',
    );
    const who = holders.length
      ? holders
          .map(
            (a) =>
              `${a.rank ? `${a.rank} ` : ''}${nameOf(ds, a.person)}${a.acting ? ' (acting)' : ''}`,
          )
          .join(', ')
      : unknown
        ? '(unknown)'
        : '(vacant or not recorded)';
    return [post.shortName ?? post.name, who];
  });
  return { title: `Post holders as of ${asOf}`, columns: ['post', 'holder'], rows };
}

function coalitions(ds: Dataset, asOf: PartialDate): Table {
  const rows = ds.coalitions.map((c) => {
    const active = c.members.filter((m) => isActive(m, asOf));
    const leads = active.filter((m) => m.role === 'lead').map((m) => m.party);
    return [c.name, c.capability, leads.join(', ') || '-', String(active.length)];
  });
  return {
    title: `Capability coalitions as of ${asOf}`,
    columns: ['coalition', 'capability', 'leads', 'parties'],
    rows,
  };
}

function agreements(ds: Dataset, asOf: PartialDate): Table {
  const signed = ds.agreements
    .filter((a) => datedBy(a.signed, asOf))
    .slice()
    .sort((a, b) => compareDates(a.signed, b.signed));
  const rows = signed.map((a) => [
    a.signed,
    a.parties
      .filter((p) => p !== 'UKR')
      .map((p) => nameOf(ds, p))
      .join(', '),
    a.place ?? '',
  ]);
  return {
    title: `Bilateral security agreements signed by ${asOf} (${String(signed.length)})`,
    columns: ['signed', 'partner', 'place'],
    rows,
  };
}

function latestReport(
  reports: readonly TraineeReport[],
  asOf: PartialDate,
): TraineeReport | undefined {
  return reports
    .filter((r) => r.cumulative && datedBy(r.asOf, asOf))
    .slice()
    .sort((a, b) => compareDates(a.asOf, b.asOf))
    .at(-1);
}

function training(ds: Dataset, asOf: PartialDate): Table {
  const rows = ds.trainingProgrammes.map((t) => {
    const latest = latestReport(t.trainees ?? [], asOf);
    return [
      t.shortName ?? t.name,
      nameOf(ds, t.lead),
      latest ? `${latest.approximate ? '~' : ''}${latest.count.toLocaleString('en-GB')}` : '-',
      latest?.asOf ?? '',
    ];
  });
  return {
    title: `Training programmes: trainees reported by ${asOf}`,
    columns: ['programme', 'lead', 'trained', 'reported'],
    rows,
  };
}

function chain(ds: Dataset, asOf: PartialDate): Table {
  const title = `NSATU's reporting chain as of ${asOf}`;
  const columns = ['subordinate', 'superior', 'authority', 'in capacity of', 'since'];
  if (!ds.organisations.some((o) => o.id === 'nsatu')) return { title, columns, rows: [] };
  try {
    const rows = reportingChain(ds, 'nsatu', { asOf }).map((l) => [
      nameOf(ds, l.subordinate),
      nameOf(ds, l.superior),
      l.authority,
      l.relationship.capacity === undefined
        ? ''
        : (ds.posts.find((p) => p.id === l.relationship.capacity)?.shortName ??
          l.relationship.capacity),
      l.relationship.from ?? '',
    ]);
    return { title, columns, rows };
  } catch (error) {
    if (!(error instanceof NsatuError)) throw error;
    return { title: `${title}: ${error.message}`, columns, rows: [] };
  }
}

function money(value: unknown): string {
  const totals = value as Record<string, number> & { currency?: string; amount?: number };
  const entries =
    typeof totals.currency === 'string' && typeof totals.amount === 'number'
      ? [[totals.currency, totals.amount] as const]
      : Object.entries(totals);
  return (
    entries
      .map(([currency, amount]) => `${currency} ${(Number(amount) / 1e9).toFixed(2)} bn`)
      .join(' + ') || '-'
  );
}

function aidByStage(ds: Dataset, asOf: PartialDate): Table {
  const rows = summarizeAid(ds, { by: ['stage'], asOf }).map((r) => [
    r.stage,
    String(r.records),
    r.quantity.toLocaleString('en-GB'),
    money(r.value),
  ]);
  return {
    title: `Aid by stage, dated by ${asOf} (stages are never added together)`,
    columns: ['stage', 'records', 'quantity', 'value'],
    rows,
  };
}

function aidByDonor(ds: Dataset, asOf: PartialDate): Table {
  const title = `Military allocations by donor, top 10, by ${asOf}`;
  const columns = ['donor', 'records', 'value'];
  if (!ds.aid.some((a) => a.stage === 'allocated')) return { title, columns, rows: [] };
  const rows = summarizeAid(ds, { by: ['donor'], stage: 'allocated', asOf })
    .map((r) => {
      const totals = r.value as Record<string, number>;
      return { row: r, eur: totals.EUR ?? 0 };
    })
    .sort((a, b) => b.eur - a.eur || (a.row.donor < b.row.donor ? -1 : 1))
    .slice(0, 10)
    .map(({ row }) => [nameOf(ds, row.donor), String(row.records), money(row.value)]);
  return { title, columns, rows };
}

/**
 * The tables of `nsatu report`, by section, in the order the report prints them.
 *
 * @internal
 */
export function reportTables(ds: Dataset, asOf: PartialDate) {
  return {
    overview: overview(ds),
    chain: chain(ds, asOf),
    posts: posts(ds, asOf),
    coalitions: coalitions(ds, asOf),
    agreements: agreements(ds, asOf),
    training: training(ds, asOf),
    aidByStage: aidByStage(ds, asOf),
    aidByDonor: aidByDonor(ds, asOf),
    weaponTypes: fragmentationTable(ds, { by: 'capability', asOf }),
  } satisfies Record<string, Table>;
}

/**
 * The credit line for the aid data (its publishers), or `''` when the dataset has no aid.
 *
 * @internal
 */
export function aidCredit(ds: Dataset): string {
  const publishers = [...new Set(ds.aid.flatMap((a) => a.sources ?? []))]
    .filter((id) => !id.startsWith('pun-src-'))
    .map((id) => ds.sources.find((x) => x.id === id)?.publisher ?? id);
  return publishers.length > 0 ? `Aid data: ${publishers.join('; ')}.` : '';
}

/**
 * Renders the `nsatu report` main job: what the dataset knows as of a date.
 *
 * @internal
 */
export function renderReport(ds: Dataset, options: ReportOptions): string {
  const { asOf, format, heading = (line: string) => line } = options;
  const tables = Object.values(reportTables(ds, asOf));
  const title = ds.title ?? 'nsatu dataset';
  const meta = `version ${ds.version ?? '-'}, data as of ${ds.asOf ?? '-'}, report as of ${asOf}`;
  const credit = aidCredit(ds);
  if (format === 'json') {
    return `${JSON.stringify({ title, version: ds.version, dataAsOf: ds.asOf, asOf, tables }, null, 2)}\n`;
  }
  if (format === 'md') {
    return [`# ${title}`, '', meta, '', ...tables.map(tableToMarkdown), credit, ''].join('\n');
  }
  return [
    ...wrap(title).map(heading),
    ...wrap(meta),
    '',
    ...tables.map((t) => tableToText(t, 80, heading)),
    ...(credit === '' ? [] : wrap(credit)),
    '',
  ].join('\n');
}
